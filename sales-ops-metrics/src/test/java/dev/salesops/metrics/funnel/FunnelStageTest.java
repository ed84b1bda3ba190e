package dev.salesops.metrics.funnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salesops.core.validation.ValidationException;
import dev.salesops.metrics.ratio.Ratio;
import org.junit.jupiter.api.Test;

/** A funnel stage cannot admit an impossible state: counts are not negative, advanced is at most reached. */
class FunnelStageTest {

  @Test
  void refusesImpossibleCounts() {
    assertThat(new FunnelStage("PROPOSAL", 4, 3, Ratio.of(3, 4), Ratio.undefined()).advanced()).isEqualTo(3);
    assertThatThrownBy(() -> new FunnelStage("PROPOSAL", 3, 4, Ratio.of(4, 3), Ratio.undefined()))
        .isInstanceOf(ValidationException.class).hasMessage("advanced must not exceed reached (3): 4");
    assertThatThrownBy(() -> new FunnelStage("PROPOSAL", -1, 0, Ratio.of(0, 1), Ratio.undefined()))
        .isInstanceOf(ValidationException.class).hasMessage("reached must not be negative: -1");
    assertThatThrownBy(() -> new FunnelStage("PROPOSAL", 1, -1, Ratio.of(0, 1), Ratio.undefined()))
        .isInstanceOf(ValidationException.class).hasMessage("advanced must not be negative: -1");
  }

  @Test
  void aFunnelRefusesNegativeCountsAndABottleneckThatIsNotOneOfItsStages() {
    java.util.List<FunnelStage> stages = java.util.List.of(new FunnelStage("PROPOSAL", 4, 3, Ratio.of(3, 4), Ratio.undefined()));
    assertThat(new Funnel(stages, "PROPOSAL", 1, 4, 0, 0, 0).bottleneck()).isPresent();
    assertThat(new Funnel(stages, null, 1, 4, 0, 0, 0).bottleneck()).isEmpty();
    assertThatThrownBy(() -> new Funnel(stages, "NEGOTIATION", 1, 4, 0, 0, 0))
        .isInstanceOf(ValidationException.class).hasMessage("bottleneck must be one of the funnel's stages: NEGOTIATION");
    assertThatThrownBy(() -> new Funnel(stages, null, 1, 4, 0, 0, -1))
        .isInstanceOf(ValidationException.class).hasMessage("leftOut must not be negative: -1");
  }
}
