package dev.salesops.json;

import static dev.salesops.json.ObjectCodec.Include.NON_ABSENT;
import static dev.salesops.json.ObjectCodec.Include.NON_EMPTY;
import static dev.salesops.json.ObjectCodec.Include.NON_NULL;

import dev.salesops.core.collection.PaymentAllocation;
import dev.salesops.core.collection.Application;
import dev.salesops.core.collection.CreditNote;
import dev.salesops.core.collection.CreditNoteId;
import dev.salesops.core.collection.Dispute;
import dev.salesops.core.collection.FollowUpAction;
import dev.salesops.core.collection.FollowUpAgenda;
import dev.salesops.core.collection.FollowUpHold;
import dev.salesops.core.collection.FollowUpLadder;
import dev.salesops.core.collection.FollowUpStep;
import dev.salesops.core.collection.Invoice;
import dev.salesops.core.collection.InvoiceId;
import dev.salesops.core.collection.Payment;
import dev.salesops.core.collection.PaymentId;
import dev.salesops.core.collection.PaymentRecord;
import dev.salesops.core.collection.PromiseToPay;
import dev.salesops.core.collection.ReceivableSummary;
import dev.salesops.core.collection.StepDone;
import dev.salesops.core.collection.WriteOff;
import dev.salesops.core.contract.Contract;
import dev.salesops.core.contract.ContractId;
import dev.salesops.core.contract.MilestoneTerm;
import dev.salesops.core.contract.PaymentMilestone;
import dev.salesops.core.contract.ReviewFinding;
import dev.salesops.core.contract.ScopeLine;
import dev.salesops.core.lifecycle.CustomerPeriodFacts;
import dev.salesops.core.lifecycle.LifecycleRule;
import dev.salesops.core.lifecycle.LifecycleRules;
import dev.salesops.core.lifecycle.PurchaseFacts;
import dev.salesops.core.lifecycle.StageSpell;
import dev.salesops.core.lifecycle.StageTransition;
import dev.salesops.core.lifecycle.TierAssignment;
import dev.salesops.core.lifecycle.ValuePyramid;
import dev.salesops.core.lifecycle.ValueTierRule;
import dev.salesops.core.model.Account;
import dev.salesops.core.model.AccountId;
import dev.salesops.core.model.BantAssessment;
import dev.salesops.core.model.Contact;
import dev.salesops.core.model.ContactId;
import dev.salesops.core.model.Industry;
import dev.salesops.core.model.Lead;
import dev.salesops.core.model.LeadId;
import dev.salesops.core.model.LeadSource;
import dev.salesops.core.model.LostReason;
import dev.salesops.core.model.Opportunity;
import dev.salesops.core.model.OpportunityId;
import dev.salesops.core.model.ProductLine;
import dev.salesops.core.model.Region;
import dev.salesops.core.model.Role;
import dev.salesops.core.model.SalesChannel;
import dev.salesops.core.model.SalesRep;
import dev.salesops.core.model.Team;
import dev.salesops.core.model.TeamId;
import dev.salesops.core.model.UserId;
import dev.salesops.core.money.MoneyBag;
import dev.salesops.core.privacy.PseudonymisedCustomer;
import dev.salesops.core.process.PromiseCheck;
import dev.salesops.core.segmentation.KeyAccountResult;
import dev.salesops.core.segmentation.KeyAccountScheme;
import dev.salesops.core.segmentation.PartnerRating;
import dev.salesops.core.segmentation.PartnerTierScheme;
import dev.salesops.core.segmentation.SegmentAssignment;
import dev.salesops.core.segmentation.SegmentationScheme;
import dev.salesops.core.segmentation.WeightedAssessment;
import dev.salesops.core.validation.Problem;
import dev.salesops.core.workflow.Actor;
import dev.salesops.core.workflow.Stall;
import dev.salesops.core.workflow.StateKind;
import dev.salesops.core.workflow.WorkflowEvent;
import java.util.ArrayList;
import java.util.List;
import org.joda.money.Money;

/** The codecs of sales-ops-core's models. Not API. */
final class CoreCodecs {
  private CoreCodecs() {}

  static List<JsonCodec<?>> all() {
    List<JsonCodec<?>> c = new ArrayList<>();
    c.add(Codecs.MONEY);
    c.add(Codecs.CURRENCY);
    c.add(Codecs.PROBABILITY);
    c.add(moneyBag());
    // typed identifiers: the host's string
    c.add(Codecs.string(OpportunityId.class, OpportunityId::value, OpportunityId::of));
    c.add(Codecs.string(AccountId.class, AccountId::value, AccountId::of));
    c.add(Codecs.string(ContactId.class, ContactId::value, ContactId::of));
    c.add(Codecs.string(LeadId.class, LeadId::value, LeadId::of));
    c.add(Codecs.string(UserId.class, UserId::value, UserId::of));
    c.add(Codecs.string(TeamId.class, TeamId::value, TeamId::of));
    c.add(Codecs.string(InvoiceId.class, InvoiceId::value, InvoiceId::of));
    c.add(Codecs.string(PaymentId.class, PaymentId::value, PaymentId::of));
    c.add(Codecs.string(CreditNoteId.class, CreditNoteId::value, CreditNoteId::of));
    c.add(Codecs.string(ContractId.class, ContractId::value, ContractId::of));
    // reference data: the code
    c.add(Codecs.string(LeadSource.class, LeadSource::code, LeadSource::of));
    c.add(Codecs.string(SalesChannel.class, SalesChannel::code, SalesChannel::of));
    c.add(Codecs.string(Industry.class, Industry::code, Industry::of));
    c.add(Codecs.string(LostReason.class, LostReason::code, LostReason::of));
    c.add(Codecs.string(Region.class, Region::code, Region::of));
    c.add(Codecs.string(ProductLine.class, ProductLine::code, ProductLine::of));
    c.add(Codecs.string(Role.class, Role::code, Role::of));
    c.add(Codecs.string(StateKind.class, StateKind::code, StateKind::of));
    // records of sales operations (Immutables values)
    c.add(ObjectCodec.immutable(BantAssessment.class, "budget", "budgetAmount", "authority", "decisionMaker", "need", "needStatement",
        "timeline", "targetDate").include(NON_ABSENT).build());
    c.add(ObjectCodec.immutable(Account.class, "id", "name", "industry", "sizeBand", "region", "segment", "ownerId", "channel")
        .include(NON_ABSENT).build());
    c.add(ObjectCodec.immutable(Contact.class, "id", "accountId", "name", "email", "phone", "title", "decisionMaker")
        .include(NON_ABSENT).build());
    c.add(ObjectCodec.immutable(Lead.class, "id", "source", "contactPoint", "contactId", "companyName", "ownerId", "createdAt")
        .include(NON_ABSENT).build());
    c.add(ObjectCodec.immutable(Opportunity.class, "id", "accountId", "ownerId", "amount", "expectedCloseDate", "stage", "createdAt",
        "productLine", "channel", "leadSource", "bant", "attributes").include(NON_ABSENT).build());
    c.add(ObjectCodec.immutable(SalesRep.class, "id", "name", "teamId", "managerId", "region", "roles").include(NON_ABSENT).build());
    c.add(ObjectCodec.immutable(Team.class, "id", "name", "region", "managerId").include(NON_ABSENT).build());
    // contracts
    c.add(ObjectCodec.immutable(Contract.class, "id", "opportunityId", "accountId", "ownerId", "teamId", "total", "signedOn", "scope",
        "deliveryTerms", "acceptanceCriteria", "liabilityClause", "disputeResolution", "confidentialityClause", "milestones")
        .include(NON_ABSENT).build());
    c.add(ObjectCodec.record(ScopeLine.class).build());
    c.add(ObjectCodec.valueClass(MilestoneTerm.class, "id", "kind", "plannedDate", "netDays", "amount", "percent").include(NON_ABSENT).required("netDays").build());
    c.add(ObjectCodec.record(PaymentMilestone.class).build());
    c.add(ObjectCodec.record(ReviewFinding.class).build());
    // collection
    c.add(ObjectCodec.valueClass(Invoice.class, "id", "accountId", "ownerId", "teamId", "contractId", "milestoneId", "amount", "issuedOn", "dueOn").include(NON_ABSENT).build());
    c.add(ObjectCodec.record(Payment.class).nullAsDefault("allocations").build());
    c.add(ObjectCodec.record(PaymentAllocation.class).build());
    c.add(ObjectCodec.record(Application.class).build());
    c.add(ObjectCodec.record(PaymentRecord.class).build());
    c.add(ObjectCodec.record(CreditNote.class).build());
    c.add(ObjectCodec.record(WriteOff.class).build());
    c.add(ObjectCodec.valueClass(Dispute.class, "invoiceId", "openedOn", "resolvedOn", "reason").include(NON_ABSENT).build());
    c.add(ObjectCodec.record(PromiseToPay.class).build());
    c.add(ObjectCodec.record(StepDone.class).build());
    c.add(ObjectCodec.valueClass(FollowUpStep.class, "id", "fromDay", "toDay", "action", "responsible").include(NON_ABSENT).required("fromDay").build());
    c.add(Codecs.delegating(FollowUpLadder.class, Codecs.param(List.class, FollowUpStep.class), FollowUpLadder::steps,
        (List<FollowUpStep> steps) -> FollowUpLadder.of(steps)));
    c.add(ObjectCodec.valueClass(FollowUpAction.class, "invoiceId", "accountId", "ownerId", "teamId", "step", "scheduledOn", "daysPastDue", "dueOn", "open", "paid").include(NON_ABSENT).build());
    c.add(ObjectCodec.record(FollowUpHold.class).build());
    c.add(ObjectCodec.record(FollowUpAgenda.class).build());
    c.add(ObjectCodec.record(ReceivableSummary.class).build());
    // segmentation
    c.add(ObjectCodec.record(WeightedAssessment.class).build());
    c.add(ObjectCodec.record(WeightedAssessment.Factor.class).build());
    c.add(ObjectCodec.record(WeightedAssessment.Contribution.class).build());
    c.add(ObjectCodec.record(WeightedAssessment.Result.class).build());
    c.add(ObjectCodec.record(KeyAccountScheme.class).build());
    c.add(ObjectCodec.record(KeyAccountResult.class).build());
    c.add(ObjectCodec.record(PartnerTierScheme.class).build());
    c.add(ObjectCodec.valueClass(PartnerRating.class, "tier", "assessment", "nextTier", "pointsToNextTier").build());
    c.add(ObjectCodec.record(SegmentationScheme.class).build());
    c.add(ObjectCodec.record(SegmentationScheme.Dimension.class).build());
    c.add(ObjectCodec.record(SegmentationScheme.Band.class).include(NON_EMPTY).build());
    c.add(ObjectCodec.record(SegmentationScheme.Segment.class).build());
    c.add(ObjectCodec.valueClass(SegmentAssignment.class, "segment", "bands", "unknownValues", "undecidedReason").build());
    // lifecycle
    c.add(ObjectCodec.record(LifecycleRule.class).nullAsDefault("fromStart", "backward").build());
    c.add(ObjectCodec.of(LifecycleRules.class).member("rules", Codecs.param(List.class, LifecycleRule.class), LifecycleRules::rules)
        .factory(a -> LifecycleRules.of(cast(a[0]))).build());
    c.add(ObjectCodec.record(ValueTierRule.class).include(NON_NULL)
        .nullAsDefault("minPurchases", "minProductLines", "minReferrals", "minJointProjects").build());
    c.add(ObjectCodec.record(ValuePyramid.class).build());
    c.add(ObjectCodec.valueClass(PurchaseFacts.class, "purchases", "productLines", "referrals", "jointProjects", "trailingRevenue", "probabilityAlive").build());
    c.add(ObjectCodec.valueClass(TierAssignment.class, "tier", "ruleId", "nextTier", "nextRuleId", "missingForNext", "facts").build());
    c.add(ObjectCodec.valueClass(StageSpell.class, "stage", "start", "end").build());
    c.add(ObjectCodec.valueClass(StageTransition.class, "from", "to", "at", "trigger", "ruleId", "backward", "reason").build());
    c.add(ObjectCodec.record(CustomerPeriodFacts.class).build());
    // process, privacy, workflow values
    c.add(ObjectCodec.record(PromiseCheck.class).build());
    c.add(ObjectCodec.record(PseudonymisedCustomer.class).build());
    c.add(ObjectCodec.record(Actor.class).build());
    c.add(ObjectCodec.record(WorkflowEvent.class).build());
    c.add(ObjectCodec.record(Stall.class).build());
    return c;
  }

  @SuppressWarnings("unchecked")
  static <T> T cast(Object o) {
    return (T) o;
  }

  /**
   * A {@link MoneyBag} (amounts in several currencies, never added across): the array of its amounts, one per
   * currency, in currency-code order, e.g. {@code [{"amount":"5.00","currency":"EUR"},{"amount":"1.00",
   * "currency":"USD"}]}. (The Jackson mapper wrote it as a bean dump, {@code {"empty":false,...}}.)
   */
  static JsonCodec<MoneyBag> moneyBag() {
    return Codecs.delegating(MoneyBag.class, Codecs.param(List.class, Money.class),
        (MoneyBag b) -> b.toMap().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).map(java.util.Map.Entry::getValue).toList(),
        (List<Money> l) -> {
          java.util.Set<org.joda.money.CurrencyUnit> seen = new java.util.HashSet<>();
          for (Money m : l) {
            if (!seen.add(m.getCurrencyUnit())) {
              throw new dev.salesops.core.validation.ValidationException(Problem.of("moneyBag", "must hold each currency once", m.getCurrencyUnit()));
            }
          }
          return MoneyBag.of(l);
        });
  }
}
