package dev.salesops.core.collection;

import dev.salesops.core.model.AccountId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.joda.money.Money;

/**
 * Everything the {@link Ledger} knows about one invoice: the invoice, the payments applied to it, its credit
 * notes, write-offs, disputes, promises to pay and the follow-up steps done. Every fact is dated, so the
 * record answers "where did this invoice stand at date T" ({@link #stateAt}) for any T, including the past.
 *
 * <p>This is the input of the collection metrics ({@code dev.salesops.metrics.collections}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class InvoiceRecord {
  private final Invoice invoice;
  private final List<Application> applications;
  private final List<CreditNote> creditNotes;
  private final List<WriteOff> writeOffs;
  private final List<Dispute> disputes;
  private final List<PromiseToPay> promises;
  private final List<StepDone> stepsDone;

  InvoiceRecord(Invoice invoice, List<Application> applications, List<CreditNote> creditNotes, List<WriteOff> writeOffs,
      List<Dispute> disputes, List<PromiseToPay> promises, List<StepDone> stepsDone) {
    this.invoice = invoice;
    this.applications = applications;
    this.creditNotes = creditNotes;
    this.writeOffs = writeOffs;
    this.disputes = disputes;
    this.promises = promises;
    this.stepsDone = stepsDone;
  }

  static InvoiceRecord of(Invoice invoice) {
    return new InvoiceRecord(invoice, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
  }

  /** The invoice. */
  public Invoice invoice() {
    return invoice;
  }

  /** The invoice's id. */
  public InvoiceId id() {
    return invoice.id();
  }

  /** The invoice's account. */
  public AccountId accountId() {
    return invoice.accountId();
  }

  /** The payments applied, in the order they were recorded. */
  public List<Application> applications() {
    return applications;
  }

  /** The credit notes, in the order they were recorded. */
  public List<CreditNote> creditNotes() {
    return creditNotes;
  }

  /** The write-offs, in the order they were recorded. */
  public List<WriteOff> writeOffs() {
    return writeOffs;
  }

  /** The disputes, in the order they were opened. */
  public List<Dispute> disputes() {
    return disputes;
  }

  /** The promises to pay, in the order they were recorded. */
  public List<PromiseToPay> promises() {
    return promises;
  }

  /** The follow-up steps recorded as done. */
  public List<StepDone> stepsDone() {
    return stepsDone;
  }

  /** Whether step {@code stepId} was recorded as done on or before {@code date}. */
  public boolean isStepDone(String stepId, LocalDate date) {
    for (StepDone s : stepsDone) {
      if (s.stepId().equals(stepId) && !s.doneOn().isAfter(date)) {
        return true;
      }
    }
    return false;
  }

  /** The open amount counting every recorded fact, whatever its date. */
  public Money openAmount() {
    long open = invoice.amount().getAmountMinorLong();
    for (Application a : applications) {
      open -= a.applied().getAmountMinorLong();
    }
    for (CreditNote c : creditNotes) {
      open -= c.amount().getAmountMinorLong();
    }
    for (WriteOff w : writeOffs) {
      open -= w.amount().getAmountMinorLong();
    }
    return Money.ofMinor(invoice.amount().getCurrencyUnit(), open);
  }

  /**
   * The invoice's state at the end of {@code asOf}: facts dated on or before {@code asOf} count, later ones do
   * not. Before its issue date an invoice is {@link InvoiceStatus#NOT_ISSUED} with nothing invoiced or open.
   */
  public InvoiceState stateAt(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    boolean issued = !invoice.issuedOn().isAfter(asOf);
    long paid = 0;
    long credited = 0;
    long writtenOff = 0;
    if (issued) {
      for (Application a : applications) {
        if (!a.appliedOn().isAfter(asOf)) {
          paid += a.applied().getAmountMinorLong();
        }
      }
      for (CreditNote c : creditNotes) {
        if (!c.issuedOn().isAfter(asOf)) {
          credited += c.amount().getAmountMinorLong();
        }
      }
      for (WriteOff w : writeOffs) {
        if (!w.writtenOffOn().isAfter(asOf)) {
          writtenOff += w.amount().getAmountMinorLong();
        }
      }
    }
    boolean disputed = false;
    for (Dispute d : disputes) {
      disputed |= d.isOpenOn(asOf);
    }
    LocalDate promisedFor = null;
    for (PromiseToPay p : promises) {
      if (p.pausesOn(asOf) && (promisedFor == null || p.promisedFor().isAfter(promisedFor))) {
        promisedFor = p.promisedFor();
      }
    }
    long invoiced = issued ? invoice.amount().getAmountMinorLong() : 0;
    return new InvoiceState(this, asOf, invoiced, paid, credited, writtenOff, disputed, Optional.ofNullable(promisedFor));
  }

  InvoiceRecord withApplication(Application a) {
    return new InvoiceRecord(invoice, plus(applications, a), creditNotes, writeOffs, disputes, promises, stepsDone);
  }

  InvoiceRecord withCreditNote(CreditNote c) {
    return new InvoiceRecord(invoice, applications, plus(creditNotes, c), writeOffs, disputes, promises, stepsDone);
  }

  InvoiceRecord withWriteOff(WriteOff w) {
    return new InvoiceRecord(invoice, applications, creditNotes, plus(writeOffs, w), disputes, promises, stepsDone);
  }

  InvoiceRecord withDisputes(List<Dispute> d) {
    return new InvoiceRecord(invoice, applications, creditNotes, writeOffs, List.copyOf(d), promises, stepsDone);
  }

  InvoiceRecord withPromise(PromiseToPay p) {
    return new InvoiceRecord(invoice, applications, creditNotes, writeOffs, disputes, plus(promises, p), stepsDone);
  }

  InvoiceRecord withStepDone(StepDone s) {
    return new InvoiceRecord(invoice, applications, creditNotes, writeOffs, disputes, promises, plus(stepsDone, s));
  }

  private static <T> List<T> plus(List<T> list, T item) {
    List<T> out = new ArrayList<>(list.size() + 1);
    out.addAll(list);
    out.add(item);
    return List.copyOf(out);
  }

  /** Records are equal when they hold the same invoice and the same facts, in the same order. */
  @Override
  public boolean equals(Object o) {
    return o instanceof InvoiceRecord r && r.invoice.equals(invoice) && r.applications.equals(applications)
        && r.creditNotes.equals(creditNotes) && r.writeOffs.equals(writeOffs) && r.disputes.equals(disputes)
        && r.promises.equals(promises) && r.stepsDone.equals(stepsDone);
  }

  @Override
  public int hashCode() {
    return Objects.hash(invoice, applications, creditNotes, writeOffs, disputes, promises, stepsDone);
  }

  @Override
  public String toString() {
    return "InvoiceRecord{" + invoice.id() + ", " + invoice.amount() + ", open " + openAmount() + "}";
  }
}
