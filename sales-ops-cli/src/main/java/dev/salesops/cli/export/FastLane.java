package dev.salesops.cli.export;

import dev.salesops.core.model.Outcome;
import dev.salesops.core.money.Monies;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.joda.money.CurrencyUnit;

/**
 * The fast lane of {@link ExportReader}: a row it is sure about goes from the CSV bytes straight to a {@link
 * FastSink} as values (epoch days, minor units, shared strings from small per-column dictionaries), with no {@link
 * ExportRow}, text, date or money object per row. It applies the same rules as {@link ExportReader}'s mapping, and
 * it is <em>conservative</em>: a row it is not sure is clean (a quoting problem, a byte above 0x7F, a value too
 * long or holding a control character, an unknown or blank stage, a date or amount outside the fast shapes, a
 * closed deal without a close date, a join miss, a duplicate id, ...) is left, untouched, to the explained path,
 * which reports its issues exactly as before. So the used rows, the issues and every figure are those of the
 * explained path (tests compare both on randomly dirtied exports).
 *
 * <p>The only state it changes for a row it leaves is none: the id is added to the read's id set as the very last
 * step, and only when the row is clean; a duplicate is then left to the explained path, which finds it again.
 *
 * <p>Used only when the mapping allows it ({@link #of}): not with {@code "duplicateIds": "sumAmounts"}, a
 * cycle-days column, or a join keyed on a value another join supplies. Not thread-safe: one per read.
 */
final class FastLane {
  private static final int NO_DATE = FastSink.NO_DATE;
  private static final long MIN_DAY = LocalDate.of(1000, 1, 1).toEpochDay();
  private static final long MAX_DAY = LocalDate.of(9999, 12, 31).toEpochDay();

  private final ExportMapping mapping;
  private final ValueParsers parsers;
  private final FastSink sink;
  private final int width;
  /** Column indexes of the text values checked (length and control characters), with their maximum lengths. */
  private final int[] checked;
  private final int[] checkedMax;
  /** Columns that must not be blank. */
  private final int[] required;
  private final int id;
  private final int stage;
  private final int created;
  private final int closed;
  private final int amount;
  private final int currency;
  private final int lostReason;
  private final int lostAt;
  private final int account;
  private final boolean accountMapped;
  private final boolean openCloseError;
  private final int[] joinColumn;
  private final List<Function<String, String[]>> joinLookups;

  private final ByteDict<Object[]> stages = new ByteDict<>();
  private final ByteDict<Object> currencies = new ByteDict<>();
  private final ByteDict<String> lostReasons = new ByteDict<>();
  private final ByteDict<String> lostAts = new ByteDict<>();
  private final ByteDict<String> accounts = new ByteDict<>();
  private final List<ByteDict<Boolean>> joinHits = new ArrayList<>();
  private static final Object[] UNKNOWN = new Object[0];
  private static final String NONE = new String("(none)");

  /** What a clean row was read as: set by {@link #accept}. */
  long minor;
  CurrencyUnit amountCurrency;

  private FastLane(ExportMapping mapping, ValueParsers parsers, FastSink sink, int width, int[] fieldIdx, int[] extraIdx,
      int[] joinColumn, List<Function<String, String[]>> joinLookups) {
    this.mapping = mapping;
    this.parsers = parsers;
    this.sink = sink;
    this.width = width;
    List<int[]> c = new ArrayList<>();
    for (Field f : Field.values()) {
      int i = fieldIdx[f.ordinal()];
      if (i < 0) {
        continue;
      }
      switch (f) {
        case CREATED:
        case CLOSED:
        case AMOUNT:
        case CURRENCY:
        case CYCLE_DAYS:
          break; // parsed, not checked as text
        default:
          c.add(new int[] {i, f == Field.LOST_REASON ? 64 : 128});
      }
    }
    for (int i : extraIdx) {
      c.add(new int[] {i, 1000});
    }
    checked = new int[c.size()];
    checkedMax = new int[c.size()];
    for (int k = 0; k < c.size(); k++) {
      checked[k] = c.get(k)[0];
      checkedMax[k] = c.get(k)[1];
    }
    List<Integer> req = new ArrayList<>();
    for (Field f : mapping.required()) {
      req.add(fieldIdx[f.ordinal()]);
    }
    required = req.stream().mapToInt(Integer::intValue).toArray();
    id = fieldIdx[Field.ID.ordinal()];
    stage = fieldIdx[Field.STAGE.ordinal()];
    created = fieldIdx[Field.CREATED.ordinal()];
    closed = fieldIdx[Field.CLOSED.ordinal()];
    amount = fieldIdx[Field.AMOUNT.ordinal()];
    currency = fieldIdx[Field.CURRENCY.ordinal()];
    lostReason = fieldIdx[Field.LOST_REASON.ordinal()];
    lostAt = fieldIdx[Field.LOST_AT.ordinal()];
    account = fieldIdx[Field.ACCOUNT.ordinal()];
    accountMapped = mapping.columns().containsKey(Field.ACCOUNT);
    openCloseError = mapping.closeDateOnOpenDeals() == ExportMapping.OpenCloseDate.ERROR;
    this.joinColumn = joinColumn;
    this.joinLookups = joinLookups;
    for (int j = 0; j < joinColumn.length; j++) {
      joinHits.add(new ByteDict<>());
    }
  }

  /**
   * The fast lane for a read, or null when the mapping needs what only the explained path does.
   *
   * @param joinColumn per join, the export column holding its key (-1: none)
   */
  static FastLane of(ExportMapping mapping, ValueParsers parsers, FastSink sink, int width, int[] fieldIdx, int[] extraIdx,
      int[] joinColumn, List<Function<String, String[]>> joinLookups) {
    if (sink == null || mapping.duplicateIds() == ExportMapping.DuplicateIds.SUM_AMOUNTS || fieldIdx[Field.CYCLE_DAYS.ordinal()] >= 0
        || fieldIdx[Field.ID.ordinal()] < 0 || fieldIdx[Field.STAGE.ordinal()] < 0) {
      return null;
    }
    for (ExportMapping.Join j : mapping.joins()) {
      for (ExportMapping.Join k : mapping.joins()) {
        if (k.columns().containsKey(j.on())) {
          return null; // a key another join may supply
        }
      }
      if (j.columns().containsKey(Field.ACCOUNT.key())) {
        return null; // an account a join may supply (new customers)
      }
    }
    for (Field f : mapping.required()) {
      if (fieldIdx[f.ordinal()] < 0) {
        return null;
      }
    }
    return new FastLane(mapping, parsers, sink, width, fieldIdx, extraIdx, joinColumn, joinLookups);
  }

  /**
   * Takes the current row when it is sure the row is clean: hands it to the sink and returns true; else changes
   * nothing and returns false (the explained path reads the row).
   */
  boolean accept(CsvReader r, IdSet ids) {
    if (r.problem() != null || r.size() != width || r.nonAscii()) {
      return false;
    }
    byte[] b = r.bytes();
    if (!textsFit(r, b) || !requiredPresent(r, b)) {
      return false;
    }
    int is = trimStart(b, r.start(id), r.end(id));
    int ie = trimEnd(b, is, r.end(id));
    if (is == ie) {
      return false;
    }
    Object[] st = stage(b, r.start(stage), r.end(stage));
    if (st == null) {
      return false;
    }
    String stageValue = (String) st[0];
    Outcome outcome = (Outcome) st[1];
    int createdDay = created < 0 ? NO_DATE : day(b, r.start(created), r.end(created));
    if (createdDay == Integer.MAX_VALUE) {
      return false;
    }
    int closedDay = closed < 0 ? NO_DATE : day(b, r.start(closed), r.end(closed));
    if (closedDay == Integer.MAX_VALUE) {
      return false;
    }
    if (outcome != Outcome.OPEN && closedDay == NO_DATE && closed >= 0) {
      return false; // closed deal without a close date
    }
    if (outcome == Outcome.OPEN && closedDay != NO_DATE) {
      if (openCloseError) {
        return false;
      }
      closedDay = NO_DATE;
    }
    if (createdDay != NO_DATE && closedDay != NO_DATE && closedDay < createdDay) {
      return false;
    }
    CurrencyUnit cu = null;
    long m = 0;
    if (amount >= 0 && !blank(b, r.start(amount), r.end(amount))) {
      cu = currency(r, b);
      if (cu == null) {
        return false;
      }
      int s = trimStart(b, r.start(amount), r.end(amount));
      int e = trimEnd(b, s, r.end(amount));
      m = parsers.minorFast(b, s, e, cu);
      if (m < 0) {
        return false;
      }
    }
    String reason = null;
    if (lostReason >= 0) {
      int s = trimStart(b, r.start(lostReason), r.end(lostReason));
      int e = trimEnd(b, s, r.end(lostReason));
      if (s < e) {
        reason = lostReasons.get(b, s, e);
        if (reason == null) {
          String v = text(b, s, e);
          reason = mapping.lostReasons().isEmpty() ? v : mapping.lostReasons().get(v);
          lostReasons.put(b, s, e, reason == null ? NONE : reason);
        }
        if (reason == null || reason == NONE) {
          return false;
        }
      }
    }
    String at = null;
    if (lostAt >= 0) {
      int s = trimStart(b, r.start(lostAt), r.end(lostAt));
      int e = trimEnd(b, s, r.end(lostAt));
      if (s < e) {
        at = lostAts.get(b, s, e);
        if (at == null) {
          String v = text(b, s, e);
          at = mapping.stages().getOrDefault(v, mapping.stageOrder().contains(v) ? v : null);
          if (at == null || !mapping.stageOrder().contains(at)) {
            at = NONE;
          }
          lostAts.put(b, s, e, at);
        }
        if (at == NONE) {
          return false;
        }
      }
    }
    if (joinColumn.length > 0 && !joinsHit(r, b)) {
      return false;
    }
    String acc = null;
    if (account >= 0) {
      int s = trimStart(b, r.start(account), r.end(account));
      int e = trimEnd(b, s, r.end(account));
      if (s < e) {
        acc = accounts.get(b, s, e);
        if (acc == null) {
          acc = text(b, s, e);
          accounts.put(b, s, e, acc);
        }
      }
    }
    // clean: the id is the last check, and the only state a row changes
    if (!ids.add(b, is, ie)) {
      return false;
    }
    String idValue = accountMapped && outcome == Outcome.WON && closedDay != NO_DATE && acc != null ? text(b, is, ie) : null;
    minor = m;
    amountCurrency = cu;
    boolean lost = outcome == Outcome.LOST;
    sink.deal(outcome, stageValue, createdDay, closedDay, cu, m, lost ? reason : null, lost ? at : null, acc, idValue);
    return true;
  }

  /**
   * Whether the checked text values fit: stripped as CsvReader.text strips, not too long, no control character
   * inside (when the reader saw none in the record, only the lengths are looked at). The loops of a row live in
   * small methods of their own, so that {@link #accept} has none: the JIT then compiles it once, not again for
   * each loop (on-stack replacement), which under a busy compiler kept it in slow code for seconds.
   */
  private boolean textsFit(CsvReader r, byte[] b) {
    boolean control = r.control();
    for (int k = 0; k < checked.length; k++) {
      int i = checked[k];
      int s = r.start(i);
      int e = r.end(i);
      if (e - s > checkedMax[k]) {
        int ts = trimStart(b, s, e);
        if (trimEnd(b, ts, e) - ts > checkedMax[k]) {
          return false;
        }
      }
      if (control && hasControl(b, s, e)) {
        return false; // a control character (white space at the ends included: the explained path decides)
      }
    }
    return true;
  }

  private static boolean hasControl(byte[] b, int s, int e) {
    for (int p = s; p < e; p++) {
      int c = b[p];
      if (c < 0x20 || c == 0x7F) {
        return true;
      }
    }
    return false;
  }

  private boolean requiredPresent(CsvReader r, byte[] b) {
    for (int i : required) {
      if (blank(b, r.start(i), r.end(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether every join key of the row is blank or found. */
  private boolean joinsHit(CsvReader r, byte[] b) {
    for (int j = 0; j < joinColumn.length; j++) {
      int c = joinColumn[j];
      if (c < 0) {
        continue; // the key's column is not in the mapping: no key, no lookup
      }
      int s = trimStart(b, r.start(c), r.end(c));
      int e = trimEnd(b, s, r.end(c));
      if (s == e) {
        continue;
      }
      ByteDict<Boolean> hits = joinHits.get(j);
      Boolean hit = hits.get(b, s, e);
      if (hit == null) {
        hit = joinLookups.get(j).apply(text(b, s, e)) != null;
        hits.put(b, s, e, hit);
      }
      if (!hit) {
        return false;
      }
    }
    return true;
  }

  /** [stage, outcome], or null when blank or unknown. */
  private Object[] stage(byte[] b, int s0, int e0) {
    int s = trimStart(b, s0, e0);
    int e = trimEnd(b, s, e0);
    if (s == e) {
      return null;
    }
    Object[] st = stages.get(b, s, e);
    if (st == null) {
      String v = text(b, s, e);
      String mapped = mapping.stages().get(v);
      if (mapped == null) {
        st = UNKNOWN;
      } else {
        Outcome o = mapping.wonStages().contains(mapped) ? Outcome.WON : mapping.lostStages().contains(mapped) ? Outcome.LOST : Outcome.OPEN;
        st = new Object[] {mapped, o};
      }
      stages.put(b, s, e, st);
    }
    return st == UNKNOWN ? null : st;
  }

  /** The currency of the current row's amount, or null when the explained path must decide. */
  private CurrencyUnit currency(CsvReader r, byte[] b) {
    if (currency < 0) {
      return mapping.defaultCurrency().orElse(null);
    }
    int s = trimStart(b, r.start(currency), r.end(currency));
    int e = trimEnd(b, s, r.end(currency));
    if (s == e) {
      return mapping.defaultCurrency().orElse(null);
    }
    Object cu = currencies.get(b, s, e);
    if (cu == null) {
      try {
        cu = Monies.currency(text(b, s, e), "currency");
      } catch (IllegalArgumentException ex) {
        cu = NONE;
      }
      currencies.put(b, s, e, cu);
    }
    return cu == NONE ? null : (CurrencyUnit) cu;
  }

  /** The epoch day of the date in [s0, e0), NO_DATE when blank, Integer.MAX_VALUE when not sure. */
  private int day(byte[] b, int s0, int e0) {
    int s = trimStart(b, s0, e0);
    int e = trimEnd(b, s, e0);
    if (s == e) {
      return NO_DATE;
    }
    int day = parsers.epochDay(b, s, e);
    return day < MIN_DAY || day > MAX_DAY ? Integer.MAX_VALUE : day;
  }

  private static String text(byte[] b, int s, int e) {
    return new String(b, s, e - s, StandardCharsets.ISO_8859_1);
  }

  private static boolean blank(byte[] b, int s, int e) {
    return trimStart(b, s, e) == e;
  }

  private static int trimStart(byte[] b, int s, int e) {
    while (s < e && CsvReader.asciiSpace(b[s])) {
      s++;
    }
    return s;
  }

  private static int trimEnd(byte[] b, int s, int e) {
    while (e > s && CsvReader.asciiSpace(b[e - 1])) {
      e--;
    }
    return e;
  }

  /** Values by byte sequence (up to a bound: then lookups miss, which is only slower). Not thread-safe. */
  static final class ByteDict<V> {
    private static final int MAX = 1 << 16;
    private byte[][] keys = new byte[64][];
    private Object[] values = new Object[64];
    private int size;

    private static int hash(byte[] b, int s, int e) {
      int h = 1;
      for (int k = s; k < e; k++) {
        h = 31 * h + b[k];
      }
      return h ^ h >>> 16;
    }

    private byte[] lastKey;
    private Object lastValue;

    private static boolean same(byte[] k, byte[] b, int s, int e) {
      if (k.length != e - s) {
        return false;
      }
      for (int i = 0; i < k.length; i++) {
        if (k[i] != b[s + i]) {
          return false;
        }
      }
      return true;
    }

    @SuppressWarnings("unchecked")
    V get(byte[] b, int s, int e) {
      byte[] last = lastKey;
      if (last != null && same(last, b, s, e)) {
        return (V) lastValue;
      }
      int mask = keys.length - 1;
      int slot = hash(b, s, e) & mask;
      while (true) {
        byte[] k = keys[slot];
        if (k == null) {
          return null;
        }
        if (same(k, b, s, e)) {
          lastKey = k;
          lastValue = values[slot];
          return (V) lastValue;
        }
        slot = slot + 1 & mask;
      }
    }

    void put(byte[] b, int s, int e, V v) {
      lastKey = null;
      if (size >= MAX) {
        return;
      }
      int mask = keys.length - 1;
      int slot = hash(b, s, e) & mask;
      while (keys[slot] != null) {
        if (Arrays.equals(keys[slot], 0, keys[slot].length, b, s, e)) {
          values[slot] = v;
          return;
        }
        slot = slot + 1 & mask;
      }
      keys[slot] = Arrays.copyOfRange(b, s, e);
      values[slot] = v;
      if (++size * 2 > keys.length) {
        byte[][] ok = keys;
        Object[] ov = values;
        keys = new byte[ok.length * 2][];
        values = new Object[ok.length * 2];
        int m = keys.length - 1;
        for (int i = 0; i < ok.length; i++) {
          if (ok[i] != null) {
            int sl = hash(ok[i], 0, ok[i].length) & m;
            while (keys[sl] != null) {
              sl = sl + 1 & m;
            }
            keys[sl] = ok[i];
            values[sl] = ov[i];
          }
        }
      }
    }
  }
}
