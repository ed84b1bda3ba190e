package dev.salesops.metrics.forecast;

import dev.salesops.core.internal.Checks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.joda.money.Money;

/**
 * An open deal as the pipeline forecast needs it: amount, win probability, expected close date and forecast
 * category (e.g. {@code COMMIT}, {@code BEST_CASE}, {@code PIPELINE}; free codes of at most 64 characters).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param amount the deal amount, not negative
 * @param probability the win probability within [0, 1]
 * @param expectedClose the expected close date
 * @param category the forecast category
 */
public record OpenDeal(Money amount, BigDecimal probability, LocalDate expectedClose, String category) {
  /** Validates the parts. */
  public OpenDeal {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(probability, "probability");
    Objects.requireNonNull(expectedClose, "expectedClose");
    Checks.text(category, "category", 64);
    if (amount.isNegative()) {
      throw Checks.fail("amount", "must not be negative", amount);
    }
    Checks.within(probability, BigDecimal.ZERO, BigDecimal.ONE, "probability");
  }
}
