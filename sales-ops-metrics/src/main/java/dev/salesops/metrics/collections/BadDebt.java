package dev.salesops.metrics.collections;

import dev.salesops.core.accumulate.Accumulator;
import dev.salesops.core.collection.InvoiceRecord;
import dev.salesops.core.collection.WriteOff;
import dev.salesops.core.internal.Checks;
import dev.salesops.metrics.ratio.Ratio;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Bad-debt write-offs (壞賬) and the bad-debt rate per currency over {@code [start, end]}, as a mergeable
 * accumulator over invoice records.
 *
 * <p>{@code rate = Σ write-offs dated within the period / Σ amounts of invoices issued within the period}
 * (write-offs of older invoices count in the period they are written off: the usual "bad debt to credit sales"
 * ratio). Undefined (not 0) without credit sales.
 *
 * <p><b>Not thread-safe</b>: one accumulator per thread, then {@link #merge}.
 */
public final class BadDebt implements Accumulator<InvoiceRecord, BadDebt, Map<CurrencyUnit, BadDebtResult>> {
  private final LocalDate start;
  private final LocalDate end;
  private final Map<CurrencyUnit, long[]> sums = new HashMap<>(); // written off, invoices written off, credit sales

  private BadDebt(LocalDate start, LocalDate end) {
    Periods.check(start, end);
    this.start = start;
    this.end = end;
  }

  /** Bad debt over {@code [start, end]}. */
  public static BadDebt of(LocalDate start, LocalDate end) {
    return new BadDebt(start, end);
  }

  @Override
  public void add(InvoiceRecord record) {
    Objects.requireNonNull(record, "record");
    CurrencyUnit c = record.invoice().amount().getCurrencyUnit();
    long off = 0;
    for (WriteOff w : record.writeOffs()) {
      if (Periods.within(w.writtenOffOn(), start, end)) {
        off = Math.addExact(off, w.amount().getAmountMinorLong());
      }
    }
    boolean sale = Periods.within(record.invoice().issuedOn(), start, end);
    if (off == 0 && !sale) {
      return;
    }
    long[] s = sums.computeIfAbsent(c, x -> new long[3]);
    s[0] = Math.addExact(s[0], off);
    s[1] += off > 0 ? 1 : 0;
    if (sale) {
      s[2] = Math.addExact(s[2], record.invoice().amount().getAmountMinorLong());
    }
  }

  @Override
  public BadDebt merge(BadDebt other) {
    Objects.requireNonNull(other, "other");
    if (!other.start.equals(start) || !other.end.equals(end)) {
      throw Checks.fail("other", "must cover the same period " + start + ".." + end, other.start + ".." + other.end);
    }
    other.sums.forEach((c, src) -> {
      long[] dst = sums.computeIfAbsent(c, x -> new long[3]);
      for (int i = 0; i < 3; i++) {
        dst[i] = Math.addExact(dst[i], src[i]);
      }
    });
    return this;
  }

  @Override
  public Map<CurrencyUnit, BadDebtResult> finish() {
    Map<CurrencyUnit, BadDebtResult> out = new HashMap<>();
    sums.forEach((c, s) -> out.put(c, new BadDebtResult(Money.ofMinor(c, s[0]), s[1], Money.ofMinor(c, s[2]),
        Ratio.of(Dso.major(c, s[0]), Dso.major(c, s[2])))));
    return Map.copyOf(out);
  }

  @Override
  public String toString() {
    return "BadDebt{" + start + ".." + end + ", " + sums.size() + " currencies}";
  }
}
