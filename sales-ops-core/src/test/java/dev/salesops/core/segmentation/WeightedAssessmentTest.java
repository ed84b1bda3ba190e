package dev.salesops.core.segmentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salesops.core.validation.Problem;
import dev.salesops.core.json.JsonInputException;
import dev.salesops.core.validation.ValidationException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WeightedAssessmentTest {

  private static WeightedAssessment threeCriteria() {
    return WeightedAssessment.of(List.of(
        WeightedAssessment.Factor.of("A", "0.5"),
        WeightedAssessment.Factor.of("B", "0.3"),
        WeightedAssessment.Factor.of("C", "0.2")));
  }

  @Test
  void totalIsTheExactWeightedSumWithABreakdown() {
    WeightedAssessment.Result r = threeCriteria().assess(Map.of("A", new BigDecimal("81"), "B", new BigDecimal("70.5"), "C", BigDecimal.TEN));
    assertThat(r.total()).isEqualByComparingTo("63.65");
    assertThat(r.breakdown()).extracting(WeightedAssessment.Contribution::criterionId).containsExactly("A", "B", "C");
    assertThat(r.breakdown()).extracting(WeightedAssessment.Contribution::points)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("40.5"), new BigDecimal("21.15"), new BigDecimal("2.0"));
    assertThat(r.breakdown().get(1).explain()).isEqualTo("B: 0.3 × 70.5 = 21.15");
  }

  @Test
  void refusesEveryBadScoreAtOnce() {
    assertThatThrownBy(() -> threeCriteria().assess(Map.of("A", new BigDecimal("101"), "B", BigDecimal.ONE, "X", BigDecimal.ONE)))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(Problem::message).containsExactly(
            "scores.A must be within [0, 100]: 101",
            "scores.C must be present",
            "scores.X is not a criterion of this assessment; criteria are [A, B, C]"));
  }

  @Test
  void refusesEveryDefinitionProblemAtOnce() {
    assertThatThrownBy(() -> new WeightedAssessment(List.of(
        new WeightedAssessment.Factor("A", new BigDecimal("0.7")),
        new WeightedAssessment.Factor("A", new BigDecimal("0.2")),
        new WeightedAssessment.Factor(" b", new BigDecimal("-0.1"))), BigDecimal.TEN, BigDecimal.ONE))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(Problem::path)
            .containsExactly("criteria[1].id", "criteria[2].id", "criteria[2].weight", "criteria", "maxScore"));
  }

  @Test
  void weightsMustSumToExactlyOne() {
    assertThatThrownBy(() -> WeightedAssessment.of(List.of(WeightedAssessment.Factor.of("A", "0.33"),
        WeightedAssessment.Factor.of("B", "0.33"), WeightedAssessment.Factor.of("C", "0.33"))))
        .hasMessage("criteria weights must sum to exactly 1: 0.99");
  }

  @Test
  void criterionWeightTextMustBeADecimal() {
    assertThatThrownBy(() -> WeightedAssessment.Factor.of("A", "half"))
        .isInstanceOf(ValidationException.class).hasMessage("weight must be a decimal number such as \"0.35\": half");
  }

  @Test
  void totalIsMonotoneInEveryScore() {
    dev.salesops.core.testing.Property.forAll(7L, 300, r -> {
      WeightedAssessment a = threeCriteria();
      BigDecimal[] s = {BigDecimal.valueOf(r.nextInt(101)), BigDecimal.valueOf(r.nextInt(101)), BigDecimal.valueOf(r.nextInt(101))};
      int k = r.nextInt(3);
      BigDecimal raised = s[k].add(BigDecimal.valueOf(r.nextInt(101))).min(BigDecimal.valueOf(100));
      BigDecimal before = a.assess(Map.of("A", s[0], "B", s[1], "C", s[2])).total();
      s[k] = raised;
      BigDecimal after = a.assess(Map.of("A", s[0], "B", s[1], "C", s[2])).total();
      assertThat(after).isGreaterThanOrEqualTo(before);
      assertThat(after).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
    });
  }

}
