package dev.salesops.metrics.collections;

import dev.salesops.core.accumulate.Accumulator;
import dev.salesops.core.collection.InvoiceRecord;
import dev.salesops.core.collection.InvoiceState;
import dev.salesops.core.internal.Checks;
import dev.salesops.metrics.ratio.Ratio;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Collection effectiveness index (CEI, 回款有效性指數) per currency over a period {@code [start, end]}, as a
 * mergeable accumulator over invoice records.
 *
 * <pre>
 *          B + S − E
 *   CEI = ------------  (× 100 for a percentage)
 *          B + S − Ec
 * </pre>
 * <ul>
 *   <li>{@code B}: beginning receivables — open at the end of {@code start − 1 day};
 *   <li>{@code S}: credit sales — amounts of invoices issued within {@code [start, end]};
 *   <li>{@code E}: ending total receivables — open at the end of {@code end};
 *   <li>{@code Ec}: ending <em>current</em> receivables — the part of {@code E} <b>not yet due</b>, i.e. due
 *       after {@code end} (an invoice due on {@code end} itself is due, not current).
 * </ul>
 * The numerator is what was collectable and was collected (cash, and also credit notes and write-offs, which
 * reduce receivables — the standard formula does not tell them apart; see {@link BadDebt} for write-offs);
 * the denominator is what was collectable. Undefined (not 0) when the denominator is 0.
 *
 * <p>Amounts are never converted: one result per currency. <b>Not thread-safe</b>: one accumulator per thread,
 * then {@link #merge}.
 */
public final class Cei implements Accumulator<InvoiceRecord, Cei, Map<CurrencyUnit, CeiResult>> {
  private final LocalDate start;
  private final LocalDate end;
  private final Map<CurrencyUnit, long[]> sums = new HashMap<>(); // B, S, E, Ec

  private Cei(LocalDate start, LocalDate end) {
    Periods.check(start, end);
    this.start = start;
    this.end = end;
  }

  /** CEI over {@code [start, end]}. */
  public static Cei of(LocalDate start, LocalDate end) {
    return new Cei(start, end);
  }

  @Override
  public void add(InvoiceRecord record) {
    Objects.requireNonNull(record, "record");
    LocalDate issued = record.invoice().issuedOn();
    if (issued.isAfter(end)) {
      return;
    }
    long[] s = sums.computeIfAbsent(record.invoice().amount().getCurrencyUnit(), c -> new long[4]);
    if (issued.isBefore(start)) {
      s[0] = Math.addExact(s[0], record.stateAt(start.minusDays(1)).openMinor());
    } else {
      s[1] = Math.addExact(s[1], record.invoice().amount().getAmountMinorLong());
    }
    InvoiceState atEnd = record.stateAt(end);
    s[2] = Math.addExact(s[2], atEnd.openMinor());
    if (atEnd.dueOn().isAfter(end)) {
      s[3] = Math.addExact(s[3], atEnd.openMinor());
    }
  }

  @Override
  public Cei merge(Cei other) {
    Objects.requireNonNull(other, "other");
    if (!other.start.equals(start) || !other.end.equals(end)) {
      throw Checks.fail("other", "must cover the same period " + start + ".." + end, other.start + ".." + other.end);
    }
    other.sums.forEach((c, src) -> {
      long[] dst = sums.computeIfAbsent(c, x -> new long[4]);
      for (int i = 0; i < 4; i++) {
        dst[i] = Math.addExact(dst[i], src[i]);
      }
    });
    return this;
  }

  @Override
  public Map<CurrencyUnit, CeiResult> finish() {
    Map<CurrencyUnit, CeiResult> out = new HashMap<>();
    sums.forEach((c, s) -> {
      long collectable = s[0] + s[1];
      out.put(c, new CeiResult(Money.ofMinor(c, s[0]), Money.ofMinor(c, s[1]), Money.ofMinor(c, s[2]), Money.ofMinor(c, s[3]),
          Ratio.of(Dso.major(c, collectable - s[2]), Dso.major(c, collectable - s[3]))));
    });
    return Map.copyOf(out);
  }

  @Override
  public String toString() {
    return "Cei{" + start + ".." + end + ", " + sums.size() + " currencies}";
  }
}
