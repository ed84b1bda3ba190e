package dev.salesops.core.lifecycle;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Cohort membership from lifecycle timelines.
 *
 * <p><b>Definition</b>: a customer belongs to the {@code stage} cohort of month M (in time zone {@code zone})
 * when it <em>first</em> entered {@code stage} during M. Later re-entries (e.g. a win-back into CONVERSION)
 * do not move a customer to another cohort; use {@link LifecycleTimeline#entries} for those.
 *
 * <p>This class has no state and is thread-safe.
 */
public final class Cohorts {
  private Cohorts() {}

  /** The month in which {@code timeline} first entered {@code stage}, if it ever did. */
  public static Optional<YearMonth> cohortOf(LifecycleTimeline timeline, LifecycleStage stage, ZoneId zone) {
    Objects.requireNonNull(timeline, "timeline");
    Objects.requireNonNull(zone, "zone");
    return timeline.firstEntry(stage).map(at -> YearMonth.from(at.atZone(zone)));
  }

  /**
   * The customers (keys of {@code timelines}, in the map's iteration order) that first entered {@code
   * stage} in {@code month}.
   */
  public static <K> Set<K> enteredIn(Map<K, LifecycleTimeline> timelines, LifecycleStage stage, YearMonth month, ZoneId zone) {
    Objects.requireNonNull(timelines, "timelines");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(zone, "zone");
    Instant start = month.atDay(1).atStartOfDay(zone).toInstant();
    Instant end = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
    Set<K> members = new LinkedHashSet<>();
    timelines.forEach((key, timeline) -> {
      Optional<Instant> first = timeline.firstEntry(stage);
      if (first.isPresent() && !first.get().isBefore(start) && first.get().isBefore(end)) {
        members.add(key);
      }
    });
    return Collections.unmodifiableSet(members);
  }
}
