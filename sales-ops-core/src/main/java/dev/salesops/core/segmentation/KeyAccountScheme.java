package dev.salesops.core.segmentation;

import dev.salesops.core.validation.Problems;
import dev.salesops.core.validation.ValidationException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Key-account (大客戶) identification: a {@link WeightedAssessment} of scale, industry position, growth
 * potential and strategic fit, and the minimum weighted total that makes a customer a key account.
 *
 * <p><b>Rule</b>: key account iff {@code total >= minimumTotal}. The scores come from the host (e.g. scale
 * scored from revenue or headcount bands); the library does not guess them.
 *
 * <p>Shipped default ({@link #defaults()}), scale 0–100: SCALE 0.30, INDUSTRY_POSITION 0.20,
 * GROWTH_POTENTIAL 0.25, STRATEGIC_FIT 0.25; key account from 70.
 *
 * <p>JSON: {@code {"assessment":{...},"minimumTotal":70}}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param assessment the weighted criteria
 * @param minimumTotal the lowest weighted total of a key account, inside the score scale
 */
public record KeyAccountScheme(WeightedAssessment assessment, BigDecimal minimumTotal) {
  /** Criterion id {@code SCALE}. */
  public static final String SCALE = "SCALE";
  /** Criterion id {@code INDUSTRY_POSITION}. */
  public static final String INDUSTRY_POSITION = "INDUSTRY_POSITION";
  /** Criterion id {@code GROWTH_POTENTIAL}. */
  public static final String GROWTH_POTENTIAL = "GROWTH_POTENTIAL";
  /** Criterion id {@code STRATEGIC_FIT}. */
  public static final String STRATEGIC_FIT = "STRATEGIC_FIT";

  /** Validates the scheme, reporting every problem at once. */
  public KeyAccountScheme {
    Problems problems = new Problems();
    if (assessment == null) {
      problems.add("assessment", "must be present");
    }
    if (minimumTotal == null) {
      problems.add("minimumTotal", "must be present");
    } else if (assessment != null && (minimumTotal.compareTo(assessment.minScore()) < 0 || minimumTotal.compareTo(assessment.maxScore()) > 0)) {
      problems.add("minimumTotal", "must be within the score scale [" + assessment.minScore().toPlainString() + ", "
          + assessment.maxScore().toPlainString() + "]", minimumTotal.toPlainString());
    }
    problems.throwIfAny();
  }

  /** The shipped default scheme (see the class documentation). */
  public static KeyAccountScheme defaults() {
    return new KeyAccountScheme(WeightedAssessment.of(List.of(
        WeightedAssessment.Factor.of(SCALE, "0.30"),
        WeightedAssessment.Factor.of(INDUSTRY_POSITION, "0.20"),
        WeightedAssessment.Factor.of(GROWTH_POTENTIAL, "0.25"),
        WeightedAssessment.Factor.of(STRATEGIC_FIT, "0.25"))), BigDecimal.valueOf(70));
  }

  /**
   * Assesses a customer from its scores (criterion id to score on the assessment's scale).
   *
   * @throws ValidationException listing every missing, unknown or out-of-range score
   */
  public KeyAccountResult identify(Map<String, BigDecimal> scores) {
    Objects.requireNonNull(scores, "scores");
    WeightedAssessment.Result result = assessment.assess(scores);
    boolean key = result.total().compareTo(minimumTotal) >= 0;
    BigDecimal shortfall = key ? BigDecimal.ZERO : minimumTotal.subtract(result.total());
    return new KeyAccountResult(key, result, minimumTotal, shortfall);
  }
}
