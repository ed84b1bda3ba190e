package dev.salesops.core.collection;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The follow-up ladder applied to a ledger at a date: alerts are queries, not timers.
 *
 * <p>For each invoice issued on or before {@code asOf}, at the end of {@code asOf}:
 * <ol>
 *   <li>nothing when nothing is open — a payment (or credit note, or write-off) that settles the invoice
 *       cancels every later step; a <em>partial</em> payment does not: the ladder continues on what is open;
 *   <li>nothing when no step's window holds the days past due ({@code asOf − dueOn});
 *   <li>nothing when that step was recorded as done ({@link StepDone}) on or before {@code asOf} — a step is
 *       never emitted again once recorded;
 *   <li>a {@link FollowUpHold} when a dispute is open on {@code asOf}, or a promise to pay made on or before
 *       {@code asOf} has a promised date on or after it (the ladder resumes the day after the promised date,
 *       at the step of that day);
 *   <li>otherwise a {@link FollowUpAction} with its reason.
 * </ol>
 * At most one step applies to an invoice on any day; a step whose window passed while it was not done (or
 * while the ladder was paused) is not emitted later: the ladder moves on to the step of the day.
 *
 * <p>Stateless and thread-safe.
 */
public final class FollowUps {
  private FollowUps() {}

  /** The agenda of {@code ledger} at the end of {@code asOf}. */
  public static FollowUpAgenda agenda(Ledger ledger, FollowUpLadder ladder, LocalDate asOf) {
    Objects.requireNonNull(ledger, "ledger");
    return agenda(ledger.records(), ladder, asOf);
  }

  /**
   * The agenda of {@code ledger} at instant {@code at}, read as a date in the host's business time zone
   * {@code zone}: the same as {@code agenda(ledger, ladder, LocalDate.ofInstant(at, zone))}.
   */
  public static FollowUpAgenda agenda(Ledger ledger, FollowUpLadder ladder, Instant at, ZoneId zone) {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(zone, "zone");
    return agenda(ledger, ladder, LocalDate.ofInstant(at, zone));
  }

  /** The agenda of {@code records} at the end of {@code asOf}. */
  public static FollowUpAgenda agenda(Iterable<InvoiceRecord> records, FollowUpLadder ladder, LocalDate asOf) {
    Objects.requireNonNull(records, "records");
    Objects.requireNonNull(ladder, "ladder");
    Objects.requireNonNull(asOf, "asOf");
    List<FollowUpAction> actions = new ArrayList<>();
    List<FollowUpHold> holds = new ArrayList<>();
    for (InvoiceRecord r : records) {
      evaluate(r, ladder, asOf, actions, holds);
    }
    return new FollowUpAgenda(asOf, actions, holds);
  }

  /** The action due for one invoice at the end of {@code asOf}, if any (holds are not reported). */
  public static Optional<FollowUpAction> actionFor(InvoiceRecord record, FollowUpLadder ladder, LocalDate asOf) {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(ladder, "ladder");
    Objects.requireNonNull(asOf, "asOf");
    List<FollowUpAction> actions = new ArrayList<>(1);
    evaluate(record, ladder, asOf, actions, new ArrayList<>(1));
    return actions.isEmpty() ? Optional.empty() : Optional.of(actions.get(0));
  }

  private static void evaluate(InvoiceRecord r, FollowUpLadder ladder, LocalDate asOf, List<FollowUpAction> actions, List<FollowUpHold> holds) {
    Invoice inv = r.invoice();
    if (inv.issuedOn().isAfter(asOf)) {
      return;
    }
    long daysPastDue = asOf.toEpochDay() - inv.dueOn().toEpochDay();
    int i = ladder.indexOn(daysPastDue);
    if (i < 0) {
      return;
    }
    FollowUpStep step = ladder.steps().get(i);
    if (r.isStepDone(step.id(), asOf)) {
      return;
    }
    InvoiceState s = r.stateAt(asOf);
    if (!s.isOpen()) {
      return;
    }
    if (s.isDisputed()) {
      LocalDate since = r.disputes().stream().filter(d -> d.isOpenOn(asOf)).findFirst().get().openedOn();
      holds.add(new FollowUpHold(inv.id(), step, "invoice " + inv.id() + " is disputed since " + since
          + ": step " + step.id() + " paused until the dispute is resolved"));
      return;
    }
    if (s.promisedFor().isPresent()) {
      holds.add(new FollowUpHold(inv.id(), step, "invoice " + inv.id() + " has a promise to pay by " + s.promisedFor().get()
          + ": step " + step.id() + " paused until " + s.promisedFor().get()));
      return;
    }
    LocalDate scheduled = inv.dueOn().plusDays(step.fromDay());
    actions.add(new FollowUpAction(inv.id(), inv.accountId(), inv.ownerId(), inv.teamId().orElse(null), step, scheduled, daysPastDue, inv.dueOn(), s.open(), s.paid()));
  }
}
