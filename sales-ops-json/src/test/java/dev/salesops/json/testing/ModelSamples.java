package dev.salesops.json.testing;

import dev.salesops.core.collection.PaymentAllocation;
import dev.salesops.core.collection.CreditNote;
import dev.salesops.core.collection.CreditNoteId;
import dev.salesops.core.collection.Dispute;
import dev.salesops.core.collection.FollowUpAgenda;
import dev.salesops.core.collection.FollowUpLadder;
import dev.salesops.core.collection.FollowUpStep;
import dev.salesops.core.collection.FollowUps;
import dev.salesops.core.collection.Invoice;
import dev.salesops.core.collection.InvoiceId;
import dev.salesops.core.collection.Ledger;
import dev.salesops.core.collection.Payment;
import dev.salesops.core.collection.PaymentId;
import dev.salesops.core.collection.PromiseToPay;
import dev.salesops.core.collection.ReceivableSummary;
import dev.salesops.core.collection.Responsible;
import dev.salesops.core.collection.StepDone;
import dev.salesops.core.collection.WriteOff;
import dev.salesops.core.contract.Contract;
import dev.salesops.core.contract.ContractId;
import dev.salesops.core.contract.ContractReview;
import dev.salesops.core.contract.MilestoneKind;
import dev.salesops.core.contract.MilestoneTerm;
import dev.salesops.core.contract.ScopeLine;
import dev.salesops.core.lifecycle.CustomerEvent;
import dev.salesops.core.lifecycle.LifecycleRules;
import dev.salesops.core.lifecycle.LifecycleTimeline;
import dev.salesops.core.lifecycle.PurchaseFacts;
import dev.salesops.core.lifecycle.ValuePyramid;
import dev.salesops.core.model.AccountId;
import dev.salesops.core.model.ContactId;
import dev.salesops.core.model.LeadId;
import dev.salesops.core.model.LostReason;
import dev.salesops.core.model.OpportunityId;
import dev.salesops.core.model.Probability;
import dev.salesops.core.model.TeamId;
import dev.salesops.core.model.UserId;
import dev.salesops.core.money.MoneyBag;
import dev.salesops.core.privacy.PseudonymisedCustomer;
import dev.salesops.core.segmentation.KeyAccountScheme;
import dev.salesops.core.segmentation.PartnerTierScheme;
import dev.salesops.core.segmentation.SegmentationScheme;
import dev.salesops.core.testing.Generators;
import dev.salesops.core.workflow.Actor;
import dev.salesops.core.workflow.Stall;
import dev.salesops.core.workflow.StateKind;
import dev.salesops.core.workflow.WorkflowEvent;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Sample instances of every sales-ops model type with a JSON form, several per type (edge cases: empty
 * optionals, undefined ratios, several currencies), drawn from a seeded {@link Random} so a seed replays exactly.
 * Shared with the Jackson modules' contract tests through this module's test-jar.
 */
public final class ModelSamples {
  /** The seed of the golden files. */
  public static final long GOLDEN_SEED = 21L;

  /** One sample: its model type, a short name (unique within the type) and the value. */
  public record Sample(Class<?> type, String name, Object value) {
    @Override
    public String toString() {
      return type.getSimpleName() + "/" + name;
    }
  }

  private final Random r;
  private final List<Sample> out = new ArrayList<>();

  private ModelSamples(long seed) {
    this.r = new Random(seed);
  }

  /** The samples of every model type, for {@code seed}. */
  public static List<Sample> all(long seed) {
    ModelSamples s = new ModelSamples(seed);
    s.core();
    MoreSamples.add(s);
    return List.copyOf(s.out);
  }

  /** The samples of the golden files. */
  public static List<Sample> golden() {
    return all(GOLDEN_SEED);
  }

  /** The random source (for {@link MoreSamples}). */
  Random random() {
    return r;
  }

  /** Adds samples of {@code type}, named by position. */
  @SafeVarargs
  final <T> void add(Class<T> type, T... values) {
    int n = (int) out.stream().filter(s -> s.type() == type).count();
    for (T v : values) {
      out.add(new Sample(type, "s" + n++, v));
    }
  }

  /** Adds {@code count} samples of {@code type} drawn by {@code gen}. */
  <T> void draw(Class<T> type, int count, Function<Random, T> gen) {
    int n = (int) out.stream().filter(s -> s.type() == type).count();
    for (int i = 0; i < count; i++) {
      out.add(new Sample(type, "r" + n++, gen.apply(r)));
    }
  }

  static Money usd(String amount) {
    return Money.of(CurrencyUnit.USD, new BigDecimal(amount));
  }

  static Money money(String currency, String amount) {
    return Money.of(CurrencyUnit.of(currency), new BigDecimal(amount));
  }

  static final LocalDate DAY = LocalDate.of(2026, 1, 5);
  static final Instant AT = Instant.parse("2026-01-05T09:30:00Z");

  private void core() {
    add(Money.class, usd("0.00"), usd("1234.50"), money("JPY", "1000"), money("BHD", "12.345"), money("EUR", "-3.20"));
    draw(Money.class, 3, Generators::money);
    add(CurrencyUnit.class, CurrencyUnit.USD, CurrencyUnit.JPY, CurrencyUnit.of("BHD"));
    add(Probability.class, Probability.ZERO, Probability.ONE, Probability.parse("35%"), Probability.of(new BigDecimal("0.125")));
    draw(Probability.class, 3, Generators::probability);
    add(MoneyBag.class, MoneyBag.empty(), MoneyBag.of(usd("1.00")), MoneyBag.of(List.of(usd("1.00"), money("EUR", "5"), money("JPY", "7"))));
    add(OpportunityId.class, OpportunityId.of("OPP-1"), OpportunityId.of("o/é漢\"q"));
    add(AccountId.class, AccountId.of("ACME"));
    add(ContactId.class, ContactId.of("c-1"));
    add(LeadId.class, LeadId.of("L-1"));
    add(UserId.class, UserId.of("rep-1"));
    add(TeamId.class, TeamId.of("emea"));
    add(InvoiceId.class, InvoiceId.of("INV-1"));
    add(PaymentId.class, PaymentId.of("P-1"));
    add(CreditNoteId.class, CreditNoteId.of("CN-1"));
    add(ContractId.class, ContractId.of("C-1"));
    draw(dev.salesops.core.model.LeadSource.class, 2, Generators::leadSource);
    draw(dev.salesops.core.model.SalesChannel.class, 2, Generators::channel);
    draw(dev.salesops.core.model.Industry.class, 2, Generators::industry);
    draw(dev.salesops.core.model.Region.class, 2, Generators::region);
    draw(dev.salesops.core.model.ProductLine.class, 2, Generators::productLine);
    draw(dev.salesops.core.model.Role.class, 2, Generators::role);
    add(LostReason.class, LostReason.PRICE, LostReason.of("CONTRACT"));
    add(StateKind.class, StateKind.OPEN, StateKind.WON, StateKind.of("CANCELLED"));
    add(dev.salesops.core.model.BantAssessment.class, dev.salesops.core.model.BantAssessment.unknown());
    draw(dev.salesops.core.model.BantAssessment.class, 3, Generators::bant);
    draw(dev.salesops.core.model.Opportunity.class, 5, Generators::opportunity);
    draw(dev.salesops.core.model.Account.class, 4, Generators::account);
    draw(dev.salesops.core.model.Contact.class, 4, Generators::contact);
    draw(dev.salesops.core.model.Lead.class, 4, Generators::lead);
    draw(dev.salesops.core.model.SalesRep.class, 4, Generators::salesRep);
    draw(dev.salesops.core.model.Team.class, 3, Generators::team);

    // contracts and receivables
    Contract contract = contract();
    Contract minimal = Contract.builder().id(ContractId.of("C-2")).accountId(AccountId.of("A")).ownerId(UserId.of("u"))
        .total(money("EUR", "5")).signedOn(DAY).build();
    add(Contract.class, contract, minimal);
    add(ScopeLine.class, contract.scope().toArray(ScopeLine[]::new));
    add(MilestoneTerm.class, contract.milestones().toArray(MilestoneTerm[]::new));
    add(dev.salesops.core.contract.PaymentMilestone.class, contract.paymentSchedule().toArray(dev.salesops.core.contract.PaymentMilestone[]::new));
    add(dev.salesops.core.contract.ReviewFinding.class, ContractReview.review(minimal).toArray(dev.salesops.core.contract.ReviewFinding[]::new));
    Invoice inv1 = Invoice.forMilestone(InvoiceId.of("INV-1"), contract, "deposit", LocalDate.of(2026, 1, 6));
    Invoice inv2 = Invoice.of(InvoiceId.of("INV-2"), AccountId.of("ACME"), UserId.of("rep-2"), TeamId.of("emea"),
        money("EUR", "250.00"), LocalDate.of(2026, 1, 10), LocalDate.of(2026, 2, 9));
    Invoice inv3 = Invoice.of(InvoiceId.of("INV-3"), AccountId.of("BETA"), UserId.of("rep-1"), null,
        usd("99.99"), LocalDate.of(2026, 1, 12), LocalDate.of(2026, 1, 12));
    add(Invoice.class, inv1, inv2, inv3);
    Payment p1 = Payment.allocated(PaymentId.of("P-1"), AccountId.of("ACME"), usd("50"), LocalDate.of(2026, 2, 1),
        List.of(PaymentAllocation.of(InvoiceId.of("INV-1"), usd("50"))));
    Payment p2 = Payment.of(PaymentId.of("P-2"), AccountId.of("ACME"), money("EUR", "300"), LocalDate.of(2026, 2, 20));
    Payment p3 = Payment.of(PaymentId.of("P-3"), AccountId.of("BETA"), usd("10"), LocalDate.of(2026, 1, 20));
    add(Payment.class, p1, p2, p3);
    add(PaymentAllocation.class, PaymentAllocation.of(InvoiceId.of("INV-1"), usd("50")));
    CreditNote cn = new CreditNote(CreditNoteId.of("CN-1"), InvoiceId.of("INV-1"), usd("2"), LocalDate.of(2026, 3, 1), "return");
    WriteOff wo = new WriteOff(InvoiceId.of("INV-3"), usd("1"), LocalDate.of(2026, 9, 1), "bankrupt");
    Dispute open = new Dispute(InvoiceId.of("INV-2"), LocalDate.of(2026, 2, 1), null, "wrong quantity");
    Dispute closed = new Dispute(InvoiceId.of("INV-2"), LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 3), "price");
    PromiseToPay ptp = new PromiseToPay(InvoiceId.of("INV-3"), LocalDate.of(2026, 2, 3), LocalDate.of(2026, 2, 9));
    StepDone done = new StepDone(InvoiceId.of("INV-3"), "call", LocalDate.of(2026, 2, 3));
    add(CreditNote.class, cn);
    add(WriteOff.class, wo);
    add(Dispute.class, open, closed);
    add(PromiseToPay.class, ptp);
    add(StepDone.class, done);
    FollowUpLadder ladder = FollowUpLadder.of(List.of(FollowUpStep.of("call", 7, 29, "call", Responsible.OWNER),
        FollowUpStep.of("reminder", -3, "reminder", Responsible.SYSTEM)));
    add(FollowUpStep.class, ladder.steps().toArray(FollowUpStep[]::new));
    add(FollowUpLadder.class, ladder, FollowUpLadder.standard());
    Ledger ledger = Ledger.empty().withContract(contract).withInvoices(List.of(inv1, inv2, inv3))
        .withPayment(p1).withPayment(p3).withCreditNote(cn)
        .withDisputeOpened(InvoiceId.of("INV-2"), LocalDate.of(2026, 2, 1), "wrong quantity")
        .withDisputeResolved(InvoiceId.of("INV-2"), LocalDate.of(2026, 2, 3))
        .withPayment(p2, (from, to, date) -> Optional.of(new BigDecimal("1.0837"))).withPromiseToPay(ptp).withStepDone(done).withWriteOff(new WriteOff(InvoiceId.of("INV-3"), usd("0.99"), LocalDate.of(2026, 9, 1), "small"));
    add(Ledger.class, Ledger.empty(), ledger, Ledger.empty().withInvoice(inv3));
    add(dev.salesops.core.collection.InvoiceRecord.class, ledger.records().toArray(dev.salesops.core.collection.InvoiceRecord[]::new));
    add(dev.salesops.core.collection.PaymentRecord.class, ledger.payments().toArray(dev.salesops.core.collection.PaymentRecord[]::new));
    add(dev.salesops.core.collection.Application.class, ledger.payments().iterator().next().applications().toArray(dev.salesops.core.collection.Application[]::new));
    FollowUpAgenda agenda = FollowUps.agenda(ledger, FollowUpLadder.standard(), LocalDate.of(2026, 3, 20));
    FollowUpAgenda agenda2 = FollowUps.agenda(Ledger.empty().withInvoices(List.of(inv2, inv3)).withPromiseToPay(ptp), ladder, LocalDate.of(2026, 2, 5));
    add(FollowUpAgenda.class, agenda, agenda2);
    add(dev.salesops.core.collection.FollowUpAction.class, agenda.actions().toArray(dev.salesops.core.collection.FollowUpAction[]::new));
    add(dev.salesops.core.collection.FollowUpAction.class, agenda2.actions().toArray(dev.salesops.core.collection.FollowUpAction[]::new));
    add(dev.salesops.core.collection.FollowUpHold.class, agenda2.holds().toArray(dev.salesops.core.collection.FollowUpHold[]::new));
    Map<String, ReceivableSummary> summaries = ledger.summarize(LocalDate.of(2026, 3, 20), s -> s.accountId().value());
    add(ReceivableSummary.class, summaries.values().toArray(ReceivableSummary[]::new));

    // segmentation
    KeyAccountScheme ka = KeyAccountScheme.defaults();
    add(KeyAccountScheme.class, ka);
    add(dev.salesops.core.segmentation.WeightedAssessment.class, ka.assessment());
    add(dev.salesops.core.segmentation.WeightedAssessment.Factor.class, ka.assessment().criteria().get(0));
    Map<String, BigDecimal> scores = new LinkedHashMap<>();
    for (String id : ka.assessment().criterionIds()) {
      scores.put(id, BigDecimal.valueOf(1 + r.nextInt(5)));
    }
    dev.salesops.core.segmentation.KeyAccountResult kar = ka.identify(scores);
    add(dev.salesops.core.segmentation.KeyAccountResult.class, kar);
    add(dev.salesops.core.segmentation.WeightedAssessment.Result.class, kar.assessment());
    add(dev.salesops.core.segmentation.WeightedAssessment.Contribution.class, kar.assessment().breakdown().get(0));
    PartnerTierScheme pt = PartnerTierScheme.defaults();
    add(PartnerTierScheme.class, pt);
    Map<String, BigDecimal> pscores = new LinkedHashMap<>();
    for (String id : pt.assessment().criterionIds()) {
      pscores.put(id, BigDecimal.valueOf(1 + r.nextInt(5)));
    }
    Map<String, BigDecimal> top = new LinkedHashMap<>();
    for (String id : pt.assessment().criterionIds()) {
      top.put(id, new BigDecimal("5"));
    }
    add(dev.salesops.core.segmentation.PartnerRating.class, pt.rate(pscores), pt.rate(top));
    // the defaults' conditions, sorted (as when the golden files were captured; defaults() has a fixed order now)
    SegmentationScheme defaults = SegmentationScheme.defaults();
    SegmentationScheme seg = new SegmentationScheme(defaults.id(), defaults.dimensions(), defaults.segments().stream()
        .map(x -> new SegmentationScheme.Segment(x.name(), new java.util.TreeMap<>(x.when()))).toList());
    add(SegmentationScheme.class, seg);
    add(SegmentationScheme.Dimension.class, seg.dimensions().toArray(SegmentationScheme.Dimension[]::new));
    add(SegmentationScheme.Segment.class, seg.segments().get(0));
    add(SegmentationScheme.Band.class, SegmentationScheme.Band.of("SMALL", "MICRO", "SMALL"),
        SegmentationScheme.Band.range("MID", new BigDecimal("50000"), new BigDecimal("500000.50")));
    add(dev.salesops.core.segmentation.SegmentAssignment.class, seg.assign(SegmentationScheme.valuesOf(Generators.account(r))),
        seg.assign(Map.of()), seg.assign(Map.of("companySize", "12000", "industry", "FINANCE")));

    // lifecycle
    LifecycleRules rules = LifecycleRules.defaults();
    add(LifecycleRules.class, rules);
    add(dev.salesops.core.lifecycle.LifecycleRule.class, rules.rules().subList(0, 3).toArray(dev.salesops.core.lifecycle.LifecycleRule[]::new));
    ValuePyramid pyramid = ValuePyramid.defaults();
    add(ValuePyramid.class, pyramid);
    add(dev.salesops.core.lifecycle.ValueTierRule.class, pyramid.rules().toArray(dev.salesops.core.lifecycle.ValueTierRule[]::new));
    List<CustomerEvent> events = List.of(CustomerEvent.contact(AT), CustomerEvent.order(AT.plusSeconds(86_400), dev.salesops.core.model.ProductLine.of("CRM"), usd("900")),
        CustomerEvent.of(CustomerEventType_SUPPORT(), AT.plusSeconds(5 * 86_400)), CustomerEvent.renewal(AT.plusSeconds(400L * 86_400), usd("1200")),
        CustomerEvent.upsell(AT.plusSeconds(410L * 86_400), dev.salesops.core.model.ProductLine.of("ERP"), money("EUR", "40")));
    add(CustomerEvent.class, events.toArray(CustomerEvent[]::new));
    LifecycleTimeline tl = rules.derive(events);
    add(LifecycleTimeline.class, tl, LifecycleTimeline.empty());
    add(dev.salesops.core.lifecycle.StageTransition.class, tl.transitions().toArray(dev.salesops.core.lifecycle.StageTransition[]::new));
    add(dev.salesops.core.lifecycle.StageSpell.class, tl.spells().toArray(dev.salesops.core.lifecycle.StageSpell[]::new));
    PurchaseFacts facts = new PurchaseFacts(3, 2, 1, 0, usd("12000"));
    add(PurchaseFacts.class, facts, facts.withProbabilityAlive(Probability.parse("0.8")), new PurchaseFacts(0, 0, 0, 0, null));
    add(dev.salesops.core.lifecycle.TierAssignment.class, pyramid.assign(facts), pyramid.assign(events, AT.plusSeconds(420L * 86_400)),
        pyramid.assign(new PurchaseFacts(0, 0, 0, 0, null)));

    add(dev.salesops.core.lifecycle.CustomerPeriodFacts.class, new dev.salesops.core.lifecycle.CustomerPeriodFacts(AccountId.of("ACME"), AT,
        AT.plusSeconds(30L * 86_400), 2, 5, 1, 1, usd("1800.00"), usd("300.00")));

    add(dev.salesops.core.validation.Problem.class, dev.salesops.core.validation.Problem.of("amount", "must not be negative", "-1"),
        dev.salesops.core.validation.Problem.of("states[2].id", "is missing"));
    Map<String, Duration> breakdown = new LinkedHashMap<>();
    breakdown.put("PICKING", Duration.ofHours(20));
    breakdown.put("SHIPPING", Duration.ofDays(2).plusSeconds(1));
    add(dev.salesops.core.process.PromiseCheck.class, new dev.salesops.core.process.PromiseCheck(DAY, DAY.plusDays(3), Duration.ofHours(68).plusSeconds(1), breakdown));

    // workflow snapshots and definitions (WorkflowJson's form)
    dev.salesops.core.workflow.Workflow wf = dev.salesops.core.process.OrderFulfilment.workflow();
    dev.salesops.core.workflow.Snapshot started = wf.start(AT, new Actor(UserId.of("rep-1"), Set.of()));
    dev.salesops.core.workflow.Evaluation ev = wf.evaluate(started, dev.salesops.core.workflow.Command.advance(), AT.plusSeconds(3600),
        new Actor(UserId.of("rep-2"), Set.of()));
    add(dev.salesops.core.workflow.Snapshot.class, started);
    add(dev.salesops.core.workflow.Snapshot.class, ev.snapshot());
    add(dev.salesops.core.workflow.WorkflowDefinition.class, dev.salesops.core.process.OrderFulfilment.definition(),
        dev.salesops.core.pipeline.SalesPipeline.definition());

    // a transition guard's criterion specification (WorkflowJson's form)
    dev.salesops.core.workflow.CriterionSpec leaf = dev.salesops.core.workflow.CriterionSpec.of("field-present", Map.of("field", "amount"));
    add(dev.salesops.core.workflow.CriterionSpec.class, leaf, dev.salesops.core.workflow.CriterionSpec.of("bant-qualified"),
        dev.salesops.core.workflow.CriterionSpec.allOf(leaf, dev.salesops.core.workflow.CriterionSpec.not(
            dev.salesops.core.workflow.CriterionSpec.anyOf(dev.salesops.core.workflow.CriterionSpec.of("a"), dev.salesops.core.workflow.CriterionSpec.of("b")))));

    // workflow values, privacy
    add(Actor.class, new Actor(UserId.of("rep-1"), Set.of()), new Actor(UserId.of("mgr"), Set.of(dev.salesops.core.model.Role.of("SALES_MANAGER"))));
    add(WorkflowEvent.class, new WorkflowEvent(WorkflowEvent.Type.values()[0], "LEAD", AT, UserId.of("rep-1"), "advance"));
    add(Stall.class, new Stall("PROPOSAL", AT, Duration.ofDays(20).plusMillis(5), Duration.ofDays(14)));
    add(PseudonymisedCustomer.class, new PseudonymisedCustomer(Generators.account(r), List.of(Generators.contact(r))));
  }

  private static dev.salesops.core.lifecycle.CustomerEventType CustomerEventType_SUPPORT() {
    return dev.salesops.core.lifecycle.CustomerEventType.SUPPORT_CASE;
  }

  private Contract contract() {
    return Contract.builder().id(ContractId.of("C-1")).opportunityId(OpportunityId.of("OPP-1")).accountId(AccountId.of("ACME"))
        .ownerId(UserId.of("rep-1")).teamId(TeamId.of("emea")).total(usd("10000.01")).signedOn(DAY)
        .addScope(ScopeLine.of("licence", new BigDecimal("3"), usd("3000.00")))
        .addScope(ScopeLine.of("support", new BigDecimal("1.5"), usd("667.34")))
        .confidentialityClause("5 years").deliveryTerms("on site")
        .addMilestones(MilestoneTerm.ofAmount("deposit", MilestoneKind.DEPOSIT_ON_SIGNING, DAY, 10, usd("1000.00")),
            MilestoneTerm.ofPercent("rest", MilestoneKind.ON_DELIVERY, LocalDate.of(2026, 2, 15), 30, new BigDecimal("100")))
        .build();
  }
}
