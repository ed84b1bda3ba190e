package dev.salesops.core.segmentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salesops.core.model.Account;
import dev.salesops.core.model.AccountId;
import dev.salesops.core.model.Industry;
import dev.salesops.core.model.SizeBand;
import dev.salesops.core.validation.Problem;
import dev.salesops.core.validation.ValidationException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SegmentationSchemeTest {
  private final SegmentationScheme scheme = SegmentationScheme.defaults();

  private static Map<String, String> values(String size, String industry, String power, String decision) {
    Map<String, String> v = new HashMap<>();
    v.put("companySize", size);
    v.put("industry", industry);
    v.put("purchasingPower", power);
    v.put("decisionModel", decision);
    v.values().removeIf(x -> x == null);
    return v;
  }

  @Test
  void assignsSegmentAndBandPerDimension() {
    SegmentAssignment a = scheme.assign(values("ENTERPRISE", "FINANCE", "750000", "BUYING_COMMITTEE"));
    assertThat(a.segment()).contains("STRATEGIC");
    assertThat(a.bands()).containsExactly(Map.entry("companySize", "LARGE_ENTERPRISE"), Map.entry("industry", "REGULATED"),
        Map.entry("purchasingPower", "HIGH"), Map.entry("decisionModel", "COMMITTEE"));
    assertThat(a.isComplete()).isTrue();

    assertThat(scheme.assign(values("MEDIUM", "RETAIL", "50000", "SINGLE_DECISION_MAKER")).segment()).contains("GROWTH");
    assertThat(scheme.assign(values("SMALL", "RETAIL", "49999.99", "SINGLE_DECISION_MAKER")).segment()).contains("SMALL_BUSINESS");
    assertThat(scheme.assign(values("MEDIUM", "RETAIL", "10", "SINGLE_DECISION_MAKER")).segment()).contains("STANDARD");
  }

  @Test
  void unknownValuesAreReportedNotBinned() {
    SegmentAssignment a = scheme.assign(values("SMALL", "SPACE_MINING", "lots", null));
    assertThat(a.unknownValues()).extracting(Problem::message).containsExactly(
        "industry has no band for the value: \"SPACE_MINING\"",
        "purchasingPower must be a decimal number: \"lots\"",
        "decisionModel has no value");
    assertThat(a.bands()).containsOnlyKeys("companySize");
    // STRATEGIC is excluded by the known size; GROWTH needs purchasingPower, whose band is unknown: no catch-all by default
    assertThat(a.segment()).isEmpty();
    assertThat(a.undecidedReason()).contains("segment GROWTH needs purchasingPower, whose band is unknown");
    assertThat(a.isComplete()).isFalse();
  }

  @Test
  void negativeAndUndeclaredValuesAreReported() {
    Map<String, String> v = values("LARGE", "ENERGY", "-5", "FORMAL_PROCUREMENT");
    v.put("mood", "happy");
    SegmentAssignment a = scheme.assign(v);
    assertThat(a.unknownValues()).extracting(Problem::message)
        .containsExactly("purchasingPower has no band for the value: \"-5\"", "mood is not a dimension of scheme default");
  }

  @Test
  void accountSuppliesSizeAndIndustry() {
    Account account = Account.builder().id(AccountId.of("a1")).name("Acme").sizeBand(SizeBand.MEDIUM).industry(Industry.LOGISTICS).build();
    Map<String, String> v = new HashMap<>(SegmentationScheme.valuesOf(account));
    v.put("purchasingPower", "120000");
    v.put("decisionModel", "SINGLE_DECISION_MAKER");
    SegmentAssignment a = scheme.assign(v);
    assertThat(a.band("industry")).contains("INDUSTRIAL");
    assertThat(a.segment()).contains("GROWTH");
  }

  @Test
  void definitionProblemsAreReportedAllAtOnce() {
    assertThatThrownBy(() -> new SegmentationScheme("s", List.of(
        new SegmentationScheme.Dimension("size", List.of(SegmentationScheme.Band.of("A", "x"), SegmentationScheme.Band.of("B", "x"))),
        new SegmentationScheme.Dimension("power", List.of(
            SegmentationScheme.Band.range("LOW", null, BigDecimal.TEN),
            SegmentationScheme.Band.range("MID", BigDecimal.valueOf(5), BigDecimal.valueOf(20)),
            SegmentationScheme.Band.of("C", "y")))),
        List.of(new SegmentationScheme.Segment("X", Map.of("size", List.of("Z"))), new SegmentationScheme.Segment("X", Map.of("nope", List.of("A"))))))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(Problem::message).containsExactly(
            "dimensions[0].bands[1].values[0] must not also be in band A: x",
            "dimensions[1].bands[1] must not overlap band LOW",
            "dimensions[1].bands[2] must be of the dimension's kind (numeric from/to), not mixed",
            "segments[0].when.size must name bands of the dimension [A, B]: Z",
            "segments[1].name must be unique: X",
            "segments[1].when.nope is not a dimension of the scheme"));
  }

}
