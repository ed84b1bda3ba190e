package dev.salesops.metrics.collections;

import dev.salesops.core.accumulate.Accumulator;
import dev.salesops.core.collection.InvoiceRecord;
import dev.salesops.core.internal.Checks;
import dev.salesops.metrics.ratio.Ratio;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Days sales outstanding (DSO, 應收賬款周轉天數) per currency, as a mergeable accumulator over invoice records.
 *
 * <p><b>Standard method</b>: {@code DSO = ending receivables / credit sales in the period × days in the
 * period}, where the ending receivables are the amounts open at the end of {@code end} (every invoice issued
 * on or before it), credit sales are the amounts of the invoices issued within {@code [start, end]} (gross of
 * later credit notes), and the days are {@code end − start + 1}. Undefined (not 0) without credit sales.
 *
 * <p><b>Countback method</b>: starting from the ending receivables, walk back calendar month by calendar month —
 * the first window is the calendar month of {@code end} up to {@code end} ({@code [first day of end's month,
 * end]}: the whole month when {@code end} is a month end), then each whole calendar month before it (for a
 * period ending 30 September: 1-30 September, 1-31 August, 1-31 July, ...; ending 29 February 2024: 1-29
 * February, 1-31 January, ...) — subtracting each window's credit sales and counting its days, until the
 * receivables left are smaller than a window's sales; that window adds {@code left / sales × its days}. The
 * result is exact (a {@link Ratio}). Empty when the receivables are not absorbed within {@code countbackMonths}
 * windows. (Windows counted back by day of month, {@code end − k months}, would run 31 August – 30 September
 * for a period ending 30 September and put an invoice of 31 July into the August window.)
 *
 * <p>Amounts are never converted: one result per currency. <b>Not thread-safe</b>: one accumulator per
 * thread, then {@link #merge}.
 */
public final class Dso implements Accumulator<InvoiceRecord, Dso, Map<CurrencyUnit, DsoResult>> {
  private final LocalDate start;
  private final LocalDate end;
  private final int months;
  private final LocalDate[] windowStarts; // inclusive; window k = [windowStarts[k], windowEnds[k]]
  private final LocalDate[] windowEnds;
  private final Map<CurrencyUnit, long[]> sums = new HashMap<>(); // [ending AR, credit sales, window sales...]

  private Dso(LocalDate start, LocalDate end, int countbackMonths) {
    Periods.check(start, end);
    if (countbackMonths < 1 || countbackMonths > 120) {
      throw Checks.fail("countbackMonths", "must be within [1, 120]", countbackMonths);
    }
    this.start = start;
    this.end = end;
    this.months = countbackMonths;
    this.windowStarts = new LocalDate[countbackMonths];
    this.windowEnds = new LocalDate[countbackMonths];
    for (int k = 0; k < countbackMonths; k++) {
      LocalDate first = end.withDayOfMonth(1).minusMonths(k);
      windowStarts[k] = first;
      windowEnds[k] = k == 0 ? end : first.plusMonths(1).minusDays(1);
    }
  }

  /** DSO over {@code [start, end]}, with a countback of up to 12 months. */
  public static Dso of(LocalDate start, LocalDate end) {
    return new Dso(start, end, 12);
  }

  /** DSO over {@code [start, end]}, with a countback of up to {@code countbackMonths} months (1 to 120). */
  public static Dso of(LocalDate start, LocalDate end, int countbackMonths) {
    return new Dso(start, end, countbackMonths);
  }

  @Override
  public void add(InvoiceRecord record) {
    Objects.requireNonNull(record, "record");
    LocalDate issued = record.invoice().issuedOn();
    if (issued.isAfter(end)) {
      return;
    }
    long[] s = sums.computeIfAbsent(record.invoice().amount().getCurrencyUnit(), c -> new long[2 + months]);
    long amount = record.invoice().amount().getAmountMinorLong();
    s[0] = Math.addExact(s[0], record.stateAt(end).openMinor());
    if (!issued.isBefore(start)) {
      s[1] = Math.addExact(s[1], amount);
    }
    for (int k = 0; k < months; k++) {
      if (Periods.within(issued, windowStarts[k], windowEnds[k])) {
        s[2 + k] = Math.addExact(s[2 + k], amount);
        break;
      }
    }
  }

  @Override
  public Dso merge(Dso other) {
    Objects.requireNonNull(other, "other");
    if (!other.start.equals(start) || !other.end.equals(end) || other.months != months) {
      throw Checks.fail("other", "must cover the same period " + start + ".." + end + " and countback months " + months,
          other.start + ".." + other.end + ", " + other.months);
    }
    other.sums.forEach((c, src) -> {
      long[] dst = sums.computeIfAbsent(c, x -> new long[2 + months]);
      for (int i = 0; i < src.length; i++) {
        dst[i] = Math.addExact(dst[i], src[i]);
      }
    });
    return this;
  }

  @Override
  public Map<CurrencyUnit, DsoResult> finish() {
    Map<CurrencyUnit, DsoResult> out = new HashMap<>();
    long days = ChronoUnit.DAYS.between(start, end) + 1;
    sums.forEach((c, s) -> {
      BigDecimal ar = major(c, s[0]);
      BigDecimal sales = major(c, s[1]);
      Ratio standard = Ratio.of(ar.multiply(BigDecimal.valueOf(days)), sales);
      List<CountbackMonth> walked = new ArrayList<>();
      long left = s[0];
      BigDecimal fullDays = BigDecimal.ZERO;
      Optional<Ratio> countback = Optional.empty();
      if (left == 0) {
        countback = Optional.of(Ratio.of(0, 1));
      }
      for (int k = 0; k < months && countback.isEmpty(); k++) {
        long windowDays = ChronoUnit.DAYS.between(windowStarts[k], windowEnds[k]) + 1;
        long sale = s[2 + k];
        if (left >= sale) {
          walked.add(new CountbackMonth(windowStarts[k], windowEnds[k], Money.ofMinor(c, sale), Money.ofMinor(c, sale), Ratio.of(windowDays, 1)));
          fullDays = fullDays.add(BigDecimal.valueOf(windowDays));
          left -= sale;
          if (left == 0) {
            countback = Optional.of(Ratio.of(fullDays, BigDecimal.ONE));
          }
        } else {
          Ratio part = Ratio.of(BigDecimal.valueOf(left).multiply(BigDecimal.valueOf(windowDays)), BigDecimal.valueOf(sale));
          walked.add(new CountbackMonth(windowStarts[k], windowEnds[k], Money.ofMinor(c, sale), Money.ofMinor(c, left), part));
          BigDecimal saleMajor = major(c, sale);
          countback = Optional.of(Ratio.of(fullDays.multiply(saleMajor).add(major(c, left).multiply(BigDecimal.valueOf(windowDays))), saleMajor));
        }
      }
      out.put(c, new DsoResult(Money.ofMinor(c, s[0]), Money.ofMinor(c, s[1]), days, standard, countback.orElse(null), walked));
    });
    return Map.copyOf(out);
  }

  static BigDecimal major(CurrencyUnit c, long minor) {
    return BigDecimal.valueOf(minor, c.getDecimalPlaces());
  }

  @Override
  public String toString() {
    return "Dso{" + start + ".." + end + ", countback " + months + " months, " + sums.size() + " currencies}";
  }

  // ---- portable state (see CollectionsStateCodec): package-private, additive ----

  String portableConfiguration() {
    return "dso;start=" + start + ";end=" + end + ";countbackMonths=" + months;
  }

  int portableWidth() {
    return 2 + months;
  }

  /** currency -> {ending AR, credit sales, window sales...} (the live map). */
  Map<CurrencyUnit, long[]> portableSums() {
    return sums;
  }

  Dso portableNewEmpty() {
    return new Dso(start, end, months);
  }
}
