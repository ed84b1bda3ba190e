package dev.salesops.core.collection;

import dev.salesops.core.model.AccountId;
import dev.salesops.core.model.TeamId;
import dev.salesops.core.model.UserId;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Where one invoice stands at the end of a date: invoiced, paid, credited, written off, open, and how late.
 *
 * <p><b>Invariant</b>: {@code invoiced = paid + credited + writtenOff + open}, all in the invoice currency.
 * {@link #daysPastDue()} is {@code asOf − dueOn} in days (negative before the due date); "due" means the due
 * date is on or before {@code asOf}; "overdue" means it is before {@code asOf}; "current" (not yet due) means
 * it is after {@code asOf}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class InvoiceState {
  private final InvoiceRecord record;
  private final LocalDate asOf;
  private final long invoiced;
  private final long paid;
  private final long credited;
  private final long writtenOff;
  private final boolean disputed;
  private final Optional<LocalDate> promisedFor;

  InvoiceState(InvoiceRecord record, LocalDate asOf, long invoiced, long paid, long credited, long writtenOff,
      boolean disputed, Optional<LocalDate> promisedFor) {
    this.record = record;
    this.asOf = asOf;
    this.invoiced = invoiced;
    this.paid = paid;
    this.credited = credited;
    this.writtenOff = writtenOff;
    this.disputed = disputed;
    this.promisedFor = promisedFor;
  }

  /** The invoice's full record. */
  public InvoiceRecord record() {
    return record;
  }

  /** The invoice. */
  public Invoice invoice() {
    return record.invoice();
  }

  /** The date of this state. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The invoice currency. */
  public CurrencyUnit currency() {
    return record.invoice().amount().getCurrencyUnit();
  }

  /** The account billed. */
  public AccountId accountId() {
    return record.invoice().accountId();
  }

  /** The owning rep. */
  public UserId ownerId() {
    return record.invoice().ownerId();
  }

  /** The owner's team, when known. */
  public Optional<TeamId> teamId() {
    return record.invoice().teamId();
  }

  /** The due date. */
  public LocalDate dueOn() {
    return record.invoice().dueOn();
  }

  /** The amount invoiced (zero before the issue date). */
  public Money invoiced() {
    return money(invoiced);
  }

  /** Payments applied on or before {@code asOf}. */
  public Money paid() {
    return money(paid);
  }

  /** Credit notes on or before {@code asOf}. */
  public Money credited() {
    return money(credited);
  }

  /** Write-offs on or before {@code asOf}. */
  public Money writtenOff() {
    return money(writtenOff);
  }

  /** What is still owed: {@code invoiced − paid − credited − writtenOff}. */
  public Money open() {
    return money(openMinor());
  }

  /** {@link #open()} in minor units. */
  public long openMinor() {
    return invoiced - paid - credited - writtenOff;
  }

  /** Whether something is owed. */
  public boolean isOpen() {
    return openMinor() > 0;
  }

  /** {@code asOf − dueOn} in days; negative before the due date. */
  public long daysPastDue() {
    return ChronoUnit.DAYS.between(dueOn(), asOf);
  }

  /** Days overdue: {@link #daysPastDue()} when open and positive, otherwise 0. */
  public long daysOverdue() {
    return isOpen() ? Math.max(0, daysPastDue()) : 0;
  }

  /** Where the invoice stands. */
  public InvoiceStatus status() {
    if (invoice().issuedOn().isAfter(asOf)) {
      return InvoiceStatus.NOT_ISSUED;
    }
    if (!isOpen()) {
      return InvoiceStatus.SETTLED;
    }
    long d = daysPastDue();
    return d < 0 ? InvoiceStatus.NOT_DUE : d == 0 ? InvoiceStatus.DUE : InvoiceStatus.OVERDUE;
  }

  /** Whether a dispute is open on {@code asOf}. */
  public boolean isDisputed() {
    return disputed;
  }

  /** The latest promised date of a promise to pay that pauses the ladder on {@code asOf}, if any. */
  public Optional<LocalDate> promisedFor() {
    return promisedFor;
  }

  private Money money(long minor) {
    return Money.ofMinor(currency(), minor);
  }

  @Override
  public String toString() {
    return "InvoiceState{" + invoice().id() + " at " + asOf + ": " + status() + ", open " + open() + ", due " + dueOn() + "}";
  }
}
