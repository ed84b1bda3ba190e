package dev.salesops.core.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import dev.salesops.core.model.AccountId;
import dev.salesops.core.model.TeamId;
import dev.salesops.core.model.UserId;
import dev.salesops.core.testing.Property;
import dev.salesops.core.validation.ValidationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * {@link Ledger#restore} (what a host's storage or the JSON module reads back) gives back the ledger whose parts it
 * was given, and refuses every part that the ledger's own changes would have refused; equality of the collection
 * values is by every part.
 */
class LedgerRestoreTest {
  static final CurrencyUnit USD = CurrencyUnit.USD;
  static final CurrencyUnit EUR = CurrencyUnit.EUR;
  static final AccountId ACME = AccountId.of("ACME");
  static final AccountId OTHER = AccountId.of("OTHER");
  static final LocalDate D = LocalDate.of(2026, 3, 1);

  /** A random walk of every kind of change (refused ones skipped). */
  static Ledger randomLedger(Random random) {
    Ledger l = Ledger.empty();
    List<InvoiceId> ids = new ArrayList<>();
    for (int step = 0; step < 40; step++) {
      LocalDate d = D.plusDays(random.nextInt(90));
      AccountId account = AccountId.of("A" + random.nextInt(3));
      try {
        int op = ids.isEmpty() ? 0 : random.nextInt(8);
        if (op == 0) {
          InvoiceId id = InvoiceId.of("I" + ids.size());
          CurrencyUnit c = random.nextBoolean() ? USD : EUR;
          l = l.withInvoice(Invoice.of(id, account, UserId.of("r" + random.nextInt(2)), random.nextBoolean() ? null : TeamId.of("t"),
              Money.ofMinor(c, 1 + random.nextInt(100_000)), d, d.plusDays(random.nextInt(60))));
          ids.add(id);
        } else if (op == 1) {
          CurrencyUnit c = random.nextBoolean() ? USD : EUR;
          l = l.withPayment(Payment.of(PaymentId.of("P" + step), account, Money.ofMinor(c, 1 + random.nextInt(80_000)), d));
        } else if (op == 2) {
          InvoiceId id = ids.get(random.nextInt(ids.size()));
          CurrencyUnit c = l.invoice(id).orElseThrow().invoice().amount().getCurrencyUnit();
          l = l.withCreditNote(new CreditNote(CreditNoteId.of("CN" + step), id, Money.ofMinor(c, 1 + random.nextInt(30_000)), d, "r"));
        } else if (op == 3) {
          InvoiceId id = ids.get(random.nextInt(ids.size()));
          CurrencyUnit c = l.invoice(id).orElseThrow().invoice().amount().getCurrencyUnit();
          l = l.withWriteOff(new WriteOff(id, Money.ofMinor(c, 1 + random.nextInt(30_000)), d, "bad debt"));
        } else if (op == 4) {
          InvoiceId id = ids.get(random.nextInt(ids.size()));
          l = random.nextBoolean() ? l.withDisputeOpened(id, d, "q") : l.withDisputeResolved(id, d);
        } else if (op == 5) {
          l = l.withPromiseToPay(new PromiseToPay(ids.get(random.nextInt(ids.size())), d, d.plusDays(1 + random.nextInt(20))));
        } else if (op == 6) {
          l = l.withStepDone(new StepDone(ids.get(random.nextInt(ids.size())), "s" + random.nextInt(3), d));
        } else {
          l = l.withInvoice(Invoice.of(InvoiceId.of("I" + ids.size()), account, UserId.of("r0"), null, Money.ofMinor(USD, 500), d, d));
          ids.add(InvoiceId.of("I" + ids.size()));
        }
      } catch (ValidationException refused) {
        // the walk goes on from the unchanged ledger
      }
    }
    return l;
  }

  static Ledger restored(Ledger l) {
    List<Invoice> invoices = new ArrayList<>();
    List<CreditNote> notes = new ArrayList<>();
    List<WriteOff> writeOffs = new ArrayList<>();
    List<Dispute> disputes = new ArrayList<>();
    List<PromiseToPay> promises = new ArrayList<>();
    List<StepDone> steps = new ArrayList<>();
    for (InvoiceRecord r : l.records()) {
      invoices.add(r.invoice());
      notes.addAll(r.creditNotes());
      writeOffs.addAll(r.writeOffs());
      disputes.addAll(r.disputes());
      promises.addAll(r.promises());
      steps.addAll(r.stepsDone());
    }
    return Ledger.restore(l.contracts(), invoices, l.payments(), notes, writeOffs, disputes, promises, steps);
  }

  @Test
  void restoringTheParts_givesTheSameLedger() {
    int[] withPayments = new int[1];
    Property.forAll(7070L, 80, random -> {
      Ledger l = randomLedger(random);
      Ledger back = restored(l);
      assertThat(back).isEqualTo(l).hasSameHashCodeAs(l).hasToString(l.toString());
      assertThat(back.records()).containsExactlyElementsOf(l.records());
      for (InvoiceRecord r : l.records()) {
        InvoiceRecord b = back.invoice(r.id()).orElseThrow();
        assertThat(b).isEqualTo(r).hasSameHashCodeAs(r).hasToString(r.toString());
        assertThat(b.applications()).isEqualTo(r.applications());
        assertThat(b.stateAt(D.plusDays(120))).usingRecursiveComparison().isEqualTo(r.stateAt(D.plusDays(120)));
      }
      assertThat(back.states(D.plusDays(45))).usingRecursiveComparison().isEqualTo(l.states(D.plusDays(45)));
      if (!l.payments().isEmpty()) {
        withPayments[0]++;
      }
    });
    assertThat(withPayments[0]).as("the walks reach payments").isGreaterThan(40);
  }

  private static Ledger paid() {
    return Ledger.empty()
        .withInvoice(Invoice.of(InvoiceId.of("INV-1"), ACME, UserId.of("rep"), null, Money.of(USD, 500), D, D.plusDays(30)))
        .withInvoice(Invoice.of(InvoiceId.of("INV-2"), OTHER, UserId.of("rep"), null, Money.of(EUR, 300), D, D.plusDays(30)))
        .withPayment(Payment.of(PaymentId.of("P-1"), ACME, Money.of(USD, 200), D.plusDays(3)));
  }

  private static Ledger restoreWith(PaymentRecord... payments) {
    Ledger l = paid();
    List<Invoice> invoices = l.records().stream().map(InvoiceRecord::invoice).toList();
    return Ledger.restore(List.of(), invoices, List.of(payments), List.of(), List.of(), List.of(), List.of(), List.of());
  }

  @Test
  void restoreRefusesEveryInconsistentPayment() {
    PaymentRecord good = paid().payment(PaymentId.of("P-1")).orElseThrow();
    Application a = good.applications().get(0);
    assertThat(restoreWith(good)).isEqualTo(paid());
    assertThatThrownBy(() -> restoreWith(good, good)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("payment P-1 id must be unique in the ledger");
    assertThatThrownBy(() -> restoreWith(new PaymentRecord(good.payment(), good.applications(), Money.of(EUR, 0))))
        .hasMessageContaining("payment P-1 unapplied must be a non-negative amount in the payment currency USD");
    assertThatThrownBy(() -> restoreWith(new PaymentRecord(good.payment(), List.of(), Money.of(USD, -1))))
        .hasMessageContaining("payment P-1 unapplied must be a non-negative amount in the payment currency USD");
    assertThatThrownBy(() -> restoreWith(new PaymentRecord(good.payment(), List.of(
        new Application(PaymentId.of("P-2"), a.invoiceId(), a.applied(), a.consumed(), a.appliedOn())), good.unapplied())))
        .hasMessageContaining("payment P-1 application to invoice INV-1 paymentId must be the payment's id");
    assertThatThrownBy(() -> restoreWith(new PaymentRecord(good.payment(), List.of(
        new Application(a.paymentId(), InvoiceId.of("INV-9"), a.applied(), a.consumed(), a.appliedOn())), good.unapplied())))
        .hasMessageContaining("payment P-1 application to invoice INV-9 must name an invoice of the ledger");
    assertThatThrownBy(() -> restoreWith(new PaymentRecord(good.payment(), List.of(
        new Application(a.paymentId(), InvoiceId.of("INV-2"), Money.of(EUR, 200), a.consumed(), a.appliedOn())), good.unapplied())))
        .hasMessageContaining("must name an invoice of the paying account ACME");
    assertThatThrownBy(() -> restoreWith(new PaymentRecord(good.payment(), List.of(
        new Application(a.paymentId(), a.invoiceId(), Money.of(EUR, 200), a.consumed(), a.appliedOn())), good.unapplied())))
        .hasMessageContaining("must apply in the invoice currency and consume in the payment currency");
    assertThatThrownBy(() -> restoreWith(new PaymentRecord(good.payment(), List.of(
        new Application(a.paymentId(), a.invoiceId(), a.applied(), Money.of(EUR, 200), a.appliedOn())), good.unapplied())))
        .hasMessageContaining("must apply in the invoice currency and consume in the payment currency");
    assertThatThrownBy(() -> restoreWith(new PaymentRecord(good.payment(), List.of(
        new Application(a.paymentId(), a.invoiceId(), a.applied(), a.consumed(), D.plusDays(4))), good.unapplied())))
        .hasMessageContaining("appliedOn must be the payment date, on or after the invoice date");
    Payment early = Payment.of(PaymentId.of("P-1"), ACME, Money.of(USD, 200), D.minusDays(1));
    assertThatThrownBy(() -> restoreWith(new PaymentRecord(early, List.of(
        new Application(a.paymentId(), a.invoiceId(), a.applied(), a.consumed(), D.minusDays(1))), good.unapplied())))
        .hasMessageContaining("appliedOn must be the payment date, on or after the invoice date");
    assertThatThrownBy(() -> restoreWith(new PaymentRecord(good.payment(), good.applications(), Money.of(USD, 1))))
        .hasMessageContaining("payment P-1 applications and unapplied rest must add up to the payment amount");
    Payment big = Payment.of(PaymentId.of("P-1"), ACME, Money.of(USD, 600), D.plusDays(3));
    assertThatThrownBy(() -> restoreWith(new PaymentRecord(big, List.of(
        new Application(a.paymentId(), a.invoiceId(), Money.of(USD, 600), Money.of(USD, 600), a.appliedOn())), Money.of(USD, 0))))
        .hasMessageContaining("invoice INV-1 must not be paid beyond its amount");
    // a payment fully applied and one fully unapplied both restore
    assertThat(restoreWith(new PaymentRecord(big, List.of(
        new Application(a.paymentId(), a.invoiceId(), Money.of(USD, 500), Money.of(USD, 500), a.appliedOn())), Money.of(USD, 100)))
        .state(InvoiceId.of("INV-1"), D.plusDays(3)).orElseThrow().openMinor()).isZero();
    assertThat(restoreWith(new PaymentRecord(big, List.of(), Money.of(USD, 600))).unappliedCredit(ACME, D.plusDays(3)).toString())
        .contains("600");
  }

  @Test
  void restoreAppliesDisputesPromisesAndStepsAndRefusesNullParts() {
    Ledger l = paid().withDisputeOpened(InvoiceId.of("INV-1"), D.plusDays(4), "q").withDisputeResolved(InvoiceId.of("INV-1"), D.plusDays(6))
        .withDisputeOpened(InvoiceId.of("INV-2"), D.plusDays(5), "still open")
        .withPromiseToPay(new PromiseToPay(InvoiceId.of("INV-2"), D.plusDays(5), D.plusDays(9)))
        .withStepDone(new StepDone(InvoiceId.of("INV-2"), "call", D.plusDays(7)));
    Ledger back = restored(l);
    assertThat(back).isEqualTo(l);
    assertThat(back.invoice(InvoiceId.of("INV-1")).orElseThrow().disputes()).singleElement()
        .satisfies(d -> assertThat(d.resolvedOn()).contains(D.plusDays(6)));
    assertThat(back.invoice(InvoiceId.of("INV-2")).orElseThrow().disputes()).singleElement()
        .satisfies(d -> assertThat(d.resolvedOn()).isEmpty());
    assertThat(back.invoice(InvoiceId.of("INV-2")).orElseThrow().isStepDone("call", D.plusDays(7))).isTrue();
    List<Invoice> inv = List.of();
    assertThatThrownBy(() -> Ledger.restore(null, inv, List.of(), List.of(), List.of(), List.of(), List.of(), List.of()))
        .isInstanceOf(NullPointerException.class).hasMessage("contracts");
    assertThatThrownBy(() -> Ledger.restore(List.of(), inv, List.of(), List.of(), List.of(), List.of(), List.of(), null))
        .isInstanceOf(NullPointerException.class).hasMessage("stepsDone");
    List<PaymentRecord> withNull = new ArrayList<>();
    withNull.add(null);
    assertThatThrownBy(() -> Ledger.restore(List.of(), inv, withNull, List.of(), List.of(), List.of(), List.of(), List.of()))
        .isInstanceOf(NullPointerException.class).hasMessage("payments element");
  }

  @Test
  void collectionValuesAreEqualByEveryPart() {
    Invoice base = new Invoice(InvoiceId.of("I"), ACME, UserId.of("u"), TeamId.of("t"), null, null, Money.of(USD, 10), D, D.plusDays(1));
    new EqualsTester()
        .addEqualityGroup(base, new Invoice(InvoiceId.of("I"), ACME, UserId.of("u"), TeamId.of("t"), null, null, Money.of(USD, 10), D, D.plusDays(1)))
        .addEqualityGroup(new Invoice(InvoiceId.of("J"), ACME, UserId.of("u"), TeamId.of("t"), null, null, Money.of(USD, 10), D, D.plusDays(1)))
        .addEqualityGroup(new Invoice(InvoiceId.of("I"), OTHER, UserId.of("u"), TeamId.of("t"), null, null, Money.of(USD, 10), D, D.plusDays(1)))
        .addEqualityGroup(new Invoice(InvoiceId.of("I"), ACME, UserId.of("v"), TeamId.of("t"), null, null, Money.of(USD, 10), D, D.plusDays(1)))
        .addEqualityGroup(new Invoice(InvoiceId.of("I"), ACME, UserId.of("u"), null, null, null, Money.of(USD, 10), D, D.plusDays(1)))
        .addEqualityGroup(new Invoice(InvoiceId.of("I"), ACME, UserId.of("u"), TeamId.of("t"), dev.salesops.core.contract.ContractId.of("C"), "m",
            Money.of(USD, 10), D, D.plusDays(1)))
        .addEqualityGroup(new Invoice(InvoiceId.of("I"), ACME, UserId.of("u"), TeamId.of("t"), dev.salesops.core.contract.ContractId.of("C"), "n",
            Money.of(USD, 10), D, D.plusDays(1)))
        .addEqualityGroup(new Invoice(InvoiceId.of("I"), ACME, UserId.of("u"), TeamId.of("t"), null, null, Money.of(USD, 11), D, D.plusDays(1)))
        .addEqualityGroup(new Invoice(InvoiceId.of("I"), ACME, UserId.of("u"), TeamId.of("t"), null, null, Money.of(USD, 10), D.minusDays(1), D.plusDays(1)))
        .addEqualityGroup(new Invoice(InvoiceId.of("I"), ACME, UserId.of("u"), TeamId.of("t"), null, null, Money.of(USD, 10), D, D.plusDays(2)))
        .testEquals();
    assertThat(base.toString()).contains("I").contains("USD 10.00");

    FollowUpStep call = new FollowUpStep("call", 7, null, "call", Responsible.OWNER);
    FollowUpStep mail = new FollowUpStep("mail", 1, 6, "mail", Responsible.SYSTEM);
    Money open = Money.of(USD, 5);
    Money paid = Money.of(USD, 2);
    new EqualsTester()
        .addEqualityGroup(action(InvoiceId.of("I"), ACME, UserId.of("u"), TeamId.of("t"), call, D, 3, D, open, paid),
            action(InvoiceId.of("I"), ACME, UserId.of("u"), TeamId.of("t"), call, D, 3, D, open, paid))
        .addEqualityGroup(action(InvoiceId.of("J"), ACME, UserId.of("u"), TeamId.of("t"), call, D, 3, D, open, paid))
        .addEqualityGroup(action(InvoiceId.of("I"), OTHER, UserId.of("u"), TeamId.of("t"), call, D, 3, D, open, paid))
        .addEqualityGroup(action(InvoiceId.of("I"), ACME, UserId.of("v"), TeamId.of("t"), call, D, 3, D, open, paid))
        .addEqualityGroup(action(InvoiceId.of("I"), ACME, UserId.of("u"), null, call, D, 3, D, open, paid))
        .addEqualityGroup(action(InvoiceId.of("I"), ACME, UserId.of("u"), TeamId.of("t"), mail, D, 3, D, open, paid))
        .addEqualityGroup(action(InvoiceId.of("I"), ACME, UserId.of("u"), TeamId.of("t"), call, D.plusDays(1), 3, D, open, paid))
        .addEqualityGroup(action(InvoiceId.of("I"), ACME, UserId.of("u"), TeamId.of("t"), call, D, 4, D, open, paid))
        .addEqualityGroup(action(InvoiceId.of("I"), ACME, UserId.of("u"), TeamId.of("t"), call, D, 3, D.plusDays(1), open, paid))
        .addEqualityGroup(action(InvoiceId.of("I"), ACME, UserId.of("u"), TeamId.of("t"), call, D, 3, D, paid, paid))
        .addEqualityGroup(action(InvoiceId.of("I"), ACME, UserId.of("u"), TeamId.of("t"), call, D, 3, D, open, open))
        .testEquals();
    FollowUpAction a = action(InvoiceId.of("I"), ACME, UserId.of("u"), TeamId.of("t"), call, D, 3, D.minusDays(3), open, paid);
    assertThat(a.accountId()).isEqualTo(ACME);
    assertThat(a.teamId()).contains(TeamId.of("t"));
    assertThat(action(InvoiceId.of("I"), ACME, UserId.of("u"), null, call, D, 3, D, open, paid).teamId()).isEmpty();
    assertThat(a.dueOn()).isEqualTo(D.minusDays(3));
    assertThat(a.paid()).isEqualTo(paid);
    assertThat(a.reason()).isEqualTo("invoice I of account ACME is 3 day(s) overdue (due 2026-02-26) with USD 5.00 open after USD 2.00 paid:"
        + " step call (call, day +7, by OWNER) due since 2026-03-01");
    assertThat(action(InvoiceId.of("I"), ACME, UserId.of("u"), null, mail, D, 0, D, open, Money.zero(USD)).reason())
        .isEqualTo("invoice I of account ACME is due today 2026-03-01 with USD 5.00 open: step mail (mail, day +1, by SYSTEM) due since 2026-03-01");
    FollowUpStep before = new FollowUpStep("remind", -3, null, "remind", Responsible.FINANCE);
    assertThat(action(InvoiceId.of("I"), ACME, UserId.of("u"), null, before, D, -3, D.plusDays(3), open, Money.zero(USD)).reason())
        .isEqualTo("invoice I of account ACME is due in 3 day(s) on 2026-03-04 with USD 5.00 open: step remind (remind, day -3, by FINANCE) due since 2026-03-01");
    assertThat(a.toString()).startsWith("FollowUpAction[invoiceId=I, accountId=ACME, ownerId=u, teamId=Optional[t], step=")
        .endsWith("scheduledOn=2026-03-01, daysPastDue=3, dueOn=2026-02-26, open=USD 5.00, paid=USD 2.00]");
  }

  private static FollowUpAction action(InvoiceId id, AccountId account, UserId owner, TeamId team, FollowUpStep step, LocalDate scheduledOn,
      long daysPastDue, LocalDate dueOn, Money open, Money paid) {
    return new FollowUpAction(id, account, owner, team, step, scheduledOn, daysPastDue, dueOn, open, paid);
  }
}
