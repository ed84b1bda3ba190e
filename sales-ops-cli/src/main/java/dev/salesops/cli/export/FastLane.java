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

  /** Per column of the current row: the trimmed field's start and end, and the hash of a dictionary column. */
  private final int[] ts;
  private final int[] te;
  private final int[] th;
  /** The dictionary columns (hashed by {@link #scan}). */
  private final boolean[] hashed;
  private final CurrencyUnit defaultCurrency;

  /** The rest of what a clean row was read as, for {@link #deliver}. */
  private Outcome rowOutcome;
  private String rowStage;
  private int rowCreated;
  private int rowClosed;
  private String rowReason;
  private String rowAt;
  private String rowAccount;
  private String rowId;

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
    required = new int[req.size()]; // not a stream with a method reference: no bootstrap at start-up (issue 14)
    for (int i = 0; i < required.length; i++) {
      required[i] = req.get(i);
    }
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
    ts = new int[width];
    te = new int[width];
    th = new int[width];
    hashed = new boolean[width];
    for (int i : new int[] {stage, currency, lostReason, lostAt, account}) {
      if (i >= 0 && i < width) {
        hashed[i] = true;
      }
    }
    for (int i : joinColumn) {
      if (i >= 0 && i < width) {
        hashed[i] = true;
      }
    }
    defaultCurrency = mapping.defaultCurrency().orElse(null);
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
   * Takes the current row when it is sure the row is clean and returns true (the caller then hands it to the sink
   * with {@link #deliver}); else changes nothing and returns false (the explained path reads the row).
   *
   * <p>Shaped for the JIT: every field is trimmed, and the dictionary columns hashed, in one loop ({@link #scan});
   * the dictionaries take that hash, and a value not yet in a dictionary is resolved in a method of its own. So
   * this method holds few loops and compiles fast (it runs in slow, profiled code until the C2 compiler is done
   * with it: with a trim and a hash loop per field inlined, that compile took seconds and the whole 1 M-row file
   * was read before it was ready).
   */
  boolean accept(CsvReader r, IdSet ids) {
    if (r.problem() != null || r.size() != width || r.nonAscii()) {
      return false;
    }
    byte[] b = r.bytes();
    if (!scan(r, b) || !textsFit(r, b)) {
      return false;
    }
    final int[] ts = this.ts;
    final int[] te = this.te;
    final int[] th = this.th;
    int is = ts[id];
    int ie = te[id];
    if (is == ie) {
      return false;
    }
    Object[] st = ts[stage] == te[stage] ? null : stages.get(b, ts[stage], te[stage], th[stage]);
    if (st == null) {
      st = (Object[]) miss(STAGE, b, stage);
    }
    if (st == UNKNOWN) {
      return false;
    }
    String stageValue = (String) st[0];
    Outcome outcome = (Outcome) st[1];
    int createdDay = created < 0 ? NO_DATE : day(ts[created], te[created], b);
    if (createdDay == Integer.MAX_VALUE) {
      return false;
    }
    int closedDay = closed < 0 ? NO_DATE : day(ts[closed], te[closed], b);
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
    if (amount >= 0 && ts[amount] < te[amount]) {
      cu = currency(b);
      if (cu == null) {
        return false;
      }
      m = parsers.minorFast(b, ts[amount], te[amount], cu);
      if (m < 0) {
        return false;
      }
    }
    String reason = null;
    if (lostReason >= 0 && ts[lostReason] < te[lostReason]) {
      reason = lostReasons.get(b, ts[lostReason], te[lostReason], th[lostReason]);
      if (reason == null) {
        reason = (String) miss(LOST_REASON, b, lostReason);
      }
      if (reason == NONE) {
        return false;
      }
    }
    String at = null;
    if (lostAt >= 0 && ts[lostAt] < te[lostAt]) {
      at = lostAts.get(b, ts[lostAt], te[lostAt], th[lostAt]);
      if (at == null) {
        at = (String) miss(LOST_AT, b, lostAt);
      }
      if (at == NONE) {
        return false;
      }
    }
    if (joinColumn.length > 0 && !joinsHit(b)) {
      return false;
    }
    String acc = null;
    if (account >= 0 && outcome == Outcome.WON && closedDay != NO_DATE && ts[account] < te[account]) {
      // only new customers need the account
      acc = accounts.get(b, ts[account], te[account], th[account]);
      if (acc == null) {
        acc = (String) miss(ACCOUNT, b, account);
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
    rowOutcome = outcome;
    rowStage = stageValue;
    rowCreated = createdDay;
    rowClosed = closedDay;
    rowReason = lost ? reason : null;
    rowAt = lost ? at : null;
    rowAccount = acc;
    rowId = idValue;
    return true;
  }

  /**
   * Hands the row {@link #accept} just took to the sink. Apart from {@code accept}, so that the sinks' code is
   * compiled on its own rather than into {@code accept} (a smaller, earlier C2 compile of the hot method).
   */
  void deliver() {
    sink.deal(rowOutcome, rowStage, rowCreated, rowClosed, amountCurrency, minor, rowReason, rowAt, rowAccount, rowId);
  }

  /**
   * Trims every field as CsvReader.text strips ASCII white space into {@link #ts}/{@link #te} and hashes the
   * dictionary columns into {@link #th}; false when a required field is blank.
   */
  private boolean scan(CsvReader r, byte[] b) {
    for (int i = 0; i < width; i++) {
      int s = r.start(i);
      int e = r.end(i);
      while (s < e && CsvReader.asciiSpace(b[s])) {
        s++;
      }
      while (e > s && CsvReader.asciiSpace(b[e - 1])) {
        e--;
      }
      ts[i] = s;
      te[i] = e;
      if (hashed[i]) {
        th[i] = ByteDict.hash(b, s, e);
      }
    }
    for (int i : required) {
      if (ts[i] == te[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the checked text values fit: stripped, not too long, and no control character inside (only looked
   * for when the reader saw one in the record).
   */
  private boolean textsFit(CsvReader r, byte[] b) {
    boolean control = r.control();
    for (int k = 0; k < checked.length; k++) {
      int i = checked[k];
      if (te[i] - ts[i] > checkedMax[k]) {
        return false;
      }
      if (control && hasControl(b, r.start(i), r.end(i))) {
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

  /** Whether every join key of the row is blank or found. */
  private boolean joinsHit(byte[] b) {
    for (int j = 0; j < joinColumn.length; j++) {
      int c = joinColumn[j];
      if (c < 0 || ts[c] == te[c]) {
        continue; // no key's column in the mapping, or a blank key: no lookup
      }
      Boolean hit = joinHits.get(j).get(b, ts[c], te[c], th[c]);
      if (hit == null) {
        hit = (Boolean) miss(JOIN + j, b, c);
      }
      if (!hit) {
        return false;
      }
    }
    return true;
  }

  private static final int STAGE = 0;
  private static final int CURRENCY = 1;
  private static final int LOST_REASON = 2;
  private static final int LOST_AT = 3;
  private static final int ACCOUNT = 4;
  private static final int JOIN = 5;

  /**
   * Resolves a value not yet in its column's dictionary (the trimmed field {@code c}; {@code kind}: which
   * dictionary, {@code JOIN + j} for join j) and puts it there: one method for every dictionary, big enough not to
   * be inlined into {@link #accept}, where it is rarely called. Blank stage: UNKNOWN, not put.
   */
  private Object miss(int kind, byte[] b, int c) {
    int s = ts[c];
    int e = te[c];
    int h = th[c];
    String v = text(b, s, e);
    switch (kind) {
      case STAGE: {
        if (s == e) {
          return UNKNOWN;
        }
        String mapped = mapping.stages().get(v);
        Object[] st;
        if (mapped == null) {
          st = UNKNOWN;
        } else {
          Outcome o = mapping.wonStages().contains(mapped) ? Outcome.WON : mapping.lostStages().contains(mapped) ? Outcome.LOST : Outcome.OPEN;
          st = new Object[] {mapped, o};
        }
        stages.put(b, s, e, h, st);
        return st;
      }
      case CURRENCY: {
        Object cu;
        try {
          cu = Monies.currency(v, "currency");
        } catch (IllegalArgumentException ex) {
          cu = NONE;
        }
        currencies.put(b, s, e, h, cu);
        return cu;
      }
      case LOST_REASON: {
        String reason = mapping.lostReasons().isEmpty() ? v : mapping.lostReasons().get(v);
        if (reason == null) {
          reason = NONE;
        }
        lostReasons.put(b, s, e, h, reason);
        return reason;
      }
      case LOST_AT: {
        String at = mapping.stages().getOrDefault(v, mapping.stageOrder().contains(v) ? v : null);
        if (at == null || !mapping.stageOrder().contains(at)) {
          at = NONE;
        }
        lostAts.put(b, s, e, h, at);
        return at;
      }
      case ACCOUNT:
        accounts.put(b, s, e, h, v);
        return v;
      default: {
        int j = kind - JOIN;
        Boolean hit = joinLookups.get(j).apply(v) != null;
        joinHits.get(j).put(b, s, e, h, hit);
        return hit;
      }
    }
  }

  /** The currency of the current row's amount, or null when the explained path must decide. */
  private CurrencyUnit currency(byte[] b) {
    if (currency < 0 || ts[currency] == te[currency]) {
      return defaultCurrency;
    }
    Object cu = currencies.get(b, ts[currency], te[currency], th[currency]);
    if (cu == null) {
      cu = miss(CURRENCY, b, currency);
    }
    return cu == NONE ? null : (CurrencyUnit) cu;
  }

  /** The epoch day of the trimmed date in [s, e), NO_DATE when blank, Integer.MAX_VALUE when not sure. */
  private int day(int s, int e, byte[] b) {
    if (s == e) {
      return NO_DATE;
    }
    int day = parsers.epochDay(b, s, e);
    return day < MIN_DAY || day > MAX_DAY ? Integer.MAX_VALUE : day;
  }

  private static String text(byte[] b, int s, int e) {
    return new String(b, s, e - s, StandardCharsets.ISO_8859_1);
  }

  /** Values by byte sequence (up to a bound: then lookups miss, which is only slower). Not thread-safe. */
  static final class ByteDict<V> {
    private static final int MAX = 1 << 16;
    private byte[][] keys = new byte[64][];
    private Object[] values = new Object[64];
    private int size;

    /** The hash the dictionaries take: of bytes [s, e). */
    static int hash(byte[] b, int s, int e) {
      int h = 1;
      for (int k = s; k < e; k++) {
        h = 31 * h + b[k];
      }
      return h ^ h >>> 16;
    }

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

    /** The value of bytes [s, e), whose {@link #hash} is {@code h}, or null. */
    @SuppressWarnings("unchecked")
    V get(byte[] b, int s, int e, int h) {
      byte[][] ks = keys;
      int mask = ks.length - 1;
      int slot = h & mask;
      while (true) {
        byte[] k = ks[slot];
        if (k == null) {
          return null;
        }
        if (same(k, b, s, e)) {
          return (V) values[slot];
        }
        slot = slot + 1 & mask;
      }
    }

    /** Puts the value of bytes [s, e), whose {@link #hash} is {@code h}. */
    void put(byte[] b, int s, int e, int h, V v) {
      if (size >= MAX) {
        return;
      }
      int mask = keys.length - 1;
      int slot = h & mask;
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
