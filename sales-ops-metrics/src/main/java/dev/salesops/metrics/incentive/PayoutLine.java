package dev.salesops.metrics.incentive;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One calculation line of a payout.
 *
 * <p>{@code amount} is rounded to the currency's minor unit under {@link Rounding#PER_LINE} and exact under
 * {@link Rounding#ON_TOTAL} (except the {@code TOTAL} line, always rounded).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param kind what the line is
 * @param description the arithmetic in words, e.g. {@code 50000.00..100000.00 (50%..100% of quota) × rate 0.08 = 4000.00}
 * @param amount the line's amount
 */
public record PayoutLine(Kind kind, String description, BigDecimal amount) {

  /** Validates the parts. */
  public PayoutLine {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(amount, "amount");
  }

  /** What a line is. */
  public enum Kind {
    /** A slice of the credited amount at a rate (and accelerator). */
    SLICE,
    /** The sum of the slices. */
    SUBTOTAL,
    /** The payout multiplier of the appraisal rating. */
    RATING_MULTIPLIER,
    /** The payout cap. */
    CAP,
    /** The rounding of an exact total ({@link Rounding#ON_TOTAL}). */
    ROUNDING,
    /** The payout. */
    TOTAL
  }

  @Override
  public String toString() {
    return kind + " " + description;
  }
}
