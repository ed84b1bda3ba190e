package dev.salesops.metrics.funnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salesops.core.validation.ValidationException;
import dev.salesops.metrics.kpi.DealRecord;
import dev.salesops.core.model.Outcome;
import dev.salesops.metrics.ratio.Ratio;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FunnelHistoryTest {
  private static final List<String> STAGES = List.of("A", "B", "C");
  private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

  private static Instant day(double d) {
    return T0.plusSeconds((long) (d * 86_400));
  }

  @Test
  void fromStageHistoryWithTimeInStage() {
    FunnelAccumulator acc = FunnelAccumulator.of(STAGES);
    // d1: A (2 days) -> B (3 days) -> C, still open
    acc.add(DealRecord.builder().id("d1").addStage("A", day(0)).addStage("B", day(2)).addStage("C", day(5)).build());
    // d2: A (1 day) -> C (skips B: counted as passed through) -> won after 4 days
    acc.add(DealRecord.builder().id("d2").outcome(Outcome.WON).addStage("A", day(0)).addStage("C", day(1)).addStage("WON", day(5)).build());
    // d3: A (4 days) -> LOST
    acc.add(DealRecord.builder().id("d3").outcome(Outcome.LOST).addStage("A", day(0)).addStage("LOST", day(4)).build());
    // d4: no history, lost at B
    acc.add(DealRecord.builder().id("d4").outcome(Outcome.LOST).lostAtStage("B").build());
    Funnel f = acc.finish();
    assertThat(f.stages()).extracting(FunnelStage::reached).containsExactly(4L, 3L, 2L);
    assertThat(f.stages()).extracting(FunnelStage::advanced).containsExactly(3L, 2L, 1L);
    assertThat(f.fromHistory()).isEqualTo(3);
    assertThat(f.fromCurrentStage()).isEqualTo(1);
    // time in A: 2 + 1 + 4 days over 3 deals; in B: 3 days over 1; in C: 4 days over 1 (d2 then won)
    FunnelStage a = f.stages().get(0);
    assertThat(a.averageDaysInStage().value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("2.333333333333333"));
    assertThat(f.stages().get(1).averageDaysInStage()).isEqualTo(Ratio.of(3 * 86_400, 86_400));
    assertThat(f.stages().get(2).averageDaysInStage().value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("4"));
    // conversions 3/4, 2/3, 1/2: the bottleneck is C (lowest), not A (largest drop would also be A->B)
    assertThat(f.bottleneckStage()).isEqualTo("C");
  }

  @Test
  void refusesBadStageLists() {
    assertThatThrownBy(() -> FunnelAccumulator.of(List.of())).isInstanceOf(ValidationException.class).hasMessageContaining("stages");
    assertThatThrownBy(() -> FunnelAccumulator.of(List.of("A", "A"))).isInstanceOf(ValidationException.class)
        .hasMessageContaining("repeat");
    FunnelAccumulator a = FunnelAccumulator.of(STAGES);
    assertThatThrownBy(() -> a.merge(FunnelAccumulator.of(List.of("A")))).isInstanceOf(IllegalArgumentException.class);
  }
}
