/**
 * Collections (回款): invoices issued against contract milestones, payments applied oldest-due-first or as
 * the host allocates, credit notes, bad-debt write-offs, disputes and promises to pay, all kept in the
 * immutable {@link dev.salesops.core.collection.Ledger}; the state of every invoice at any date
 * ({@link dev.salesops.core.collection.InvoiceState}: open, due, overdue and by how many days), summaries per
 * account, owner, team or currency; and the tiered follow-up ladder ({@link
 * dev.salesops.core.collection.FollowUpLadder}, {@link dev.salesops.core.collection.FollowUps}) that answers
 * "what must be chased at date T, by whom, and why".
 *
 * <p>Dates are {@link java.time.LocalDate}s in the host's business time zone: the host turns its instant into
 * a date (e.g. {@code LocalDate.ofInstant(instant, zone)}); facts dated on a day count at the end of that day.
 *
 * <p>JSON (sales-ops-json's codecs): every fact record ({@link
 * dev.salesops.core.collection.Invoice}, {@link dev.salesops.core.collection.Payment}, {@link
 * dev.salesops.core.collection.PaymentAllocation}, {@link dev.salesops.core.collection.CreditNote}, {@link
 * dev.salesops.core.collection.WriteOff}, {@link dev.salesops.core.collection.Dispute}, {@link
 * dev.salesops.core.collection.PromiseToPay}, {@link dev.salesops.core.collection.StepDone}) is an object with
 * its component names; ids are bare strings; absent optionals are omitted (and may be omitted or {@code null}
 * on input); a payment's {@code allocations} may be omitted (oldest-due-first); whole-number fields such as
 * {@code fromDay} are required. A {@link dev.salesops.core.collection.FollowUpLadder} is the array of its steps,
 * the same document as {@link dev.salesops.core.collection.FollowUpLadder#toData()}. Input goes through the
 * same validation as the constructors. Results ({@link dev.salesops.core.collection.FollowUpAgenda} with its
 * actions and holds, {@link dev.salesops.core.collection.PaymentRecord} with its applications) are written and
 * read back equal; {@link dev.salesops.core.collection.InvoiceState}, {@link
 * dev.salesops.core.collection.InvoiceRecord} and {@link dev.salesops.core.collection.ReceivableSummary} (money
 * bags) have no JSON form. The {@link dev.salesops.core.collection.Ledger} has no JSON form: it is
 * rebuilt by replaying its facts (payments in other currencies need the host's exchange rates).
 */
package dev.salesops.core.collection;
