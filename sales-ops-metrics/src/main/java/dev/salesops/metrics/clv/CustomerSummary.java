package dev.salesops.metrics.clv;

import dev.salesops.core.internal.Checks;
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
 *
 * @param frequency repeat purchases {@code x}
 * @param recency {@code t_x}, time of the last purchase after the first
 * @param age {@code T}, time from the first purchase to the end of the observation window
 * @param averageRepeatSpend the mean amount of the repeat purchases (major units of the host's currency), when known
 */
public record CustomerSummary(int frequency, double recency, double age, Optional<BigDecimal> averageRepeatSpend) {

  /** Validates the summary. */
  public CustomerSummary {
    Objects.requireNonNull(averageRepeatSpend, "averageRepeatSpend");
    Checks.nonNegative(frequency, "frequency");
    Checks.finite(recency, "recency");
    Checks.finite(age, "age");
    if (recency < 0 || recency > age) {
      throw Checks.fail("recency", "must be within [0, age " + age + "]", recency);
    }
    if (frequency == 0 && recency != 0) {
      throw Checks.fail("recency", "must be 0 without repeat purchases", recency);
    }
    if (averageRepeatSpend.isPresent()) {
      if (frequency == 0) {
        throw Checks.fail("averageRepeatSpend", "needs at least one repeat purchase", averageRepeatSpend.get().toPlainString());
      }
      Checks.nonNegative(averageRepeatSpend.get(), "averageRepeatSpend");
    }
  }

  /** A summary without spend. */
  public static CustomerSummary of(int frequency, double recency, double age) {
    return new CustomerSummary(frequency, recency, age, Optional.empty());
  }

  /** A summary with the average repeat spend {@code averageRepeatSpend}. */
  public static CustomerSummary of(int frequency, double recency, double age, BigDecimal averageRepeatSpend) {
    return new CustomerSummary(frequency, recency, age, Optional.of(Objects.requireNonNull(averageRepeatSpend, "averageRepeatSpend")));
  }
}
