package dev.salesops.core.collection;

import dev.salesops.core.validation.Problems;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The tiered follow-up ladder (階梯式跟進流程) as data: steps at day offsets from the due date, each with who
 * acts. Steps are kept in {@code fromDay} order; each step's window runs from its {@code fromDay} to its
 * {@code toDay} (or to the day before the next step), so on any day at most one step applies.
 *
 * <p>Rules (all problems reported at once): at least one step; step ids unique; windows do not overlap —
 * two steps starting on the same day, or a {@code toDay} reaching into the next step, are refused, naming both
 * steps and their days.
 *
 * <p>{@link #standard()}: −3 reminder (system), +1 e-mail (owner), +7 call (owner), +30 escalation
 * (manager), +60 formal demand (finance), +90 legal hand-over (legal).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FollowUpLadder {
  private static final FollowUpLadder STANDARD = of(List.of(
      FollowUpStep.of("reminder", -3, "reminder", Responsible.SYSTEM),
      FollowUpStep.of("email", 1, "e-mail", Responsible.OWNER),
      FollowUpStep.of("call", 7, "call", Responsible.OWNER),
      FollowUpStep.of("escalation", 30, "manager escalation", Responsible.MANAGER),
      FollowUpStep.of("formal-demand", 60, "formal demand", Responsible.FINANCE),
      FollowUpStep.of("legal", 90, "legal hand-over", Responsible.LEGAL)));

  private final List<FollowUpStep> steps;
  private final int[] from;
  private final int[] to;

  private FollowUpLadder(List<FollowUpStep> steps) {
    this.steps = steps;
    this.from = new int[steps.size()];
    this.to = new int[steps.size()];
    for (int i = 0; i < steps.size(); i++) {
      from[i] = steps.get(i).fromDay();
      to[i] = steps.get(i).toDay().orElse(i + 1 < steps.size() ? steps.get(i + 1).fromDay() - 1 : Integer.MAX_VALUE);
    }
  }

  /**
   * A ladder of {@code steps} (any order; kept sorted by {@code fromDay}).
   *
   * @throws dev.salesops.core.validation.ValidationException naming every problem
   */
  public static FollowUpLadder of(List<FollowUpStep> steps) {
    Objects.requireNonNull(steps, "steps");
    Problems problems = new Problems();
    if (steps.isEmpty()) {
      problems.add("ladder steps", "must hold at least one step", "[]");
    }
    Set<String> ids = new HashSet<>();
    for (FollowUpStep s : steps) {
      Objects.requireNonNull(s, "steps element");
      if (!ids.add(s.id())) {
        problems.add("ladder step " + s.id() + " id", "must be unique in the ladder", s.id());
      }
    }
    List<FollowUpStep> sorted = new ArrayList<>(steps);
    sorted.sort(Comparator.comparingInt(FollowUpStep::fromDay));
    for (int i = 0; i + 1 < sorted.size(); i++) {
      FollowUpStep a = sorted.get(i);
      FollowUpStep b = sorted.get(i + 1);
      int aEnd = a.toDay().orElse(b.fromDay() - 1);
      if (a.fromDay() == b.fromDay() || aEnd >= b.fromDay()) {
        problems.add("ladder step " + a.id() + " days [" + a.fromDay() + ", " + aEnd + "]",
            "must not overlap step " + b.id() + " starting on day " + b.fromDay(), b.id());
      }
    }
    problems.throwIfAny();
    return new FollowUpLadder(List.copyOf(sorted));
  }

  /** The standard ladder (see the class comment). */
  public static FollowUpLadder standard() {
    return STANDARD;
  }

  /** The steps, by {@code fromDay}. */
  public List<FollowUpStep> steps() {
    return steps;
  }

  /** The step whose window holds {@code daysPastDue}, if any. */
  public Optional<FollowUpStep> stepOn(long daysPastDue) {
    int i = indexOn(daysPastDue);
    return i < 0 ? Optional.empty() : Optional.of(steps.get(i));
  }

  int indexOn(long daysPastDue) {
    // few steps: a linear scan beats a binary search
    for (int i = from.length - 1; i >= 0; i--) {
      if (daysPastDue >= from[i]) {
        return daysPastDue <= to[i] ? i : -1;
      }
    }
    return -1;
  }

  /** The last day of step {@code i}'s window ({@link Integer#MAX_VALUE} when it never ends). */
  int lastDay(int i) {
    return to[i];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FollowUpLadder && ((FollowUpLadder) o).steps.equals(steps);
  }

  @Override
  public int hashCode() {
    return steps.hashCode();
  }

  @Override
  public String toString() {
    return "FollowUpLadder" + steps;
  }
}
