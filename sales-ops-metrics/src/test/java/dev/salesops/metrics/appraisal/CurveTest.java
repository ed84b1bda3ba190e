package dev.salesops.metrics.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salesops.core.validation.ValidationException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Worked examples, computed by hand, for every curve type, including boundaries, floors, caps and mirroring. */
class CurveTest {

  static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  static void scores(ScoringCurve curve, String achievement, String expected) {
    assertThat(curve.score(d(achievement))).as("score at " + achievement).isEqualByComparingTo(d(expected));
  }

  static void scores(ScoringCurve curve, Direction direction, String actual, String target, String expected) {
    assertThat(curve.score(direction.achievement(d(actual), d(target)))).as(direction + " score at " + actual + "/" + target).isEqualByComparingTo(d(expected));
  }

  // linear, floor 50 %, cap 120 %

  @Test
  void linearBelowFloorIsZeroFloorIsInclusiveAndCapLimits() {
    LinearCurve c = LinearCurve.of(d("0.5"), d("1.2"));
    scores(c, "0", "0");
    scores(c, "0.4999", "0");
    scores(c, "0.5", "0.5"); // the floor is inclusive: 50 % scores 50 %
    scores(c, "0.95", "0.95");
    scores(c, "1", "1");
    scores(c, "1.2", "1.2");
    scores(c, "1.35", "1.2"); // capped
  }

  @Test
  void linearWithZeroFloorNeverScoresBelowZero() {
    LinearCurve c = LinearCurve.of(BigDecimal.ZERO, d("1.2"));
    scores(c, "0", "0");
    scores(c, "-0.3", "0"); // a mirrored achievement can be negative
    scores(c, "0.01", "0.01");
  }

  // threshold 80 % with a step to 40 %, target 100 %, stretch 120 % at 150 %

  @Test
  void thresholdStepsAtThresholdInterpolatesAndCapsAtStretch() {
    ThresholdCurve c = ThresholdCurve.of(d("0.8"), d("0.4"), d("1.2"), d("1.5"));
    scores(c, "0", "0");
    scores(c, "0.7999", "0");
    scores(c, "0.8", "0.4"); // the step
    scores(c, "0.85", "0.55"); // 0.4 + 0.05 × 0.6 / 0.2
    scores(c, "0.9", "0.7"); // 0.4 + 0.1 × 0.6 / 0.2
    scores(c, "1", "1");
    scores(c, "1.1", "1.25"); // 1 + 0.1 × 0.5 / 0.2
    scores(c, "1.2", "1.5");
    scores(c, "3", "1.5"); // capped at the stretch score
  }

  @Test
  void thresholdWithoutStepAndNonTerminatingQuotientRoundsTo16Digits() {
    ThresholdCurve c = ThresholdCurve.of(d("0.7"), BigDecimal.ZERO, d("1.3"), d("1.3"));
    scores(c, "0.7", "0");
    assertThat(c.score(d("0.8"))).isEqualTo(d("0.3333333333333333")); // 0.1 × 1 / 0.3, DECIMAL64
    scores(c, "1.15", "1.15"); // 1 + 0.15 × 0.3 / 0.3
  }

  @Test
  void thresholdTargetScoreIsConfigurable() {
    ThresholdCurve c = new ThresholdCurve(d("0.5"), d("0.2"), d("0.8"), d("2"), d("1.8"));
    scores(c, "0.75", "0.5"); // 0.2 + 0.25 × 0.6 / 0.5
    scores(c, "1", "0.8");
    scores(c, "1.5", "1.3"); // 0.8 + 0.5 × 1.0 / 1
  }

  // banded tiers

  @Test
  void bandedLowerTierOnBoundaryByDefault() {
    BandedCurve c = BandedCurve.of(List.of(d("0.8"), d("1.0"), d("1.2")), List.of(d("0"), d("0.5"), d("1.0"), d("1.3")));
    assertThat(c.onBoundary()).isEqualTo(BoundaryRule.LOWER_TIER);
    scores(c, "0", "0");
    scores(c, "0.8", "0"); // on the boundary: the lower tier
    scores(c, "0.8001", "0.5");
    scores(c, "1.0", "0.5");
    scores(c, "1.00", "0.5");
    scores(c, "1.0001", "1.0");
    scores(c, "1.2", "1.0");
    scores(c, "1.21", "1.3");
    scores(c, "9", "1.3");
    assertThat(c.tierOf(d("1.0"))).isEqualTo(1);
  }

  @Test
  void bandedUpperTierOnBoundaryWhenStated() {
    BandedCurve c = new BandedCurve(List.of(d("0.8"), d("1.0"), d("1.2")), List.of(d("0"), d("0.5"), d("1.0"), d("1.3")), BoundaryRule.UPPER_TIER);
    scores(c, "0.7999", "0");
    scores(c, "0.8", "0.5");
    scores(c, "1.0", "1.0");
    scores(c, "1.2", "1.3");
  }

  // lower is better: mirrored about the target

  @Test
  void mirroredThresholdCurveForDaysSalesOutstanding() {
    // DSO target 60 days: 60 on target, 54 (10 % better) scores like 110 %, 72 (20 % worse) like 80 %
    ThresholdCurve c = ThresholdCurve.of(d("0.8"), d("0.4"), d("1.2"), d("1.5"));
    Direction lower = Direction.LOWER_IS_BETTER;
    scores(c, lower, "60", "60", "1");
    scores(c, lower, "54", "60", "1.25");
    scores(c, lower, "66", "60", "0.7");
    scores(c, lower, "72", "60", "0.4"); // exactly at the mirrored threshold: the step
    scores(c, lower, "72.06", "60", "0"); // just worse than the threshold
    scores(c, lower, "48", "60", "1.5"); // the mirrored stretch
    scores(c, lower, "0", "60", "1.5"); // zero days: capped, not undefined
  }

  @Test
  void mirroredLinearFloorAndCap() {
    LinearCurve c = LinearCurve.of(d("0.5"), d("1.2"));
    Direction lower = Direction.LOWER_IS_BETTER;
    scores(c, lower, "90", "60", "0.5"); // r 1.5 -> achievement 0.5: on the floor
    scores(c, lower, "91", "60", "0"); // beyond the mirrored floor
    scores(c, lower, "150", "60", "0"); // achievement -0.5
    scores(c, lower, "57", "60", "1.05");
    scores(c, lower, "30", "60", "1.2"); // capped
  }

  @Test
  void mirroredBandedKeepsTheLowerTierRuleOnTheAchievementAxis() {
    BandedCurve c = BandedCurve.of(List.of(d("0.8"), d("1.0")), List.of(d("0"), d("0.5"), d("1")));
    Direction lower = Direction.LOWER_IS_BETTER;
    scores(c, lower, "72", "60", "0"); // achievement exactly 0.8: the lower (worse) tier
    scores(c, lower, "60", "60", "0.5"); // achievement exactly 1: the lower tier
    scores(c, lower, "59", "60", "1");
  }

  @Test
  void mirroringIsTheReflectionAboutTarget() {
    assertThat(Direction.LOWER_IS_BETTER.achievement(d("75"), d("60"))).isEqualByComparingTo("0.75");
    assertThat(Direction.LOWER_IS_BETTER.achievement(d("60"), d("60"))).isEqualByComparingTo("1");
    assertThat(Direction.HIGHER_IS_BETTER.achievement(d("75"), d("60"))).isEqualByComparingTo("1.25");
    assertThat(Direction.LOWER_IS_BETTER.achievement(d("487"), d("600"))).isEqualTo(Direction.HIGHER_IS_BETTER.achievement(d("713"), d("600")));
  }

  // validation

  @Test
  void invalidCurvesReportEveryProblem() {
    assertThatThrownBy(() -> LinearCurve.of(d("-0.1"), d("0.9")))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(p -> p.path()).containsExactly("floor", "cap"));
    assertThatThrownBy(() -> new ThresholdCurve(d("1.1"), d("0.5"), d("0.4"), d("1"), d("0.3")))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(p -> p.path())
            .containsExactly("threshold", "stretch", "targetScore", "stretchScore"));
    assertThatThrownBy(() -> BandedCurve.of(List.of(d("1"), d("0.8")), List.of(d("1"), d("0.5"))))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("boundaries[1] must be greater than the previous boundary 1: 0.8")
        .hasMessageContaining("scores must hold one score more than there are boundaries (3): 2 scores")
        .hasMessageContaining("scores[1] must not be less than the previous score 1");
  }

  @Test
  void describeStatesTheFormula() {
    assertThat(LinearCurve.of(d("0.5"), d("1.2")).describe()).isEqualTo("linear: 0 below 0.5, achievement capped at 1.2");
    assertThat(BandedCurve.of(List.of(d("0.8")), List.of(d("0"), d("1"))).describe()).isEqualTo("banded (on a boundary: lower tier): 0 | 0.8 | 1");
  }
}
