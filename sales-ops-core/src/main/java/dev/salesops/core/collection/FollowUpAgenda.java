package dev.salesops.core.collection;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the follow-up ladder asks for at a date: the actions due, and the steps on hold with their reasons.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param asOf the date asked about
 * @param actions the actions due, in ledger order
 * @param holds the paused steps, in ledger order
 */
public record FollowUpAgenda(LocalDate asOf, List<FollowUpAction> actions, List<FollowUpHold> holds) {

  /** Validates and copies the parts. */
  public FollowUpAgenda {
    Objects.requireNonNull(asOf, "asOf");
    actions = List.copyOf(Objects.requireNonNull(actions, "actions"));
    holds = List.copyOf(Objects.requireNonNull(holds, "holds"));
  }
}
