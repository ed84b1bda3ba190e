package dev.salesops.json.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salesops.core.json.JsonInputException;
import dev.salesops.core.lifecycle.LifecycleRules;
import dev.salesops.core.lifecycle.ValuePyramid;
import dev.salesops.core.lifecycle.ValueTier;
import dev.salesops.core.lifecycle.ValueTierRule;
import dev.salesops.core.model.Probability;
import dev.salesops.core.model.UserId;
import dev.salesops.core.pipeline.SalesPipeline;
import dev.salesops.core.segmentation.KeyAccountScheme;
import dev.salesops.core.segmentation.PartnerTierScheme;
import dev.salesops.core.segmentation.SegmentationScheme;
import dev.salesops.core.segmentation.WeightedAssessment;
import dev.salesops.core.workflow.Actor;
import dev.salesops.core.workflow.CriterionSpec;
import dev.salesops.core.workflow.Snapshot;
import dev.salesops.core.workflow.WorkflowDefinition;
import dev.salesops.json.SalesOpsCodecs;
import dev.salesops.json.testing.CodecMapper;
import dev.salesops.json.testing.ModelSamples;
import dev.salesops.metrics.appraisal.Appraisal;
import dev.salesops.metrics.appraisal.AppraisalInput;
import dev.salesops.metrics.appraisal.CalendarPeriod;
import dev.salesops.metrics.appraisal.Measurement;
import dev.salesops.metrics.incentive.CommissionPlans;
import dev.salesops.metrics.kpi.KpiBreakdown;
import dev.salesops.metrics.kpi.KpiReport;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * The JSON forms the domain modules' own tests checked through the former Jackson mapper (segmentation and
 * lifecycle schemes, workflow values nested in a host document, KPI reports, appraisals), now through the codecs.
 */
class DomainJsonFormsTest {
  private static final CodecMapper JSON = CodecMapper.INSTANCE;

  @Test
  void weightedAssessmentRoundTripsAndReportsItsFirstProblemWithAPath() {
    WeightedAssessment a = WeightedAssessment.of(List.of(WeightedAssessment.Factor.of("A", "0.5"),
        WeightedAssessment.Factor.of("B", "0.3"), WeightedAssessment.Factor.of("C", "0.2")));
    String text = JSON.writeValueAsString(a);
    assertThat(text).isEqualTo("{\"criteria\":[{\"id\":\"A\",\"weight\":0.5},{\"id\":\"B\",\"weight\":0.3},{\"id\":\"C\",\"weight\":0.2}],"
        + "\"minScore\":0,\"maxScore\":100}");
    assertThat(JSON.readValue(text, WeightedAssessment.class)).isEqualTo(a);
    assertThatThrownBy(() -> JSON.readValue("{\"criteria\":[{\"id\":\"A\",\"weight\":2},{\"weight\":0.5}],\"minScore\":0}", WeightedAssessment.class))
        .isInstanceOfSatisfying(JsonInputException.class, e -> assertThat(e.jsonPath()).startsWith("$"));
  }

  @Test
  void schemesRoundTrip() {
    PartnerTierScheme partners = PartnerTierScheme.defaults();
    String text = JSON.writeValueAsString(partners);
    assertThat(text).contains("\"minimumTotals\":{\"STRATEGIC\":85,\"PREFERRED\":70,\"REGULAR\":50}");
    assertThat(JSON.readValue(text, PartnerTierScheme.class)).isEqualTo(partners);
    KeyAccountScheme keys = KeyAccountScheme.defaults();
    assertThat(JSON.readValue(JSON.writeValueAsString(keys), KeyAccountScheme.class)).isEqualTo(keys);
    SegmentationScheme scheme = SegmentationScheme.defaults();
    String seg = JSON.writeValueAsString(scheme);
    assertThat(seg).contains("{\"id\":\"HIGH\",\"from\":500000}");
    assertThat(JSON.readValue(seg, SegmentationScheme.class)).isEqualTo(scheme);
  }

  @Test
  void shippedDefaultsHaveOneJsonFormEveryRun() {
    // their maps are built in a fixed order (they once came from Map.of, whose order changes from run to run)
    assertThat(SegmentationScheme.defaults().segments().get(0).when().keySet()).containsExactly("companySize", "purchasingPower");
    assertThat(CommissionPlans.example(CurrencyUnit.USD).ratingMultipliers().keySet()).containsExactly("S", "A", "B", "C", "D");
    assertThat(SalesOpsCodecs.standard().write(CommissionPlans.example(CurrencyUnit.USD)))
        .contains("\"ratingMultipliers\":{\"S\":1.2,\"A\":1.1,\"B\":1,\"C\":0.8,\"D\":0}");
  }

  @Test
  void lifecycleRulesRoundTripAndRefuseWithAPath() {
    LifecycleRules rules = LifecycleRules.defaults();
    String text = JSON.writeValueAsString(rules);
    assertThat(JSON.readValue(text, LifecycleRules.class)).isEqualTo(rules);
    assertThat(text).contains("{\"id\":\"growth-second-line\",\"on\":[\"ORDER\",\"UPSELL\"],\"from\":[\"CONVERSION\",\"SERVICE\"],"
        + "\"fromStart\":false,\"atLeast\":{\"PRODUCT_LINES\":2},\"to\":\"GROWTH\",\"backward\":false,\"reason\":\"bought a second product line\"}");
    String minimal = "{\"rules\":[{\"id\":\"start\",\"on\":[\"CONTACT\"],\"fromStart\":true,\"to\":\"ACQUISITION\",\"reason\":\"hello\"},"
        + "{\"id\":\"buy\",\"on\":[\"ORDER\"],\"from\":[\"ACQUISITION\"],\"to\":\"CONVERSION\",\"reason\":\"bought\"}]}";
    assertThat(JSON.readValue(minimal, LifecycleRules.class).rules()).hasSize(2);
    assertThatThrownBy(() -> JSON.readValue("{\"rules\":[{\"id\":\"start\",\"on\":[\"CONTACT\"],\"to\":\"CHURNED\"}]}", LifecycleRules.class))
        .isInstanceOfSatisfying(JsonInputException.class, e -> assertThat(e.getMessage()).contains("rules[0]"));
  }

  @Test
  void valuePyramidsRoundTripWithTheirMinimums() {
    ValuePyramid custom = new ValuePyramid(90, List.of(ValueTierRule.of("first", ValueTier.FIRST_PURCHASE, 1, 0, 0, 0),
        ValueTierRule.of("partner", ValueTier.STRATEGIC_PARTNER, 0, 0, 0, 2).withMinTrailingRevenue(Money.of(CurrencyUnit.USD, 50000)),
        ValueTierRule.of("loyal-active", ValueTier.LOYAL, 3, 0, 0, 0).withMinProbabilityAlive(Probability.of(new BigDecimal("0.5")))));
    String text = JSON.writeValueAsString(custom);
    assertThat(text).contains("\"minTrailingRevenue\":{\"amount\":\"50000.00\",\"currency\":\"USD\"}").contains("\"minProbabilityAlive\":0.5");
    assertThat(JSON.readValue(text, ValuePyramid.class)).isEqualTo(custom);
    assertThat(JSON.readValue(JSON.writeValueAsString(ValuePyramid.defaults()), ValuePyramid.class)).isEqualTo(ValuePyramid.defaults());
    assertThat(JSON.readValue("{\"trailingDays\":365,\"rules\":[{\"id\":\"x\",\"tier\":\"REPEAT\",\"minPurchases\":2}]}", ValuePyramid.class)
        .rules().get(0)).isEqualTo(ValueTierRule.of("x", ValueTier.REPEAT, 2, 0, 0, 0));
  }

  @Test
  void workflowValuesRoundTripAloneAndInsideAHostDocument() {
    Snapshot s = SalesPipeline.workflow().start(Instant.parse("2026-01-05T09:00:00Z"), new Actor(UserId.of("rep-1"), Set.of()));
    CriterionSpec spec = CriterionSpec.allOf(CriterionSpec.of("bant.qualified"), CriterionSpec.not(CriterionSpec.of("x.y")));
    assertThat(JSON.readValue(JSON.writeValueAsString(SalesPipeline.definition()), WorkflowDefinition.class)).isEqualTo(SalesPipeline.definition());
    assertThat(JSON.readValue(JSON.writeValueAsString(s), Snapshot.class)).isEqualTo(s);
    assertThat(JSON.readValue(JSON.writeValueAsString(spec), CriterionSpec.class)).isEqualTo(spec);
    // a host row: {"id", "snapshot", "guards": [..]}, its members read by their codecs
    String row = "{\"id\":\"opp-1\",\"snapshot\":" + JSON.writeValueAsString(s) + ",\"guards\":" + JSON.writeValueAsString(List.of(spec, spec)) + "}";
    dev.salesops.core.json.JsonObject tree = (dev.salesops.core.json.JsonObject) dev.salesops.core.json.JsonReader.read(row);
    assertThat(SalesOpsCodecs.standard().decode(tree.members().get("snapshot"), Snapshot.class)).isEqualTo(s);
    assertThat(JSON.readList(dev.salesops.core.json.JsonWriter.compact(tree.members().get("guards")), CriterionSpec.class)).containsExactly(spec, spec);
    assertThatThrownBy(() -> JSON.readValue("{\"allOf\":[{\"type\":\"a\"}],\"not\":{\"type\":\"b\"}}", CriterionSpec.class))
        .isInstanceOf(JsonInputException.class);
  }

  @Test
  void kpiReportsShowUndefinedRatiosAsNullWithTheirCounts() throws Exception {
    com.fasterxml.jackson.databind.ObjectMapper plain = new com.fasterxml.jackson.databind.ObjectMapper();
    List<ModelSamples.Sample> reports = ModelSamples.golden().stream().filter(x -> x.type() == KpiReport.class).toList();
    assertThat(reports).isNotEmpty();
    for (ModelSamples.Sample sample : reports) {
      KpiReport r = (KpiReport) sample.value();
      com.fasterxml.jackson.databind.JsonNode json = plain.readTree(SalesOpsCodecs.standard().writePretty(r));
      assertThat(json.get("winRate").get("value").isNull()).as(sample.toString()).isEqualTo(!r.winRate().isDefined());
      assertThat(json.get("winRate").get("numerator").decimalValue()).isEqualByComparingTo(r.winRate().numerator());
      assertThat(json.get("records").asLong()).isEqualTo(r.records());
      assertThat(json.get("window").has("start")).isTrue();
    }
    for (ModelSamples.Sample sample : ModelSamples.golden().stream().filter(x -> x.type() == KpiBreakdown.class).toList()) {
      KpiBreakdown b = (KpiBreakdown) sample.value();
      com.fasterxml.jackson.databind.JsonNode json = plain.readTree(SalesOpsCodecs.standard().write(b));
      assertThat(json.get("dimensions").get(0).asText()).isEqualTo(b.dimensions().get(0));
      assertThat(json.get("groups").size()).isEqualTo(b.groups().size());
    }
  }

  @Test
  void appraisalsUsePeriodLabelsAndInputsReadBack() {
    for (ModelSamples.Sample sample : ModelSamples.golden().stream().filter(x -> x.type() == Appraisal.class).toList()) {
      Appraisal a = (Appraisal) sample.value();
      assertThat(JSON.writeValueAsString(a)).contains("\"period\":\"" + a.period().label() + "\"");
    }
    String json = "{\"measurements\":{\"revenue\":[{\"period\":\"2026-Q2\",\"actual\":130,\"target\":100}]}}";
    AppraisalInput in = JSON.readValue(json, AppraisalInput.class);
    assertThat(in.measurements().get("revenue")).containsExactly(Measurement.of(CalendarPeriod.quarter(2026, 2), new BigDecimal("130"), new BigDecimal("100")));
  }
}
