package dev.salesops.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.salesops.core.model.AccountId;
import dev.salesops.core.model.Role;
import dev.salesops.core.model.UserId;
import dev.salesops.core.testing.Property;
import dev.salesops.core.validation.ValidationException;
import dev.salesops.core.workflow.Actor;
import dev.salesops.core.workflow.Criterion;
import dev.salesops.core.definition.DefinitionParams;
import dev.salesops.core.workflow.CriterionRegistry;
import dev.salesops.core.workflow.CriterionResult;
import dev.salesops.core.workflow.GuardContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class ContractTest {
  static final CurrencyUnit USD = CurrencyUnit.USD;
  static final LocalDate SIGNED = LocalDate.of(2026, 1, 5);

  static Money usd(String amount) {
    return Money.of(USD, new BigDecimal(amount));
  }

  static Contract.Builder base() {
    return Contract.builder()
        .id(ContractId.of("C-1"))
        .accountId(AccountId.of("ACME"))
        .ownerId(UserId.of("rep-1"))
        .total(usd("10000.01"))
        .signedOn(SIGNED);
  }

  static Contract fourMilestones() {
    return base()
        .addScope(ScopeLine.of("licence", new BigDecimal("3"), usd("3000.00")), ScopeLine.of("installation", BigDecimal.ONE, usd("1000.01")))
        .deliveryTerms("on site within 30 days")
        .acceptanceCriteria("signed acceptance report")
        .liabilityClause("capped at the contract total")
        .disputeResolution("arbitration in Singapore")
        .confidentialityClause("5 years")
        .addMilestones(
            MilestoneTerm.ofPercent("deposit", MilestoneKind.DEPOSIT_ON_SIGNING, SIGNED, 10, new BigDecimal("30")),
            MilestoneTerm.ofPercent("delivery", MilestoneKind.ON_DELIVERY, LocalDate.of(2026, 2, 15), 30, new BigDecimal("40")),
            MilestoneTerm.ofPercent("acceptance", MilestoneKind.ON_ACCEPTANCE, LocalDate.of(2026, 3, 15), 30, new BigDecimal("20")),
            MilestoneTerm.ofPercent("final", MilestoneKind.INSTALMENT, LocalDate.of(2026, 6, 30), 30, new BigDecimal("10")))
        .build();
  }

  @Test
  void percentagesBecomeExactMoneyByLargestRemainder() {
    // 10,000.01 × 30/40/20/10 % = 3000.003, 4000.004, 2000.002, 1000.001: floors add up to 10,000.00,
    // the cent left goes to the largest remainder (.4, the delivery milestone)
    assertThat(fourMilestones().paymentSchedule()).extracting(PaymentMilestone::amount)
        .containsExactly(usd("3000.00"), usd("4000.01"), usd("2000.00"), usd("1000.00"));
  }

  @Test
  void fixedAmountsFirstThenPercentagesShareTheRest() {
    Contract c = base().total(usd("1000.00")).addMilestones(
        MilestoneTerm.ofAmount("deposit", MilestoneKind.DEPOSIT_ON_SIGNING, SIGNED, 0, usd("100.00")),
        MilestoneTerm.ofPercent("i1", MilestoneKind.INSTALMENT, SIGNED.plusMonths(1), 30, BigDecimal.ONE),
        MilestoneTerm.ofPercent("i2", MilestoneKind.INSTALMENT, SIGNED.plusMonths(2), 30, BigDecimal.ONE),
        MilestoneTerm.ofPercent("i3", MilestoneKind.INSTALMENT, SIGNED.plusMonths(3), 30, new BigDecimal("98"))).build();
    assertThat(c.paymentSchedule()).extracting(PaymentMilestone::amount)
        .containsExactly(usd("100.00"), usd("9.00"), usd("9.00"), usd("882.00"));
    assertThat(c.milestone("i3").orElseThrow().dueDateFor(LocalDate.of(2026, 4, 5))).isEqualTo(LocalDate.of(2026, 5, 5));
  }

  @Test
  void scheduleAlwaysAddsUpToTheTotal() {
    Property.forAll(1010L, 200, random -> {
      long totalMinor = 1 + random.nextInt(100_000_000);
      int n = 1 + random.nextInt(6);
      int fixedCount = random.nextInt(n);
      List<MilestoneTerm> terms = new ArrayList<>();
      long fixedLeft = totalMinor - 1;
      List<Integer> weights = new ArrayList<>();
      for (int i = 0; i < n - fixedCount; i++) {
        weights.add(1 + random.nextInt(50));
      }
      for (int i = 0; i < fixedCount && fixedLeft > fixedCount; i++) {
        long a = 1 + (long) (random.nextDouble() * (fixedLeft / (fixedCount + 1)));
        fixedLeft -= a;
        terms.add(MilestoneTerm.ofAmount("f" + i, MilestoneKind.INSTALMENT, SIGNED, 0, Money.ofMinor(USD, a)));
      }
      // percentages adding up to 100 exactly: weights scaled, last one takes the rest (2 decimals)
      int wsum = weights.stream().mapToInt(Integer::intValue).sum();
      BigDecimal left = BigDecimal.valueOf(100);
      for (int i = 0; i < weights.size(); i++) {
        BigDecimal p = i == weights.size() - 1 ? left
            : BigDecimal.valueOf(weights.get(i) * 100L).divide(BigDecimal.valueOf(wsum), 2, java.math.RoundingMode.DOWN);
        if (p.signum() == 0) {
          p = new BigDecimal("0.01");
        }
        left = left.subtract(p);
        terms.add(MilestoneTerm.ofPercent("p" + i, MilestoneKind.INSTALMENT, SIGNED.plusDays(i), 30, p));
      }
      if (terms.stream().anyMatch(t -> t.percent().isPresent() && t.percent().get().signum() <= 0)) {
        return; // degenerate split: nothing to check
      }
      Contract c = base().total(Money.ofMinor(USD, totalMinor)).milestones(terms).build();
      long sum = c.paymentSchedule().stream().mapToLong(m -> m.amount().getAmountMinorLong()).sum();
      assertThat(sum).isEqualTo(totalMinor);
    });
  }

  @Test
  void refusesAMilestoneBeforeSigningAndAmountsThatDoNotAddUp() {
    assertThatThrownBy(() -> base().total(usd("100.00")).addMilestones(
            MilestoneTerm.ofAmount("deposit", MilestoneKind.DEPOSIT_ON_SIGNING, SIGNED.minusDays(5), 0, usd("40.00")),
            MilestoneTerm.ofAmount("rest", MilestoneKind.ON_DELIVERY, SIGNED, 0, usd("50.00")))
        .build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("contract C-1 milestones[0] (deposit).plannedDate must not be before the signing date 2026-01-05: 2025-12-31")
        .hasMessageContaining("contract C-1 milestones amounts must add up exactly to the contract total USD 100.00: USD 90.00");
  }

  @Test
  void refusesPercentagesNotAddingUpToOneHundredAndDuplicateIds() {
    assertThatThrownBy(() -> base().addMilestones(
            MilestoneTerm.ofPercent("a", MilestoneKind.INSTALMENT, SIGNED, 0, new BigDecimal("60")),
            MilestoneTerm.ofPercent("a", MilestoneKind.INSTALMENT, SIGNED, 0, new BigDecimal("30")))
        .build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("contract C-1 milestones[1] (a).id must be unique within the contract: a")
        .hasMessageContaining("percentages must add up to exactly 100 (of the total less fixed amounts): 90");
    assertThatThrownBy(() -> MilestoneTerm.ofPercent("x", MilestoneKind.INSTALMENT, SIGNED, 0, new BigDecimal("100.5")))
        .hasMessage("milestone x percent must be within (0, 100] with at most 10 decimals: 100.5");
    assertThatThrownBy(() -> new MilestoneTerm("x", MilestoneKind.INSTALMENT, SIGNED, 0, null, null))
        .hasMessageContaining("must have either an amount or a percent");
  }

  @Test
  void reviewPassesACompleteContractAndGivesReasons() {
    List<ReviewFinding> findings = ContractReview.review(fourMilestones());
    assertThat(findings).hasSize(5).allMatch(ReviewFinding::passed);
    assertThat(findings.get(1).reason()).isEqualTo("contract C-1 total USD 10000.01 is split into 4 payment milestone(s)");
  }

  @Test
  void reviewReportsEveryMissingPoint() {
    Contract draft = base().addScope(ScopeLine.of("licence", BigDecimal.ONE, usd("9000.00"))).deliveryTerms(" ").build();
    List<ReviewFinding> failures = ContractReview.failures(draft);
    assertThat(failures).extracting(ReviewFinding::item).containsExactly(ReviewItem.PRICE_AND_PAYMENT_TERMS_CLEAR,
        ReviewItem.DELIVERY_AND_ACCEPTANCE_STATED, ReviewItem.LIABILITY_AND_DISPUTE_RESOLUTION_PRESENT, ReviewItem.CONFIDENTIALITY_PRESENT);
    assertThat(failures.get(0).reason())
        .isEqualTo("contract C-1 has no payment milestones; scope lines add up to USD 9000.00 but the total is USD 10000.01");
    assertThat(failures.get(1).reason()).isEqualTo("contract C-1 has no delivery terms and no acceptance criteria");
    assertThat(ContractReview.review(draft, Set.of(ReviewItem.SCOPE_DEFINED))).singleElement().matches(ReviewFinding::passed);
  }

  @Test
  void guardOnTheWorkflowEngine() {
    CriterionRegistry registry = CriterionRegistry.builder().register(new ContractReviewedCriterionType()).build();
    Criterion all = registry.find("contract.reviewed").orElseThrow().create(DefinitionParams.empty());
    Actor actor = Actor.of(UserId.of("mgr"), Role.MANAGER);
    Instant at = Instant.parse("2026-01-05T10:00:00Z");

    CriterionResult ok = all.evaluate(GuardContext.of(at, actor, fourMilestones(), "NEGOTIATION", "CLOSED_WON", "advance"));
    assertThat(ok.met()).isTrue();
    assertThat(ok.reasons()).hasSize(5);

    Contract noConfidentiality = base().from(fourMilestones()).confidentialityClause(java.util.Optional.empty()).build();
    CriterionResult refused = all.evaluate(GuardContext.of(at, actor, noConfidentiality, "NEGOTIATION", "CLOSED_WON", "advance"));
    assertThat(refused.met()).isFalse();
    assertThat(refused.reasons()).containsExactly("CONFIDENTIALITY_PRESENT: contract C-1 has no confidentiality clause");

    Criterion scopeOnly = new ContractReviewedCriterionType().create(DefinitionParams.of(Map.of("require", List.of("SCOPE_DEFINED"))));
    assertThat(scopeOnly.evaluate(GuardContext.of(at, actor, noConfidentiality, "a", "b", "advance")).met()).isTrue();

    CriterionResult noSubject = all.evaluate(GuardContext.of(at, actor, "not a contract", "a", "b", "advance"));
    assertThat(noSubject.met()).isFalse();
    assertThat(noSubject.reasons()).containsExactly("contract.reviewed needs a Contract subject");
    assertThat(all.evaluate(GuardContext.of(at, actor, null, "a", "b", "advance")).met()).isFalse();
  }

  @Test
  void guardParamsAreCheckedAtLoad() {
    assertThatThrownBy(() -> new ContractReviewedCriterionType().create(DefinitionParams.of(Map.of("require", List.of("SCOPE", "CONFIDENTIALITY_PRESENT"), "x", 1))))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("params.x is not a parameter of contract.reviewed (known: require): x")
        .hasMessageContaining("params.require[0] must be one of SCOPE_DEFINED, PRICE_AND_PAYMENT_TERMS_CLEAR");
    assertThatThrownBy(() -> new ContractReviewedCriterionType().create(DefinitionParams.of(Map.of("require", List.of()))))
        .hasMessage("params.require must name at least one checklist point: []");
  }

  @Test
  void valueTypes() {
    new NullPointerTester().setDefault(Money.class, usd("1.00")).setDefault(LocalDate.class, SIGNED)
        .setDefault(BigDecimal.class, BigDecimal.ONE).setDefault(String.class, "x")
        .testAllPublicStaticMethods(MilestoneTerm.class);
    new NullPointerTester().setDefault(Contract.class, fourMilestones()).testAllPublicStaticMethods(ContractReview.class);
    new EqualsTester().addEqualityGroup(fourMilestones(), fourMilestones())
        .addEqualityGroup(base().from(fourMilestones()).signedOn(SIGNED.minusDays(1)).build())
        .addEqualityGroup(ContractId.of("C-1"), ContractId.of("C-1")).testEquals();
    assertThatThrownBy(() -> ContractId.of(" C")).hasMessage("contractId must not start or end with whitespace: \" C\"");
    assertThatThrownBy(() -> ScopeLine.of("x", BigDecimal.ZERO, usd("1.00"))).hasMessage("scopeLine.quantity must be positive: 0");
  }
}
