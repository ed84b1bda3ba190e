package dev.salesops.metrics.funnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salesops.core.validation.ValidationException;
import dev.salesops.metrics.kpi.DealRecord;
import dev.salesops.core.model.Outcome;
import dev.salesops.metrics.period.DateRange;
import dev.salesops.metrics.ratio.Ratio;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link FunnelAccumulator}'s documented placement rules, window, bottleneck choice and merge, at their edges. */
class FunnelMutationTest {
  private static final List<String> STAGES = List.of("A", "B", "C");
  private static final Map<String, Integer> INDEX = Map.of("A", 0, "B", 1, "C", 2);
  private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

  private static DealRecord.Builder deal(String id) {
    return DealRecord.builder().id(id);
  }

  private static List<Long> reached(Funnel f) {
    return f.stages().stream().map(FunnelStage::reached).toList();
  }

  private static List<Long> advanced(Funnel f) {
    return f.stages().stream().map(FunnelStage::advanced).toList();
  }

  @Test
  void furthestStageByTheDocumentedRules() {
    assertThat(FunnelAccumulator.furthestStage(deal("w").outcome(Outcome.WON).build(), INDEX)).isEqualTo(3);
    assertThat(FunnelAccumulator.furthestStage(deal("o").stage("B").build(), INDEX)).isEqualTo(1);
    assertThat(FunnelAccumulator.furthestStage(deal("o").stage("A").build(), INDEX)).isZero();
    assertThat(FunnelAccumulator.furthestStage(deal("o").stage("ZZ").build(), INDEX)).isEqualTo(-1);
    assertThat(FunnelAccumulator.furthestStage(deal("o").build(), INDEX)).isEqualTo(-1);
    // history wins over the current stage; the furthest funnel stage in it, whatever the order
    assertThat(FunnelAccumulator.furthestStage(deal("h").stage("A").addStage("C", T0).addStage("B", T0.plusSeconds(1)).build(), INDEX))
        .isEqualTo(2);
    assertThat(FunnelAccumulator.furthestStage(deal("h").stage("C").addStage("X", T0).build(), INDEX)).isEqualTo(2);
    // lost: lost-at counts when further than the history, never lowers it
    assertThat(FunnelAccumulator.furthestStage(deal("l").outcome(Outcome.LOST).lostAtStage("C").addStage("A", T0).build(), INDEX)).isEqualTo(2);
    assertThat(FunnelAccumulator.furthestStage(deal("l").outcome(Outcome.LOST).lostAtStage("A").addStage("B", T0).build(), INDEX)).isEqualTo(1);
    assertThat(FunnelAccumulator.furthestStage(deal("l").outcome(Outcome.LOST).lostAtStage("ZZ").build(), INDEX)).isEqualTo(-1);
    assertThat(FunnelAccumulator.furthestStage(deal("l").outcome(Outcome.LOST).build(), INDEX)).isZero();
    assertThat(FunnelAccumulator.furthestStage(deal("l").outcome(Outcome.LOST).addStage("B", T0).build(), INDEX)).isEqualTo(1);
    // a lost deal's current stage is not used
    assertThat(FunnelAccumulator.furthestStage(deal("l").outcome(Outcome.LOST).stage("C").lostAtStage("A").build(), INDEX)).isZero();
  }

  @Test
  void placementCounts() {
    FunnelAccumulator acc = FunnelAccumulator.of(STAGES);
    acc.add(deal("won-no-history").outcome(Outcome.WON).build());
    acc.add(deal("open-at-B").stage("B").build());
    acc.add(deal("lost-no-stage").outcome(Outcome.LOST).build());
    acc.add(deal("lost-at-unknown").outcome(Outcome.LOST).lostAtStage("ZZ").build());
    acc.add(deal("open-unknown").stage("ZZ").build());
    acc.add(deal("lost-history-no-stage").outcome(Outcome.LOST).addStage("A", T0).build());
    Funnel f = acc.finish();
    assertThat(f.fromHistory()).isEqualTo(1);
    assertThat(f.fromCurrentStage()).isEqualTo(3);
    assertThat(f.lostWithoutStage()).isEqualTo(1);
    assertThat(f.leftOut()).isEqualTo(2);
    assertThat(f.minDeals()).isEqualTo(1);
    // won: all three reached and advanced; open at B: A, B reached, A advanced; the two lost: A reached
    assertThat(reached(f)).containsExactly(4L, 2L, 1L);
    assertThat(advanced(f)).containsExactly(2L, 1L, 1L);
    assertThat(f.stage("C")).map(FunnelStage::conversion).contains(Ratio.of(1, 1));
    assertThat(f.stage("A")).map(FunnelStage::conversion).contains(Ratio.of(2, 4));
    assertThat(f.stage("ZZ")).isEmpty();
    // conversions 1/2, 1/2, 1/1: tie between A and B goes to the earlier stage
    assertThat(f.bottleneckStage()).isEqualTo("A");
    assertThat(f.bottleneck()).map(FunnelStage::stage).contains("A");
  }

  @Test
  void timeInStageCountsOnlyEntriesFollowedByAnother() {
    FunnelAccumulator acc = FunnelAccumulator.of(STAGES);
    acc.add(deal("d").addStage("A", T0).addStage("X", T0.plusSeconds(86_400)).addStage("B", T0.plusSeconds(3 * 86_400)).build());
    Funnel f = acc.finish();
    assertThat(f.stages().get(0).averageDaysInStage()).isEqualTo(Ratio.of(86_400, 86_400));
    // B is the last entry: not timed; X is not a funnel stage
    assertThat(f.stages().get(1).averageDaysInStage().value()).isEmpty();
    assertThat(f.stages().get(2).averageDaysInStage().value()).isEmpty();
    assertThat(reached(f)).containsExactly(1L, 1L, 0L);
    assertThat(advanced(f)).containsExactly(1L, 0L, 0L);
    assertThat(f.stages().get(2).conversion().value()).isEmpty();
  }

  @Test
  void windowIsHalfOpenOnTheCreatedDate() {
    DateRange jan = DateRange.of(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-02-01"));
    FunnelAccumulator acc = new FunnelAccumulator(STAGES, 1, jan);
    acc.add(deal("first").stage("A").createdDate(LocalDate.parse("2024-01-01")).build());
    acc.add(deal("last").stage("A").createdDate(LocalDate.parse("2024-01-31")).build());
    acc.add(deal("before").stage("A").createdDate(LocalDate.parse("2023-12-31")).build());
    acc.add(deal("after").stage("A").createdDate(LocalDate.parse("2024-02-01")).build());
    acc.add(deal("undated").stage("A").build());
    Funnel f = acc.finish();
    assertThat(reached(f)).containsExactly(2L, 0L, 0L);
    // outside the window is not "left out": it is not in the cohort at all
    assertThat(f.leftOut()).isZero();
    FunnelAccumulator all = FunnelAccumulator.of(STAGES);
    all.add(deal("undated").stage("A").build());
    assertThat(reached(all.finish())).containsExactly(1L, 0L, 0L);
  }

  @Test
  void bottleneckNeedsMinDealsAndTheLowestConversion() {
    FunnelAccumulator acc = new FunnelAccumulator(STAGES, 2, DateRange.all());
    // A: 3 reached, 2 advanced (2/3); B: 2 reached, 1 advanced (1/2); C: 1 reached, 0 advanced (0/1, below minDeals)
    acc.add(deal("1").stage("C").build());
    acc.add(deal("2").stage("B").build());
    acc.add(deal("3").stage("A").build());
    Funnel f = acc.finish();
    assertThat(reached(f)).containsExactly(3L, 2L, 1L);
    assertThat(f.bottleneckStage()).isEqualTo("B");
    assertThat(f.minDeals()).isEqualTo(2);

    FunnelAccumulator strict = new FunnelAccumulator(STAGES, 4, DateRange.all());
    strict.add(deal("1").stage("C").build());
    Funnel none = strict.finish();
    assertThat(none.bottleneckStage()).isNull();
    assertThat(none.bottleneck()).isEmpty();

    // minDeals 0: a stage nobody reached is still no candidate
    FunnelAccumulator zero = new FunnelAccumulator(STAGES, 0, DateRange.all());
    zero.add(deal("1").stage("A").build());
    assertThat(zero.finish().bottleneckStage()).isEqualTo("A");
    assertThat(new FunnelAccumulator(STAGES, 0, DateRange.all()).finish().bottleneckStage()).isNull();

    // a later, strictly lower conversion replaces an earlier one; an equal one does not
    FunnelAccumulator later = FunnelAccumulator.of(List.of("A", "B"));
    later.add(deal("1").outcome(Outcome.WON).build());
    later.add(deal("2").stage("B").build());
    later.add(deal("3").stage("B").build());
    // A: 3/3; B: 1/3
    assertThat(later.finish().bottleneckStage()).isEqualTo("B");
    assertThatThrownBy(() -> new FunnelAccumulator(STAGES, -1, DateRange.all())).isInstanceOf(ValidationException.class);
  }

  @Test
  void mergeAddsEverythingAndKeepsTheConfiguration() {
    DealRecord a = deal("a").outcome(Outcome.LOST).build();
    DealRecord b = deal("b").addStage("A", T0).addStage("B", T0.plusSeconds(7200)).build();
    DealRecord c = deal("c").stage("ZZ").build();
    DealRecord d = deal("d").outcome(Outcome.WON).addStage("B", T0).addStage("C", T0.plusSeconds(3600)).addStage("WON", T0.plusSeconds(10_800)).build();
    FunnelAccumulator one = FunnelAccumulator.of(STAGES);
    List.of(a, b, c, d).forEach(one::add);
    FunnelAccumulator left = FunnelAccumulator.of(STAGES);
    left.add(a);
    left.add(b);
    FunnelAccumulator right = left.newEmpty();
    right.add(c);
    right.add(d);
    assertThat(left.merge(right)).isSameAs(left);
    assertThat(left.finish()).isEqualTo(one.finish());
    Funnel f = one.finish();
    assertThat(List.of(f.fromHistory(), f.fromCurrentStage(), f.lostWithoutStage(), f.leftOut())).containsExactly(2L, 1L, 1L, 1L);
    assertThat(f.stages().get(1).averageDaysInStage()).isEqualTo(Ratio.of(3600, 86_400));
    assertThat(f.stages().get(2).averageDaysInStage()).isEqualTo(Ratio.of(7200, 86_400));
    FunnelAccumulator windowed = new FunnelAccumulator(STAGES, 3, DateRange.of(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-01-02")));
    FunnelAccumulator copy = windowed.newEmpty();
    copy.add(deal("x").stage("A").build());
    assertThat(copy.finish().minDeals()).isEqualTo(3);
    assertThat(reached(copy.finish())).containsExactly(0L, 0L, 0L);
  }

  @Test
  void funnelStageRules() {
    FunnelStage s = new FunnelStage("A", 2, 2, Ratio.of(2, 2), Ratio.of(0, 0));
    assertThat(s.advanced()).isEqualTo(2);
    assertThatThrownBy(() -> new FunnelStage("A", 2, 3, Ratio.of(3, 2), Ratio.of(0, 0))).isInstanceOf(ValidationException.class)
        .hasMessage("advanced must not exceed reached (2): 3");
    assertThatThrownBy(() -> new FunnelStage("A", -1, 0, Ratio.of(0, 0), Ratio.of(0, 0))).isInstanceOf(ValidationException.class);
  }
}
