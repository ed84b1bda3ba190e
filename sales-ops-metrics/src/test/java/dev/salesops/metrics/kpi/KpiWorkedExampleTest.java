package dev.salesops.metrics.kpi;

import dev.salesops.core.model.ForecastCategory;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salesops.core.money.ExchangeRates;
import dev.salesops.core.money.MissingExchangeRateException;
import dev.salesops.core.money.MixedCurrencyException;
import dev.salesops.metrics.funnel.Funnel;
import dev.salesops.metrics.funnel.FunnelStage;
import dev.salesops.metrics.period.DateRange;
import dev.salesops.metrics.period.PeriodScheme;
import dev.salesops.metrics.ratio.Ratio;
import dev.salesops.metrics.stats.Distribution;
import dev.salesops.metrics.stats.PercentileMethod;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** Every KPI of the {@link WorkedExample} data set, computed by hand (see the comments for the arithmetic). */
class KpiWorkedExampleTest {
  private static final CurrencyUnit USD = CurrencyUnit.USD;
  private static final CurrencyUnit EUR = CurrencyUnit.EUR;

  private final List<DealRecord> deals = WorkedExample.deals();
  private final KpiReport q1 = KpiReport.of(deals, WorkedExample.q1Options().build());

  private static BigDecimal dec(String s) {
    return new BigDecimal(s);
  }

  private static Money usd(String s) {
    return Money.of(USD, dec(s));
  }

  private static Money eur(String s) {
    return Money.of(EUR, dec(s));
  }

  private static void assertValue(Ratio r, String expected) {
    assertThat(r.value()).as(r.toString()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(expected));
  }

  private static void assertValue(Ratio r, long num, long den) {
    BigDecimal expected = BigDecimal.valueOf(num).divide(BigDecimal.valueOf(den), MathContext.DECIMAL64);
    assertThat(r.value()).as(r.toString()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(expected));
  }

  @Test
  void counts() {
    assertThat(q1.records()).isEqualTo(27);
    // created in Q1: W1 W2 W4 W5 W6 W7, L1-L4, X2 X3, O1 O2 O3 O4 O6 O7 O8, M1
    assertThat(q1.newLeads()).isEqualTo(20);
    // of those, reached QUALIFICATION: 8 won (incl. X2, M1), L1 L2 L3 X3, O1 O2 O3 O4 O7 (not L4: no lost-at stage, not O6, not O8)
    assertThat(q1.newOpportunities()).isEqualTo(17);
    // W1 W2 W4 W5 W6 flagged; W3 flagged false; W7 unknown
    assertThat(q1.newCustomers()).isEqualTo(5);
    assertThat(q1.won()).isEqualTo(7);
    assertThat(q1.lost()).isEqualTo(5);
    assertThat(q1.open()).isEqualTo(7);
    assertThat(q1.missing()).containsExactlyInAnyOrderEntriesOf(Map.of(
        "createdDate", 3L, // O9 M2 M3
        "closedDate", 2L, // M1 M2
        "amount", 2L, // L3 O4 (M3 is used by no money KPI: no created date)
        "probability", 1L, // O8 (stage not in the map)
        "forecastCategory", 1L, // O8
        "newCustomerFlag", 1L, // W7
        "excludedLostReason", 1L)); // L2 NO_DECISION
  }

  @Test
  void winRateByCountAndValue() {
    // 7 won / (7 won + 5 lost - L2 excluded)
    assertThat(q1.winRate()).isEqualTo(Ratio.of(7, 11));
    // USD: won 1000+3000+2000+6000 = 12000; closed: + L1 800 (L2 excluded, L3 has no amount)
    assertThat(q1.currency(USD).orElseThrow().winRateByValue()).isEqualTo(Ratio.of(dec("12000"), dec("12800")));
    // EUR: won 500+1500+700 = 2700; closed: + L4 300 + L5 900
    assertThat(q1.currency(EUR).orElseThrow().winRateByValue()).isEqualTo(Ratio.of(dec("2700"), dec("3900")));
  }

  @Test
  void winRateOverCreatedCohort() {
    KpiReport r = KpiReport.of(deals, WorkedExample.q1Options().winRateBasis(WinRateBasis.CREATED).build());
    // created in Q1 (20): won W1 W2 W4 W5 W6 W7 X2 M1 = 8; L2 (NO_DECISION) excluded -> 19
    assertThat(r.winRate()).isEqualTo(Ratio.of(8, 19));
    // without exclusions: 8/20
    KpiReport all = KpiReport.of(deals, WorkedExample.q1Options().winRateBasis(WinRateBasis.CREATED).build().toBuilder().build());
    assertThat(all.winRate()).isEqualTo(Ratio.of(8, 19));
  }

  @Test
  void dealSizeEvenAndOddMedians() {
    Distribution usd = q1.currency(USD).orElseThrow().dealSize();
    // 1000 2000 3000 6000: even count -> median (2000+3000)/2; mean 12000/4; p90 h=2.7 -> 3000 + 0.7*3000
    assertThat(usd.count()).isEqualTo(4);
    assertThat(usd.median()).contains(dec("2500"));
    assertValue(usd.mean(), "3000");
    assertThat(usd.p90()).contains(dec("5100"));
    assertThat(q1.currency(USD).orElseThrow().wonAmount()).isEqualTo(usd("12000"));
    Distribution eur = q1.currency(EUR).orElseThrow().dealSize();
    // 500 700 1500: odd count -> median 700; mean 2700/3; p90 h=1.8 -> 700 + 0.8*800
    assertThat(eur.median()).contains(dec("700"));
    assertValue(eur.mean(), "900");
    assertThat(eur.p90()).contains(dec("1340"));
    assertThat(eur.min()).contains(dec("500"));
    assertThat(eur.max()).contains(dec("1500"));
  }

  @Test
  void salesCycle() {
    Distribution c = q1.salesCycleDays();
    // 5 5 10 20 30 30 41 (W5 spans the leap day)
    assertThat(c.count()).isEqualTo(7);
    assertThat(c.sum()).isEqualByComparingTo("141");
    assertThat(c.median()).contains(dec("20"));
    assertThat(c.p90()).contains(dec("34.4")); // h = 5.4: 30 + 0.4 * 11
    assertThat(q1.salesCycleDaysAllClosed()).isEmpty();

    KpiReport nearest = KpiReport.of(deals, WorkedExample.q1Options().percentileMethod(PercentileMethod.NEAREST_RANK)
        .cycleForAllClosed(true).build());
    assertThat(nearest.salesCycleDays().median()).contains(dec("20")); // rank ceil(3.5) = 4
    assertThat(nearest.salesCycleDays().p90()).contains(dec("41")); // rank ceil(6.3) = 7
    // all closed: + L1 17, L2 36, L3 19, L4 25, L5 71 -> 5 5 10 17 19 20 25 30 30 36 41 71 (12 values)
    Distribution all = nearest.salesCycleDaysAllClosed().orElseThrow();
    assertThat(all.count()).isEqualTo(12);
    assertThat(all.median()).contains(dec("20")); // rank 6
    KpiReport linearAll = KpiReport.of(deals, WorkedExample.q1Options().cycleForAllClosed(true).build());
    assertThat(linearAll.salesCycleDaysAllClosed().orElseThrow().median()).contains(dec("22.5")); // (20 + 25) / 2
  }

  @Test
  void pipelineWeightedAndForecastCategories() {
    CurrencyKpis usd = q1.currency(USD).orElseThrow();
    // open, created in Q1, USD: O1 10000 PROPOSAL, O2 5000 QUALIFICATION, O7 3000 NEGOTIATION (own p 0.9), O8 600 unknown stage
    assertThat(usd.openCount()).isEqualTo(4);
    assertThat(usd.openPipeline()).isEqualTo(usd("18600"));
    // 10000*0.5 + 5000*0.2 + 3000*0.9 (O8 has no probability)
    assertThat(usd.weightedPipeline()).isEqualByComparingTo("8700");
    assertThat(usd.weightedCount()).isEqualTo(3);
    assertThat(usd.forecastCategories()).containsEntry(ForecastCategory.COMMIT, usd("3000"))
        .containsEntry(ForecastCategory.BEST_CASE, usd("10000")).containsEntry(ForecastCategory.PIPELINE, usd("5000"))
        .containsEntry(ForecastCategory.OMITTED, usd("0"));
    assertThat(usd.forecastRollups()).containsExactlyInAnyOrderEntriesOf(Map.of(ForecastCategory.COMMIT, usd("3000"),
        ForecastCategory.BEST_CASE, usd("13000"), ForecastCategory.PIPELINE, usd("18000")));
    CurrencyKpis eur = q1.currency(EUR).orElseThrow();
    // O3 4000 NEGOTIATION (0.7, COMMIT), O6 1000 LEAD_CAPTURE (0.1, OMITTED)
    assertThat(eur.openPipeline()).isEqualTo(eur("5000"));
    assertThat(eur.weightedPipeline()).isEqualByComparingTo("2900");
    assertThat(eur.forecastRollups()).containsEntry(ForecastCategory.PIPELINE, eur("4000"));
    assertThat(eur.forecastCategories()).containsEntry(ForecastCategory.OMITTED, eur("1000"));
  }

  @Test
  void pipelineClosingInWindowAndCoverage() {
    // expected close in Q1, any created date: O1 10000, O5 2000 (created 2023), O7 3000
    CurrencyKpis usd = q1.currency(USD).orElseThrow();
    assertThat(usd.closingInWindowCount()).isEqualTo(3);
    assertThat(usd.pipelineClosingInWindow()).isEqualTo(usd("15000"));
    assertThat(q1.currency(EUR).orElseThrow().pipelineClosingInWindow()).isEqualTo(eur("4000"));
    // target 20000, won 12000: remaining 8000 -> 15000 / 8000
    assertThat(KpiFormulas.pipelineCoverage(usd.pipelineClosingInWindow(), usd("20000"), usd.wonAmount()).value())
        .contains(dec("1.875"));
    // target met: undefined
    assertThat(KpiFormulas.pipelineCoverage(usd.pipelineClosingInWindow(), usd("12000"), usd.wonAmount()).isDefined()).isFalse();
  }

  @Test
  void salesVelocity() {
    // USD: qualified open O1 O7 = 2; avg deal 12000/4; win rate 7/11; avg cycle 141/7 days
    // 2 * 3000 * 7/11 / (141/7) = 294000 / 1551 per day
    assertThat(q1.currency(USD).orElseThrow().qualifiedOpenCount()).isEqualTo(2);
    assertValue(q1.currency(USD).orElseThrow().salesVelocityPerDay(), 294000, 1551);
    // EUR: O3 only; 1 * 900 * 7/11 / (141/7) = 44100 / 1551
    assertValue(q1.currency(EUR).orElseThrow().salesVelocityPerDay(), 44100, 1551);
  }

  @Test
  void funnelFromCurrentStageWithBottleneck() {
    Funnel f = q1.funnel().orElseThrow();
    // furthest stage of the 20 created in Q1: won 8 -> past the end; L1 3, L2 4, L3 2, L4 0 (no lost-at), X3 3,
    // O1 3, O2 1, O3 4, O4 2, O6 0, O7 4; O8 left out
    assertThat(f.stages()).extracting(FunnelStage::reached).containsExactly(19L, 17L, 16L, 14L, 11L);
    assertThat(f.stages()).extracting(FunnelStage::advanced).containsExactly(17L, 16L, 14L, 11L, 8L);
    assertThat(f.leftOut()).isEqualTo(1);
    assertThat(f.lostWithoutStage()).isEqualTo(1);
    assertThat(f.fromCurrentStage()).isEqualTo(19);
    assertThat(f.fromHistory()).isZero();
    // conversions 17/19 16/17 14/16 11/14 8/11; NEGOTIATION (11 deals) is below the 12-deal minimum
    assertThat(f.bottleneckStage()).isEqualTo("PROPOSAL");
    assertThat(f.stage("PROPOSAL").orElseThrow().conversion()).isEqualTo(Ratio.of(11, 14));
    assertThat(f.stages().get(0).averageDaysInStage().isDefined()).isFalse();
    Funnel min1 = KpiReport.of(deals, WorkedExample.q1Options().funnelMinDeals(1).build()).funnel().orElseThrow();
    assertThat(min1.bottleneckStage()).isEqualTo("NEGOTIATION");
  }

  @Test
  void undefinedRatiosInAnEmptyWindow() {
    KpiReport empty = KpiReport.of(deals, WorkedExample.q1Options()
        .window(DateRange.of(LocalDate.parse("2030-01-01"), LocalDate.parse("2030-02-01"))).build());
    assertThat(empty.won()).isZero();
    assertThat(empty.winRate().isDefined()).isFalse();
    assertThat(empty.winRate().value()).isEmpty();
    assertThat(empty.salesCycleDays().median()).isEmpty();
    assertThat(empty.salesCycleDays().mean().isDefined()).isFalse();
    assertThat(empty.funnel().orElseThrow().bottleneck()).isEmpty();
    assertThat(empty.currencies()).isEmpty();
  }


  @Test
  void breakdownByOwner() {
    KpiBreakdown b = deals.stream().collect(KpiCollectors.toBreakdown(WorkedExample.q1Options().build(), Dimension.OWNER));
    assertThat(b.groups()).extracting(g -> g.key().get(0)).containsExactly("", "ann", "bob", "cho");
    // ann: won W1 W2 W7, lost L1
    assertThat(b.group("ann").orElseThrow().winRate()).isEqualTo(Ratio.of(3, 4));
    // bob: won W3 W4, lost L3 (L2 excluded)
    assertThat(b.group("bob").orElseThrow().winRate()).isEqualTo(Ratio.of(2, 3));
    // cho: won W5 W6, lost L4 L5 (M2 has no closed date)
    assertThat(b.group("cho").orElseThrow().winRate()).isEqualTo(Ratio.of(2, 4));
    assertThat(b.group("").orElseThrow().open()).isEqualTo(1); // O7 has no owner
    assertThat(b.group("", "x")).isEmpty();
    // groups add up to the whole for additive counts
    assertThat(b.groups().stream().mapToLong(g -> g.report().won()).sum()).isEqualTo(q1.won());
    assertThat(b.groups().stream().mapToLong(g -> g.report().newLeads()).sum()).isEqualTo(q1.newLeads());
  }

  @Test
  void breakdownByFiscalYearAcrossTheBoundary() {
    KpiOptions all = WorkedExample.q1Options().window(DateRange.all()).build();
    KpiBreakdown b = deals.stream().collect(KpiCollectors.toBreakdown(all, PeriodScheme.fiscalYear(Month.APRIL)));
    assertThat(b.dimensions()).containsExactly("period");
    assertThat(b.groups()).extracting(g -> g.key().get(0)).containsExactly("FY2024", "FY2025");
    assertThat(b.unplaced()).isEqualTo(3); // O9 M2 M3: no date at all
    KpiReport fy24 = b.group("FY2024").orElseThrow();
    KpiReport fy25 = b.group("FY2025").orElseThrow();
    // FY2024 = 2023-04-01..2024-03-31: every created date falls in it (24 records have one)
    assertThat(fy24.newLeads()).isEqualTo(24);
    assertThat(fy24.won()).isEqualTo(8); // W1-W7 + X1 (2023-12-15); M1 has no closed date
    assertThat(fy24.lost()).isEqualTo(5);
    assertThat(fy24.winRate()).isEqualTo(Ratio.of(8, 12)); // L2 excluded
    // USD won in FY2024: 1000 2000 3000 5000 6000 -> odd median 3000
    assertThat(fy24.currency(USD).orElseThrow().dealSize().median()).contains(dec("3000"));
    // FY2025: X2 won 2024-04-10 (created FY2024), X3 lost 2024-04-02
    assertThat(fy25.newLeads()).isZero();
    assertThat(fy25.won()).isEqualTo(1);
    assertThat(fy25.lost()).isEqualTo(1);
    assertThat(fy25.winRate()).isEqualTo(Ratio.of(1, 2));
    assertThat(fy25.currency(EUR).orElseThrow().wonAmount()).isEqualTo(eur("2500"));
    assertThat(fy25.salesCycleDays().median()).contains(dec("21")); // 2024-03-20 -> 2024-04-10
  }

  @Test
  void mixedCurrenciesNeedRates() {
    assertThatThrownBy(q1::singleCurrency).isInstanceOf(MixedCurrencyException.class).hasMessageContaining("EUR, USD");
    KpiOptions noRates = WorkedExample.q1Options().moneyPolicy(MoneyPolicy.convertTo(USD, ExchangeRates.none(),
        MoneyPolicy.RateDate.CLOSE_DATE, LocalDate.parse("2024-03-31"), RoundingMode.HALF_EVEN)).build();
    assertThatThrownBy(() -> KpiReport.of(deals, noRates)).isInstanceOf(MissingExchangeRateException.class)
        .hasMessageContaining("EUR").hasMessageContaining("USD");
  }

  @Test
  void convertedAtCloseDateOrReportDate() {
    // EUR->USD 1.10 before March 2024, 1.20 from March 2024
    ExchangeRates rates = (from, to, date) -> from.equals(EUR) && to.equals(USD)
        ? Optional.of(date.isBefore(LocalDate.parse("2024-03-01")) ? dec("1.10") : dec("1.20"))
        : Optional.empty();
    KpiReport atClose = KpiReport.of(deals, WorkedExample.q1Options().moneyPolicy(MoneyPolicy.convertTo(USD, rates,
        MoneyPolicy.RateDate.CLOSE_DATE, LocalDate.parse("2024-03-31"), RoundingMode.HALF_EVEN)).build());
    // won: 12000 USD + W4 500*1.10 (Feb) + W5 1500*1.20 + W7 700*1.20 = 12000 + 550 + 1800 + 840
    CurrencyKpis c = atClose.singleCurrency().orElseThrow();
    assertThat(c.currency()).isEqualTo(USD);
    assertThat(c.wonAmount()).isEqualTo(usd("15190"));
    assertThat(c.dealSize().count()).isEqualTo(7);
    assertThat(c.dealSize().median()).contains(dec("1800")); // 550 840 1000 1800 2000 3000 6000
    assertThat(atClose.missing()).doesNotContainKey("rateDate");
    // with every date, M1 and M2 (closed without a closed date) count as closed but have no rate date
    KpiReport allDates = KpiReport.of(deals, WorkedExample.q1Options().window(DateRange.all()).moneyPolicy(MoneyPolicy.convertTo(USD,
        rates, MoneyPolicy.RateDate.CLOSE_DATE, LocalDate.parse("2024-03-31"), RoundingMode.HALF_EVEN)).build());
    assertThat(allDates.missing()).containsEntry("rateDate", 2L);
    KpiReport atReport = KpiReport.of(deals, WorkedExample.q1Options().moneyPolicy(MoneyPolicy.convertTo(USD, rates,
        MoneyPolicy.RateDate.REPORT_DATE, LocalDate.parse("2024-03-31"), RoundingMode.HALF_EVEN)).build());
    // every EUR amount at 1.20: 12000 + 600 + 1800 + 840
    assertThat(atReport.singleCurrency().orElseThrow().wonAmount()).isEqualTo(usd("15240"));
  }

  @Test
  void newCustomersDerivedFromRecords() {
    List<DealRecord> marked = DealRecords.markNewCustomers(deals);
    // first won deal per account: A1 X1 (2023-12-15; W1 and W3 are repeat), A2 W2, A3 W6, B1 W4 (X2 later), B2 W5, B3 W7
    KpiReport r = KpiReport.of(marked, WorkedExample.q1Options().build());
    assertThat(r.newCustomers()).isEqualTo(5); // W2 W4 W5 W6 W7
    assertThat(r.missing()).doesNotContainKey("newCustomerFlag");
  }

  @Test
  void averageOrderValueChange() {
    // USD AOV Q1 = 12000/4 = 3000; Q4 2023 = X1 5000/1 -> change (3000 - 5000) / 5000 = -0.4
    KpiReport q4 = KpiReport.of(deals, WorkedExample.q1Options()
        .window(DateRange.of(LocalDate.parse("2023-10-01"), LocalDate.parse("2024-01-01"))).build());
    Ratio change = KpiFormulas.change(q1.currency(USD).orElseThrow().averageDealSize(), q4.currency(USD).orElseThrow().averageDealSize());
    assertValue(change, "-0.4");
    assertThat(KpiFormulas.change(Ratio.of(1, 1), Ratio.of(0, 3)).isDefined()).isFalse();
  }
}
