package dev.salesops.metrics.incentive;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import org.joda.money.CurrencyUnit;

/**
 * Ready-made commission plans for demos and tests. The seed names commission (業績提成) and asks that
 * appraisal results drive pay, but gives no rates; these numbers are a library example, not a
 * recommendation.
 *
 * <p>Stateless and thread-safe.
 */
public final class CommissionPlans {
  private CommissionPlans() {}

  /**
   * An example plan in {@code currency}: tiered marginal, 5 % up to 50 % of quota, 8 % up to 100 %, 10 %
   * above; accelerator ×1.5 above 100 % and ×2 above 150 %; nothing earned above 200 % of quota; rating
   * multipliers S 1.2, A 1.1, B 1.0, C 0.8, D 0 (the default bands of the appraisal); rounded per line,
   * HALF_UP.
   */
  public static CommissionPlan example(CurrencyUnit currency) {
    Objects.requireNonNull(currency, "currency");
    return CommissionPlan.builder()
        .name("example-tiered")
        .currency(currency)
        .method(CommissionMethod.TIERED_MARGINAL)
        .addTiers(RateTier.of("0", "0.05"), RateTier.of("0.5", "0.08"), RateTier.of("1.0", "0.10"))
        .addAccelerators(Accelerator.of("1.0", "1.5"), Accelerator.of("1.5", "2"))
        .attainmentCap(new BigDecimal("2"))
        .ratingMultipliers(Map.of("S", new BigDecimal("1.2"), "A", new BigDecimal("1.1"), "B", BigDecimal.ONE,
            "C", new BigDecimal("0.8"), "D", BigDecimal.ZERO))
        .build();
  }
}
