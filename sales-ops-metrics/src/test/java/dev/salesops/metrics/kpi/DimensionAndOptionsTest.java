package dev.salesops.metrics.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salesops.core.model.ForecastCategory;
import dev.salesops.core.model.Outcome;
import dev.salesops.core.validation.ValidationException;
import dev.salesops.metrics.period.DateRange;
import dev.salesops.metrics.stats.PercentileMethod;
import dev.salesops.metrics.stats.QuantileMode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.junit.jupiter.api.Test;

/**
 * Every standard {@link Dimension} by name and by the field it reads, free dimensions, their equality and text;
 * every {@link KpiOptions} setting read back, directly and in the report it shapes.
 */
class DimensionAndOptionsTest {
  private static final DealRecord FULL = DealRecord.builder().id("d-1").owner("ann").team("north").region("EMEA").productLine("PRO")
      .channel("DIRECT").leadSource("EVENTS").segment("SMB").account("acme").outcome(Outcome.OPEN).dimension("tier", "gold").build();
  private static final DealRecord BARE = DealRecord.builder().id("d-2").outcome(Outcome.OPEN).build();

  @Test
  void standardDimensionsByNameReadTheirField() {
    Object[][] cases = {{"owner", Dimension.OWNER, "ann"}, {"team", Dimension.TEAM, "north"}, {"region", Dimension.REGION, "EMEA"},
        {"productLine", Dimension.PRODUCT_LINE, "PRO"}, {"channel", Dimension.CHANNEL, "DIRECT"},
        {"leadSource", Dimension.LEAD_SOURCE, "EVENTS"}, {"segment", Dimension.SEGMENT, "SMB"}, {"account", Dimension.ACCOUNT, "acme"}};
    for (Object[] c : cases) {
      Dimension d = (Dimension) c[1];
      assertThat(Dimension.of((String) c[0])).as((String) c[0]).isSameAs(d);
      assertThat(d.name()).isEqualTo(c[0]);
      assertThat(d.toString()).isEqualTo(c[0]);
      assertThat(d.valueOf(FULL)).as((String) c[0]).isEqualTo(c[2]);
      assertThat(d.valueOf(BARE)).as((String) c[0]).isEmpty();
    }
  }

  @Test
  void freeDimensionsReadTheRecordsDimensionsAndCompareByName() {
    Dimension tier = Dimension.of("tier");
    assertThat(tier.valueOf(FULL)).isEqualTo("gold");
    assertThat(tier.valueOf(BARE)).isEmpty();
    assertThat(Dimension.of("industry").valueOf(FULL)).isEmpty();
    assertThat(tier.name()).isEqualTo("tier");
    assertThat(tier.toString()).isEqualTo("tier");
    assertThat(tier).isEqualTo(Dimension.of("tier")).hasSameHashCodeAs(Dimension.of("tier")).isNotEqualTo(Dimension.of("industry"))
        .isNotEqualTo(Dimension.TEAM).isNotEqualTo("tier");
    assertThat(Dimension.TEAM.hashCode()).isEqualTo(Dimension.of("team").hashCode()).isEqualTo("team".hashCode());
    assertThatThrownBy(() -> Dimension.of(" ")).isInstanceOf(ValidationException.class).hasMessageContaining("dimension");
    // a free dimension breaks a report down like a standard one
    BreakdownAccumulator acc = BreakdownAccumulator.by(KpiOptions.defaults(), tier);
    acc.add(FULL);
    acc.add(BARE);
    assertThat(acc.finish().groups()).extracting(g -> g.key().get(0)).containsExactly("", "gold");
  }

  @Test
  void everyOptionReadsBack() {
    DateRange window = DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 7, 1));
    KpiOptions o = KpiOptions.builder().window(window).winRateBasis(WinRateBasis.CREATED).excludeLostReasons("NO_DECISION")
        .percentileMethod(PercentileMethod.NEAREST_RANK).quantileMode(QuantileMode.approximate(200)).cycleForAllClosed(true)
        .stageProbability("PROPOSAL", new BigDecimal("0.35")).stageForecastCategory("PROPOSAL", ForecastCategory.BEST_CASE)
        .qualifiedStages("PROPOSAL").funnelStages(List.of("LEAD", "PROPOSAL")).funnelMinDeals(3).firstOpportunityStage("PROPOSAL")
        .velocityBasis(VelocityBasis.ALL_NOT_DISQUALIFIED).disqualifiedLostReasons("SPAM").build();
    assertThat(o.window()).isEqualTo(window);
    assertThat(o.winRateBasis()).isEqualTo(WinRateBasis.CREATED);
    assertThat(o.excludedLostReasons()).containsExactly("NO_DECISION");
    assertThat(o.percentileMethod()).isEqualTo(PercentileMethod.NEAREST_RANK);
    assertThat(o.quantileMode()).isEqualTo(QuantileMode.approximate(200));
    assertThat(o.cycleForAllClosed()).isTrue();
    assertThat(o.stageProbability("PROPOSAL")).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("0.35"));
    assertThat(o.stageProbability("LEAD")).isEmpty();
    assertThat(o.stageForecastCategories()).isEqualTo(Map.of("PROPOSAL", ForecastCategory.BEST_CASE));
    assertThat(o.qualifiedStages()).isEqualTo(Set.of("PROPOSAL"));
    assertThat(o.funnelStages()).containsExactly("LEAD", "PROPOSAL");
    assertThat(o.funnelMinDeals()).isEqualTo(3);
    assertThat(o.firstOpportunityStage()).contains("PROPOSAL");
    assertThat(o.moneyPolicy()).isSameAs(KpiOptions.defaults().moneyPolicy());
    assertThat(o.velocityBasis()).isEqualTo(VelocityBasis.ALL_NOT_DISQUALIFIED);
    assertThat(o.disqualifiedLostReasons()).containsExactly("SPAM");
    KpiOptions copy = o.toBuilder().build();
    assertThat(copy.funnelMinDeals()).isEqualTo(3);
    assertThat(copy.firstOpportunityStage()).contains("PROPOSAL");
    assertThat(copy.stageProbability("PROPOSAL")).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("0.35"));

    KpiOptions d = KpiOptions.defaults();
    assertThat(d.window().isAll()).isTrue();
    assertThat(d.winRateBasis()).isEqualTo(WinRateBasis.CLOSED);
    assertThat(d.percentileMethod()).isEqualTo(PercentileMethod.LINEAR);
    assertThat(d.quantileMode()).isEqualTo(QuantileMode.exact());
    assertThat(d.cycleForAllClosed()).isFalse();
    assertThat(d.funnelMinDeals()).isEqualTo(1);
    assertThat(d.firstOpportunityStage()).isEmpty();
    assertThat(d.moneyPolicy().target()).isEmpty();
    assertThat(d.velocityBasis()).isEqualTo(VelocityBasis.OPEN_QUALIFIED);
    assertThatThrownBy(() -> d.stageProbability(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void stageProbabilitiesAreWithinZeroAndOneWithSixDecimals() {
    KpiOptions o = KpiOptions.builder().stageProbability("A", BigDecimal.ZERO).stageProbability("B", BigDecimal.ONE)
        .stageProbability("C", new BigDecimal("0.000001")).stageProbability("D", new BigDecimal("0.5000000")).build();
    assertThat(o.stageProbability("A")).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("0"));
    assertThat(o.stageProbability("B")).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("1"));
    assertThat(o.stageProbability("C")).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("0.000001"));
    assertThat(o.stageProbability("D")).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("0.5"));
    assertThatThrownBy(() -> KpiOptions.builder().stageProbability("E", new BigDecimal("0.0000001")))
        .isInstanceOf(ValidationException.class).hasMessageContaining("at most 6 decimal places");
    assertThatThrownBy(() -> KpiOptions.builder().stageProbability("E", new BigDecimal("1.000001")))
        .isInstanceOf(ValidationException.class).hasMessageContaining("stageProbability.E");
    assertThatThrownBy(() -> KpiOptions.builder().funnelMinDeals(-1)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("funnelMinDeals");
  }

  @Test
  void funnelStagesAreReplacedNotAppended() {
    KpiOptions o = KpiOptions.builder().funnelStages(List.of("A", "B")).funnelStages(List.of("C")).build();
    assertThat(o.funnelStages()).containsExactly("C");
    assertThatThrownBy(() -> KpiOptions.builder().funnelStages(List.of("A", "A")).build()).isInstanceOf(ValidationException.class)
        .hasMessageContaining("must not repeat a stage");
    assertThatThrownBy(() -> KpiOptions.builder().funnelStages(List.of("A")).firstOpportunityStage("B").build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("must be one of the funnel stages");
  }

  @Test
  void theReportCarriesItsOptions() {
    DateRange window = DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 7, 1));
    KpiOptions o = KpiOptions.builder().window(window).winRateBasis(WinRateBasis.CREATED).quantileMode(QuantileMode.approximate(200))
        .build();
    KpiReport r = KpiReport.of(List.of(DealRecord.builder().id("a").outcome(Outcome.WON).createdDate(LocalDate.of(2024, 2, 1))
        .closedDate(LocalDate.of(2024, 2, 11)).amount("10.00", "USD").build()), o);
    assertThat(r.window()).isEqualTo(window);
    assertThat(r.winRateBasis()).isEqualTo(WinRateBasis.CREATED);
    assertThat(r.excludedLostReasons()).isEmpty();
    assertThat(KpiReport.of(List.of(), KpiOptions.builder().excludeLostReasons("NO_DECISION").build()).excludedLostReasons())
        .containsExactly("NO_DECISION");
    assertThat(r.moneyPolicy()).isEqualTo(o.moneyPolicy().toString()).isNotEmpty();
    assertThat(r.quantiles()).isEqualTo(QuantileMode.approximate(200).toString()).startsWith("approximate(k=200");
    assertThat(KpiReport.of(List.of(), KpiOptions.defaults()).quantiles()).isEqualTo("exact");
    assertThat(r.toString()).contains("won=1").doesNotContain("ann");
    KpiReport same = KpiReport.of(List.of(DealRecord.builder().id("b").outcome(Outcome.WON).createdDate(LocalDate.of(2024, 2, 1))
        .closedDate(LocalDate.of(2024, 2, 11)).amount("10.00", "USD").build()), o);
    assertThat(r).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(r.currency(CurrencyUnit.USD)).isPresent();
  }
}
