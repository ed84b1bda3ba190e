package dev.salesops.metrics.collections;

import dev.salesops.core.accumulate.Accumulator;
import dev.salesops.core.collection.Application;
import dev.salesops.core.collection.InvoiceRecord;
import dev.salesops.core.model.UserId;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Collected cash (回款額) per rep and period, as a mergeable accumulator over invoice records: every payment
 * application to an invoice counts for the invoice's owner, in the period of the payment date (the host's
 * {@code period} function, e.g. {@code YearMonth::from}; return {@code null} to leave a date out).
 *
 * <p>Counted: cash applied to invoices, in the invoice currency. Not counted: credit notes and write-offs (not
 * cash), and unapplied over-payments (they belong to no invoice and so to no rep until applied).
 *
 * <p><b>Not thread-safe</b>: one accumulator per thread, then {@link #merge} (the period function is assumed
 * to be the same).
 *
 * @param <P> the period type
 */
public final class CollectedCash<P> implements Accumulator<InvoiceRecord, CollectedCash<P>, CollectedCashReport<P>> {
  private final Function<LocalDate, ? extends P> period;
  private final Map<RepPeriod<P>, CurrencySums> sums = new HashMap<>();

  private CollectedCash(Function<LocalDate, ? extends P> period) {
    this.period = Objects.requireNonNull(period, "period");
  }

  /** Collected cash by rep and {@code period(paymentDate)}. */
  public static <P> CollectedCash<P> of(Function<LocalDate, ? extends P> period) {
    return new CollectedCash<>(period);
  }

  @Override
  public void add(InvoiceRecord record) {
    Objects.requireNonNull(record, "record");
    UserId owner = record.invoice().ownerId();
    for (Application a : record.applications()) {
      P p = period.apply(a.appliedOn());
      if (p != null) {
        sums.computeIfAbsent(new RepPeriod<>(owner, p), k -> new CurrencySums())
            .add(a.applied().getCurrencyUnit(), a.applied().getAmountMinorLong());
      }
    }
  }

  @Override
  public CollectedCash<P> merge(CollectedCash<P> other) {
    Objects.requireNonNull(other, "other");
    other.sums.forEach((k, s) -> sums.computeIfAbsent(k, x -> new CurrencySums()).addAll(s));
    return this;
  }

  @Override
  public CollectedCashReport<P> finish() {
    Map<RepPeriod<P>, dev.salesops.core.money.MoneyBag> out = new HashMap<>();
    sums.forEach((k, s) -> out.put(k, s.toBag()));
    return new CollectedCashReport<>(out);
  }

  @Override
  public String toString() {
    return "CollectedCash{" + sums.size() + " rep-periods}";
  }
}
