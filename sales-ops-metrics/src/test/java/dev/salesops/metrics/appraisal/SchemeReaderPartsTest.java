package dev.salesops.metrics.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.salesops.core.validation.Problem;
import dev.salesops.core.validation.ValidationException;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link AppraisalSchemes#read}: the optional parts of the documented format (bands, gates with the indicators they
 * zero, the document's own policy, the total cap) read and refused with their paths, and the rules over several
 * parts applied only to what could be read.
 */
class SchemeReaderPartsTest {
  static final String POLICY = "\"policy\":{\"RESULT\":{\"minWeight\":1,\"maxWeight\":1,\"periods\":[\"QUARTER\"]}}";
  static final String REVENUE = "{\"name\":\"revenue\",\"type\":\"RESULT\",\"weight\":1,\"period\":\"QUARTER\",\"source\":{\"kpi\":\"revenue\"},"
      + "\"curve\":{\"type\":\"LINEAR\",\"floor\":0,\"cap\":1.2}}";

  /** One RESULT indicator at 100 % under the document's own policy, plus {@code extra} members. */
  static String scheme(String extra) {
    return "{\"name\":\"own\"," + POLICY + ",\"indicators\":[" + REVENUE + "]" + (extra.isEmpty() ? "" : "," + extra) + "}";
  }

  static List<String> problems(String json) {
    ValidationException e = catchThrowableOfType(() -> AppraisalSchemes.read(json), ValidationException.class);
    assertThat(e).as("refused: %s", json).isNotNull();
    return e.problems().stream().map(Problem::message).toList();
  }

  static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  @Test
  void theDocumentsOwnBandsReplaceTheDefaults() {
    AppraisalScheme s = AppraisalSchemes.read(scheme("\"bands\":[{\"name\":\"TOP\",\"minimum\":\"100%\"},{\"name\":\"REST\",\"minimum\":0}]"));
    assertThat(s.bands()).isEqualTo(RatingBands.of(List.of(RatingBand.of("TOP", d("1.00")), RatingBand.of("REST", BigDecimal.ZERO))));
    assertThat(AppraisalSchemes.read(scheme("")).bands()).isEqualTo(RatingBands.defaults());
  }

  @Test
  void bandsAreReportedElementByElementAndAsAWhole() {
    assertThat(problems(scheme("\"bands\":[{\"name\":\"TOP\"},5,{\"minimum\":0},{\"name\":\"X\",\"minimum\":\"low\"}]"))).containsExactly(
        "bands[0].minimum is required",
        "bands[1] must be a JSON object: number",
        "bands[2].name is required",
        "bands[3].minimum must be a decimal number or a percentage such as \"40%\": low");
    // the rules over all bands once each could be read: strictly decreasing minimums, the last at 0
    assertThat(problems(scheme("\"bands\":[{\"name\":\"TOP\",\"minimum\":1},{\"name\":\"MID\",\"minimum\":1},{\"name\":\"LOW\",\"minimum\":0.5}]")))
        .containsExactly(
            "bands[1].minimum must be less than the previous band's minimum 1: 1",
            "bands[2].minimum must be 0 for the last band, so that every total has a band: 0.5");
  }

  @Test
  void aGateNamesTheIndicatorsItZeroes() {
    Gate g = AppraisalSchemes.read(scheme("\"gates\":[{\"name\":\"g\",\"indicator\":\"revenue\",\"minAchievement\":0.8,"
        + "\"effect\":\"ZERO_INDICATORS\",\"zeroes\":[\"revenue\"]}]")).gates().get(0);
    assertThat(g.zeroes()).containsExactly("revenue");
    assertThat(g.effect()).isEqualTo(GateEffect.ZERO_INDICATORS);
    assertThat(problems(scheme("\"gates\":[{\"name\":\"g\",\"indicator\":\"revenue\",\"minAchievement\":0.8,"
        + "\"effect\":\"ZERO_INDICATORS\",\"zeroes\":[\"revenue\",5,null]}]"))).containsExactly(
        "gates[0].zeroes[1] must be a string: 5",
        "gates[0].zeroes[2] must be a string: null");
  }

  @Test
  void gatesNameIndicatorsOfTheSchemeCheckedOnceAllIndicatorsAreRead() {
    String gate = "\"gates\":[{\"name\":\"g\",\"indicator\":\"visits\",\"minAchievement\":0.8,\"effect\":\"ZERO_TOTAL\"}]";
    assertThat(problems(scheme(gate))).containsExactly("gates[0].indicator must name an indicator of the scheme: visits");
    // an unreadable indicator might be the one named: the gate is not blamed
    String broken = "{\"name\":\"own\"," + POLICY + ",\"indicators\":[" + REVENUE.replace("\"cap\":1.2", "\"cap\":\"high\"") + "]," + gate + "}";
    assertThat(problems(broken)).containsExactly("indicators[0].curve.cap must be a decimal number or a percentage such as \"40%\": high");
  }

  @Test
  void theDocumentsPolicyRulesTheWeightsAndAnUnreadablePolicyRulesNothing() {
    String half = "{\"name\":\"own\"," + POLICY + ",\"indicators\":[" + REVENUE.replace("\"weight\":1", "\"weight\":0.5") + "]}";
    assertThat(problems(half)).containsExactly(
        "indicators weights must sum to exactly 1 (100 %): 0.5",
        "indicators RESULT weights must sum to within [1, 1]: 0.5");
    // with the policy unreadable, the weights are not checked against another one (the seed's would refuse 100 % RESULT)
    String unreadable = scheme("").replace("\"minWeight\":1", "\"minWeight\":\"x\"");
    assertThat(problems(unreadable)).containsExactly("policy.RESULT.minWeight must be a decimal number or a percentage such as \"40%\": x");
  }

  @Test
  void aSchemeHoldsAtLeastOneIndicatorAndWeightsOfZeroAreNotSummedAgainstThePolicy() {
    assertThat(problems("{\"name\":\"own\"," + POLICY + ",\"indicators\":[]}")).containsExactly("indicators must hold at least one indicator: []");
    // a weight of 0 is refused on its own; its sum is 0, and no type range is checked over nothing
    List<String> zero = problems("{\"name\":\"own\"," + POLICY + ",\"indicators\":[" + REVENUE.replace("\"weight\":1", "\"weight\":0") + "]}");
    assertThat(zero).contains("indicators weights must sum to exactly 1 (100 %): 0");
    assertThat(zero).noneMatch(m -> m.contains("RESULT weights"));
  }

  @Test
  void theSchemesOwnRulesApplyToTheOptionsRead() {
    assertThat(problems(scheme("\"totalCap\":0"))).containsExactly("totalCap must be within (0, 10]: 0");
    assertThat(AppraisalSchemes.read(scheme("\"totalCap\":null")).totalCap()).isEmpty();
    assertThat(AppraisalSchemes.read(scheme("\"scoreRounding\":{\"decimals\":2,\"mode\":\"half-even\"}")).scoreRounding())
        .contains(ScoreRounding.of(2, java.math.RoundingMode.HALF_EVEN));
  }

  @Test
  void theRulesOverSeveralPartsAreReportedWithTheUnreadableParts() {
    // the weights and the gate's indicator are reported in the same refusal as an unreadable total cap
    String half = "{\"name\":\"own\"," + POLICY + ",\"totalCap\":\"x\",\"indicators\":[" + REVENUE.replace("\"weight\":1", "\"weight\":0.5") + "],"
        + "\"gates\":[{\"name\":\"g\",\"indicator\":\"visits\",\"minAchievement\":0.8,\"effect\":\"ZERO_TOTAL\"}]}";
    assertThat(problems(half)).containsExactly(
        "totalCap must be a decimal number or a percentage such as \"40%\": x",
        "indicators weights must sum to exactly 1 (100 %): 0.5",
        "indicators RESULT weights must sum to within [1, 1]: 0.5",
        "gates[0].indicator must name an indicator of the scheme: visits");
    // without a readable weightSum the sums are not checked (they depend on it)
    assertThat(problems(half.replace("\"totalCap\":\"x\"", "\"weightSum\":\"SOMETIMES\"").replace(",\"gates\":[{\"name\":\"g\",\"indicator\":\"visits\",\"minAchievement\":0.8,\"effect\":\"ZERO_TOTAL\"}]", "")))
        .containsExactly("weightSum must be one of [EXACT, RESCALE]: \"SOMETIMES\"");
  }

  @Test
  void bandedCurvesNeedBoundariesAndScores() {
    String banded = REVENUE.replace("{\"type\":\"LINEAR\",\"floor\":0,\"cap\":1.2}", "{\"type\":\"BANDED\",\"scores\":[0,1]}");
    assertThat(problems("{\"name\":\"own\"," + POLICY + ",\"indicators\":[" + banded + "]}"))
        .containsExactly("indicators[0].curve.boundaries is required");
  }

  @Test
  void aHostPolicyIsUsedForDocumentsWithoutOne() {
    AppraisalPolicy host = AppraisalPolicy.of(Map.of(IndicatorType.RESULT, new AppraisalPolicy.TypeRule(BigDecimal.ONE, BigDecimal.ONE, Set.of(PeriodKind.QUARTER))));
    String json = "{\"name\":\"hosted\",\"indicators\":[" + REVENUE + "]}";
    assertThat(AppraisalSchemes.read(json, host).policy()).isEqualTo(host);
    assertThat(AppraisalSchemes.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), host).policy()).isEqualTo(host);
    assertThat(AppraisalSchemes.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), host).name()).isEqualTo("hosted");
  }
}
