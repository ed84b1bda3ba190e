package dev.salesops.scoring.scorecard;

import dev.salesops.core.internal.Checks;
import java.util.List;

/**
 * A grade and its score band: {@code min <= score < max} (either bound may be infinite).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param grade the grade, e.g. {@code "A"}
 * @param min inclusive lower bound (may be {@code -Infinity})
 * @param max exclusive upper bound (may be {@code +Infinity})
 */
public record GradeBand(String grade, double min, double max) {

  /** The default bands: A >= 75, B [50, 75), C [25, 50), D below 25. */
  public static final List<GradeBand> DEFAULTS = List.of(new GradeBand("A", 75, Double.POSITIVE_INFINITY),
      new GradeBand("B", 50, 75), new GradeBand("C", 25, 50), new GradeBand("D", Double.NEGATIVE_INFINITY, 25));

  /** Validates the parts. */
  public GradeBand {
    Checks.text(grade, "grade", 16);
    if (Double.isNaN(min) || Double.isNaN(max) || !(min < max)) {
      throw Checks.fail("grades." + grade, "must have min < max", "[" + min + ", " + max + ")");
    }
  }

  /** Whether {@code score} is in this band. */
  public boolean contains(double score) {
    return score >= min && score < max;
  }

  @Override
  public String toString() {
    return grade + " [" + min + ", " + max + ")";
  }
}
