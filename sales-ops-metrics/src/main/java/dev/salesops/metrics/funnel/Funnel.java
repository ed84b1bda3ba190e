package dev.salesops.metrics.funnel;

import dev.salesops.core.internal.Checks;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A stage funnel: per stage how many deals reached it and how many went on, the stage-to-stage conversion
 * and the time in stage, and the <b>bottleneck</b>: the stage with the lowest conversion among stages that at
 * least {@link #minDeals()} deals reached (ties: the earliest stage); not the largest absolute drop. Empty
 * when no stage qualifies.
 *
 * <p>The counts say how the deals were placed: {@link #fromHistory()} from their stage history, {@link
 * #fromCurrentStage()} from current stage / lost-at stage alone, {@link #lostWithoutStage()} lost deals
 * without a lost-at stage (counted as reaching only the first stage), and {@link #leftOut()} deals whose
 * stage is absent or not in the funnel (open deals) or whose lost-at stage is not in the funnel.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param stages the stages in order
 * @param bottleneckStage the bottleneck's stage code, or null when none
 * @param minDeals the fewest deals a bottleneck candidate needs
 * @param fromHistory deals placed from their stage history
 * @param fromCurrentStage deals placed from their current (or lost-at) stage
 * @param lostWithoutStage lost deals without a lost-at stage, counted at the first stage only
 * @param leftOut deals that could not be placed
 */
public record Funnel(List<FunnelStage> stages, String bottleneckStage,
    long minDeals, long fromHistory, long fromCurrentStage, long lostWithoutStage, long leftOut) {

  /** Copies the stage list. */
  public Funnel {
    stages = List.copyOf(Objects.requireNonNull(stages, "stages"));
    Checks.nonNegative(minDeals, "minDeals");
    Checks.nonNegative(fromHistory, "fromHistory");
    Checks.nonNegative(fromCurrentStage, "fromCurrentStage");
    Checks.nonNegative(lostWithoutStage, "lostWithoutStage");
    Checks.nonNegative(leftOut, "leftOut");
    String bottleneck = bottleneckStage;
    if (bottleneck != null && stages.stream().noneMatch(s -> s.stage().equals(bottleneck))) {
      throw Checks.fail("bottleneck", "must be one of the funnel's stages", bottleneck);
    }
  }

  /** The bottleneck stage, when one qualifies. */
  public Optional<FunnelStage> bottleneck() {
    return stages.stream().filter(s -> s.stage().equals(bottleneckStage)).findFirst();
  }

  /** The stage {@code code}. */
  public Optional<FunnelStage> stage(String code) {
    Objects.requireNonNull(code, "code");
    return stages.stream().filter(s -> s.stage().equals(code)).findFirst();
  }
}
