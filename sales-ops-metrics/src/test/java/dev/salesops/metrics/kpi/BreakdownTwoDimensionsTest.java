package dev.salesops.metrics.kpi;

import dev.salesops.core.model.Outcome;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A breakdown by two dimensions without periods puts every record in its group (it once put all in "unplaced"). */
class BreakdownTwoDimensionsTest {

  static DealRecord deal(String id, String team, String region, Outcome o) {
    return DealRecord.builder().id(id).team(team).region(region).outcome(o)
        .createdDate(LocalDate.of(2024, 1, 1)).closedDate(o == Outcome.OPEN ? null : LocalDate.of(2024, 2, 1)).build();
  }

  @Test
  void twoDimensionsGroupByTheirCombination() {
    BreakdownAccumulator acc = BreakdownAccumulator.by(KpiOptions.defaults(), Dimension.TEAM, Dimension.REGION);
    acc.add(deal("1", "North", "EU", Outcome.WON));
    acc.add(deal("2", "North", "EU", Outcome.LOST));
    acc.add(deal("3", "North", "US", Outcome.WON));
    acc.add(deal("4", null, "US", Outcome.OPEN));
    KpiBreakdown b = acc.finish();
    assertThat(b.unplaced()).isZero();
    assertThat(b.dimensions()).containsExactly("team", "region");
    assertThat(b.groups()).extracting(KpiBreakdown.Group::key)
        .containsExactly(List.of("", "US"), List.of("North", "EU"), List.of("North", "US"));
    assertThat(b.group("North", "EU").orElseThrow().records()).isEqualTo(2);
    assertThat(b.group("North", "EU").orElseThrow().won()).isEqualTo(1);
    assertThat(b.group("", "US").orElseThrow().open()).isEqualTo(1);
  }

  @Test
  void mergedPartsEqualTheWhole() {
    BreakdownAccumulator whole = BreakdownAccumulator.by(KpiOptions.defaults(), Dimension.TEAM, Dimension.REGION);
    BreakdownAccumulator a = whole.newEmpty();
    BreakdownAccumulator b = whole.newEmpty();
    DealRecord[] ds = {deal("1", "N", "EU", Outcome.WON), deal("2", "S", "EU", Outcome.LOST), deal("3", "N", "EU", Outcome.WON)};
    for (int i = 0; i < ds.length; i++) {
      whole.add(ds[i]);
      (i % 2 == 0 ? a : b).add(ds[i]);
    }
    assertThat(a.merge(b).finish()).isEqualTo(whole.finish());
  }
}
