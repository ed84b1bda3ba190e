package dev.salesops.core.process;

import dev.salesops.core.internal.Checks;
import dev.salesops.core.workflow.Command;
import dev.salesops.core.workflow.Snapshot;
import dev.salesops.core.workflow.State;
import dev.salesops.core.workflow.Transition;
import dev.salesops.core.workflow.Workflow;
import dev.salesops.core.workflow.WorkflowDefinition;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Promise-date calculation from per-state lead times (供應鏈與銷售協同: sales must not promise a delivery date
 * shorter than the sum of the supply-chain lead times).
 *
 * <p>Formula: the remaining lead time of a record at instant T is the lead time of its current state minus the
 * time it has already spent there (never below zero), plus the lead times of every state on the {@code advance}
 * path after it, up to the first closed state (states without a lead time count zero). The path follows, from
 * each state, its declared explicit {@code advance} edge of highest priority (first declared on a tie). The
 * earliest feasible date is the date, in the host's zone, of {@code T + remaining}; a promised date before it
 * is refused, with the earliest feasible date and the breakdown.
 *
 * <p>Library decision: calendar time, no business-day calendar (a host with one adds its own slack to lead
 * times); a cycle on the advance path stops the walk at the first repeated state.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PromiseDates {
  private PromiseDates() {}

  /**
   * The remaining lead time of {@code snapshot} at {@code asOf}, per state on the advance path (current state
   * first).
   *
   * @throws IllegalArgumentException when the record is in a closed state (nothing left to deliver)
   */
  public static Map<String, Duration> remainingLeadTimes(Workflow workflow, Snapshot snapshot, Instant asOf) {
    Objects.requireNonNull(workflow, "workflow");
    Objects.requireNonNull(snapshot, "snapshot");
    Objects.requireNonNull(asOf, "asOf");
    Snapshot s = workflow.migrate(snapshot);
    WorkflowDefinition d = workflow.definition();
    State current = d.state(s.state()).orElseThrow();
    if (current.kind().isClosed()) {
      throw Checks.fail("snapshot.state", "must be open to promise a delivery date (the record is closed)", current.id());
    }
    Map<String, Duration> out = new LinkedHashMap<>();
    Duration first = current.leadTime().orElse(Duration.ZERO).minus(s.dwell(asOf));
    out.put(current.id(), first.isNegative() ? Duration.ZERO : first);
    Set<String> seen = new HashSet<>();
    seen.add(current.id());
    State st = next(d, current);
    while (st != null && st.isOpen() && seen.add(st.id())) {
      out.put(st.id(), st.leadTime().orElse(Duration.ZERO));
      st = next(d, st);
    }
    return out;
  }

  /** The sum of {@link #remainingLeadTimes}. */
  public static Duration remainingLeadTime(Workflow workflow, Snapshot snapshot, Instant asOf) {
    return remainingLeadTimes(workflow, snapshot, asOf).values().stream().reduce(Duration.ZERO, Duration::plus);
  }

  /** The earliest instant the record can reach the end of its advance path: {@code asOf + remaining lead time}. */
  public static Instant earliestCompletion(Workflow workflow, Snapshot snapshot, Instant asOf) {
    return asOf.plus(remainingLeadTime(workflow, snapshot, asOf));
  }

  /**
   * Checks a promised delivery date for {@code snapshot} at {@code asOf} in {@code zone}.
   *
   * @throws IllegalArgumentException when the record is closed
   */
  public static PromiseCheck check(Workflow workflow, Snapshot snapshot, LocalDate promised, Instant asOf, ZoneId zone) {
    Objects.requireNonNull(promised, "promised");
    Objects.requireNonNull(zone, "zone");
    Map<String, Duration> parts = remainingLeadTimes(workflow, snapshot, asOf);
    Duration total = parts.values().stream().reduce(Duration.ZERO, Duration::plus);
    LocalDate earliest = LocalDate.ofInstant(asOf.plus(total), zone);
    return new PromiseCheck(promised, earliest, total, parts);
  }

  private static State next(WorkflowDefinition d, State from) {
    Transition best = null;
    for (Transition t : d.transitions()) {
      if (t.from().map(from.id()::equals).orElse(false) && Command.ADVANCE.equals(t.command()) && t.to().isPresent()
          && (best == null || t.priority().orElse(0) > best.priority().orElse(0))) {
        best = t;
      }
    }
    return best == null ? null : d.state(best.to().get()).orElse(null);
  }
}
