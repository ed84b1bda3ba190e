package dev.salesops.metrics.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salesops.core.model.Outcome;
import dev.salesops.metrics.period.DateRange;
import dev.salesops.metrics.stats.QuantileMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.junit.jupiter.api.Test;

/**
 * {@link KpiAccumulator#merge}: refuses itself and every option that changes what is counted, accepts equal
 * options held in other instances; {@link KpiAccumulator#addDeal} strips text each time it comes (the same
 * instance again too); a deal whose furthest stage is exactly the first opportunity stage is an opportunity; a won
 * deal without both dates is counted as missing cycle dates.
 */
class KpiAccumulatorMergeTest {
  private static final int DAY = (int) LocalDate.of(2024, 3, 4).toEpochDay();
  private static final List<String> FUNNEL = List.of("LEAD", "QUALIFY", "PROPOSAL");

  @Test
  void mergingRefusesItselfAndOtherCountingOptions() {
    KpiAccumulator acc = new KpiAccumulator(KpiOptions.defaults());
    assertThatThrownBy(() -> acc.merge(acc)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an accumulator cannot be merged into itself");
    assertThatThrownBy(() -> acc.merge(null)).isInstanceOf(NullPointerException.class);
    KpiOptions d = KpiOptions.defaults();
    List<KpiOptions> others = List.of(d.withWindow(DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1))),
        d.toBuilder().winRateBasis(WinRateBasis.CREATED).build(), d.toBuilder().funnelStages(FUNNEL).build(),
        d.toBuilder().velocityBasis(VelocityBasis.ALL_NOT_DISQUALIFIED).build(), d.toBuilder().disqualifiedLostReasons("SPAM").build(),
        d.toBuilder().quantileMode(QuantileMode.approximate(200)).build());
    for (KpiOptions o : others) {
      assertThatThrownBy(() -> new KpiAccumulator(d).merge(new KpiAccumulator(o))).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("accumulators with different options cannot be merged");
      assertThatThrownBy(() -> new KpiAccumulator(o).merge(new KpiAccumulator(d))).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("accumulators with different options cannot be merged");
    }
  }

  @Test
  void equalOptionsInOtherInstancesMerge() {
    KpiOptions a = KpiOptions.builder().quantileMode(QuantileMode.approximate(200)).funnelStages(FUNNEL).disqualifiedLostReasons("SPAM")
        .build();
    KpiOptions b = a.toBuilder().build();
    KpiAccumulator left = new KpiAccumulator(a);
    left.addDeal(Outcome.WON, "PROPOSAL", DAY, DAY + 10, CurrencyUnit.USD, 500, null, null, true);
    KpiAccumulator right = new KpiAccumulator(b);
    right.addDeal(Outcome.LOST, "QUALIFY", DAY, DAY + 3, CurrencyUnit.USD, 200, "SPAM", "QUALIFY", null);
    KpiReport merged = left.merge(right).finish();
    assertThat(merged.records()).isEqualTo(2);
    assertThat(merged.won()).isEqualTo(1);
    assertThat(merged.lost()).isEqualTo(1);
    assertThat(merged.winRate()).isEqualTo(dev.salesops.metrics.ratio.Ratio.of(1, 2));
  }

  @Test
  void addDealStripsTheSameTextInstanceEveryTime() {
    // an excluded lost reason given padded, twice as the same instance: both deals are left out of the win rate
    String padded = " NO_DECISION ";
    KpiAccumulator acc = new KpiAccumulator(KpiOptions.builder().excludeLostReasons("NO_DECISION").build());
    acc.addDeal(Outcome.LOST, null, DAY, DAY + 1, null, 0, padded, null, null);
    acc.addDeal(Outcome.LOST, null, DAY, DAY + 1, null, 0, padded, null, null);
    String exact = "NO_DECISION";
    acc.addDeal(Outcome.LOST, null, DAY, DAY + 1, null, 0, exact, null, null);
    acc.addDeal(Outcome.LOST, null, DAY, DAY + 1, null, 0, exact, null, null);
    acc.addDeal(Outcome.WON, "  ", DAY, DAY + 1, null, 0, null, null, null);
    KpiReport r = acc.finish();
    assertThat(r.lost()).isEqualTo(4);
    assertThat(r.winRate()).isEqualTo(dev.salesops.metrics.ratio.Ratio.of(1, 1));
    assertThat(r.missing()).containsEntry("excludedLostReason", 4L);
  }

  @Test
  void aDealThatReachedTheFirstOpportunityStageIsAnOpportunity() {
    KpiOptions o = KpiOptions.builder().funnelStages(FUNNEL).firstOpportunityStage("QUALIFY").build();
    Instant t = LocalDate.ofEpochDay(DAY).atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
    KpiAccumulator acc = new KpiAccumulator(o);
    acc.add(DealRecord.builder().id("lead").outcome(Outcome.OPEN).createdDate(LocalDate.ofEpochDay(DAY)).addStage("LEAD", t).build());
    acc.add(DealRecord.builder().id("exactly").outcome(Outcome.OPEN).createdDate(LocalDate.ofEpochDay(DAY)).addStage("LEAD", t)
        .addStage("QUALIFY", t.plusSeconds(60)).build());
    acc.add(DealRecord.builder().id("beyond").outcome(Outcome.OPEN).createdDate(LocalDate.ofEpochDay(DAY)).addStage("PROPOSAL", t)
        .build());
    KpiReport r = acc.finish();
    assertThat(r.newLeads()).isEqualTo(3);
    assertThat(r.newOpportunities()).isEqualTo(2);
    // from the first funnel stage on: a record that never reached any funnel stage is still only a lead
    KpiAccumulator fromFirst = new KpiAccumulator(KpiOptions.builder().funnelStages(FUNNEL).firstOpportunityStage("LEAD").build());
    fromFirst.add(DealRecord.builder().id("none").outcome(Outcome.OPEN).createdDate(LocalDate.ofEpochDay(DAY)).build());
    fromFirst.add(DealRecord.builder().id("lead").outcome(Outcome.OPEN).createdDate(LocalDate.ofEpochDay(DAY)).addStage("LEAD", t).build());
    assertThat(fromFirst.finish().newLeads()).isEqualTo(2);
    assertThat(fromFirst.finish().newOpportunities()).isEqualTo(1);
  }

  @Test
  void aWonDealWithoutBothDatesHasNoCycle() {
    KpiAccumulator acc = new KpiAccumulator(KpiOptions.defaults());
    acc.addDeal(Outcome.WON, null, KpiColumns.NO_DATE, DAY, CurrencyUnit.USD, 100, null, null, true);
    acc.addDeal(Outcome.WON, null, DAY - 5, DAY, CurrencyUnit.USD, 100, null, null, false);
    KpiReport r = acc.finish();
    assertThat(r.won()).isEqualTo(2);
    assertThat(r.missing()).containsEntry("cycleDates", 1L);
    assertThat(r.salesCycleDays().count()).isEqualTo(1);
    assertThat(r.newCustomers()).isEqualTo(1);
  }
}
