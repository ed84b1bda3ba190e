package dev.salesops.scoring.scorecard;

import dev.salesops.core.internal.Checks;
import dev.salesops.core.internal.Nullable;
import java.util.Objects;
import java.util.Optional;

/**
 * The cap and weight of a group: the group's points (after decay) are capped at {@code cap} (when set), then
 * multiplied by {@code weight} (default 1) before they add to the total.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class GroupSettings {
  private final Double cap;  // null when absent
  private final double weight;

  /**
   * Validates the parts.
   *
   * @param cap the most the group may contribute before weighting, not negative; {@code null} when absent
   * @param weight the multiplier of the capped group points, not negative
   */
  public GroupSettings(@Nullable Double cap, double weight) {
    Optional.ofNullable(cap).ifPresent(c -> {
      if (!(c >= 0) || c.isInfinite()) {
        throw Checks.fail("cap", "must be a finite number >= 0", c);
      }
    });
    if (!(weight >= 0) || Double.isInfinite(weight)) {
      throw Checks.fail("weight", "must be a finite number >= 0", weight);
    }
    this.cap = cap;
    this.weight = weight;
  }

  /** The {@code cap}: the most the group may contribute before weighting, not negative. */
  public Optional<Double> cap() {
    return Optional.ofNullable(cap);
  }

  /** The {@code weight}: the multiplier of the capped group points, not negative. */
  public double weight() {
    return weight;
  }

  /** No cap, weight 1. */
  public static final GroupSettings DEFAULT = new GroupSettings(null, 1);

  /** Equal when every part is equal (as a record's equality). */
  @Override
  public boolean equals(Object obj) {
    return obj == this || obj instanceof GroupSettings o
        && Objects.equals(cap, o.cap)
        && Double.compare(weight, o.weight) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(cap, weight);
  }

  /** As a record's: {@code GroupSettings[part=value, ...]}, absent parts as {@code Optional.empty}. */
  @Override
  public String toString() {
    return "GroupSettings[cap=" + cap() + ", weight=" + weight + "]";
  }
}
