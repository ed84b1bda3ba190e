package dev.salesops.metrics.incentive;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** Null handling and equality of the public incentive types. */
class IncentiveApiTest {

  @Test
  void nullArgumentsAreNamed() throws Exception {
    CommissionPlan plan = CommissionPlanTest.plan(CommissionMethod.TIERED_MARGINAL).build();
    NullPointerTester t = new NullPointerTester()
        .setDefault(Money.class, Money.of(CurrencyUnit.USD, BigDecimal.TEN))
        .setDefault(Optional.class, Optional.empty())
        .setDefault(BigDecimal.class, BigDecimal.ONE)
        .setDefault(String.class, "x")
        .ignore(CommissionPlan.class.getMethod("compute", Money.class, Money.class, dev.salesops.metrics.appraisal.Appraisal.class));
    t.testAllPublicInstanceMethods(plan);
    t.testAllPublicConstructors(RateTier.class);
    t.testAllPublicConstructors(Accelerator.class);
    t.testAllPublicConstructors(PayoutLine.class);
  }

  @Test
  void plansAreValues() {
    CommissionPlan a = CommissionPlanTest.plan(CommissionMethod.TIERED_MARGINAL).build();
    CommissionPlan b = CommissionPlanTest.plan(CommissionMethod.TIERED_MARGINAL).build();
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(CommissionPlan.builder().from(a).method(CommissionMethod.TIERED_RETROACTIVE).build()).isNotEqualTo(a);
    assertThat(a.rounding()).isEqualTo(Rounding.PER_LINE);
    assertThat(a.roundingMode()).isEqualTo(java.math.RoundingMode.HALF_UP);
  }
}
