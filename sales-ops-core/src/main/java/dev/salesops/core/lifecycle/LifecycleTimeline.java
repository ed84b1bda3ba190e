package dev.salesops.core.lifecycle;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer's full lifecycle history: its stage transitions in order. Derived from events by {@link
 * LifecycleRules#derive}, or built from recorded transitions with {@link #of}.
 *
 * <p><b>Invariants</b> (checked by {@link #of}): instants never decrease; the first transition comes from no
 * stage; every later one comes from the stage the previous one entered (no gaps); {@code backward} matches
 * {@link LifecycleStage#isForwardMove}. Several transitions may share an instant (one event can trigger a
 * chain of rules); the stage at that instant is the one entered last.
 *
 * <p><b>Stage at T</b> is the stage entered by the last transition at or before T, empty before the first.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LifecycleTimeline {
  private static final LifecycleTimeline EMPTY = new LifecycleTimeline(List.of());

  private final List<StageTransition> transitions;

  private LifecycleTimeline(List<StageTransition> transitions) {
    this.transitions = transitions;
  }

  /** Trusted: the list is already consistent and not shared. */
  static LifecycleTimeline trusted(List<StageTransition> transitions) {
    return transitions.isEmpty() ? EMPTY : new LifecycleTimeline(Collections.unmodifiableList(transitions));
  }

  /** The empty timeline (no stage ever). */
  public static LifecycleTimeline empty() {
    return EMPTY;
  }

  /**
   * A timeline of recorded {@code transitions}.
   *
   * @throws IllegalArgumentException when they break an invariant (see the class documentation)
   */
  public static LifecycleTimeline of(List<StageTransition> transitions) {
    List<StageTransition> copy = List.copyOf(Objects.requireNonNull(transitions, "transitions"));
    for (int i = 0; i < copy.size(); i++) {
      StageTransition t = copy.get(i);
      Optional<LifecycleStage> expected = i == 0 ? Optional.empty() : Optional.of(copy.get(i - 1).to());
      if (!t.from().equals(expected)) {
        throw new IllegalArgumentException("transitions[" + i + "].from must be " + expected.map(Enum::name).orElse("empty")
            + " (the previous stage): " + t.from().map(Enum::name).orElse("empty"));
      }
      if (i > 0 && t.at().isBefore(copy.get(i - 1).at())) {
        throw new IllegalArgumentException("transitions[" + i + "].at must not be before " + copy.get(i - 1).at() + ": " + t.at());
      }
    }
    return copy.isEmpty() ? EMPTY : new LifecycleTimeline(copy);
  }

  /** The transitions, in order. */
  public List<StageTransition> transitions() {
    return transitions;
  }

  /** Whether the customer never had a stage. */
  public boolean isEmpty() {
    return transitions.isEmpty();
  }

  /** The stage after the last transition. */
  public Optional<LifecycleStage> current() {
    return transitions.isEmpty() ? Optional.empty() : Optional.of(transitions.get(transitions.size() - 1).to());
  }

  /** The stage at {@code instant}: entered by the last transition at or before it; empty before the first. */
  public Optional<LifecycleStage> stageAt(Instant instant) {
    int i = lastAtOrBefore(Objects.requireNonNull(instant, "instant"));
    return i < 0 ? Optional.empty() : Optional.of(transitions.get(i).to());
  }

  /**
   * The stage on {@code date} in {@code zone}, meaning at the <em>end</em> of that day (after every transition
   * of the day): {@code stageAt(start of the next day - 1 ns)}.
   */
  public Optional<LifecycleStage> stageOn(LocalDate date, ZoneId zone) {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(zone, "zone");
    return stageAt(date.plusDays(1).atStartOfDay(zone).toInstant().minusNanos(1));
  }

  /** The transition in force at {@code instant} (the last at or before it), if any. */
  public Optional<StageTransition> transitionAt(Instant instant) {
    int i = lastAtOrBefore(Objects.requireNonNull(instant, "instant"));
    return i < 0 ? Optional.empty() : Optional.of(transitions.get(i));
  }

  private int lastAtOrBefore(Instant instant) {
    int lo = 0;
    int hi = transitions.size() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (transitions.get(mid).at().isAfter(instant)) {
        hi = mid - 1;
      } else {
        found = mid;
        lo = mid + 1;
      }
    }
    return found;
  }

  /** When {@code stage} was first entered, if ever. */
  public Optional<Instant> firstEntry(LifecycleStage stage) {
    Objects.requireNonNull(stage, "stage");
    for (StageTransition t : transitions) {
      if (t.to() == stage) {
        return Optional.of(t.at());
      }
    }
    return Optional.empty();
  }

  /** Every instant {@code stage} was entered, in order. */
  public List<Instant> entries(LifecycleStage stage) {
    Objects.requireNonNull(stage, "stage");
    List<Instant> out = new ArrayList<>();
    for (StageTransition t : transitions) {
      if (t.to() == stage) {
        out.add(t.at());
      }
    }
    return List.copyOf(out);
  }

  /** The spells, one per transition, in order; the last one is open. */
  public List<StageSpell> spells() {
    List<StageSpell> out = new ArrayList<>(transitions.size());
    for (int i = 0; i < transitions.size(); i++) {
      StageTransition t = transitions.get(i);
      Optional<Instant> end = i + 1 < transitions.size() ? Optional.of(transitions.get(i + 1).at()) : Optional.empty();
      out.add(new StageSpell(t.to(), t.at(), end.orElse(null)));
    }
    return List.copyOf(out);
  }

  /**
   * Total time spent in {@code stage} up to {@code asOf}, over all its spells: {@code Σ (min(end, asOf) -
   * start)} for spells starting before {@code asOf}; zero when never in the stage.
   */
  public Duration timeInStage(LifecycleStage stage, Instant asOf) {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(asOf, "asOf");
    Duration total = Duration.ZERO;
    for (StageSpell s : spells()) {
      if (s.stage() == stage) {
        total = total.plus(s.durationAsOf(asOf));
      }
    }
    return total;
  }

  /** Time since the stage in force at {@code asOf} was entered; empty when there is none. */
  public Optional<Duration> timeInCurrentStage(Instant asOf) {
    return transitionAt(asOf).map(t -> Duration.between(t.at(), asOf));
  }

  /** The backward transitions (churn, win-back, ...), in order. */
  public List<StageTransition> backwardMoves() {
    List<StageTransition> out = new ArrayList<>();
    for (StageTransition t : transitions) {
      if (t.backward()) {
        out.add(t);
      }
    }
    return List.copyOf(out);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LifecycleTimeline t && t.transitions.equals(transitions);
  }

  @Override
  public int hashCode() {
    return transitions.hashCode();
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("LifecycleTimeline[");
    for (int i = 0; i < transitions.size(); i++) {
      StageTransition t = transitions.get(i);
      sb.append(i == 0 ? "" : ", ").append(t.at()).append(' ').append(t.to()).append(" (").append(t.ruleId()).append(')');
    }
    return sb.append(']').toString();
  }
}
