package dev.salesops.core.collection;

import dev.salesops.core.internal.Checks;
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
 *
 * @param id the step's id, unique in its ladder (recorded in {@link StepDone})
 * @param fromDay the first day, relative to the due date, on which the step is due
 * @param toDay the last day of its window, when it ends before the next step
 * @param action what to do
 * @param responsible who does it
 */
public record FollowUpStep(String id, int fromDay, Optional<Integer> toDay, String action, Responsible responsible) {
  static final int MAX_DAYS = 3650;

  /** Validates the parts. */
  public FollowUpStep {
    Ids.check(id, "step.id");
    Objects.requireNonNull(toDay, "toDay");
    Checks.text(action, "step " + id + " action", 64);
    Objects.requireNonNull(responsible, "responsible");
    if (Math.abs(fromDay) > MAX_DAYS) {
      throw Checks.fail("step " + id + " fromDay", "must be within [-3650, 3650]", fromDay);
    }
    if (toDay.isPresent() && (toDay.get() < fromDay || toDay.get() > MAX_DAYS)) {
      throw Checks.fail("step " + id + " toDay", "must be within [fromDay " + fromDay + ", 3650]", toDay.get());
    }
  }

  /** A step whose window ends when the next step starts. */
  public static FollowUpStep of(String id, int fromDay, String action, Responsible responsible) {
    return new FollowUpStep(id, fromDay, Optional.empty(), action, responsible);
  }

  /** A step with an explicit last day. */
  public static FollowUpStep of(String id, int fromDay, int toDay, String action, Responsible responsible) {
    return new FollowUpStep(id, fromDay, Optional.of(toDay), action, responsible);
  }
}
