package dev.salesops.metrics.forecast;

import dev.salesops.core.internal.Checks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * A regular series of values, one per period (month or quarter), starting at a given period; some periods may
 * be gaps. Built from caller-supplied dated values ({@link #of(Frequency, Map, YearMonth, YearMonth, Missing)})
 * or from records ({@link #aggregate}); the caller chooses whether a period without data is an explicit zero
 * or a gap ({@link Missing}).
 *
 * <p>Values are held as {@code double}: forecasting is statistics, not book-keeping. Turn a forecast back into
 * money explicitly (e.g. {@code BigDecimal.valueOf(v).setScale(2, HALF_EVEN)}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TimeSeries {
  private final Frequency frequency;
  private final YearMonth start;
  private final double[] values;
  private final boolean[] present;

  private TimeSeries(Frequency frequency, YearMonth start, double[] values, boolean[] present) {
    this.frequency = frequency;
    this.start = start;
    this.values = values;
    this.present = present;
  }

  /** A gap-free series of {@code values} starting at {@code start} (aligned to its period). */
  public static TimeSeries of(Frequency frequency, YearMonth start, double... values) {
    Objects.requireNonNull(frequency, "frequency");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(values, "values");
    checkAligned(frequency, start, "start");
    boolean[] p = new boolean[values.length];
    for (int i = 0; i < values.length; i++) {
      Checks.finite(values[i], "values[" + i + "]");
      p[i] = true;
    }
    return new TimeSeries(frequency, start, values.clone(), p);
  }

  /**
   * The series from {@code from} to {@code to} (inclusive, both aligned to the frequency's periods) of the given
   * values by period; periods absent from the map become zeros or gaps as {@code missing} says. Keys outside
   * the range are refused (so that nothing is dropped silently), as are keys not aligned to a period start.
   */
  public static TimeSeries of(Frequency frequency, Map<YearMonth, BigDecimal> values, YearMonth from, YearMonth to, Missing missing) {
    Objects.requireNonNull(frequency, "frequency");
    Objects.requireNonNull(values, "values");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(missing, "missing");
    checkAligned(frequency, from, "from");
    checkAligned(frequency, to, "to");
    int n = count(frequency, from, to);
    double[] v = new double[n];
    boolean[] p = new boolean[n];
    for (Map.Entry<YearMonth, BigDecimal> e : values.entrySet()) {
      YearMonth k = Objects.requireNonNull(e.getKey(), "values key");
      BigDecimal d = Objects.requireNonNull(e.getValue(), "values[" + k + "]");
      checkAligned(frequency, k, "values key");
      int i = index(frequency, from, k);
      if (i < 0 || i >= n) {
        throw Checks.fail("values key", "must be within [" + from + ", " + to + "]", k);
      }
      v[i] = d.doubleValue();
      p[i] = true;
    }
    fill(v, p, missing);
    return new TimeSeries(frequency, from, v, p);
  }

  /**
   * Sums {@code value} of records per period of {@code date}, over the periods from {@code from} to {@code to}
   * (inclusive; each is taken to its period). Records dated outside the range are ignored (a range filter,
   * stated). Periods without records become zeros or gaps as {@code missing} says.
   */
  public static <T> TimeSeries aggregate(Frequency frequency, Iterable<T> records, Function<? super T, LocalDate> date,
      Function<? super T, BigDecimal> value, YearMonth from, YearMonth to, Missing missing) {
    Objects.requireNonNull(frequency, "frequency");
    Objects.requireNonNull(records, "records");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(missing, "missing");
    YearMonth f = frequency.periodOf(Objects.requireNonNull(from, "from"));
    YearMonth t = frequency.periodOf(Objects.requireNonNull(to, "to"));
    int n = count(frequency, f, t);
    BigDecimal[] sums = new BigDecimal[n];
    for (T r : records) {
      YearMonth k = frequency.periodOf(YearMonth.from(Objects.requireNonNull(date.apply(r), "date of record")));
      int i = index(frequency, f, k);
      if (i >= 0 && i < n) {
        BigDecimal d = Objects.requireNonNull(value.apply(r), "value of record");
        sums[i] = sums[i] == null ? d : sums[i].add(d);
      }
    }
    double[] v = new double[n];
    boolean[] p = new boolean[n];
    for (int i = 0; i < n; i++) {
      if (sums[i] != null) {
        v[i] = sums[i].doubleValue();
        p[i] = true;
      }
    }
    fill(v, p, missing);
    return new TimeSeries(frequency, f, v, p);
  }

  private static void fill(double[] v, boolean[] p, Missing missing) {
    if (missing == Missing.ZERO) {
      Arrays.fill(p, true);
    }
  }

  private static int count(Frequency frequency, YearMonth from, YearMonth to) {
    int n = index(frequency, from, to) + 1;
    if (n <= 0) {
      throw Checks.fail("to", "must not be before from " + from, to);
    }
    return n;
  }

  private static int index(Frequency frequency, YearMonth from, YearMonth k) {
    return (int) Math.floorDiv(ChronoUnit.MONTHS.between(from, k), (long) frequency.months());
  }

  private static void checkAligned(Frequency frequency, YearMonth ym, String field) {
    if (!frequency.periodOf(ym).equals(ym)) {
      throw Checks.fail(field, "must be the first month of a " + frequency.name().toLowerCase(java.util.Locale.ROOT) + " period", ym);
    }
  }

  /** The frequency. */
  public Frequency frequency() {
    return frequency;
  }

  /** The first period. */
  public YearMonth start() {
    return start;
  }

  /** The number of periods (gaps included). */
  public int size() {
    return values.length;
  }

  /** The period at {@code index} (0 = start); may lie beyond the end (for forecasts). */
  public YearMonth period(int index) {
    return start.plusMonths((long) index * frequency.months());
  }

  /** The value at {@code index}, or empty for a gap. */
  public OptionalDouble value(int index) {
    Objects.checkIndex(index, values.length);
    return present[index] ? OptionalDouble.of(values[index]) : OptionalDouble.empty();
  }

  /** The first {@code n} periods (1 ≤ n ≤ size). */
  public TimeSeries head(int n) {
    if (n < 1 || n > values.length) {
      throw Checks.fail("n", "must be within [1, " + values.length + "]", n);
    }
    return new TimeSeries(frequency, start, Arrays.copyOf(values, n), Arrays.copyOf(present, n));
  }

  /** Whether any period is a gap. */
  public boolean hasGaps() {
    for (boolean b : present) {
      if (!b) {
        return true;
      }
    }
    return false;
  }

  /** The values as a new array; refuses a series with gaps, naming the first missing period. */
  public double[] toArray() {
    for (int i = 0; i < present.length; i++) {
      if (!present[i]) {
        throw Checks.fail("series", "must not have gaps for this method (fill them or build with Missing.ZERO)", period(i));
      }
    }
    return values.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TimeSeries && ((TimeSeries) o).frequency == frequency && ((TimeSeries) o).start.equals(start)
        && Arrays.equals(((TimeSeries) o).values, values) && Arrays.equals(((TimeSeries) o).present, present);
  }

  @Override
  public int hashCode() {
    return Objects.hash(frequency, start, Arrays.hashCode(values), Arrays.hashCode(present));
  }

  @Override
  public String toString() {
    return "TimeSeries[" + frequency + " from " + start + ", " + values.length + " periods]";
  }
}
