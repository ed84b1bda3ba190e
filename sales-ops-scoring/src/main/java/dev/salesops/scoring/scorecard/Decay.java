package dev.salesops.scoring.scorecard;

import dev.salesops.core.internal.Checks;

/**
 * How an engagement criterion's points fade with the age of the activity that earned them (age in days, as a
 * fraction, from the activity to the scoring instant; an activity after that instant has age 0).
 *
 * <ul>
 *   <li>{@link #halfLife(double)}: {@code points × 0.5^(age / halfLifeDays)};
 *   <li>{@link #linear(double)}: {@code points} moved toward 0 by {@code perDay × age}, never past 0.
 * </ul>
 * Both are monotone: an older activity never earns more.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param kind half-life or linear
 * @param rate half-life in days, or points lost per day; positive
 */
public record Decay(Kind kind, double rate) {

  /** The decay law. */
  public enum Kind {
    /** Exponential with a half-life in days. */
    HALF_LIFE,
    /** Linear, points per day. */
    LINEAR
  }

  /** Validates the rate. */
  public Decay {
    java.util.Objects.requireNonNull(kind, "kind");
    if (!(rate > 0) || Double.isInfinite(rate)) {
      throw Checks.fail(kind == Kind.HALF_LIFE ? "decay.halfLifeDays" : "decay.linearPerDay", "must be a positive finite number", rate);
    }
  }

  /** Halves every {@code days}. */
  public static Decay halfLife(double days) {
    return new Decay(Kind.HALF_LIFE, days);
  }

  /** Loses {@code pointsPerDay} per day. */
  public static Decay linear(double pointsPerDay) {
    return new Decay(Kind.LINEAR, pointsPerDay);
  }

  /** {@code points} after {@code ageDays} (negative ages count as 0). */
  public double apply(double points, double ageDays) {
    double age = Math.max(0, ageDays);
    if (kind == Kind.HALF_LIFE) {
      return points * Math.pow(0.5, age / rate);
    }
    double lost = rate * age;
    return points >= 0 ? Math.max(0, points - lost) : Math.min(0, points + lost);
  }
}
