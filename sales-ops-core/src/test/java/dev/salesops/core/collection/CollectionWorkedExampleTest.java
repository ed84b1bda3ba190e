package dev.salesops.core.collection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.salesops.core.contract.Contract;
import dev.salesops.core.contract.ContractId;
import dev.salesops.core.contract.MilestoneKind;
import dev.salesops.core.contract.MilestoneTerm;
import dev.salesops.core.model.AccountId;
import dev.salesops.core.model.TeamId;
import dev.salesops.core.model.UserId;
import dev.salesops.core.money.MoneyBag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * A contract of USD 10,000.01 with four milestones (30/40/20/10 %), worked by hand through partial payments,
 * an over-payment, a credit note and a dispute.
 *
 * <pre>
 * milestones : deposit 3,000.00 | delivery 4,000.01 (the extra cent: largest remainder) | acceptance 2,000.00 | final 1,000.00
 * INV-1 deposit     issued 2026-01-05 due 2026-01-15  3,000.00
 * INV-2 delivery    issued 2026-02-15 due 2026-03-17  4,000.01
 * INV-3 acceptance  issued 2026-03-15 due 2026-04-14  2,000.00
 * P-1 2026-01-20  2,000.00 -> INV-1 2,000.00                        INV-1 open 1,000.00
 * P-2 2026-02-20  1,500.00 -> INV-1 1,000.00, INV-2 500.00          INV-1 settled, INV-2 open 3,500.01
 * CN-1 2026-03-20   500.01 on INV-2 (price correction)              INV-2 open 3,000.00
 * P-3 2026-03-25  3,000.00 -> INV-2 3,000.00                        INV-2 settled
 * dispute INV-3 opened 2026-04-20, resolved 2026-05-10
 * P-4 2026-05-12  2,500.00 -> INV-3 2,000.00, 500.00 unapplied      over-payment: credit 500.00
 * INV-4 final       issued 2026-06-30 due 2026-07-30  1,000.00, never paid by 2026-08-31
 * </pre>
 */
class CollectionWorkedExampleTest {
  static final CurrencyUnit USD = CurrencyUnit.USD;
  static final AccountId ACME = AccountId.of("ACME");
  static final LocalDate SIGNED = LocalDate.of(2026, 1, 5);

  static Money usd(String a) {
    return Money.of(USD, new BigDecimal(a));
  }

  static InvoiceId inv(int n) {
    return InvoiceId.of("INV-" + n);
  }

  static Contract contract() {
    return Contract.builder().id(ContractId.of("C-1")).accountId(ACME).ownerId(UserId.of("rep-1")).teamId(TeamId.of("east"))
        .total(usd("10000.01")).signedOn(SIGNED)
        .addMilestones(
            MilestoneTerm.ofPercent("deposit", MilestoneKind.DEPOSIT_ON_SIGNING, SIGNED, 10, new BigDecimal("30")),
            MilestoneTerm.ofPercent("delivery", MilestoneKind.ON_DELIVERY, LocalDate.of(2026, 2, 15), 30, new BigDecimal("40")),
            MilestoneTerm.ofPercent("acceptance", MilestoneKind.ON_ACCEPTANCE, LocalDate.of(2026, 3, 15), 30, new BigDecimal("20")),
            MilestoneTerm.ofPercent("final", MilestoneKind.INSTALMENT, LocalDate.of(2026, 6, 30), 30, new BigDecimal("10")))
        .build();
  }

  /** The ledger after every event of the example, in order. */
  static List<Ledger> history() {
    Contract c = contract();
    Ledger l0 = Ledger.empty().withContract(c)
        .withInvoice(Invoice.forMilestone(inv(1), c, "deposit", LocalDate.of(2026, 1, 5)))
        .withInvoice(Invoice.forMilestone(inv(2), c, "delivery", LocalDate.of(2026, 2, 15)))
        .withInvoice(Invoice.forMilestone(inv(3), c, "acceptance", LocalDate.of(2026, 3, 15)));
    Ledger l1 = l0.withPayment(Payment.of(PaymentId.of("P-1"), ACME, usd("2000.00"), LocalDate.of(2026, 1, 20)));
    Ledger l2 = l1.withPayment(Payment.of(PaymentId.of("P-2"), ACME, usd("1500.00"), LocalDate.of(2026, 2, 20)));
    Ledger l3 = l2.withCreditNote(new CreditNote(CreditNoteId.of("CN-1"), inv(2), usd("500.01"), LocalDate.of(2026, 3, 20), "price correction"));
    Ledger l4 = l3.withPayment(Payment.of(PaymentId.of("P-3"), ACME, usd("3000.00"), LocalDate.of(2026, 3, 25)));
    Ledger l5 = l4.withDisputeOpened(inv(3), LocalDate.of(2026, 4, 20), "acceptance report contested");
    Ledger l6 = l5.withDisputeResolved(inv(3), LocalDate.of(2026, 5, 10));
    Ledger l7 = l6.withPayment(Payment.of(PaymentId.of("P-4"), ACME, usd("2500.00"), LocalDate.of(2026, 5, 12)));
    Ledger l8 = l7.withInvoice(Invoice.forMilestone(inv(4), c, "final", LocalDate.of(2026, 6, 30)));
    return List.of(l0, l1, l2, l3, l4, l5, l6, l7, l8);
  }

  static Ledger ledger() {
    List<Ledger> h = history();
    return h.get(h.size() - 1);
  }

  @Test
  void invoicesCarryTheMilestoneAmountsAndDueDates() {
    Ledger l = ledger();
    assertThat(l.invoice(inv(2)).orElseThrow().invoice().amount()).isEqualTo(usd("4000.01"));
    assertThat(l.invoice(inv(2)).orElseThrow().invoice().dueOn()).isEqualTo(LocalDate.of(2026, 3, 17));
    assertThat(l.invoice(inv(4)).orElseThrow().invoice().dueOn()).isEqualTo(LocalDate.of(2026, 7, 30));
  }

  @Test
  void partialPaymentsAreAppliedOldestDueFirst() {
    Ledger l = ledger();
    assertThat(l.payment(PaymentId.of("P-1")).orElseThrow().applications()).extracting(Application::invoiceId, Application::applied)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(inv(1), usd("2000.00")));
    assertThat(l.payment(PaymentId.of("P-2")).orElseThrow().applications()).extracting(Application::invoiceId, Application::applied)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(inv(1), usd("1000.00")), org.assertj.core.groups.Tuple.tuple(inv(2), usd("500.00")));
    InvoiceState s = l.state(inv(2), LocalDate.of(2026, 3, 20)).orElseThrow();
    assertThat(s.paid()).isEqualTo(usd("500.00"));
    assertThat(s.credited()).isEqualTo(usd("500.01"));
    assertThat(s.open()).isEqualTo(usd("3000.00"));
    assertThat(s.status()).isEqualTo(InvoiceStatus.OVERDUE);
    assertThat(s.daysOverdue()).isEqualTo(3);
  }

  @Test
  void overPaymentStaysAsUnappliedCredit() {
    Ledger l = ledger();
    PaymentRecord p4 = l.payment(PaymentId.of("P-4")).orElseThrow();
    assertThat(p4.applications()).extracting(Application::invoiceId).containsExactly(inv(3));
    assertThat(p4.unapplied()).isEqualTo(usd("500.00"));
    assertThat(l.unappliedCredit(ACME, LocalDate.of(2026, 5, 11))).isEqualTo(MoneyBag.empty());
    assertThat(l.unappliedCredit(ACME, LocalDate.of(2026, 5, 12))).isEqualTo(MoneyBag.of(usd("500.00")));
  }

  @Test
  void statesAtDatesPerInvoiceAndPerGroup() {
    Ledger l = ledger();
    LocalDate feb1 = LocalDate.of(2026, 2, 1);
    assertThat(l.states(feb1)).extracting(s -> s.invoice().id(), InvoiceState::status, InvoiceState::open, InvoiceState::daysOverdue)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(inv(1), InvoiceStatus.OVERDUE, usd("1000.00"), 17L));
    LocalDate mar31 = LocalDate.of(2026, 3, 31);
    assertThat(l.states(mar31)).extracting(InvoiceState::status)
        .containsExactly(InvoiceStatus.SETTLED, InvoiceStatus.SETTLED, InvoiceStatus.NOT_DUE);
    Map<UserId, ReceivableSummary> byOwner = l.summarize(LocalDate.of(2026, 4, 30), InvoiceState::ownerId);
    assertThat(byOwner).containsOnlyKeys(UserId.of("rep-1"));
    ReceivableSummary s = byOwner.get(UserId.of("rep-1"));
    assertThat(s.open()).isEqualTo(MoneyBag.of(usd("2000.00")));
    assertThat(s.overdue()).isEqualTo(MoneyBag.of(usd("2000.00")));
    assertThat(s.maxDaysOverdue()).isEqualTo(16);
    assertThat(l.summarize(LocalDate.of(2026, 8, 31), InvoiceState::currency).get(USD).open()).isEqualTo(MoneyBag.of(usd("1000.00")));
    assertThat(l.summarize(LocalDate.of(2026, 7, 30), s2 -> s2.teamId().orElseThrow()).get(TeamId.of("east")).due())
        .isEqualTo(MoneyBag.of(usd("1000.00")));
  }

  @Test
  void appliedPlusCreditedPlusOpenEqualsInvoicedAfterEveryEvent() {
    for (Ledger l : history()) {
      for (LocalDate d = SIGNED; d.isBefore(LocalDate.of(2026, 9, 1)); d = d.plusDays(7)) {
        long invoiced = 0;
        long rest = 0;
        for (InvoiceState s : l.states(d)) {
          invoiced += s.invoiced().getAmountMinorLong();
          rest += s.paid().getAmountMinorLong() + s.credited().getAmountMinorLong() + s.writtenOff().getAmountMinorLong() + s.openMinor();
        }
        assertThat(rest).as("at %s", d).isEqualTo(invoiced);
      }
    }
    // and on the final ledger: 10,000.01 invoiced = 8,500.00 applied (of 9,000.00 received) + 500.01 credited + 1,000.00 open
    List<InvoiceState> end = ledger().states(LocalDate.of(2026, 8, 31));
    assertThat(end.stream().mapToLong(s -> s.paid().getAmountMinorLong()).sum()).isEqualTo(850000);
    assertThat(end.stream().mapToLong(InvoiceState::openMinor).sum()).isEqualTo(100000);
  }

  @Test
  void theLadderThroughTheExample() {
    Ledger l = ledger();
    FollowUpLadder ladder = FollowUpLadder.standard();
    // 2026-02-01: INV-1 is 17 days overdue -> the owner's call (+7)
    FollowUpAgenda feb1 = FollowUps.agenda(l, ladder, LocalDate.of(2026, 2, 1));
    assertThat(feb1.actions()).singleElement().satisfies(a -> {
      assertThat(a.invoiceId()).isEqualTo(inv(1));
      assertThat(a.step().id()).isEqualTo("call");
      assertThat(a.step().responsible()).isEqualTo(Responsible.OWNER);
      assertThat(a.ownerId()).isEqualTo(UserId.of("rep-1"));
      assertThat(a.reason()).isEqualTo("invoice INV-1 of account ACME is 17 day(s) overdue (due 2026-01-15) with USD 1000.00 open"
          + " after USD 2000.00 paid: step call (call, day +7, by OWNER) due since 2026-01-22");
    });
    // 2026-03-14: INV-2 due in 3 days -> system reminder
    assertThat(FollowUps.agenda(l, ladder, LocalDate.of(2026, 3, 14)).actions()).extracting(a -> a.step().id()).containsExactly("reminder");
    // 2026-04-30: INV-3 16 days overdue but disputed -> on hold, nothing to do
    FollowUpAgenda apr30 = FollowUps.agenda(l, ladder, LocalDate.of(2026, 4, 30));
    assertThat(apr30.actions()).isEmpty();
    assertThat(apr30.holds()).singleElement().extracting(FollowUpHold::reason)
        .isEqualTo("invoice INV-3 is disputed since 2026-04-20: step call paused until the dispute is resolved");
    // 2026-05-11: dispute resolved the day before -> the call is due again
    assertThat(FollowUps.agenda(l, ladder, LocalDate.of(2026, 5, 11)).actions()).extracting(a -> a.step().id()).containsExactly("call");
    // 2026-05-14 (day +30): settled by P-4 on 05-12 -> the escalation is cancelled
    assertThat(FollowUps.agenda(l, ladder, LocalDate.of(2026, 5, 14)).actions()).isEmpty();
    // 2026-08-31: INV-4 32 days overdue -> manager escalation
    assertThat(FollowUps.agenda(l, ladder, LocalDate.of(2026, 8, 31)).actions()).extracting(a -> a.step().id(), FollowUpAction::daysPastDue)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("escalation", 32L));
  }
}
