package dev.salesops.core.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import dev.salesops.core.contract.Contract;
import dev.salesops.core.model.AccountId;
import dev.salesops.core.model.UserId;
import dev.salesops.core.money.ExchangeRates;
import dev.salesops.core.validation.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class LedgerRulesTest {
  static final CurrencyUnit USD = CurrencyUnit.USD;
  static final CurrencyUnit EUR = CurrencyUnit.EUR;
  static final AccountId ACME = AccountId.of("ACME");
  static final AccountId OTHER = AccountId.of("OTHER");
  static final LocalDate D = LocalDate.of(2026, 2, 1);
  static final ExchangeRates EUR_USD_1_1 = (from, to, date) ->
      from.equals(EUR) && to.equals(USD) ? Optional.of(new BigDecimal("1.1")) : Optional.empty();

  static Money usd(String a) {
    return Money.of(USD, new BigDecimal(a));
  }

  static Money eur(String a) {
    return Money.of(EUR, new BigDecimal(a));
  }

  static Ledger twoInvoices() {
    return Ledger.empty()
        .withInvoice(Invoice.of(InvoiceId.of("INV-1"), ACME, UserId.of("rep-1"), null, usd("500.00"), D.minusDays(40), D.minusDays(10)))
        .withInvoice(Invoice.of(InvoiceId.of("INV-2"), OTHER, UserId.of("rep-2"), null, usd("300.00"), D.minusDays(40), D.minusDays(5)));
  }

  @Test
  void aPaymentInAnotherCurrencyWithoutARateIsRefusedAndTheLedgerIsUnchanged() {
    Ledger before = twoInvoices();
    assertThatThrownBy(() -> before.withPayment(Payment.of(PaymentId.of("P-9"), ACME, eur("100.00"), D)))
        .isInstanceOf(ValidationException.class)
        .hasMessage("payment P-9 to invoice INV-1 (USD) needs an exchange rate EUR->USD on 2026-02-01: EUR 100.00");
    assertThat(before.payments()).isEmpty();
    assertThat(before.state(InvoiceId.of("INV-1"), D).orElseThrow().open()).isEqualTo(usd("500.00"));
  }

  @Test
  void aPaymentInAnotherCurrencyIsConvertedAtTheHostsRate() {
    Ledger l = twoInvoices().withPayment(Payment.of(PaymentId.of("P-1"), ACME, eur("100.00"), D), EUR_USD_1_1);
    assertThat(l.state(InvoiceId.of("INV-1"), D).orElseThrow().open()).isEqualTo(usd("390.00"));
    // 1,000 EUR = 1,100 USD > 390 open: 390 USD applied, 390 / 1.1 = 354.5454.. -> 354.55 EUR used (rounded up), 645.45 EUR left
    Ledger l2 = l.withPayment(Payment.of(PaymentId.of("P-2"), ACME, eur("1000.00"), D), EUR_USD_1_1);
    PaymentRecord p2 = l2.payment(PaymentId.of("P-2")).orElseThrow();
    assertThat(p2.applications()).singleElement().satisfies(a -> {
      assertThat(a.applied()).isEqualTo(usd("390.00"));
      assertThat(a.consumed()).isEqualTo(eur("354.55"));
    });
    assertThat(p2.unapplied()).isEqualTo(eur("645.45"));
  }

  @Test
  void hostAllocationIsCheckedWholeAndRefusedWithEveryProblem() {
    Ledger before = twoInvoices();
    Payment bad = Payment.allocated(PaymentId.of("P-3"), ACME, usd("600.00"), D, List.of(
        PaymentAllocation.of(InvoiceId.of("INV-1"), usd("550.00")),
        PaymentAllocation.of(InvoiceId.of("INV-2"), usd("10.00")),
        PaymentAllocation.of(InvoiceId.of("INV-404"), usd("50.00"))));
    assertThatThrownBy(() -> before.withPayment(bad))
        .isInstanceOf(ValidationException.class)
        .hasMessage("4 problems:\n"
            + "- payment P-3 allocations must not add up to more than the payment amount USD 600.00: USD 610.00\n"
            + "- payment P-3 allocations[0] to invoice INV-1 must not exceed the invoice's open amount USD 500.00: USD 550.00\n"
            + "- payment P-3 allocations[1] to invoice INV-2 must name an invoice of the paying account ACME: OTHER\n"
            + "- payment P-3 allocations[2] to invoice INV-404 must name an invoice of the ledger: INV-404");
    assertThat(before.payments()).isEmpty();

    Ledger ok = before.withPayment(Payment.allocated(PaymentId.of("P-3"), ACME, usd("600.00"), D,
        List.of(PaymentAllocation.of(InvoiceId.of("INV-1"), usd("200.00")))));
    assertThat(ok.state(InvoiceId.of("INV-1"), D).orElseThrow().open()).isEqualTo(usd("300.00"));
    assertThat(ok.payment(PaymentId.of("P-3")).orElseThrow().unapplied()).isEqualTo(usd("400.00"));
    assertThatThrownBy(() -> ok.withPayment(Payment.of(PaymentId.of("P-3"), ACME, usd("1.00"), D)))
        .hasMessage("payment P-3 id must be unique in the ledger: P-3");
    assertThatThrownBy(() -> before.withPayment(Payment.allocated(PaymentId.of("P-4"), ACME, eur("10.00"), D,
        List.of(PaymentAllocation.of(InvoiceId.of("INV-1"), eur("10.00"))))))
        .hasMessage("payment P-4 allocations[0] to invoice INV-1 (USD) needs a positive exchange rate EUR->USD on 2026-02-01: EUR 10.00");
    assertThatThrownBy(() -> before.withPayment(Payment.allocated(PaymentId.of("P-5"), ACME, usd("10.00"), D.minusDays(41),
        List.of(PaymentAllocation.of(InvoiceId.of("INV-1"), usd("10.00"))))))
        .hasMessage("payment P-5 allocations[0] to invoice INV-1 must name an invoice issued on or before the payment date 2025-12-22: 2025-12-23");
  }

  @Test
  void creditNotesWriteOffsAndStepsAreChecked() {
    Ledger l = twoInvoices();
    InvoiceId i1 = InvoiceId.of("INV-1");
    assertThatThrownBy(() -> l.withCreditNote(new CreditNote(CreditNoteId.of("CN-1"), i1, usd("500.01"), D, "x")))
        .hasMessage("creditNote CN-1 amount must not exceed the open amount USD 500.00 of invoice INV-1: USD 500.01");
    assertThatThrownBy(() -> l.withCreditNote(new CreditNote(CreditNoteId.of("CN-1"), i1, eur("5.00"), D, "x")))
        .hasMessage("creditNote CN-1 amount must be in the invoice currency USD: EUR 5.00");
    Ledger credited = l.withCreditNote(new CreditNote(CreditNoteId.of("CN-1"), i1, usd("100.00"), D, "x"));
    assertThatThrownBy(() -> credited.withCreditNote(new CreditNote(CreditNoteId.of("CN-1"), i1, usd("1.00"), D, "x")))
        .hasMessage("creditNote CN-1 id must be unique in the ledger: CN-1");
    Ledger written = credited.withWriteOff(new WriteOff(i1, usd("400.00"), D.plusDays(1), "insolvent"));
    assertThat(written.state(i1, D.plusDays(1)).orElseThrow().status()).isEqualTo(InvoiceStatus.SETTLED);
    assertThat(written.state(i1, D).orElseThrow().open()).isEqualTo(usd("400.00"));
    assertThatThrownBy(() -> written.withWriteOff(new WriteOff(i1, usd("0.01"), D, "x")))
        .hasMessage("writeOff of invoice INV-1 amount must not exceed the open amount USD 0.00 of invoice INV-1: USD 0.01");
    Ledger done = l.withStepDone(new StepDone(i1, "call", D));
    assertThatThrownBy(() -> done.withStepDone(new StepDone(i1, "call", D.plusDays(1))))
        .hasMessage("step call of invoice INV-1 is already recorded as done on 2026-02-01: 2026-02-02");
    assertThatThrownBy(() -> l.withDisputeResolved(i1, D)).hasMessage("dispute of invoice INV-1 must be open to be resolved: 2026-02-01");
    Ledger disputed = l.withDisputeOpened(i1, D, "quality");
    assertThatThrownBy(() -> disputed.withDisputeOpened(i1, D.plusDays(1), "again"))
        .hasMessage("dispute of invoice INV-1 must not be opened while the dispute opened on 2026-02-01 is unresolved: 2026-02-02");
    assertThatThrownBy(() -> l.withPromiseToPay(new PromiseToPay(InvoiceId.of("X"), D, D)))
        .hasMessage("promise to pay invoice X must name an invoice of the ledger: X");
    assertThatThrownBy(() -> new PromiseToPay(i1, D, D.minusDays(1)))
        .hasMessage("promise to pay invoice INV-1 promisedFor must not be before the date it was made 2026-02-01: 2026-01-31");
  }

  @Test
  void invoicesAgainstRegisteredContractsAreChecked() {
    Contract c = CollectionWorkedExampleTest.contract();
    Ledger l = Ledger.empty().withContract(c).withInvoice(Invoice.forMilestone(InvoiceId.of("A"), c, "deposit", D));
    Invoice again = new Invoice(InvoiceId.of("B"), c.accountId(), c.ownerId(), null, c.id(), "deposit",
        usd("0.01"), D, D);
    assertThatThrownBy(() -> l.withInvoice(again))
        .hasMessage("invoice B amount must not bring milestone deposit of contract C-1 to more than its amount USD 3000.00 invoiced (USD 3000.01): USD 0.01");
    Invoice wrong = new Invoice(InvoiceId.of("C"), OTHER, c.ownerId(), null, c.id(), "nope", eur("1.00"), D, D);
    assertThatThrownBy(() -> l.withInvoice(wrong))
        .hasMessage("2 problems:\n- invoice C accountId must be the account of contract C-1 (ACME): OTHER\n"
            + "- invoice C amount must be in the currency of contract C-1 (USD): EUR 1.00");
    assertThatThrownBy(() -> l.withInvoice(Invoice.forMilestone(InvoiceId.of("A"), c, "delivery", D)))
        .hasMessage("invoice A id must be unique in the ledger: A");
    assertThatThrownBy(() -> Invoice.forMilestone(InvoiceId.of("Z"), c, "nope", D))
        .hasMessage("invoice Z milestoneId must be a milestone of contract C-1: nope");
    assertThatThrownBy(() -> Invoice.of(InvoiceId.of("Z"), ACME, UserId.of("r"), null, usd("1.00"), D, D.minusDays(1)))
        .hasMessage("invoice Z dueOn must not be before the issue date 2026-02-01: 2026-01-31");
    assertThatThrownBy(() -> Invoice.of(InvoiceId.of("Z"), ACME, UserId.of("r"), null, usd("0.00"), D, D))
        .hasMessage("invoice Z amount must be positive: USD 0.00");
  }

  @Test
  void defaultAllocationSkipsDisputedAndNotYetIssuedInvoices() {
    Ledger l = twoInvoices()
        .withInvoice(Invoice.of(InvoiceId.of("INV-3"), ACME, UserId.of("rep-1"), null, usd("100.00"), D.minusDays(30), D.minusDays(20)))
        .withInvoice(Invoice.of(InvoiceId.of("INV-4"), ACME, UserId.of("rep-1"), null, usd("100.00"), D.plusDays(1), D.plusDays(1)))
        .withDisputeOpened(InvoiceId.of("INV-3"), D.minusDays(2), "wrong quantity");
    PaymentRecord p = l.withPayment(Payment.of(PaymentId.of("P"), ACME, usd("1000.00"), D)).payment(PaymentId.of("P")).orElseThrow();
    assertThat(p.applications()).extracting(Application::invoiceId).containsExactly(InvoiceId.of("INV-1"));
    assertThat(p.unapplied()).isEqualTo(usd("500.00"));
  }

  @Test
  void bulkPaymentsApplyLikeOneAfterTheOtherAndAllOrNothing() {
    Ledger base = twoInvoices()
        .withInvoice(Invoice.of(InvoiceId.of("INV-3"), ACME, UserId.of("rep-1"), null, usd("100.00"), D.minusDays(30), D.minusDays(20)));
    List<Payment> ps = List.of(Payment.of(PaymentId.of("P1"), ACME, usd("150.00"), D), Payment.of(PaymentId.of("P2"), OTHER, usd("50.00"), D),
        Payment.of(PaymentId.of("P3"), ACME, usd("500.00"), D.plusDays(1)));
    Ledger bulk = base.withPayments(ps, ExchangeRates.none());
    Ledger oneByOne = base;
    for (Payment p : ps) {
      oneByOne = oneByOne.withPayment(p);
    }
    assertThat(bulk.payments()).containsExactlyElementsOf(oneByOne.payments());
    assertThat(bulk.states(D.plusDays(1))).extracting(InvoiceState::open)
        .containsExactlyElementsOf(oneByOne.states(D.plusDays(1)).stream().map(InvoiceState::open).toList());
    assertThat(bulk.payment(PaymentId.of("P1")).orElseThrow().applications()).extracting(Application::invoiceId)
        .containsExactly(InvoiceId.of("INV-3"), InvoiceId.of("INV-1"));
    assertThatThrownBy(() -> base.withPayments(List.of(ps.get(0), Payment.of(PaymentId.of("P9"), ACME, eur("1.00"), D)), ExchangeRates.none()))
        .hasMessage("payment P9 to invoice INV-1 (USD) needs an exchange rate EUR->USD on 2026-02-01: EUR 1.00");
    assertThat(base.payments()).isEmpty();
  }

  @Test
  void nullsAreRefusedNamingTheParameter() {
    NullPointerTester t = new NullPointerTester().setDefault(Money.class, usd("1.00")).setDefault(LocalDate.class, D)
        .setDefault(InvoiceId.class, InvoiceId.of("INV-1")).setDefault(AccountId.class, ACME).setDefault(UserId.class, UserId.of("r")).setDefault(java.time.ZoneId.class, java.time.ZoneOffset.UTC).setDefault(String.class, "x")
        .setDefault(Payment.class, Payment.of(PaymentId.of("P"), ACME, usd("1.00"), D))
        .setDefault(Contract.class, CollectionWorkedExampleTest.contract())
        .setDefault(FollowUpLadder.class, FollowUpLadder.standard()).setDefault(Ledger.class, twoInvoices())
        .setDefault(InvoiceRecord.class, twoInvoices().records().iterator().next());
    t.testAllPublicInstanceMethods(twoInvoices());
    t.testAllPublicStaticMethods(FollowUps.class);
    t.testAllPublicStaticMethods(Invoice.class);
  }
}
