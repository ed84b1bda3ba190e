package dev.salesops.metrics.incentive;

import dev.salesops.core.validation.Problems;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One tier of a rate table: from an attainment (a fraction of quota, inclusive) the commission rate.
 *
 * <p>This class is immutable and thread-safe.
 *
 * <p>Both decimals have at most 30 decimal places (and an exponent of at most 30).
 *
 * @param from the attainment at which the tier starts, within [0, 100]
 * @param rate the commission rate, within [0, 1]
 */
public record RateTier(BigDecimal from, BigDecimal rate) {

  /** Validates the parts, reporting every problem at once. */
  public RateTier {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(rate, "rate");
    Problems p = new Problems();
    if (Decimals.scaleOk(p, "from", from) && (from.signum() < 0 || from.compareTo(BigDecimal.valueOf(100)) > 0)) {
      p.add("from", "must be within [0, 100]", from.toPlainString());
    }
    if (Decimals.scaleOk(p, "rate", rate) && (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0)) {
      p.add("rate", "must be within [0, 1]", rate.toPlainString());
    }
    p.throwIfAny();
  }

  /** The tier from decimal texts, e.g. {@code RateTier.of("0.5", "0.08")}. */
  public static RateTier of(String from, String rate) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(rate, "rate");
    return new RateTier(new BigDecimal(from), new BigDecimal(rate));
  }
}
