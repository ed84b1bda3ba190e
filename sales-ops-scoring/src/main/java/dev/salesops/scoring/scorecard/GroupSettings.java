package dev.salesops.scoring.scorecard;

import dev.salesops.core.internal.Checks;
import java.util.Objects;
import java.util.Optional;

/**
 * The cap and weight of a group: the group's points (after decay) are capped at {@code cap} (when set), then
 * multiplied by {@code weight} (default 1) before they add to the total.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param cap the most the group may contribute before weighting, not negative
 * @param weight the multiplier of the capped group points, not negative
 */
public record GroupSettings(Optional<Double> cap, double weight) {

  /** No cap, weight 1. */
  public static final GroupSettings DEFAULT = new GroupSettings(Optional.empty(), 1);

  /** Validates the parts. */
  public GroupSettings {
    Objects.requireNonNull(cap, "cap");
    cap.ifPresent(c -> {
      if (!(c >= 0) || c.isInfinite()) {
        throw Checks.fail("cap", "must be a finite number >= 0", c);
      }
    });
    if (!(weight >= 0) || Double.isInfinite(weight)) {
      throw Checks.fail("weight", "must be a finite number >= 0", weight);
    }
  }
}
