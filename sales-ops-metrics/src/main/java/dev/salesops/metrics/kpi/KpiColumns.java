package dev.salesops.metrics.kpi;

import dev.salesops.core.model.ForecastCategory;
import dev.salesops.core.model.Outcome;
import dev.salesops.core.internal.Checks;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.joda.money.CurrencyUnit;

/**
 * Deals held as columns of primitives with dictionary-encoded ids, for the columnar KPI path ({@link
 * KpiEngine}): what a host that keeps its data in memory fills once (a row per deal, ids into small
 * dictionaries of group labels, currencies, stages and lost reasons) instead of building a {@link DealRecord}
 * per deal.
 *
 * <p>A row carries what the KPIs of a {@link KpiReport} need except a stage history (so no funnel, see {@link
 * KpiEngine}): one group id of one {@link Dimension} (id {@code -1}: no value, the group {@code ""} as in
 * {@link Dimension#valueOf}), outcome, created / closed / expected close day ({@code epochDay}, or {@link
 * #NO_DATE}), the amount in minor units of a currency id ({@code -1}: no amount), stage id ({@code -1}: none),
 * and optionally lost reason, probability, forecast category and the new-customer flag. Every row is validated as
 * {@link DealRecord} validates a record (dates within years 1000..9999, no closed date on an open deal, closed
 * not before created, amount not negative, ids within their dictionaries). The results of {@link KpiEngine} are
 * exactly those of {@link BreakdownAccumulator} over the equivalent records (tests).
 *
 * <p>Memory: 30 bytes per row (plus 9 when optional fields are used). This class is immutable and
 * thread-safe; the builder is not.
 */
public final class KpiColumns {
  /** The day value of a missing date. */
  public static final int NO_DATE = DealRecord.NO_DATE;
  private static final long MIN_DAY = LocalDate.of(1000, 1, 1).toEpochDay();
  private static final long MAX_DAY = LocalDate.of(9999, 12, 31).toEpochDay();

  final Dimension dimension;
  final String[] groupLabels;
  final CurrencyUnit[] currencies;
  final String[] stages;
  final String[] lostReasons;
  final int size;
  final int[] group;
  final byte[] outcome;
  final int[] created;
  final int[] closed;
  final int[] expectedClose;
  final byte[] currency;
  final long[] amount;
  final short[] stage;
  /** Optional columns, null when never set. */
  final short[] lostReason;
  final int[] probabilityMicro;
  final byte[] forecastCategory;
  final byte[] newCustomer;
  final int minDay;
  final int maxDay;
  /**
   * Whether the sum of every amount (all currencies together) fits in a {@code long}: then no exact sum of any
   * group can overflow, and {@link KpiEngine}'s flat kernel needs no per-row overflow check.
   */
  final boolean amountTotalFits;

  private KpiColumns(Builder b) {
    this.dimension = b.dimension;
    this.groupLabels = b.groupLabels;
    this.currencies = b.currencies;
    this.stages = b.stages;
    this.lostReasons = b.lostReasons;
    this.size = b.size;
    this.group = Arrays.copyOf(b.group, size);
    this.outcome = Arrays.copyOf(b.outcome, size);
    this.created = Arrays.copyOf(b.created, size);
    this.closed = Arrays.copyOf(b.closed, size);
    this.expectedClose = Arrays.copyOf(b.expectedClose, size);
    this.currency = Arrays.copyOf(b.currency, size);
    this.amount = Arrays.copyOf(b.amount, size);
    this.stage = Arrays.copyOf(b.stage, size);
    this.lostReason = b.lostReason == null ? null : Arrays.copyOf(b.lostReason, size);
    this.probabilityMicro = b.probabilityMicro == null ? null : Arrays.copyOf(b.probabilityMicro, size);
    this.forecastCategory = b.forecastCategory == null ? null : Arrays.copyOf(b.forecastCategory, size);
    this.newCustomer = b.newCustomer == null ? null : Arrays.copyOf(b.newCustomer, size);
    this.minDay = b.minDay;
    this.maxDay = b.maxDay;
    this.amountTotalFits = !b.amountTotalOverflows;
  }

  /**
   * A builder for rows grouped by {@code dimension}, whose values are {@code groupLabels} (distinct, non-blank;
   * a row's group id is an index into them).
   */
  public static Builder builder(Dimension dimension, List<String> groupLabels, List<CurrencyUnit> currencies) {
    return new Builder(dimension, groupLabels, currencies);
  }

  /** How many rows. */
  public int size() {
    return size;
  }

  /** The dimension of the group ids. */
  public Dimension dimension() {
    return dimension;
  }

  /** The group labels (index = group id). */
  public List<String> groupLabels() {
    return List.of(groupLabels);
  }

  /** The currency of the amount on row {@code row}, or null. */
  CurrencyUnit currencyOf(int row) {
    int c = currency[row];
    return c < 0 ? null : currencies[c];
  }

  private static String[] distinct(List<String> values, String field, int max) {
    Objects.requireNonNull(values, field);
    if (values.size() > max) {
      throw Checks.fail(field, "must hold at most " + max + " values", values.size());
    }
    Set<String> seen = new HashSet<>();
    String[] out = new String[values.size()];
    for (int i = 0; i < out.length; i++) {
      String v = Checks.text(Objects.requireNonNull(values.get(i), field + " element"), field, 1000);
      if (!seen.add(v)) {
        throw Checks.fail(field, "must not repeat a value", v);
      }
      out[i] = v;
    }
    return out;
  }

  /** Appends validated rows; {@link #build()} copies them into an immutable {@link KpiColumns}. Not thread-safe. */
  public static final class Builder {
    private final Dimension dimension;
    private final String[] groupLabels;
    private final CurrencyUnit[] currencies;
    private String[] stages = new String[0];
    private String[] lostReasons = new String[0];
    private int size;
    private int[] group = new int[16];
    private byte[] outcome = new byte[16];
    private int[] created = new int[16];
    private int[] closed = new int[16];
    private int[] expectedClose = new int[16];
    private byte[] currency = new byte[16];
    private long[] amount = new long[16];
    private short[] stage = new short[16];
    private short[] lostReason;
    private int[] probabilityMicro;
    private byte[] forecastCategory;
    private byte[] newCustomer;
    private int minDay = Integer.MAX_VALUE;
    private int maxDay = Integer.MIN_VALUE;
    private long amountTotal;
    private boolean amountTotalOverflows;

    private Builder(Dimension dimension, List<String> groupLabels, List<CurrencyUnit> currencies) {
      this.dimension = Objects.requireNonNull(dimension, "dimension");
      this.groupLabels = distinct(groupLabels, "groupLabels", Integer.MAX_VALUE - 8);
      Objects.requireNonNull(currencies, "currencies");
      if (currencies.size() > Byte.MAX_VALUE || new HashSet<>(currencies).size() != currencies.size()) {
        throw Checks.fail("currencies", "must be at most 127 distinct currencies", currencies.size());
      }
      this.currencies = currencies.toArray(new CurrencyUnit[0]);
      for (CurrencyUnit c : this.currencies) {
        Objects.requireNonNull(c, "currencies element");
      }
    }

    /** The stage dictionary (distinct codes; a row's stage id is an index into it). Set before adding rows. */
    public Builder stages(List<String> stages) {
      requireNoRows("stages");
      this.stages = distinct(stages, "stages", Short.MAX_VALUE);
      return this;
    }

    /** The lost-reason dictionary (distinct codes). Set before adding rows. */
    public Builder lostReasons(List<String> lostReasons) {
      requireNoRows("lostReasons");
      this.lostReasons = distinct(lostReasons, "lostReasons", Short.MAX_VALUE);
      return this;
    }

    private void requireNoRows(String what) {
      if (size > 0) {
        throw new IllegalStateException(what + " must be set before the first row");
      }
    }

    /** Reserves room for {@code rows} more rows (optional; avoids regrowing). */
    public Builder ensureCapacity(int rows) {
      grow(Math.addExact(size, Checks.nonNegative(rows, "rows")));
      return this;
    }

    private void grow(int capacity) {
      if (capacity <= group.length) {
        return;
      }
      int n = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(capacity, group.length * 2L));
      group = Arrays.copyOf(group, n);
      outcome = Arrays.copyOf(outcome, n);
      created = Arrays.copyOf(created, n);
      closed = Arrays.copyOf(closed, n);
      expectedClose = Arrays.copyOf(expectedClose, n);
      currency = Arrays.copyOf(currency, n);
      amount = Arrays.copyOf(amount, n);
      stage = Arrays.copyOf(stage, n);
      if (lostReason != null) {
        lostReason = Arrays.copyOf(lostReason, n);
      }
      if (probabilityMicro != null) {
        probabilityMicro = Arrays.copyOf(probabilityMicro, n);
      }
      if (forecastCategory != null) {
        forecastCategory = Arrays.copyOf(forecastCategory, n);
      }
      if (newCustomer != null) {
        newCustomer = Arrays.copyOf(newCustomer, n);
      }
    }

    private int day(int d, String field) {
      if (d == NO_DATE) {
        return d;
      }
      if (d < MIN_DAY || d > MAX_DAY) {
        throw Checks.fail(field, "must be within years 1000..9999 (row " + size + ")", d);
      }
      if (d < minDay) {
        minDay = d;
      }
      if (d > maxDay) {
        maxDay = d;
      }
      return d;
    }

    /**
     * Appends a row and returns its index. {@code group}, {@code currencyId} and {@code stageId} are ids into
     * their dictionaries or {@code -1} (no value); days are epoch days or {@link #NO_DATE}; {@code amountMinor}
     * is in minor units of the currency (ignored without a currency).
     */
    public int add(int group, Outcome outcome, int createdDay, int closedDay, int expectedCloseDay, int currencyId,
        long amountMinor, int stageId) {
      Objects.requireNonNull(outcome, "outcome");
      if (group < -1 || group >= groupLabels.length) {
        throw Checks.fail("group", "must be -1 or an index into the group labels (row " + size + ")", group);
      }
      if (currencyId < -1 || currencyId >= currencies.length) {
        throw Checks.fail("currency", "must be -1 or an index into the currencies (row " + size + ")", currencyId);
      }
      if (stageId < -1 || stageId >= stages.length) {
        throw Checks.fail("stage", "must be -1 or an index into the stages (row " + size + ")", stageId);
      }
      if (currencyId >= 0 && amountMinor < 0) {
        throw Checks.fail("amount", "must not be negative (row " + size + ")", amountMinor);
      }
      if (outcome == Outcome.OPEN && closedDay != NO_DATE) {
        throw Checks.fail("closedDate", "must be absent for an OPEN deal (row " + size + ")", closedDay);
      }
      if (closedDay != NO_DATE && createdDay != NO_DATE && closedDay < createdDay) {
        throw Checks.fail("closedDate", "must not be before the created date (row " + size + ")", closedDay);
      }
      int c = day(createdDay, "createdDate");
      int d = day(closedDay, "closedDate");
      int e = day(expectedCloseDay, "expectedCloseDate");
      if (size == this.group.length) {
        grow(size + 1);
      }
      int row = size;
      this.group[row] = group;
      this.outcome[row] = (byte) outcome.ordinal();
      this.created[row] = c;
      this.closed[row] = d;
      this.expectedClose[row] = e;
      this.currency[row] = (byte) currencyId;
      this.amount[row] = currencyId < 0 ? 0 : amountMinor;
      if (currencyId >= 0) {
        long t = amountTotal + amountMinor; // both non-negative: overflow turns the sum negative
        if (t < 0) {
          amountTotalOverflows = true;
        }
        amountTotal = t;
      }
      this.stage[row] = (short) stageId;
      if (lostReason != null) {
        lostReason[row] = -1;
      }
      if (probabilityMicro != null) {
        probabilityMicro[row] = -1;
      }
      if (forecastCategory != null) {
        forecastCategory[row] = -1;
      }
      if (newCustomer != null) {
        newCustomer[row] = -1;
      }
      size++;
      return row;
    }

    private void requireRow() {
      if (size == 0) {
        throw new IllegalStateException("no row added yet");
      }
    }

    /** Sets the lost reason (an id into the lost reasons, or -1) of the last row. */
    public Builder lostReason(int reasonId) {
      requireRow();
      if (reasonId < -1 || reasonId >= lostReasons.length) {
        throw Checks.fail("lostReason", "must be -1 or an index into the lost reasons (row " + (size - 1) + ")", reasonId);
      }
      if (lostReason == null) {
        lostReason = new short[group.length];
        Arrays.fill(lostReason, (short) -1);
      }
      lostReason[size - 1] = (short) reasonId;
      return this;
    }

    /** Sets the win probability of the last row in millionths (0 to 1,000,000), or -1 for none. */
    public Builder probabilityMicro(int micro) {
      requireRow();
      if (micro < -1 || micro > 1_000_000) {
        throw Checks.fail("probability", "must be within [0, 1000000] millionths, or -1 (row " + (size - 1) + ")", micro);
      }
      if (probabilityMicro == null) {
        probabilityMicro = new int[group.length];
        Arrays.fill(probabilityMicro, -1);
      }
      probabilityMicro[size - 1] = micro;
      return this;
    }

    /** Sets the forecast category of the last row (null for none). */
    public Builder forecastCategory(ForecastCategory category) {
      requireRow();
      if (forecastCategory == null) {
        forecastCategory = new byte[group.length];
        Arrays.fill(forecastCategory, (byte) -1);
      }
      forecastCategory[size - 1] = category == null ? -1 : (byte) category.ordinal();
      return this;
    }

    /** Sets whether the last row's deal was won from a new customer (null: unknown). */
    public Builder newCustomer(Boolean value) {
      requireRow();
      if (newCustomer == null) {
        newCustomer = new byte[group.length];
        Arrays.fill(newCustomer, (byte) -1);
      }
      newCustomer[size - 1] = value == null ? -1 : (byte) (value ? 1 : 0);
      return this;
    }

    /** How many rows were added. */
    public int size() {
      return size;
    }

    /** The columns of the rows added so far. */
    public KpiColumns build() {
      return new KpiColumns(this);
    }
  }
}
