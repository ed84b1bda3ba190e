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
 */
package dev.salesops.core.collection;
