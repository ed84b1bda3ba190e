package dev.salesops.metrics.collections;

import dev.salesops.core.accumulate.Accumulator;
import dev.salesops.core.collection.InvoiceRecord;
import dev.salesops.core.collection.InvoiceState;
import dev.salesops.core.internal.Checks;
import dev.salesops.metrics.ratio.Ratio;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
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
 * <p><b>Credit sales averaged over the months</b> ({@link #averagedOverMonths}): the form Oracle documents for
 * its collections metrics (Oracle Advanced Collections: {@code [Beginning Receivables + (Credit Sales / N) −
 * Ending Total Receivables] / [Beginning Receivables + (Credit Sales / N) − Ending Current Receivables] × 100},
 * {@code N} the number of months in the period) divides the period's credit sales by the number of calendar
 * months the period spans ({@code N}, e.g. 3 for a quarter); computed exactly as {@code (N·B + S − N·E) / (N·B +
 * S − N·Ec)}. For a one-month period both forms agree.
 *
 * <p>Amounts are never converted: one result per currency. <b>Not thread-safe</b>: one accumulator per thread,
 * then {@link #merge}.
 */
public final class Cei implements Accumulator<InvoiceRecord, Cei, Map<CurrencyUnit, CeiResult>> {
  private final LocalDate start;
  private final LocalDate end;
  private final int salesMonths;
  private final Map<CurrencyUnit, long[]> sums = new HashMap<>(); // B, S, E, Ec

  private Cei(LocalDate start, LocalDate end, boolean averaged) {
    Periods.check(start, end);
    this.start = start;
    this.end = end;
    this.salesMonths = averaged ? (int) ChronoUnit.MONTHS.between(YearMonth.from(start), YearMonth.from(end)) + 1 : 1;
  }

  /** CEI over {@code [start, end]}, the standard form (all of the period's credit sales). */
  public static Cei of(LocalDate start, LocalDate end) {
    return new Cei(start, end, false);
  }

  /**
   * CEI over {@code [start, end]} with the credit sales divided by the number of calendar months the period spans
   * (Oracle's form; see the class documentation).
   */
  public static Cei averagedOverMonths(LocalDate start, LocalDate end) {
    return new Cei(start, end, true);
  }

  /**
   * The index from its parts: {@code (N·B + S − N·E) / (N·B + S − N·Ec)}, i.e. {@code (B + S/N − E) / (B + S/N −
   * Ec)}; {@code months = 1} is the standard form.
   *
   * @param months the number of months {@code N} the credit sales are averaged over, at least 1
   */
  public static Ratio index(Money beginning, Money creditSales, Money ending, Money endingCurrent, int months) {
    Objects.requireNonNull(beginning, "beginning");
    Objects.requireNonNull(creditSales, "creditSales");
    Objects.requireNonNull(ending, "ending");
    Objects.requireNonNull(endingCurrent, "endingCurrent");
    Checks.positive(months, "months");
    CurrencyUnit c = beginning.getCurrencyUnit();
    for (Money m : new Money[] {creditSales, ending, endingCurrent}) {
      if (!m.getCurrencyUnit().equals(c)) {
        throw new dev.salesops.core.money.MixedCurrencyException(java.util.Set.of(c, m.getCurrencyUnit()));
      }
    }
    BigDecimal n = BigDecimal.valueOf(months);
    BigDecimal base = beginning.getAmount().multiply(n).add(creditSales.getAmount());
    return Ratio.of(base.subtract(ending.getAmount().multiply(n)), base.subtract(endingCurrent.getAmount().multiply(n)));
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
    if (!other.start.equals(start) || !other.end.equals(end) || other.salesMonths != salesMonths) {
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
      Money b = Money.ofMinor(c, s[0]);
      Money sales = Money.ofMinor(c, s[1]);
      Money e = Money.ofMinor(c, s[2]);
      Money ec = Money.ofMinor(c, s[3]);
      out.put(c, new CeiResult(b, sales, e, ec, index(b, sales, e, ec, salesMonths), salesMonths));
    });
    return Map.copyOf(out);
  }

  @Override
  public String toString() {
    return "Cei{" + start + ".." + end + (salesMonths > 1 ? ", sales / " + salesMonths + " months" : "") + ", " + sums.size() + " currencies}";
  }

  // ---- portable state (see CollectionsStateCodec): package-private, additive ----

  String portableConfiguration() {
    // the averaged (Oracle) form divides credit sales by salesMonths: partial states of the two forms never merge
    return "cei;start=" + start + ";end=" + end + (salesMonths == 1 ? "" : ";salesMonths=" + salesMonths);
  }

  /** currency -> {B, S, E, Ec} (the live map). */
  Map<CurrencyUnit, long[]> portableSums() {
    return sums;
  }

  Cei portableNewEmpty() {
    return new Cei(start, end, salesMonths != 1);
  }
}
