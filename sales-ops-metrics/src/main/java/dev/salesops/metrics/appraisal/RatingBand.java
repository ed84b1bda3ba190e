package dev.salesops.metrics.appraisal;

import dev.salesops.core.validation.Problems;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One rating band: a name (e.g. {@code S}) and the smallest total that earns it (inclusive).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param name the band's name, 1-16 characters
 * @param minimum the smallest total in the band, within [0, 10]
 */
public record RatingBand(String name, BigDecimal minimum) {

  /** Validates the parts. */
  public RatingBand {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(minimum, "minimum");
    Problems p = new Problems();
    if (name.isBlank() || name.length() > 16 || name.chars().anyMatch(Character::isISOControl)) {
      p.add("name", "must be 1 to 16 characters without control characters", name.length() > 16 ? name.length() + " characters" : "\"" + name + "\"");
    }
    if (minimum.signum() < 0 || minimum.compareTo(ScoringCurve.MAX) > 0) {
      p.add("minimum", "must be within [0, 10]", minimum.toPlainString());
    }
    p.throwIfAny();
  }

  /** The band {@code name} from {@code minimum} up. */
  public static RatingBand of(String name, BigDecimal minimum) {
    return new RatingBand(name, minimum);
  }
}
