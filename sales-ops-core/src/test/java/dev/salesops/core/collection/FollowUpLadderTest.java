package dev.salesops.core.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salesops.core.model.AccountId;
import dev.salesops.core.model.UserId;
import dev.salesops.core.testing.Property;
import dev.salesops.core.validation.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class FollowUpLadderTest {
  static final AccountId ACME = AccountId.of("ACME");
  static final LocalDate DUE = LocalDate.of(2026, 3, 1);
  static final InvoiceId I = InvoiceId.of("INV-1");

  static Money usd(String a) {
    return Money.of(CurrencyUnit.USD, new BigDecimal(a));
  }

  static Ledger one() {
    return Ledger.empty().withInvoice(Invoice.of(I, ACME, UserId.of("rep-1"), null, usd("1000.00"), DUE.minusDays(30), DUE));
  }

  static List<String> due(Ledger l, LocalDate d) {
    return FollowUps.agenda(l, FollowUpLadder.standard(), d).actions().stream().map(a -> a.step().id()).toList();
  }

  @Test
  void standardLadderDayByDay() {
    Ledger l = one();
    assertThat(due(l, DUE.minusDays(4))).isEmpty();
    assertThat(due(l, DUE.minusDays(3))).containsExactly("reminder");
    assertThat(due(l, DUE)).containsExactly("reminder");
    assertThat(due(l, DUE.plusDays(1))).containsExactly("email");
    assertThat(due(l, DUE.plusDays(7))).containsExactly("call");
    assertThat(due(l, DUE.plusDays(30))).containsExactly("escalation");
    assertThat(due(l, DUE.plusDays(60))).containsExactly("formal-demand");
    assertThat(due(l, DUE.plusDays(90))).containsExactly("legal");
    assertThat(due(l, DUE.plusDays(900))).containsExactly("legal");
    // an instant is read as a date in the host's zone: 2026-02-25T20:00Z is already the 26th in Shanghai (day -3)
    java.time.Instant evening = java.time.Instant.parse("2026-02-25T20:00:00Z");
    assertThat(FollowUps.agenda(l, FollowUpLadder.standard(), evening, java.time.ZoneOffset.UTC).actions()).isEmpty();
    assertThat(FollowUps.agenda(l, FollowUpLadder.standard(), evening, java.time.ZoneId.of("Asia/Shanghai")).actions()).hasSize(1);
  }

  @Test
  void aRecordedStepIsNeverEmittedAgain() {
    Ledger l = one().withStepDone(new StepDone(I, "call", DUE.plusDays(8)));
    assertThat(due(l, DUE.plusDays(7))).containsExactly("call"); // recorded only on day 8
    assertThat(due(l, DUE.plusDays(8))).isEmpty();
    assertThat(due(l, DUE.plusDays(29))).isEmpty();
    assertThat(due(l, DUE.plusDays(30))).containsExactly("escalation");
  }

  @Test
  void aPromiseToPayPausesTheLadderUntilItsDate() {
    Ledger l = one().withPromiseToPay(new PromiseToPay(I, DUE.plusDays(5), DUE.plusDays(20)));
    assertThat(due(l, DUE.plusDays(4))).containsExactly("email");
    FollowUpAgenda paused = FollowUps.agenda(l, FollowUpLadder.standard(), DUE.plusDays(20));
    assertThat(paused.actions()).isEmpty();
    assertThat(paused.holds()).singleElement().extracting(FollowUpHold::reason)
        .isEqualTo("invoice INV-1 has a promise to pay by 2026-03-21: step call paused until 2026-03-21");
    // broken promise: the ladder resumes the day after, at the step of that day
    assertThat(due(l, DUE.plusDays(21))).containsExactly("call");
  }

  @Test
  void partialPaymentKeepsTheLadderFullPaymentCancelsIt() {
    Ledger partial = one().withPayment(Payment.of(PaymentId.of("P-1"), ACME, usd("400.00"), DUE.plusDays(3)));
    FollowUpAction a = FollowUps.agenda(partial, FollowUpLadder.standard(), DUE.plusDays(8)).actions().get(0);
    assertThat(a.open()).isEqualTo(usd("600.00"));
    assertThat(a.reason()).contains("with USD 600.00 open after USD 400.00 paid");
    Ledger paid = partial.withPayment(Payment.of(PaymentId.of("P-2"), ACME, usd("600.00"), DUE.plusDays(10)));
    assertThat(due(paid, DUE.plusDays(9))).containsExactly("call"); // before the payment
    for (int d = 10; d < 200; d++) {
      assertThat(due(paid, DUE.plusDays(d))).isEmpty();
    }
  }

  @Test
  void explicitWindowsLeaveGaps() {
    FollowUpLadder ladder = FollowUpLadder.of(List.of(
        FollowUpStep.of("late-call", 10, 14, "call", Responsible.OWNER),
        FollowUpStep.of("early", 0, 2, "e-mail", Responsible.SYSTEM)));
    assertThat(ladder.steps()).extracting(FollowUpStep::id).containsExactly("early", "late-call");
    Ledger l = one();
    assertThat(FollowUps.agenda(l, ladder, DUE.plusDays(2)).actions()).hasSize(1);
    assertThat(FollowUps.agenda(l, ladder, DUE.plusDays(3)).actions()).isEmpty();
    assertThat(FollowUps.agenda(l, ladder, DUE.plusDays(15)).actions()).isEmpty();
    assertThat(FollowUps.actionFor(l.invoice(I).orElseThrow(), ladder, DUE.plusDays(12))).hasValueSatisfying(a ->
        assertThat(a.scheduledOn()).isEqualTo(DUE.plusDays(10)));
  }

  @Test
  void overlappingStepsAreRefused() {
    assertThatThrownBy(() -> FollowUpLadder.of(List.of(
            FollowUpStep.of("call", 7, 40, "call", Responsible.OWNER),
            FollowUpStep.of("escalation", 30, "manager escalation", Responsible.MANAGER),
            FollowUpStep.of("legal", 30, "legal", Responsible.LEGAL),
            FollowUpStep.of("call", 90, "again", Responsible.OWNER))))
        .isInstanceOf(ValidationException.class)
        .hasMessage("3 problems:\n"
            + "- ladder step call id must be unique in the ladder: call\n"
            + "- ladder step call days [7, 40] must not overlap step escalation starting on day 30: escalation\n"
            + "- ladder step escalation days [30, 29] must not overlap step legal starting on day 30: legal");
    assertThatThrownBy(() -> FollowUpLadder.of(List.of())).hasMessage("ladder steps must hold at least one step: []");
    assertThatThrownBy(() -> FollowUpStep.of("x", 5, 4, "a", Responsible.OWNER)).hasMessage("step x toDay must be within [fromDay 5, 3650]: 4");
  }

  @Test
  void theLadderIsData() {
    assertThat(FollowUpLadder.fromData(FollowUpLadder.standard().toData())).isEqualTo(FollowUpLadder.standard());
    FollowUpLadder custom = FollowUpLadder.fromData(List.of(
        Map.of("id", "call", "fromDay", 5, "toDay", 20, "action", "call", "responsible", "OWNER"),
        Map.of("id", "legal", "fromDay", new BigDecimal("45"), "action", "hand over", "responsible", "LEGAL")));
    assertThat(custom.steps()).extracting(FollowUpStep::fromDay).containsExactly(5, 45);
    assertThat(custom.stepOn(21)).isEmpty();
    assertThatThrownBy(() -> FollowUpLadder.fromData(List.of(
            Map.of("id", "a", "fromDay", 1.5, "action", "x", "responsible", "BOSS"),
            Map.of("id", "b", "fromDay", 3, "action", "y", "responsible", "OWNER", "colour", "red"))))
        .isInstanceOf(ValidationException.class)
        .hasMessage("3 problems:\n"
            + "- steps[0].fromDay must be a whole number: 1.5\n"
            + "- steps[0].responsible must be one of [SYSTEM, OWNER, MANAGER, FINANCE, LEGAL]: BOSS\n"
            + "- steps[1].colour is not a step field (known: id, fromDay, toDay, action, responsible): colour");
  }

  /**
   * Property: simulated day by day over random ledgers, a host that records some emitted actions as done
   * never sees a recorded step again, and an invoice's steps only move forward along the ladder.
   */
  @Test
  void theLadderNeverEmitsAStepTwice() {
    FollowUpLadder ladder = FollowUpLadder.standard();
    Property.forAll(2020L, 40, random -> {
      Ledger l = Ledger.empty();
      LocalDate start = LocalDate.of(2026, 1, 1);
      int n = 1 + random.nextInt(6);
      for (int i = 0; i < n; i++) {
        LocalDate issued = start.plusDays(random.nextInt(30));
        l = l.withInvoice(Invoice.of(InvoiceId.of("I" + i), ACME, UserId.of("r"), null, Money.ofMinor(CurrencyUnit.USD, 100 + random.nextInt(10_000)),
            issued, issued.plusDays(random.nextInt(45))));
      }
      Set<String> recorded = new HashSet<>();
      Map<InvoiceId, Integer> lastIndex = new HashMap<>();
      List<String> stepIds = ladder.steps().stream().map(FollowUpStep::id).toList();
      for (LocalDate d = start; d.isBefore(start.plusDays(200)); d = d.plusDays(1)) {
        LocalDate day = d;
        // random events of the day
        int event = random.nextInt(20);
        InvoiceId target = InvoiceId.of("I" + random.nextInt(n));
        InvoiceRecord r = l.invoice(target).orElseThrow();
        if (!r.invoice().issuedOn().isAfter(d)) {
          if (event == 0) {
            l = l.withPayment(Payment.of(PaymentId.of("P" + d), ACME, Money.ofMinor(CurrencyUnit.USD, 1 + random.nextInt(5000)), d));
          } else if (event == 1) {
            l = l.withPromiseToPay(new PromiseToPay(target, d, d.plusDays(random.nextInt(15))));
          } else if (event == 2 && r.disputes().stream().allMatch(x -> x.resolvedOn().isPresent() && x.resolvedOn().get().isBefore(day))) {
            l = l.withDisputeOpened(target, d, "q");
          } else if (event == 3 && r.disputes().stream().anyMatch(x -> x.resolvedOn().isEmpty())) {
            l = l.withDisputeResolved(target, d);
          }
        }
        for (FollowUpAction a : FollowUps.agenda(l, ladder, d).actions()) {
          String key = a.invoiceId() + "/" + a.step().id();
          assertThat(recorded).as("step emitted again after being recorded: %s on %s", key, d).doesNotContain(key);
          int idx = stepIds.indexOf(a.step().id());
          assertThat(idx).as("ladder goes forward for %s", a.invoiceId()).isGreaterThanOrEqualTo(lastIndex.getOrDefault(a.invoiceId(), 0));
          lastIndex.put(a.invoiceId(), idx);
          if (random.nextBoolean()) {
            l = l.withStepDone(new StepDone(a.invoiceId(), a.step().id(), d));
            recorded.add(key);
          }
        }
      }
      // every step recorded exactly once
      List<String> all = new ArrayList<>();
      l.records().forEach(r -> r.stepsDone().forEach(s -> all.add(r.id() + "/" + s.stepId())));
      assertThat(all).doesNotHaveDuplicates().hasSize(recorded.size());
    });
  }
}
