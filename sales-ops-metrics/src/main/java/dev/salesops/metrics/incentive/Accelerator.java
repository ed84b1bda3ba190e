package dev.salesops.metrics.incentive;

import dev.salesops.core.validation.Problems;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * An accelerator: the part of the credited amount above {@code from × quota} (from at least 100 %) is paid
 * at the tier rate times {@code multiplier}, up to the next accelerator.
 *
 * <p>This class is immutable and thread-safe.
 *
 * <p>Both decimals have at most 30 decimal places (and an exponent of at most 30).
 *
 * @param from the attainment above which the multiplier applies, within [1, 100]
 * @param multiplier the rate multiplier, within [1, 10]
 */
public record Accelerator(BigDecimal from, BigDecimal multiplier) {

  /** Validates the parts, reporting every problem at once. */
  public Accelerator {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(multiplier, "multiplier");
    Problems p = new Problems();
    if (Decimals.scaleOk(p, "from", from) && (from.compareTo(BigDecimal.ONE) < 0 || from.compareTo(BigDecimal.valueOf(100)) > 0)) {
      p.add("from", "must be within [1, 100] (accelerators apply above quota)", from.toPlainString());
    }
    if (Decimals.scaleOk(p, "multiplier", multiplier) && (multiplier.compareTo(BigDecimal.ONE) < 0 || multiplier.compareTo(BigDecimal.TEN) > 0)) {
      p.add("multiplier", "must be within [1, 10]", multiplier.toPlainString());
    }
    p.throwIfAny();
  }

  /** The accelerator from decimal texts, e.g. {@code Accelerator.of("1.0", "1.5")}. */
  public static Accelerator of(String from, String multiplier) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(multiplier, "multiplier");
    return new Accelerator(new BigDecimal(from), new BigDecimal(multiplier));
  }
}
