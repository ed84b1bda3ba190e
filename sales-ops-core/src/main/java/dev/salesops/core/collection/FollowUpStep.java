package dev.salesops.core.collection;

import dev.salesops.core.internal.Checks;
import dev.salesops.core.internal.Nullable;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of the follow-up ladder: what to do ({@code action}, e.g. {@code "call"}), who does it, and from
 * which day relative to the due date ({@code fromDay}: −3 is three days before, +7 a week after). A step stays
 * due until it is recorded as done or until its window ends: on {@code toDay} when given, otherwise the day
 * before the next step starts (the last step never ends).
 *
 * <p>Rules: the id follows the identifier rule; days are within [−3650, 3650]; {@code toDay >= fromDay};
 * the action is a non-blank text of at most 64 characters.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FollowUpStep {
  private final String id;
  private final int fromDay;
  private final Integer toDay;  // null when absent
  private final String action;
  private final Responsible responsible;

  /**
   * Validates the parts.
   *
   * @param id the step's id, unique in its ladder (recorded in {@link StepDone})
   * @param fromDay the first day, relative to the due date, on which the step is due
   * @param toDay the last day of its window, when it ends before the next step; {@code null} when absent
   * @param action what to do
   * @param responsible who does it
   */
  public FollowUpStep(String id, int fromDay, @Nullable Integer toDay, String action, Responsible responsible) {
    Ids.check(id, "step.id");
    Checks.text(action, "step " + id + " action", 64);
    Objects.requireNonNull(responsible, "responsible");
    if (Math.abs(fromDay) > MAX_DAYS) {
      throw Checks.fail("step " + id + " fromDay", "must be within [-3650, 3650]", fromDay);
    }
    if (toDay != null && (toDay < fromDay || toDay > MAX_DAYS)) {
      throw Checks.fail("step " + id + " toDay", "must be within [fromDay " + fromDay + ", 3650]", toDay);
    }
    this.id = id;
    this.fromDay = fromDay;
    this.toDay = toDay;
    this.action = action;
    this.responsible = responsible;
  }

  /** The {@code id}: the step's id, unique in its ladder (recorded in {@link StepDone}). */
  public String id() {
    return id;
  }

  /** The {@code fromDay}: the first day, relative to the due date, on which the step is due. */
  public int fromDay() {
    return fromDay;
  }

  /** The {@code toDay}: the last day of its window, when it ends before the next step. */
  public Optional<Integer> toDay() {
    return Optional.ofNullable(toDay);
  }

  /** The {@code action}: what to do. */
  public String action() {
    return action;
  }

  /** The {@code responsible}: who does it. */
  public Responsible responsible() {
    return responsible;
  }

  static final int MAX_DAYS = 3650;

  /** A step whose window ends when the next step starts. */
  public static FollowUpStep of(String id, int fromDay, String action, Responsible responsible) {
    return new FollowUpStep(id, fromDay, null, action, responsible);
  }

  /** A step with an explicit last day. */
  public static FollowUpStep of(String id, int fromDay, int toDay, String action, Responsible responsible) {
    return new FollowUpStep(id, fromDay, toDay, action, responsible);
  }

  /** Equal when every part is equal (as a record's equality). */
  @Override
  public boolean equals(Object obj) {
    return obj == this || obj instanceof FollowUpStep o
        && Objects.equals(id, o.id)
        && fromDay == o.fromDay
        && Objects.equals(toDay, o.toDay)
        && Objects.equals(action, o.action)
        && Objects.equals(responsible, o.responsible);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, fromDay, toDay, action, responsible);
  }

  /** As a record's: {@code FollowUpStep[part=value, ...]}, absent parts as {@code Optional.empty}. */
  @Override
  public String toString() {
    return "FollowUpStep[id=" + id + ", fromDay=" + fromDay + ", toDay=" + toDay() + ", action=" + action + ", responsible=" + responsible + "]";
  }
}
