package dev.salesops.core.contract;

import static dev.salesops.core.contract.ContractTest.SIGNED;
import static dev.salesops.core.contract.ContractTest.base;
import static dev.salesops.core.contract.ContractTest.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salesops.core.validation.ValidationException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** The documented rules of {@link Contract}, {@link MilestoneTerm}, {@link ScopeLine} and {@link ContractReview} at their edges. */
class ContractMutationTest {

  static MilestoneTerm fixed(String id, String amount) {
    return MilestoneTerm.ofAmount(id, MilestoneKind.INSTALMENT, SIGNED, 0, usd(amount));
  }

  static MilestoneTerm pct(String id, String percent) {
    return MilestoneTerm.ofPercent(id, MilestoneKind.INSTALMENT, SIGNED, 0, new BigDecimal(percent));
  }

  @Test
  void totalMustBePositiveAndFitItsCurrency() {
    assertThatThrownBy(() -> base().total(usd("0.00")).build()).isInstanceOf(ValidationException.class)
        .hasMessageContaining("contract C-1 total must be positive: USD 0.00");
    assertThatThrownBy(() -> base().total(usd("-1.00")).build()).hasMessageContaining("contract C-1 total must be positive");
    assertThat(base().total(usd("0.01")).build().total()).isEqualTo(usd("0.01"));
    assertThatThrownBy(() -> base().total(usd("1000000000000000.01")).build()).isInstanceOf(ValidationException.class)
        .hasMessageContaining("contract C-1 total must fit its currency");
    assertThat(base().total(usd("1000000000000000.00")).build().currency()).isEqualTo(CurrencyUnit.USD);
  }

  @Test
  void scopeLinesAndFixedMilestonesMustBeInTheContractCurrency() {
    Money eur = Money.of(CurrencyUnit.EUR, new BigDecimal("10.00"));
    assertThatThrownBy(() -> base().addScope(ScopeLine.of("a", BigDecimal.ONE, usd("1.00")), ScopeLine.of("b", BigDecimal.ONE, eur)).build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("contract C-1 scope[1].unitPrice must be in the contract currency USD: EUR 10.00")
        .satisfies(e -> assertThat(((ValidationException) e).problems()).hasSize(1));
    // a milestone in another currency is reported, and the sum rules are then not judged
    assertThatThrownBy(() -> base().total(usd("100.00")).addMilestones(
            MilestoneTerm.ofAmount("m", MilestoneKind.INSTALMENT, SIGNED, 0, eur)).build())
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.problems()).hasSize(1);
          assertThat(e.getMessage()).contains("contract C-1 milestones[0] (m).amount must be in the contract currency USD: EUR 10.00");
        });
  }

  @Test
  void clauseTextsUpToTheLimit() {
    String max = "x".repeat(Contract.MAX_CLAUSE_LENGTH);
    Contract ok = base().deliveryTerms(max).acceptanceCriteria(max).liabilityClause(max).disputeResolution(max)
        .confidentialityClause(max).build();
    assertThat(ok.deliveryTerms()).contains(max);
    String over = max + "x";
    assertThatThrownBy(() -> base().deliveryTerms(over).acceptanceCriteria(over).liabilityClause(over).disputeResolution(over)
        .confidentialityClause(over).build())
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.problems()).hasSize(5);
          assertThat(e.getMessage()).contains("contract C-1 deliveryTerms must be at most 4000 characters long: 4001 characters",
              "contract C-1 acceptanceCriteria must be at most", "contract C-1 liabilityClause must be at most",
              "contract C-1 disputeResolution must be at most", "contract C-1 confidentialityClause must be at most");
          assertThat(e.getMessage()).doesNotContain("xxxx");
        });
  }

  @Test
  void aMilestoneOnTheSigningDateIsAllowed() {
    Contract c = base().total(usd("100.00")).addMilestones(fixed("all", "100.00")).build();
    assertThat(c.paymentSchedule()).singleElement().satisfies(m -> assertThat(m.amount()).isEqualTo(usd("100.00")));
    assertThatThrownBy(() -> base().total(usd("100.00"))
        .addMilestones(MilestoneTerm.ofAmount("all", MilestoneKind.INSTALMENT, SIGNED.minusDays(1), 0, usd("100.00"))).build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).hasSize(1));
  }

  @Test
  void fixedAmountsAloneMustAddUpExactly() {
    assertThat(base().total(usd("100.00")).addMilestones(fixed("a", "60.00"), fixed("b", "40.00")).build().paymentSchedule())
        .extracting(PaymentMilestone::amount).containsExactly(usd("60.00"), usd("40.00"));
    assertThatThrownBy(() -> base().total(usd("100.00")).addMilestones(fixed("a", "60.00"), fixed("b", "40.01")).build())
        .hasMessageContaining("amounts must add up exactly to the contract total USD 100.00: USD 100.01");
    // no milestones at all (a draft) is valid
    assertThat(base().build().paymentSchedule()).isEmpty();
  }

  @Test
  void percentagesNeedAPositiveRemainderAndExactlyOneHundred() {
    Contract c = base().total(usd("100.00")).addMilestones(fixed("a", "99.99"), pct("b", "100")).build();
    assertThat(c.paymentSchedule()).extracting(PaymentMilestone::amount).containsExactly(usd("99.99"), usd("0.01"));
    assertThat(c.milestone("b")).map(PaymentMilestone::amount).contains(usd("0.01"));
    assertThat(c.milestone("zz")).isEmpty();
    assertThatThrownBy(() -> base().total(usd("100.00")).addMilestones(fixed("a", "100.00"), pct("b", "100")).build())
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.problems()).hasSize(1);
          assertThat(e.getMessage()).contains("fixed amounts must leave a positive remainder of the total USD 100.00 for percentage milestones: USD 100.00");
        });
    // 100 written with another scale is still exactly 100
    assertThat(base().total(usd("100.00")).addMilestones(pct("a", "33.50"), pct("b", "66.5000")).build().paymentSchedule())
        .extracting(PaymentMilestone::amount).containsExactly(usd("33.50"), usd("66.50"));
    assertThatThrownBy(() -> base().total(usd("100.00")).addMilestones(pct("a", "50"), pct("b", "50.0000000001")).build())
        .hasMessageContaining("percentages must add up to exactly 100 (of the total less fixed amounts): 100.0000000001");
  }

  @Test
  void milestoneTermBounds() {
    assertThat(MilestoneTerm.ofAmount("a", MilestoneKind.INSTALMENT, SIGNED, 3650, usd("0.01")).netDays()).isEqualTo(3650);
    assertThat(MilestoneTerm.ofAmount("a", MilestoneKind.INSTALMENT, SIGNED, 0, usd("0.01")).netDays()).isZero();
    assertThatThrownBy(() -> MilestoneTerm.ofAmount("a", MilestoneKind.INSTALMENT, SIGNED, 3651, usd("1.00")))
        .hasMessage("milestone a netDays must be within [0, 3650]: 3651");
    assertThatThrownBy(() -> MilestoneTerm.ofAmount("a", MilestoneKind.INSTALMENT, SIGNED, -1, usd("1.00")))
        .hasMessage("milestone a netDays must be within [0, 3650]: -1");
    assertThatThrownBy(() -> MilestoneTerm.ofAmount("a", MilestoneKind.INSTALMENT, SIGNED, 0, usd("0.00")))
        .hasMessage("milestone a amount must be positive: USD 0.00");
    assertThat(pct("a", "100").percent()).contains(new BigDecimal("100"));
    assertThat(pct("a", "0.0000000001").percent()).contains(new BigDecimal("0.0000000001"));
    assertThatThrownBy(() -> pct("a", "0")).hasMessage("milestone a percent must be within (0, 100] with at most 10 decimals: 0");
    assertThatThrownBy(() -> pct("a", "-1")).hasMessageContaining("must be within (0, 100]");
    assertThatThrownBy(() -> pct("a", "1.00000000001")).hasMessage("milestone a percent must be within (0, 100] with at most 10 decimals: 1.00000000001");
    assertThatThrownBy(() -> new MilestoneTerm("a", MilestoneKind.INSTALMENT, SIGNED, 0, usd("1.00"), BigDecimal.ONE))
        .hasMessage("milestone a must have either an amount or a percent, not both or neither: USD 1.00, 1");
    assertThatThrownBy(() -> new MilestoneTerm("a", MilestoneKind.INSTALMENT, SIGNED, 0, null, null))
        .hasMessage("milestone a must have either an amount or a percent, not both or neither: no amount, no percent");
  }

  @Test
  void scopeLineBoundsAndAmount() {
    ScopeLine l = ScopeLine.of("hours", new BigDecimal("2.5"), usd("10.01"));
    assertThat(l.amount()).isEqualTo(usd("25.02")); // 25.025 HALF_EVEN
    assertThat(ScopeLine.of("hours", new BigDecimal("1.5"), usd("10.01")).amount()).isEqualTo(usd("15.02")); // 15.015 -> .02
    assertThat(ScopeLine.of("p", new BigDecimal("1E-30"), usd("0.00")).quantity()).isEqualByComparingTo("1E-30");
    assertThat(ScopeLine.of("p", new BigDecimal("1E+29"), usd("0.00")).quantity()).isEqualByComparingTo("1E+29");
    assertThatThrownBy(() -> ScopeLine.of("p", new BigDecimal("1E-31"), usd("1.00"))).hasMessageContaining("scopeLine.quantity must have at most 30");
    assertThatThrownBy(() -> ScopeLine.of("p", new BigDecimal("1E+30"), usd("1.00"))).hasMessageContaining("scopeLine.quantity must have at most 30");
    assertThatThrownBy(() -> ScopeLine.of("p", new BigDecimal("-1"), usd("1.00"))).hasMessage("scopeLine.quantity must be positive: -1");
    assertThatThrownBy(() -> ScopeLine.of("p", BigDecimal.ONE, usd("-0.01"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ScopeLine.of("x".repeat(201), BigDecimal.ONE, usd("1.00"))).isInstanceOf(IllegalArgumentException.class);
    assertThat(ScopeLine.of("x".repeat(200), BigDecimal.ONE, usd("1.00")).product()).hasSize(200);
  }

  @Test
  void contractIdRule() {
    assertThat(ContractId.of("a").compareTo(ContractId.of("b"))).isNegative();
    assertThat(ContractId.of("b").compareTo(ContractId.of("a"))).isPositive();
    assertThat(ContractId.of("C 1").toString()).isEqualTo("C 1");
    assertThat(ContractId.of("C 1").value()).isEqualTo("C 1");
    assertThatThrownBy(() -> ContractId.of("C ")).hasMessage("contractId must not start or end with whitespace: \"C \"");
    assertThat(ContractId.of("x".repeat(128)).value()).hasSize(128);
    assertThatThrownBy(() -> ContractId.of("x".repeat(129))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void reviewJudgesEachPointOnItsOwn() {
    Contract scoped = base().total(usd("100.00")).addScope(ScopeLine.of("a", BigDecimal.ONE, usd("100.00")))
        .addMilestones(fixed("all", "100.00")).liabilityClause("capped").disputeResolution("\t").confidentialityClause("")
        .acceptanceCriteria("signed report").build();
    List<ReviewFinding> all = ContractReview.review(scoped);
    assertThat(all).extracting(ReviewFinding::item).containsExactly(ReviewItem.values());
    assertThat(all.get(0)).isEqualTo(new ReviewFinding(ReviewItem.SCOPE_DEFINED, true, "contract C-1 has 1 scope line(s)"));
    assertThat(all.get(1)).isEqualTo(new ReviewFinding(ReviewItem.PRICE_AND_PAYMENT_TERMS_CLEAR, true,
        "contract C-1 total USD 100.00 is split into 1 payment milestone(s)"));
    assertThat(all.get(2)).isEqualTo(new ReviewFinding(ReviewItem.DELIVERY_AND_ACCEPTANCE_STATED, false, "contract C-1 has no delivery terms"));
    assertThat(all.get(3)).isEqualTo(new ReviewFinding(ReviewItem.LIABILITY_AND_DISPUTE_RESOLUTION_PRESENT, false,
        "contract C-1 has no dispute-resolution clause"));
    assertThat(all.get(4)).isEqualTo(new ReviewFinding(ReviewItem.CONFIDENTIALITY_PRESENT, false, "contract C-1 has no confidentiality clause"));
    assertThat(ContractReview.failures(scoped)).extracting(ReviewFinding::item).containsExactly(ReviewItem.DELIVERY_AND_ACCEPTANCE_STATED,
        ReviewItem.LIABILITY_AND_DISPUTE_RESOLUTION_PRESENT, ReviewItem.CONFIDENTIALITY_PRESENT);

    Contract complete = base().from(scoped).deliveryTerms("on site").disputeResolution("arbitration").confidentialityClause("5 years").build();
    assertThat(ContractReview.failures(complete)).isEmpty();
    assertThat(ContractReview.review(complete).get(2).reason()).isEqualTo("contract C-1 states delivery terms and acceptance criteria");
    assertThat(ContractReview.review(complete).get(4).reason()).isEqualTo("contract C-1 states a confidentiality clause");

    // no scope: the scope point fails, the price point only needs milestones
    Contract unscoped = base().total(usd("100.00")).addMilestones(fixed("all", "100.00")).build();
    assertThat(ContractReview.review(unscoped, Set.of(ReviewItem.PRICE_AND_PAYMENT_TERMS_CLEAR, ReviewItem.SCOPE_DEFINED)))
        .extracting(ReviewFinding::passed).containsExactly(false, true);
    assertThat(ContractReview.review(unscoped, Set.of())).isEmpty();
  }
}
