package dev.salesops.metrics.clv;

import dev.salesops.core.internal.Checks;
import dev.salesops.core.internal.Nullable;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * What the BG/NBD and Gamma-Gamma models know of one customer at the end of an observation window, in the
 * notation of Fader, Hardie and Lee (2005): the <b>frequency</b> {@code x} (repeat purchases: purchase days after
 * the first), the <b>recency</b> {@code t_x} (time from the first purchase to the last) and the <b>age</b>
 * {@code T} (time from the first purchase to the end of the window), in one time unit (days, weeks, ...), and
 * optionally the average amount of the repeat purchases (the Gamma-Gamma model's {@code m_x}).
 *
 * <p>Rules: {@code x >= 0}; {@code 0 <= t_x <= T}, all finite; {@code t_x = 0} when {@code x = 0}; a spend only
 * with {@code x > 0}, not negative.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CustomerSummary {
  private final int frequency;
  private final double recency;
  private final double age;
  private final BigDecimal averageRepeatSpend;  // null when absent

  /**
   * Validates the summary.
   *
   * @param frequency repeat purchases {@code x}
   * @param recency {@code t_x}, time of the last purchase after the first
   * @param age {@code T}, time from the first purchase to the end of the observation window
   * @param averageRepeatSpend the mean amount of the repeat purchases (major units of the host's currency), when known; {@code null} when absent
   */
  public CustomerSummary(int frequency, double recency, double age, @Nullable BigDecimal averageRepeatSpend) {
    Checks.nonNegative(frequency, "frequency");
    Checks.finite(recency, "recency");
    Checks.finite(age, "age");
    if (recency < 0 || recency > age) {
      throw Checks.fail("recency", "must be within [0, age " + age + "]", recency);
    }
    if (frequency == 0 && recency != 0) {
      throw Checks.fail("recency", "must be 0 without repeat purchases", recency);
    }
    if (averageRepeatSpend != null) {
      if (frequency == 0) {
        throw Checks.fail("averageRepeatSpend", "needs at least one repeat purchase", averageRepeatSpend.toPlainString());
      }
      Checks.nonNegative(averageRepeatSpend, "averageRepeatSpend");
    }
    this.frequency = frequency;
    this.recency = recency;
    this.age = age;
    this.averageRepeatSpend = averageRepeatSpend;
  }

  /** The {@code frequency}: repeat purchases {@code x}. */
  public int frequency() {
    return frequency;
  }

  /** The {@code recency}: {@code t_x}, time of the last purchase after the first. */
  public double recency() {
    return recency;
  }

  /** The {@code age}: {@code T}, time from the first purchase to the end of the observation window. */
  public double age() {
    return age;
  }

  /** The {@code averageRepeatSpend}: the mean amount of the repeat purchases (major units of the host's currency), when known. */
  public Optional<BigDecimal> averageRepeatSpend() {
    return Optional.ofNullable(averageRepeatSpend);
  }

  /** A summary without spend. */
  public static CustomerSummary of(int frequency, double recency, double age) {
    return new CustomerSummary(frequency, recency, age, null);
  }

  /** A summary with the average repeat spend {@code averageRepeatSpend}. */
  public static CustomerSummary of(int frequency, double recency, double age, BigDecimal averageRepeatSpend) {
    return new CustomerSummary(frequency, recency, age, Objects.requireNonNull(averageRepeatSpend, "averageRepeatSpend"));
  }

  /** Equal when every part is equal (as a record's equality). */
  @Override
  public boolean equals(Object obj) {
    return obj == this || obj instanceof CustomerSummary o
        && frequency == o.frequency
        && Double.compare(recency, o.recency) == 0
        && Double.compare(age, o.age) == 0
        && Objects.equals(averageRepeatSpend, o.averageRepeatSpend);
  }

  @Override
  public int hashCode() {
    return Objects.hash(frequency, recency, age, averageRepeatSpend);
  }

  /** As a record's: {@code CustomerSummary[part=value, ...]}, absent parts as {@code Optional.empty}. */
  @Override
  public String toString() {
    return "CustomerSummary[frequency=" + frequency + ", recency=" + recency + ", age=" + age + ", averageRepeatSpend=" + averageRepeatSpend() + "]";
  }
}
