package dev.salesops.metrics.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salesops.core.testing.Property;
import dev.salesops.core.validation.Problem;
import dev.salesops.core.validation.ValidationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Policy validation of schemes (built in code and read from JSON), reporting every problem at once. */
class SchemeValidationTest {

  static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  static Indicator indicator(String name, IndicatorType type, String weight, PeriodKind period) {
    return Indicator.builder().name(name).type(type).weight(d(weight)).period(period)
        .source(IndicatorSource.count(name)).curve(LinearCurve.of(BigDecimal.ZERO, d("1.2"))).build();
  }

  static List<String> messages(Throwable e) {
    return ((ValidationException) e).problems().stream().map(Problem::message).toList();
  }

  @Test
  void seedExampleIsValidAndMatchesTheSeedTable() {
    AppraisalScheme s = AppraisalSchemes.seedExample();
    assertThat(s.name()).isEqualTo("seed-example");
    assertThat(s.period()).isEqualTo(PeriodKind.QUARTER);
    assertThat(s.indicators()).extracting(Indicator::name).containsExactly("revenue", "collected-cash", "new-customers",
        "visits", "proposals", "quotes", "product-knowledge", "selling-skill", "teamwork");
    assertThat(s.indicators().stream().map(Indicator::weight).reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("1");
    assertThat(s.indicator("visits").orElseThrow().period()).isEqualTo(PeriodKind.WEEK);
    assertThat(s.indicator("revenue").orElseThrow().curve()).isEqualTo(ThresholdCurve.of(d("0.8"), d("0.4"), d("1.2"), d("1.5")));
    assertThat(s.indicator("teamwork").orElseThrow().source()).isEqualTo(IndicatorSource.rating(d("1"), d("5")));
    assertThat(s.gates()).containsExactly(Gate.zeroTotal("revenue-gate", "revenue", d("0.8")));
    assertThat(s.bands().names()).containsExactly("S", "A", "B", "C", "D");
    assertThat(s.policy()).isEqualTo(AppraisalPolicy.seedDefault());
  }

  @Test
  void builderReportsEveryPolicyProblemAtOnce() {
    assertThatThrownBy(() -> AppraisalScheme.builder().name("bad")
        .addIndicators(indicator("revenue", IndicatorType.RESULT, "0.50", PeriodKind.WEEK))
        .addIndicators(indicator("visits", IndicatorType.PROCESS, "0.35", PeriodKind.WEEK))
        .addIndicators(indicator("visits", IndicatorType.CAPABILITY, "0.10", PeriodKind.YEAR))
        .addGates(Gate.zeroTotal("g", "nope", d("0.8")))
        .build())
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(messages(e)).containsExactly(
            "indicators[0].period must be one of [MONTH, QUARTER] for a RESULT indicator: WEEK",
            "indicators[2].name must be unique within the scheme: visits",
            "indicators[2].period must not be longer than the scheme's appraisal period QUARTER: YEAR",
            "indicators weights must sum to exactly 1 (100 %): 0.95",
            "indicators RESULT weights must sum to within [0.60, 0.70]: 0.50",
            "indicators PROCESS weights must sum to within [0.20, 0.30]: 0.35",
            "gates[0].indicator must name an indicator of the scheme: nope"));
  }

  @Test
  void weightsAreComparedByValue() {
    AppraisalScheme s = AppraisalScheme.builder().name("ok")
        .addIndicators(indicator("revenue", IndicatorType.RESULT, "0.650", PeriodKind.QUARTER))
        .addIndicators(indicator("visits", IndicatorType.PROCESS, "0.2500", PeriodKind.WEEK))
        .addIndicators(indicator("skill", IndicatorType.CAPABILITY, "0.1", PeriodKind.QUARTER))
        .build();
    assertThat(s.indicators()).hasSize(3);
  }

  @Test
  void hostsSupplyTheirOwnPolicy() {
    AppraisalPolicy host = AppraisalPolicy.seedDefault()
        .with(IndicatorType.RESULT, AppraisalPolicy.TypeRule.of("0.5", "0.8", PeriodKind.WEEK, PeriodKind.MONTH, PeriodKind.QUARTER))
        .with(IndicatorType.CAPABILITY, AppraisalPolicy.TypeRule.of("0", "0.2", PeriodKind.QUARTER));
    AppraisalScheme s = AppraisalScheme.builder().name("host").policy(host)
        .addIndicators(indicator("revenue", IndicatorType.RESULT, "0.8", PeriodKind.WEEK))
        .addIndicators(indicator("visits", IndicatorType.PROCESS, "0.2", PeriodKind.WEEK))
        .build();
    assertThat(s.policy()).isEqualTo(host);
    // the same scheme fails under the seed's policy
    assertThatThrownBy(() -> AppraisalScheme.builder().from(s).policy(AppraisalPolicy.seedDefault()).build())
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(messages(e)).containsExactly(
            "indicators[0].period must be one of [MONTH, QUARTER] for a RESULT indicator: WEEK",
            "indicators RESULT weights must sum to within [0.60, 0.70]: 0.8",
            "indicators CAPABILITY weights must sum to within [0.10, 0.20]: 0"));
  }

  @Test
  void jsonReportsEveryProblemWithItsPath() {
    String json = "{\"name\":\"broken\",\"colour\":\"red\",\"indicators\":["
        + "{\"name\":\"revenue\",\"type\":\"RESULT\",\"weight\":\"60%\",\"period\":\"MONTH\",\"source\":{\"kpi\":\"revenue\"},"
        + "\"curve\":{\"type\":\"THRESHOLD\",\"threshold\":0.8,\"thresholdScore\":0.4,\"stretch\":0.9,\"stretchScore\":1.5}},"
        + "{\"name\":\"visits\",\"type\":\"PROCESS\",\"weight\":0.25,\"period\":\"DAY\",\"source\":{\"count\":\"visits\"},"
        + "\"curve\":{\"type\":\"LINEAR\",\"floor\":0,\"cap\":\"abc\"}},"
        + "{\"name\":\"skill\",\"type\":\"CAPABILITY\",\"weight\":0.10,\"period\":\"QUARTER\",\"source\":{\"rating\":{\"min\":5,\"max\":1}},"
        + "\"curve\":{\"type\":\"SPLINE\"}}],"
        + "\"gates\":[{\"name\":\"g\",\"indicator\":\"revenue\",\"minAchievement\":0.8,\"effect\":\"ZERO_INDICATORS\"}]}";
    assertThatThrownBy(() -> AppraisalSchemes.read(json))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(messages(e)).containsExactlyInAnyOrder(
            "colour is not a known field (known: [bands, description, gates, indicators, name, period, policy, scoreRounding, totalCap, weekRule, weightSum])",
            "indicators[0].curve.stretch must be within (1, 10]: 0.9",
            "indicators[1].period must be one of [WEEK, MONTH, QUARTER, YEAR]: \"DAY\"",
            "indicators[1].curve.cap must be a decimal number or a percentage such as \"40%\": abc",
            "indicators[2].source.rating.max must be greater than min 5: 1",
            "indicators[2].curve.type must be one of [LINEAR, THRESHOLD, BANDED]: \"SPLINE\"",
            "indicators weights must sum to exactly 1 (100 %): 0.95",
            "gates[0].zeroes must name at least one indicator when the effect is ZERO_INDICATORS: []"));
  }

  @Test
  void malformedJsonIsOneProblem() {
    assertThatThrownBy(() -> AppraisalSchemes.read("{\"name\": "))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("name must be well-formed JSON: the document ends too early");
    assertThatThrownBy(() -> AppraisalSchemes.read("[1]")).hasMessageStartingWith("$ must be a JSON object: array");
  }

  @Test
  void documentPolicyIsUsedAndHostPolicyForbidsOne() {
    String json = "{\"name\":\"own\",\"period\":\"month\",\"policy\":{\"RESULT\":{\"minWeight\":1,\"maxWeight\":1,\"periods\":[\"WEEK\",\"MONTH\"]}},"
        + "\"indicators\":[{\"name\":\"revenue\",\"type\":\"RESULT\",\"weight\":\"100%\",\"period\":\"WEEK\",\"direction\":\"lower_is_better\","
        + "\"source\":{\"kpi\":\"dso\"},\"curve\":{\"type\":\"BANDED\",\"boundaries\":[0.8,\"100%\"],\"scores\":[0,0.5,1]}}]}";
    AppraisalScheme s = AppraisalSchemes.read(json);
    assertThat(s.period()).isEqualTo(PeriodKind.MONTH);
    assertThat(s.indicators().get(0).direction()).isEqualTo(Direction.LOWER_IS_BETTER);
    assertThat(s.indicators().get(0).curve()).isEqualTo(BandedCurve.of(List.of(d("0.8"), d("1.00")), List.of(d("0"), d("0.5"), d("1"))));
    assertThatThrownBy(() -> AppraisalSchemes.read(json, AppraisalPolicy.seedDefault()))
        .hasMessageContaining("policy must not be set: the host supplies the policy");
  }

  @Test
  void propertyValidatedWeightsAlwaysSumTo100Percent() {
    Property.forAll(7L, 300, random -> {
      List<Indicator> indicators = randomIndicators(random);
      BigDecimal sum = indicators.stream().map(Indicator::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
      AppraisalScheme scheme;
      try {
        scheme = AppraisalScheme.builder().name("random").indicators(indicators).build();
      } catch (ValidationException e) {
        if (sum.compareTo(BigDecimal.ONE) != 0) {
          assertThat(messages(e)).anyMatch(m -> m.startsWith("indicators weights must sum to exactly 1"));
        }
        return;
      }
      assertThat(sum).isEqualByComparingTo("1");
      Map<IndicatorType, BigDecimal> byType = new EnumMap<>(IndicatorType.class);
      scheme.indicators().forEach(i -> byType.merge(i.type(), i.weight(), BigDecimal::add));
      AppraisalPolicy.seedDefault().rules().forEach((t, r) -> assertThat(r.allowsWeight(byType.getOrDefault(t, BigDecimal.ZERO))).isTrue());
    });
  }

  /** Near-valid random schemes: type totals near the seed's ranges, split over 1-4 indicators, sometimes off by a little. */
  static List<Indicator> randomIndicators(Random random) {
    List<Indicator> out = new ArrayList<>();
    int[] totals = {58 + random.nextInt(15), 18 + random.nextInt(15), 0};
    totals[2] = 100 - totals[0] - totals[1] + (random.nextInt(4) == 0 ? random.nextInt(5) - 2 : 0);
    IndicatorType[] types = IndicatorType.values();
    PeriodKind[] periods = {PeriodKind.MONTH, PeriodKind.WEEK, PeriodKind.QUARTER};
    for (int t = 0; t < 3; t++) {
      int left = totals[t];
      int parts = 1 + random.nextInt(Math.max(1, Math.min(4, left)));
      for (int k = 0; k < parts && left > 0; k++) {
        int w = k == parts - 1 ? left : 1 + random.nextInt(Math.max(1, left - (parts - k - 1)));
        w = Math.min(w, left);
        left -= w;
        out.add(indicator(types[t] + "-" + k, types[t], BigDecimal.valueOf(w, 2).toPlainString(), periods[t]));
      }
    }
    return out;
  }
}
