package dev.salesops.metrics.collections;

import dev.salesops.core.internal.Checks;
import java.time.LocalDate;
import java.util.Objects;

/** Period checks shared by the accumulators of this package. */
final class Periods {
  private Periods() {}

  static void check(LocalDate start, LocalDate end) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw Checks.fail("period end", "must not be before the start " + start, end);
    }
  }

  static boolean within(LocalDate d, LocalDate start, LocalDate end) {
    return !d.isBefore(start) && !d.isAfter(end);
  }
}
