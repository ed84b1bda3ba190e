package dev.salesops.cli.export;

import dev.salesops.core.model.Outcome;
import dev.salesops.core.money.Monies;
import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Streams an opportunity export (CSV with a header line) through a {@link ExportMapping}: every row becomes
 * either an {@link ExportRow} or one or more {@link RowIssue}s naming line, column, value and reason.
 *
 * <p>A row is refused (and every reason reported) for: a row with more or fewer fields than the header or
 * broken quoting, a missing id or stage, a duplicate id, an unknown stage value, an unparseable or impossible
 * date or one outside years 1000..9999, a close date before the created date, a closed deal whose close-date
 * cell is blank (when the mapping has a close-date column), an open deal with a close date (unless the mapping
 * says the column is the expected close date), an unparseable, negative or over-precise amount, an unknown
 * currency, an amount without any currency, an unparseable cycle-days value, an unknown lost reason or
 * lost-at stage (when the mapping lists them), a join key with no match in its side file, a required field
 * left blank, or a text value longer than 128 characters (free dimensions 1,000) or holding a control
 * character (a quoted line break included). Blank optional fields are <em>not</em> errors: the row is kept and
 * left out only of the KPIs that need the field; a field the mapping does not have at all is said once, up
 * front, by the report.
 *
 * <p>The file is read once, with the strict linear {@link CsvReader}: header indexes resolved once, no
 * regular expressions, no per-row maps, fast date and amount parsing equal to the strict parsing
 * ({@link ValueParsers}). Memory is proportional to the side files, the distinct dimension values and the
 * ids seen (kept compactly for duplicate detection, about 10 bytes plus the id's length each), not to the rows;
 * with {@code "duplicateIds": "sumAmounts"} one pending deal per id is held until the end.
 *
 * <p>Not thread-safe: one reader per file.
 */
public final class ExportReader {
  /** Standard dimension fields, in the order of the dimension slots. */
  private static final Field[] STANDARD_DIMENSIONS = {
      Field.OWNER, Field.ACCOUNT, Field.PRODUCT, Field.TEAM, Field.REGION, Field.CHANNEL, Field.SOURCE, Field.SEGMENT};
  private static final int MAX_TEXT = 128;
  private static final int MAX_FREE_TEXT = 1000;

  private final ExportMapping mapping;
  private final ValueParsers parsers;
  private final Map<ExportMapping.Join, Side> sides = new LinkedHashMap<>();
  /** Dimension slot names: the standard ones, the mapping's extra dimensions, then new dimensions of joins. */
  private final String[] slotNames;
  private final Map<String, Integer> slotOf = new HashMap<>();
  private final Map<String, Long> usedMinor = new TreeMap<>();
  private final Map<String, Long> skippedMinor = new TreeMap<>();
  private final Set<String> currenciesUsed = new java.util.TreeSet<>();
  /** Minor-unit sums of used rows per currency while reading (folded into usedMinor at the end). */
  private final Map<CurrencyUnit, long[]> usedSums = new HashMap<>();
  private CurrencyUnit lastUsed;
  private long[] lastUsedSum;

  /** A side file, its entries by normalised key, and a memo of the export's raw values. */
  private static final class Side {
    final ExportMapping.Join join;
    final Map<String, String[]> byKey = new HashMap<>();
    final Map<String, String[]> memo = new HashMap<>();
    int[] slots;
    static final String[] NONE = new String[0];

    Side(ExportMapping.Join join) {
      this.join = join;
    }

    /** As {@link #lookup} without the memo: safe to call from another thread while the reader runs. */
    String[] find(String raw) {
      String alias = join.aliases().get(raw);
      String[] m = byKey.getOrDefault(join.normalised(alias != null ? alias : raw), NONE);
      return m == NONE ? null : m;
    }

    String[] lookup(String raw) {
      String[] m = memo.get(raw);
      if (m == null) {
        String alias = join.aliases().get(raw);
        String key = join.normalised(alias != null ? alias : raw);
        m = byKey.getOrDefault(key, NONE);
        if (memo.size() < 1_000_000) {
          memo.put(raw, m);
        }
      }
      return m == NONE ? null : m;
    }
  }

  private ExportReader(ExportMapping mapping) {
    this.mapping = mapping;
    this.parsers = new ValueParsers(mapping);
    List<String> names = new ArrayList<>();
    for (Field f : STANDARD_DIMENSIONS) {
      names.add(f.key());
    }
    names.addAll(mapping.dimensions().keySet());
    for (ExportMapping.Join j : mapping.joins()) {
      for (String target : j.columns().keySet()) {
        if (!names.contains(target)) {
          names.add(target);
        }
      }
    }
    this.slotNames = names.toArray(new String[0]);
    for (int i = 0; i < slotNames.length; i++) {
      slotOf.put(slotNames[i], i);
    }
  }

  /** A reader for {@code mapping}; side files are loaded now. */
  public static ExportReader of(ExportMapping mapping) throws IOException {
    ExportReader r = new ExportReader(mapping);
    for (ExportMapping.Join j : mapping.joins()) {
      r.sides.put(j, r.loadSide(j));
    }
    return r;
  }

  /** Opens {@code file}, saying which file is missing or unreadable and what to check. */
  static InputStream open(Path file, String role) throws IOException {
    try {
      return Files.newInputStream(file);
    } catch (NoSuchFileException | FileNotFoundException e) {
      throw new IOException(role + " " + file + " does not exist (relative paths are resolved against "
          + (role.startsWith("side file") ? "the mapping file's folder" : "the current folder " + Path.of("").toAbsolutePath()) + ")", e);
    } catch (java.nio.file.AccessDeniedException e) {
      throw new IOException(role + " " + file + " cannot be read (permission denied)", e);
    } catch (IOException e) {
      throw new IOException(role + " " + file + " cannot be read: " + e.getMessage(), e);
    }
  }

  private Side loadSide(ExportMapping.Join join) throws IOException {
    Side side = new Side(join);
    String name = String.valueOf(join.file().getFileName());
    try (CsvReader r = new CsvReader(open(join.file(), "side file"), name, mapping.delimiter())) {
      if (!r.next()) {
        throw new IOException(name + " is empty (a side file needs a header line)");
      }
      List<String> header = header(r);
      int key = header.indexOf(join.keyColumn());
      if (key < 0) {
        throw new IOException(name + " has no key column \"" + join.keyColumn() + "\" (columns: " + header + ")");
      }
      List<String> targets = new ArrayList<>(join.columns().keySet());
      int[] idx = new int[targets.size()];
      side.slots = new int[targets.size()];
      for (int i = 0; i < idx.length; i++) {
        String c = join.columns().get(targets.get(i));
        idx[i] = header.indexOf(c);
        if (idx[i] < 0) {
          throw new IOException(name + " has no column \"" + c + "\" (columns: " + header + ")");
        }
        side.slots[i] = slotOf.get(targets.get(i));
      }
      while (r.next()) {
        String[] values = new String[idx.length];
        for (int i = 0; i < idx.length; i++) {
          String v = r.text(idx[i]);
          String bad = v.isEmpty() ? null : textProblem(v, MAX_TEXT);
          if (bad != null) {
            throw new IOException(name + " line " + r.line() + ", column \"" + join.columns().get(targets.get(i)) + "\": " + bad);
          }
          values[i] = v.isEmpty() ? null : v;
        }
        side.byKey.putIfAbsent(join.normalised(r.text(key)), values);
      }
    }
    return side;
  }

  /** What a read saw. */
  public record Summary(long rowsRead, long rowsUsed, long rowsSkipped, long issues) {}

  /**
   * Reads {@code csv}, handing usable rows to {@code rows} and every problem to {@code issues}; in
   * {@code strict} mode the first problem throws a {@link StrictModeException} with the same message.
   * {@code progress} is called every 100,000 rows with the number of rows read.
   */
  public Summary read(Path csv, Consumer<ExportRow> rows, Consumer<RowIssue> issues, boolean strict, LongConsumer progress)
      throws IOException {
    return read(csv, null, rows, issues, strict, progress);
  }

  /**
   * As {@link #read(Path, Consumer, Consumer, boolean, LongConsumer)}, with a fast lane: the rows it is sure are
   * clean go to {@code fast} as values instead of to {@code rows} (see {@link FastSink}); every other row, and every
   * issue, is read as without it. {@code fast} null: no fast lane.
   */
  public Summary read(Path csv, FastSink fast, Consumer<ExportRow> rows, Consumer<RowIssue> issues, boolean strict,
      LongConsumer progress) throws IOException {
    return read(csv, fast, null, rows, issues, strict, progress);
  }

  /**
   * As {@link #read(Path, FastSink, Consumer, Consumer, boolean, LongConsumer)}, and on a file of at least {@link
   * #splitFrom(long) a few MiB} the second half is read at the same time on another thread by the fast lane alone,
   * into {@code tail}. That part counts only when every one of its rows is clean, unquoted and its ids are new to
   * the first part (then {@link #tailUsed()} is true: merge what {@code tail} received); otherwise this thread reads
   * it as usual and whatever {@code tail} received must be dropped. Either way the summary, issues and tallies are
   * those of a read on one thread.
   */
  public Summary read(Path csv, FastSink fast, FastSink tail, Consumer<ExportRow> rows, Consumer<RowIssue> issues, boolean strict,
      LongConsumer progress) throws IOException {
    tailUsed = false;
    long split = fast != null && tail != null ? splitOffset(csv) : -1;
    try (InputStream in = open(csv, "the export")) {
      headBytes = split > 0 ? split : sizeOrZero(csv);
      SplitStream ss = split > 0 ? new SplitStream(in, split) : null;
      return readStream(ss != null ? ss : in, String.valueOf(csv.getFileName()), fast, rows, issues, strict, progress,
          ss == null ? null : new Tail(csv, split, tail, ss));
    }
  }

  /**
   * Where the second part starts, in percent of the file: past the middle, as the second thread also adds its rows
   * up while the first hands them to the calling thread.
   */
  private static final int SPLIT_PERCENT = 54;

  /** The smallest file whose second half is read on another thread. */
  private long splitFrom = 4L << 20;
  private boolean tailUsed;

  /** Sets the smallest file whose second half is read on another thread (default 4 MiB); returns this reader. */
  public ExportReader splitFrom(long bytes) {
    this.splitFrom = bytes;
    return this;
  }

  /** Whether the last read took the second half of the file from its tail sink. */
  public boolean tailUsed() {
    return tailUsed;
  }

  /** The offset just after the first line feed past the middle of the file, or -1 (too small, none, a BOM-like byte next). */
  private long splitOffset(Path csv) throws IOException {
    long size;
    try {
      size = Files.size(csv);
    } catch (IOException e) {
      return -1;
    }
    if (size < splitFrom || size < 2) {
      return -1;
    }
    try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(csv)) {
      java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(64 * 1024);
      long at = size / 100 * SPLIT_PERCENT;
      while (at < size) {
        buf.clear();
        int n = ch.read(buf, at);
        if (n <= 0) {
          return -1;
        }
        for (int i = 0; i < n; i++) {
          if (buf.get(i) == '\n') {
            long split = at + i + 1;
            if (split >= size) {
              return -1;
            }
            buf.clear();
            buf.limit(1);
            return ch.read(buf, split) == 1 && buf.get(0) >= 0 ? split : -1;
          }
        }
        at += n;
      }
    }
    return -1;
  }

  /**
   * The export up to the split offset; there it asks once whether to stop (the tail took the rest) or go on.
   */
  private static final class SplitStream extends InputStream {
    private final InputStream in;
    private final long split;
    private long pos;
    private java.util.function.BooleanSupplier stopAtSplit;
    private int decided; // 0: not yet, 1: stop, 2: go on

    SplitStream(InputStream in, long split) {
      this.in = in;
      this.split = split;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (pos == split && decided == 0) {
        decided = stopAtSplit != null && stopAtSplit.getAsBoolean() ? 1 : 2;
      }
      if (decided == 1) {
        return -1;
      }
      if (decided == 0 && len > split - pos) {
        len = (int) (split - pos);
      }
      int n = in.read(b, off, len);
      if (n > 0) {
        pos += n;
      }
      return n;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  /** The second half of the file, read by the fast lane alone on its own thread. */
  private final class Tail {
    final Path file;
    final long from;
    final FastSink sink;
    final SplitStream head;
    final IdSet ids = new IdSet();
    final Map<CurrencyUnit, long[]> sums = new HashMap<>();
    long read;
    volatile boolean cancel;
    boolean clean;
    Thread thread;

    Tail(Path file, long from, FastSink sink, SplitStream head) {
      this.file = file;
      this.from = from;
      this.sink = sink;
      this.head = head;
    }

    void start(Read st) {
      int[] joinColumn = st.joinColumns();
      List<java.util.function.Function<String, String[]>> lookups = new ArrayList<>();
      for (Side side : st.sideList) {
        lookups.add(side::find);
      }
      FastLane lane = FastLane.of(mapping, new ValueParsers(mapping), sink, st.width, st.fieldIdx, st.extraIdx, joinColumn, lookups);
      if (lane == null) {
        return;
      }
      thread = new Thread(() -> run(lane), "sales-ops-reader-2");
      thread.setDaemon(true);
      thread.start();
      head.stopAtSplit = () -> finish(st);
    }

    private void run(FastLane lane) {
      try (InputStream in = Files.newInputStream(file)) {
        in.skipNBytes(from);
        CsvReader r = new CsvReader(in, String.valueOf(file.getFileName()), mapping.delimiter());
        long bytes = Files.size(file) - from;
        while (r.next()) {
          if (cancel || r.anyQuoted() || !lane.accept(r, ids)) {
            return;
          }
          lane.deliver();
          if (++read == ESTIMATE_AT) {
            ids.expect(expectedRows(read, r.offset(), bytes));
          }
          if (lane.amountCurrency != null) {
            long[] sum = sums.computeIfAbsent(lane.amountCurrency, c -> new long[1]);
            sum[0] = Math.addExact(sum[0], lane.minor);
          }
        }
        clean = true;
      } catch (IOException | RuntimeException e) {
        clean = false; // the first thread reads the part as usual and says what is wrong
      }
    }

    /** At the split: whether the tail took the rest (clean, and no id of it in the first part). */
    private boolean finish(Read st) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
      return clean && !st.ids.intersects(ids);
    }
  }

  /** As {@link #read(Path, FastSink, Consumer, Consumer, boolean, LongConsumer)}, from a stream named {@code name}. */
  public Summary read(InputStream in, String name, FastSink fast, Consumer<ExportRow> rows, Consumer<RowIssue> issues,
      boolean strict, LongConsumer progress) throws IOException {
    return readStream(in, name, fast, rows, issues, strict, progress);
  }

  /** As {@link #read(Path, Consumer, Consumer, boolean, LongConsumer)}, from a reader (small inputs: it is read whole). */
  public Summary read(Reader in, Consumer<ExportRow> rows, Consumer<RowIssue> issues, boolean strict, LongConsumer progress)
      throws IOException {
    StringWriter w = new StringWriter();
    in.transferTo(w);
    return readStream(new ByteArrayInputStream(w.toString().getBytes(StandardCharsets.UTF_8)), "the export", null, rows, issues, strict,
        progress);
  }

  /** Money of the used rows, in minor units per currency code. */
  public Map<String, Long> usedMinor() {
    return java.util.Collections.unmodifiableMap(usedMinor);
  }

  /** Money of the skipped rows whose amount could be read, in minor units per currency code. */
  public Map<String, Long> skippedMinor() {
    return java.util.Collections.unmodifiableMap(skippedMinor);
  }

  /** The currencies of the used rows' amounts. */
  public Set<String> currencies() {
    return java.util.Collections.unmodifiableSet(currenciesUsed);
  }

  private static List<String> header(CsvReader r) {
    List<String> out = new ArrayList<>(r.size());
    for (int i = 0; i < r.size(); i++) {
      out.add(r.text(i));
    }
    return out;
  }

  /** The state of one read. */
  private final class Read {
    final CsvReader r;
    final int width;
    final int[] fieldIdx = new int[Field.values().length];
    final int[] extraIdx;
    final int extraBase = STANDARD_DIMENSIONS.length;
    final CsvReader.StringCache cache = new CsvReader.StringCache(v -> textProblem(v, MAX_FREE_TEXT));
    final CsvReader.StringCache[] caches = new CsvReader.StringCache[Field.values().length];
    final IdSet ids = new IdSet();
    final Map<String, CurrencyUnit> currencies = new HashMap<>();
    final List<Side> sideList = new ArrayList<>(sides.values());
    final int[] sideOn;
    final LinkedHashMap<String, Pending> pending = mapping.duplicateIds() == ExportMapping.DuplicateIds.SUM_AMOUNTS ? new LinkedHashMap<>() : null;
    Money amount;
    /** The minor units of {@link #amount}. */
    long minor;

    Read(CsvReader r, List<String> header) {
      this.r = r;
      this.width = header.size();
      for (Field f : Field.values()) {
        String c = mapping.columns().get(f);
        fieldIdx[f.ordinal()] = c == null ? -1 : header.indexOf(c);
        int max = f == Field.LOST_REASON ? 64 : MAX_TEXT;
        caches[f.ordinal()] = new CsvReader.StringCache(v -> textProblem(v, max));
      }
      extraIdx = new int[mapping.dimensions().size()];
      int k = 0;
      for (String c : mapping.dimensions().values()) {
        extraIdx[k++] = header.indexOf(c);
      }
      sideOn = new int[sideList.size()];
      for (int i = 0; i < sideOn.length; i++) {
        sideOn[i] = slotOf.get(sideList.get(i).join.on());
      }
    }

    /** The fast lane of this read, or null when the mapping needs what only the explained path does. */
    FastLane fastLane(FastSink sink) {
      List<java.util.function.Function<String, String[]>> lookups = new ArrayList<>();
      for (Side side : sideList) {
        lookups.add(side::lookup);
      }
      return FastLane.of(mapping, parsers, sink, width, fieldIdx, extraIdx, joinColumns(), lookups);
    }

    /** Per join, the export column holding its key (-1: none). */
    int[] joinColumns() {
      int[] joinColumn = new int[sideList.size()];
      for (int j = 0; j < joinColumn.length; j++) {
        int slot = sideOn[j];
        joinColumn[j] = slot < extraBase ? fieldIdx[STANDARD_DIMENSIONS[slot].ordinal()]
            : slot - extraBase < extraIdx.length ? extraIdx[slot - extraBase] : -1;
      }
      return joinColumn;
    }
  }

  /** The first row of an id whose line items are summed. */
  private static final class Pending {
    final ExportRow first;
    long minor;
    final Set<String> copies = new HashSet<>();

    Pending(ExportRow first) {
      this.first = first;
      this.minor = first.amount().map(Money::getAmountMinorLong).orElse(0L);
    }
  }

  private Summary readStream(InputStream in, String name, FastSink fast, Consumer<ExportRow> rows, Consumer<RowIssue> issues,
      boolean strict, LongConsumer progress) throws IOException {
    return readStream(in, name, fast, rows, issues, strict, progress, null);
  }

  private Summary readStream(InputStream in, String name, FastSink fast, Consumer<ExportRow> rows, Consumer<RowIssue> issues,
      boolean strict, LongConsumer progress, Tail tail) throws IOException {
    try {
      return readRows(in, name, fast, rows, issues, strict, progress, tail);
    } finally {
      headBytes = 0;
      if (tail != null) {
        tail.cancel = true;
      }
    }
  }

  /**
   * The id sets are sized once from the first rows ({@link IdSet#expect}): after this many rows, the rows expected in
   * the bytes to read are estimated from the bytes they took.
   */
  private static final int ESTIMATE_AT = 8192;

  /** The bytes the current read's first thread reads from a file (to its split), 0 when unknown (a stream). */
  private long headBytes;

  /** Rows expected in {@code bytes}, from {@code rows} rows that took {@code took} bytes (with 10 % to spare). */
  static long expectedRows(long rows, long took, long bytes) {
    return took <= 0 ? rows : rows * bytes / took / 10 * 11;
  }

  private static long sizeOrZero(Path csv) {
    try {
      return Files.size(csv);
    } catch (IOException e) {
      return 0;
    }
  }

  private Summary readRows(InputStream in, String name, FastSink fast, Consumer<ExportRow> rows, Consumer<RowIssue> issues,
      boolean strict, LongConsumer progress, Tail tail) throws IOException {
    long read = 0;
    long used = 0;
    long skipped = 0;
    long issueCount = 0;
    usedMinor.clear();
    skippedMinor.clear();
    currenciesUsed.clear();
    CsvReader r = new CsvReader(in, name, mapping.delimiter());
    if (!r.next()) {
      throw new IOException(name + " is empty: an export needs a header line naming its columns");
    }
    List<String> header = header(r);
    checkHeader(name, header);
    Read st = new Read(r, header);
    FastLane lane = st.fastLane(fast);
    if (lane != null && tail != null) {
      tail.start(st);
    }
    List<RowIssue> found = new ArrayList<>();
    while (r.next()) {
      read++;
      if (read == ESTIMATE_AT && headBytes > 0) {
        st.ids.expect(expectedRows(read, r.offset(), headBytes));
      }
      if (lane != null && lane.accept(r, st.ids)) {
        lane.deliver();
        used++;
        if (lane.amountCurrency != null) {
          tallyUsed(lane.amountCurrency, lane.minor);
        }
        if (read % 100_000 == 0) {
          progress.accept(read);
        }
        continue;
      }
      found.clear();
      st.amount = null;
      ExportRow row = map(st, found);
      if (row != null && st.pending != null) {
        row = pend(st, row, found);
      }
      if (found.isEmpty()) {
        if (row != null) {
          used++;
          if (st.amount != null) {
            tallyUsed(st.amount.getCurrencyUnit(), st.minor);
          }
          rows.accept(row);
        } else {
          used++; // a line item summed into its deal
        }
      } else {
        skipped++;
        issueCount += found.size();
        if (st.amount != null) {
          tally(skippedMinor, st.amount);
        }
        if (strict) {
          throw new StrictModeException(found.get(0));
        }
        found.forEach(issues);
      }
      if (read % 100_000 == 0) {
        progress.accept(read);
      }
    }
    if (st.pending != null) {
      for (Pending p : st.pending.values()) {
        ExportRow f = p.first;
        ExportRow row = f.withAmount(f.amount().map(m -> Money.ofMinor(m.getCurrencyUnit(), p.minor)).orElse(null));
        row.amount().ifPresent(m -> currenciesUsed.add(m.getCurrencyUnit().getCode()));
        rows.accept(row);
      }
    }
    if (tail != null && tail.head.decided == 1) {
      tailUsed = true;
      read += tail.read;
      used += tail.read;
      for (Map.Entry<CurrencyUnit, long[]> e : tail.sums.entrySet()) {
        tallyUsed(e.getKey(), e.getValue()[0]);
      }
      progress.accept(read);
    }
    // a loop, not forEach/merge with lambdas: no invokedynamic bootstraps at every run's start-up (issue 14)
    for (Map.Entry<CurrencyUnit, long[]> e : usedSums.entrySet()) {
      String code = e.getKey().getCode();
      Long before = usedMinor.get(code);
      usedMinor.put(code, before == null ? e.getValue()[0] : Math.addExact(before, e.getValue()[0]));
      currenciesUsed.add(code);
    }
    usedSums.clear();
    lastUsed = null;
    return new Summary(read, used, skipped, issueCount);
  }

  private void tallyUsed(CurrencyUnit c, long minor) {
    if (c != lastUsed) {
      lastUsedSum = usedSums.get(c);
      if (lastUsedSum == null) {
        lastUsedSum = new long[1];
        usedSums.put(c, lastUsedSum);
      }
      lastUsed = c;
    }
    lastUsedSum[0] = Math.addExact(lastUsedSum[0], minor);
  }



  private static void tally(Map<String, Long> m, Money money) {
    m.merge(money.getCurrencyUnit().getCode(), money.getAmountMinorLong(), Math::addExact);
  }

  /** Line items: the first row of an id is held; later rows add their amounts (exact copies are duplicates). */
  private ExportRow pend(Read st, ExportRow row, List<RowIssue> issues) {
    String copy = rawRecord(st.r);
    Pending p = st.pending.get(row.id());
    if (p == null) {
      p = new Pending(row);
      p.copies.add(copy);
      st.pending.put(row.id(), p);
      tallyPending(row);
      return null;
    }
    if (!p.copies.add(copy)) {
      issues.add(new RowIssue(row.line(), column(Field.ID), row.id(), "duplicate id: the row is an exact copy of an earlier row of this id"));
      return null;
    }
    if (row.amount().isPresent()) {
      Money m = row.amount().get();
      Optional<Money> firstAmount = p.first.amount();
      if (firstAmount.isPresent() && !firstAmount.get().getCurrencyUnit().equals(m.getCurrencyUnit())) {
        issues.add(new RowIssue(row.line(), column(Field.CURRENCY), m.getCurrencyUnit().getCode(),
            "line item in another currency than the first row of id " + row.id() + " (" + firstAmount.get().getCurrencyUnit() + ")"));
        return null;
      }
      if (firstAmount.isEmpty()) {
        issues.add(new RowIssue(row.line(), column(Field.AMOUNT), m.getAmount().toPlainString(),
            "line item with an amount although the first row of id " + row.id() + " has none"));
        return null;
      }
      p.minor = Math.addExact(p.minor, m.getAmountMinorLong());
      tally(usedMinor, m);
    }
    return null;
  }

  private void tallyPending(ExportRow row) {
    row.amount().ifPresent(m -> tally(usedMinor, m));
  }

  private static String rawRecord(CsvReader r) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < r.size(); i++) {
      b.append(r.text(i)).append('\u0000');
    }
    return b.toString();
  }

  private void checkHeader(String name, List<String> header) throws IOException {
    List<String> missing = new ArrayList<>();
    List<String> wanted = new ArrayList<>(mapping.columns().values());
    wanted.addAll(mapping.dimensions().values());
    for (String c : wanted) {
      if (!header.contains(c) && !missing.contains(c)) {
        missing.add(c);
      }
    }
    if (!missing.isEmpty()) {
      throw new IOException(name + " has no column(s) " + missing + " named in the mapping (columns: " + header + ")");
    }
    for (String c : wanted) {
      int first = header.indexOf(c);
      int last = header.lastIndexOf(c);
      if (first != last) {
        throw new IOException(name + " has the column \"" + c + "\" twice (columns " + (first + 1) + " and " + (last + 1)
            + "): the mapping cannot tell which one it means; rename one in the header");
      }
    }
  }

  /** Why a text value cannot be used, or null. */
  static String textProblem(String v, int max) {
    if (v.length() > max) {
      return "value longer than " + max + " characters (" + v.length() + ")";
    }
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (Character.isISOControl(c)) {
        return "value holds a control character (U+" + String.format("%04X", (int) c) + (c == '\n' || c == '\r' ? ", a line break" : "") + ")";
      }
    }
    return null;
  }

  private static String shorten(String v) {
    String s = v.length() > 60 ? v.substring(0, 57) + "..." : v;
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      b.append(Character.isISOControl(c) ? ' ' : c);
    }
    return b.toString();
  }

  private String text(Read st, Field f, List<RowIssue> issues, boolean cached, int max) {
    int i = st.fieldIdx[f.ordinal()];
    if (i < 0) {
      return null;
    }
    CsvReader.StringCache cache = st.caches[f.ordinal()];
    String v = cached ? st.r.text(i, cache) : st.r.text(i);
    if (v.isEmpty()) {
      return null;
    }
    String bad = cached ? cache.lastProblem : textProblem(v, max);
    if (bad != null) {
      issues.add(new RowIssue(st.r.line(), column(f), shorten(v), bad));
      return null;
    }
    return v;
  }

  private ExportRow map(Read st, List<RowIssue> issues) {
    CsvReader r = st.r;
    long line = r.line();
    if (r.problem() != null) {
      issues.add(new RowIssue(line, "(row)", "", r.problem()));
    }
    if (r.size() != st.width) {
      issues.add(new RowIssue(line, "(row)", String.valueOf(r.size()), "row has " + (r.size() > st.width ? "more" : "fewer")
          + " fields than the header's " + st.width + ":"));
      return null;
    }
    String[] slots = new String[slotNames.length];
    for (int k = 0; k < STANDARD_DIMENSIONS.length; k++) {
      slots[k] = text(st, STANDARD_DIMENSIONS[k], issues, true, MAX_TEXT);
    }
    int k = 0;
    for (Map.Entry<String, String> e : mapping.dimensions().entrySet()) {
      String v = r.text(st.extraIdx[k], st.cache);
      if (!v.isEmpty()) {
        String bad = st.cache.lastProblem;
        if (bad != null) {
          issues.add(new RowIssue(line, e.getValue(), shorten(v), bad));
        } else {
          slots[st.extraBase + k] = v;
        }
      }
      k++;
    }
    for (Field f : mapping.required()) {
      int i = st.fieldIdx[f.ordinal()];
      if (r.isBlank(i)) {
        issues.add(new RowIssue(line, column(f), "", f.key() + " is required by the mapping but blank"));
      }
    }

    String id = text(st, Field.ID, issues, false, MAX_TEXT);
    if (id == null) {
      if (r.isBlank(st.fieldIdx[Field.ID.ordinal()])) {
        issues.add(new RowIssue(line, column(Field.ID), "", "id is required but blank"));
      }
    } else if (st.pending == null) {
      boolean added;
      if (r.nonAscii()) {
        byte[] idBytes = id.getBytes(StandardCharsets.UTF_8);
        added = st.ids.add(idBytes, 0, idBytes.length);
      } else {
        int i = st.fieldIdx[Field.ID.ordinal()];
        int s = r.start(i);
        int e = r.end(i);
        byte[] b = r.bytes();
        while (s < e && CsvReader.asciiSpace(b[s])) {
          s++;
        }
        while (e > s && CsvReader.asciiSpace(b[e - 1])) {
          e--;
        }
        added = st.ids.add(b, s, e);
      }
      if (!added) {
        issues.add(new RowIssue(line, column(Field.ID), id, "duplicate id (an earlier row has it)"));
      }
    }
    String stageValue = text(st, Field.STAGE, issues, true, MAX_TEXT);
    String stage = null;
    Outcome outcome = Outcome.OPEN;
    if (stageValue == null) {
      if (r.isBlank(st.fieldIdx[Field.STAGE.ordinal()])) {
        issues.add(new RowIssue(line, column(Field.STAGE), "", "stage is required but blank"));
      }
    } else {
      stage = mapping.stages().get(stageValue);
      if (stage == null) {
        issues.add(new RowIssue(line, column(Field.STAGE), stageValue, "unknown stage value (not in the mapping's \"stages\")"));
      } else if (mapping.wonStages().contains(stage)) {
        outcome = Outcome.WON;
      } else if (mapping.lostStages().contains(stage)) {
        outcome = Outcome.LOST;
      }
    }
    LocalDate created = date(st, Field.CREATED, issues);
    LocalDate closed = date(st, Field.CLOSED, issues);
    int cycleIdx = st.fieldIdx[Field.CYCLE_DAYS.ordinal()];
    if (cycleIdx >= 0) {
      String v = r.text(cycleIdx);
      if (!v.isEmpty()) {
        long days = wholeDays(v);
        if (days < 0) {
          issues.add(new RowIssue(line, column(Field.CYCLE_DAYS), shorten(v), "cycle days must be a whole number of days from 0 to 36500"));
        } else if (created != null && st.fieldIdx[Field.CLOSED.ordinal()] < 0 && outcome != Outcome.OPEN) {
          closed = checkDay(created.plusDays(days), Field.CYCLE_DAYS, line, issues);
        } else if (closed != null && st.fieldIdx[Field.CREATED.ordinal()] < 0) {
          created = checkDay(closed.minusDays(days), Field.CYCLE_DAYS, line, issues);
        }
      }
    }
    if (stage != null) {
      if (outcome != Outcome.OPEN && closed == null && st.fieldIdx[Field.CLOSED.ordinal()] >= 0
          && r.isBlank(st.fieldIdx[Field.CLOSED.ordinal()])) {
        issues.add(new RowIssue(line, column(Field.CLOSED), "", "closed deal (" + stageValue + ") without a close date"));
      }
      if (outcome == Outcome.OPEN && closed != null) {
        if (mapping.closeDateOnOpenDeals() == ExportMapping.OpenCloseDate.ERROR && st.fieldIdx[Field.CLOSED.ordinal()] >= 0) {
          issues.add(new RowIssue(line, column(Field.CLOSED), closed.toString(), "open deal (" + stageValue + ") with a close date"));
        }
        closed = null;
      }
    }
    if (created != null && closed != null && closed.isBefore(created)) {
      issues.add(new RowIssue(line, column(Field.CLOSED), closed.toString(), "close date before the created date " + created));
    }
    Money amount = amount(st, line, issues);
    st.amount = amount;
    String lostReason = null;
    String reasonValue = text(st, Field.LOST_REASON, issues, true, 64);
    if (reasonValue != null) {
      if (mapping.lostReasons().isEmpty()) {
        lostReason = reasonValue;
      } else {
        lostReason = mapping.lostReasons().get(reasonValue);
        if (lostReason == null) {
          issues.add(new RowIssue(line, column(Field.LOST_REASON), reasonValue, "unknown lost reason (not in the mapping's \"lostReasons\")"));
        }
      }
    }
    String lostAt = null;
    String lostAtValue = text(st, Field.LOST_AT, issues, true, MAX_TEXT);
    if (lostAtValue != null) {
      String s = mapping.stages().getOrDefault(lostAtValue, mapping.stageOrder().contains(lostAtValue) ? lostAtValue : null);
      if (s == null || !mapping.stageOrder().contains(s)) {
        issues.add(new RowIssue(line, column(Field.LOST_AT), lostAtValue, "lost-at value is not an open stage of the mapping"));
      } else {
        lostAt = s;
      }
    }
    for (int j = 0; j < st.sideList.size(); j++) {
      Side side = st.sideList.get(j);
      String key = slots[st.sideOn[j]];
      if (key == null) {
        continue;
      }
      String[] match = side.lookup(key);
      if (match == null) {
        ExportMapping.Join jn = side.join;
        String col = Field.ofKey(jn.on()).map(this::column).orElse(mapping.dimensions().getOrDefault(jn.on(), jn.on()));
        issues.add(new RowIssue(line, col, key, "no match in " + jn.file().getFileName() + " (column \"" + jn.keyColumn() + "\")"
            + hint(side, key)));
      } else {
        for (int t = 0; t < match.length; t++) {
          if (match[t] != null && slots[side.slots[t]] == null) {
            slots[side.slots[t]] = match[t];
          }
        }
      }
    }
    if (!issues.isEmpty()) {
      return null;
    }
    return new ExportRow(line, id, stage, outcome, created, closed, amount, outcome == Outcome.LOST ? lostReason : null,
        outcome == Outcome.LOST ? lostAt : null, slotNames, slots, null);
  }

  /** A hint when the key would match with a normalisation the join does not use. */
  private static String hint(Side side, String key) {
    Set<ExportMapping.KeyNormalisation> all = java.util.EnumSet.allOf(ExportMapping.KeyNormalisation.class);
    String loose = ExportMapping.KeyNormalisation.apply(all, key);
    for (String k : side.byKey.keySet()) {
      if (ExportMapping.KeyNormalisation.apply(all, k).equals(loose)) {
        return "; it matches \"" + k + "\" when case, spaces and punctuation are ignored: add \"normalise\": [\"case\", \"space\","
            + " \"punctuation\"] or \"aliases\": {\"" + key + "\": \"" + k + "\"} to the join";
      }
    }
    return "";
  }

  /** A whole number of days in [0, 36500], or -1. */
  static long wholeDays(String v) {
    if (v.isEmpty() || v.length() > 5) {
      return -1;
    }
    long d = 0;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      d = d * 10 + (c - '0');
    }
    return d <= 36500 ? d : -1;
  }

  private LocalDate checkDay(LocalDate d, Field f, long line, List<RowIssue> issues) {
    int y = d.getYear();
    if (y < 1000 || y > 9999) {
      issues.add(new RowIssue(line, column(f), d.toString(), "date outside years 1000..9999"));
      return null;
    }
    return d;
  }

  private LocalDate date(Read st, Field f, List<RowIssue> issues) {
    int i = st.fieldIdx[f.ordinal()];
    if (i < 0) {
      return null;
    }
    CsvReader r = st.r;
    byte[] b = r.bytes();
    int s = r.start(i);
    int e = r.end(i);
    while (s < e && b[s] >= 0 && CsvReader.asciiSpace(b[s])) {
      s++;
    }
    while (e > s && b[e - 1] >= 0 && CsvReader.asciiSpace(b[e - 1])) {
      e--;
    }
    if (s == e) {
      return null;
    }
    String text = r.nonAscii() ? r.text(i) : null;
    LocalDate d = text != null && text.isEmpty() ? null : parsers.date(b, s, e, text);
    if (d == null) {
      if (text == null) {
        text = r.text(i);
      }
      if (!text.isEmpty()) {
        issues.add(new RowIssue(r.line(), column(f), shorten(text), "unparseable date (formats: " + String.join(", ", mapping.datePatterns()) + ")"));
      }
      return null;
    }
    return checkDay(d, f, r.line(), issues);
  }

  private Money amount(Read st, long line, List<RowIssue> issues) {
    int i = st.fieldIdx[Field.AMOUNT.ordinal()];
    if (i < 0) {
      return null;
    }
    CsvReader r = st.r;
    if (r.isBlank(i)) {
      return null;
    }
    CurrencyUnit currency;
    int ci = st.fieldIdx[Field.CURRENCY.ordinal()];
    String c = ci < 0 ? "" : r.text(ci, st.caches[Field.CURRENCY.ordinal()]);
    if (!c.isEmpty()) {
      currency = st.currencies.get(c);
      if (currency == null && !st.currencies.containsKey(c)) {
        try {
          currency = Monies.currency(c, "currency");
        } catch (IllegalArgumentException e) {
          currency = null;
        }
        st.currencies.put(c, currency);
      }
      if (currency == null) {
        issues.add(new RowIssue(line, column(Field.CURRENCY), shorten(c), "unknown currency code"));
        return null;
      }
    } else if (mapping.defaultCurrency().isPresent()) {
      currency = mapping.defaultCurrency().get();
    } else {
      issues.add(new RowIssue(line, column(Field.AMOUNT), shorten(r.text(i)), "amount without a currency (no currency value and no defaultCurrency)"));
      return null;
    }
    byte[] b = r.bytes();
    int s = r.start(i);
    int e = r.end(i);
    while (s < e && b[s] >= 0 && CsvReader.asciiSpace(b[s])) {
      s++;
    }
    while (e > s && b[e - 1] >= 0 && CsvReader.asciiSpace(b[e - 1])) {
      e--;
    }
    Money m = r.nonAscii() ? null : parsers.amountFast(b, s, e, currency);
    if (m != null) {
      st.minor = parsers.lastMinor();
      return m;
    }
    String v = r.text(i);
    ValueParsers.Amount a = parsers.amountStrict(v, currency);
    if (a.money() == null) {
      issues.add(new RowIssue(line, column(Field.AMOUNT), shorten(v), a.reason()));
    } else {
      st.minor = a.money().getAmountMinorLong();
    }
    return a.money();
  }

  private String column(Field f) {
    return mapping.columns().getOrDefault(f, f.key());
  }
}
