package dev.salesops.metrics.funnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salesops.core.accumulate.PortableStateException;
import dev.salesops.core.internal.accumulate.PortableStateKind;
import dev.salesops.core.internal.accumulate.StateWriter;
import dev.salesops.metrics.kpi.DealRecord;
import dev.salesops.metrics.period.DateRange;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Portable funnel states: read only by a funnel of the same stages, minimum deals and window; hand-written states
 * (a count of stages, then per stage reached, advanced, seconds, timed, then four counts) refused with their reasons.
 */
class FunnelStateRefusalsTest {
  static final List<String> STAGES = List.of("A", "B", "C");
  static final FunnelAccumulator LIKE = FunnelAccumulator.of(STAGES);

  static byte[] state(Consumer<StateWriter> body) {
    StateWriter w = new StateWriter(PortableStateKind.FUNNEL, FunnelStateCodec.fingerprint(LIKE));
    body.accept(w);
    return w.toByteArray();
  }

  static void stage(StateWriter w, long reached, long advanced) {
    w.writeCount(reached).writeCount(advanced).writeSigned(0).writeCount(0);
  }

  @Test
  void aStateIsReadOnlyByAFunnelOfTheSameConfiguration() {
    byte[] bytes = FunnelStateCodec.encode(LIKE);
    assertThat(FunnelStateCodec.decode(bytes, FunnelAccumulator.of(STAGES))).isNotNull();
    for (FunnelAccumulator other : List.of(FunnelAccumulator.of(List.of("A", "B")), FunnelAccumulator.of(List.of("A", "B", "D")), new FunnelAccumulator(STAGES, 2, DateRange.all()),
        new FunnelAccumulator(STAGES, 1, DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 1))))) {
      assertThatThrownBy(() -> FunnelStateCodec.decode(bytes, other)).isInstanceOf(PortableStateException.class);
    }
  }

  @Test
  void handWrittenStatesDecodeOrAreRefusedWithTheirReason() {
    byte[] ok = state(w -> {
      w.writeCount(3);
      stage(w, 5, 3);
      stage(w, 3, 1);
      stage(w, 1, 0);
      w.writeCount(5).writeCount(0).writeCount(0).writeCount(0);
    });
    FunnelAccumulator decoded = FunnelStateCodec.decode(ok, LIKE);
    assertThat(decoded.finish().stages()).extracting(FunnelStage::reached).containsExactly(5L, 3L, 1L);
    assertThat(FunnelStateCodec.encode(decoded)).isEqualTo(ok);
    assertThatThrownBy(() -> FunnelStateCodec.decode(state(w -> {
      w.writeCount(2);
      stage(w, 5, 3);
      stage(w, 3, 1);
      w.writeCount(0).writeCount(0).writeCount(0).writeCount(0);
    }), LIKE)).hasMessageContaining("has a funnel of 2 stages, expected 3");
    assertThatThrownBy(() -> FunnelStateCodec.decode(state(w -> {
      w.writeCount(3);
      stage(w, 5, 3);
      stage(w, 3, 4);
      stage(w, 1, 0);
      w.writeCount(0).writeCount(0).writeCount(0).writeCount(0);
    }), LIKE)).hasMessageContaining("has a funnel stage that advanced more deals than reached it");
    assertThatThrownBy(() -> FunnelStateCodec.decode(state(w -> {
      w.writeCount(3);
      stage(w, 5, 3);
      stage(w, 3, 1);
      stage(w, 1, 0);
      w.writeCount(0).writeCount(0).writeCount(0).writeCount(0).writeByte(0);
    }), LIKE)).hasMessageContaining("has 1 unread bytes after its payload");
  }

  @Test
  void anOpenDealsHistoryPlacesItBeforeItsCurrentStage() {
    // "a deal with a stage history containing funnel stages: f is the furthest funnel stage in its history"
    DealRecord d = DealRecord.builder().id("h").stage("B").addStage("A", Instant.parse("2024-01-01T00:00:00Z")).build();
    assertThat(FunnelAccumulator.furthestStage(d, Map.of("A", 0, "B", 1, "C", 2))).isZero();
  }
}
