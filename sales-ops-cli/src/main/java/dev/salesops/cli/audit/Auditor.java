package dev.salesops.cli.audit;

import dev.salesops.core.json.JsonValue;
import dev.salesops.cli.export.ExportMapping;
import dev.salesops.cli.export.Field;
import dev.salesops.core.pipeline.SalesPipeline;
import dev.salesops.core.workflow.State;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.joda.money.CurrencyUnit;

/**
 * The data-quality audit of an opportunity export read through an {@link ExportMapping} and its side files, in
 * one streaming pass: memory grows with the distinct values of the categorical columns, the side files, the
 * groups of the outlier rule (binned) and one 16-byte entry per row for double entries, never with whole rows.
 * The finding classes and their rules are documented in {@code docs/CLI.md} ({@code sales-ops audit}).
 *
 * <p>Not thread-safe: one auditor per run.
 */
public final class Auditor {
  private static final Pattern PERSONAL = Pattern.compile("(?i).*(e-?mail|phone|mobile|contact|first ?name|last ?name|full ?name|person).*");
  private static final LocalDate UNPARSEABLE = LocalDate.MIN;
  private static final double BIN = 0.01;
  private static final int MAX_CACHED_DATES = 100_000;

  private final ExportMapping mapping;
  private final AuditConfig config;
  private final LocalDate asOf;
  private final List<String> notes = new ArrayList<>();
  private final Map<String, Acc> accs = new LinkedHashMap<>();
  private final List<CurrencyUnit> currencies = new ArrayList<>();
  private final Map<String, Integer> currencyIndex = new HashMap<>();
  private final Map<String, LocalDate> dateCache = new HashMap<>();
  private long[] totals = new long[0];
  private String file = "";
  private List<Side> sides = List.of();

  // per row
  private int rowCur;
  private long rowMinor;

  private Auditor(ExportMapping mapping, AuditConfig config, LocalDate asOf) {
    this.mapping = mapping;
    this.config = config;
    this.asOf = asOf;
  }

  /**
   * Audits {@code input} with the mapping file {@code mappingFile}: its {@code "audit"} object is read here
   * ({@link AuditConfig#read}), the rest by {@link ExportMapping}.
   *
   * @throws IOException naming the file, and the line where it applies, when a file cannot be read
   */
  public static AuditResult run(Path input, Path mappingFile, LocalDate asOf) throws IOException {
    JsonValue root;
    try (InputStream in = Files.newInputStream(mappingFile)) {
      root = dev.salesops.core.internal.json.JsonFields.read(in);
    } catch (NoSuchFileException e) {
      throw new IOException(mappingFile + ": no such file");
    } catch (dev.salesops.core.validation.ValidationException e) {
      // the reader's message names the path, rule, line and column, never the input's text
      throw new IOException(mappingFile + ": not valid JSON: " + e.getMessage());
    }
    AuditConfig config = AuditConfig.defaults();
    if (root.isObject() && root.has("audit")) {
      config = AuditConfig.read(root.get("audit"));
    }
    Path dir = mappingFile.toAbsolutePath().getParent();
    // the mapping reads the rest ("audit" is a field it knows and leaves to this reader)
    ExportMapping m = ExportMapping.parse(dev.salesops.core.json.JsonWriter.compact(root), dir);
    return run(input, m, config, asOf);
  }

  /** Audits {@code input} with a mapping and an audit configuration already read. */
  public static AuditResult run(Path input, ExportMapping mapping, AuditConfig config, LocalDate asOf) throws IOException {
    return new Auditor(mapping, config, asOf).audit(input);
  }

  // ---------------------------------------------------------------- accumulators

  /** One finding being accumulated. */
  private final class Acc {
    final String code;
    final String subject;
    long rows;
    long[] sums = new long[0];
    long entries;
    final List<AuditFinding.Example> examples = new ArrayList<>();
    final Map<String, Long> breakdown = new TreeMap<>();
    String detail = "";
    String fix = "";

    Acc(String code, String subject) {
      this.code = code;
      this.subject = subject;
    }

    void addValue(int cur, long minor) {
      if (cur >= 0) {
        if (sums.length <= cur) {
          sums = Arrays.copyOf(sums, currencies.size());
        }
        sums[cur] += minor;
      }
    }

    void example(String f, long line, String column, String value, boolean personal, String note) {
      if (examples.size() < AuditFinding.MAX_EXAMPLES) {
        examples.add(new AuditFinding.Example(f, line, column, personal || value == null ? Optional.empty() : Optional.of(value), personal, note));
      }
    }
  }

  private Acc acc(String code, String subject) {
    return accs.computeIfAbsent(code + "\u0000" + subject, k -> new Acc(code, subject));
  }

  /** A row of the export touched by a finding: counts it, adds its value, keeps it as an example. */
  private Acc hit(String code, String subject, long line, String column, String value, boolean personal, String note) {
    Acc a = acc(code, subject);
    a.rows++;
    a.addValue(rowCur, rowMinor);
    a.example(file, line, column, value, personal, note);
    return a;
  }

  /** Per distinct value of a categorical column: rows, first line, value per currency. */
  private static final class VStat {
    long count;
    final long firstLine;
    long[] sums = new long[0];

    VStat(long firstLine) {
      this.firstLine = firstLine;
    }
  }

  /** A categorical column (of the export, or joined from a side file). */
  private final class Cat {
    final String label;
    final String column;
    final String key;
    final boolean personal;
    final String sideFile;
    final Map<String, VStat> values = new HashMap<>();
    long untracked;

    Cat(String label, String column, String key, boolean personal, String sideFile) {
      this.label = label;
      this.column = column;
      this.key = key;
      this.personal = personal;
      this.sideFile = sideFile;
    }

    void add(String v, long line) {
      if (v.isEmpty()) {
        return;
      }
      VStat s = values.get(v);
      if (s == null) {
        if (values.size() >= config.nearMaxDistinct) {
          untracked++;
          return;
        }
        s = new VStat(line);
        values.put(v, s);
      }
      s.count++;
      if (rowCur >= 0) {
        if (s.sums.length <= rowCur) {
          s.sums = Arrays.copyOf(s.sums, currencies.size());
        }
        s.sums[rowCur] += rowMinor;
      }
    }
  }

  /** An entry of a side file. */
  private static final class SideEntry {
    final long line;
    final String[] joined;
    boolean used;
    BigDecimal listPrice; // exact, within DecimalBounds; null when the side file gives none
    LocalDate start;

    SideEntry(long line, String[] joined) {
      this.line = line;
      this.joined = joined;
    }
  }

  /** A side file and how the export joins it. */
  private final class Side {
    final ExportMapping.Join join;
    final String name;
    final int onIdx;
    final String onColumn;
    final boolean onPersonal;
    final Map<String, SideEntry> entries = new LinkedHashMap<>();
    final List<Cat> cats = new ArrayList<>();
    boolean hasListPrice;
    boolean hasStart;

    Side(ExportMapping.Join join, int onIdx, String onColumn, boolean onPersonal) {
      this.join = join;
      this.name = String.valueOf(join.file().getFileName());
      this.onIdx = onIdx;
      this.onColumn = onColumn;
      this.onPersonal = onPersonal;
    }
  }

  /** Log-amount histogram of one group for the outlier rule. */
  private static final class Hist {
    final String group;
    final int cur;
    final Map<Integer, long[]> bins = new HashMap<>();
    long n;
    final PriorityQueue<long[]> top = new PriorityQueue<>((x, y) -> Long.compare(x[0], y[0]));
    final PriorityQueue<long[]> bottom = new PriorityQueue<>((x, y) -> Long.compare(y[0], x[0]));

    Hist(String group, int cur) {
      this.group = group;
      this.cur = cur;
    }

    void add(double logAmount, long minor, long line) {
      int b = (int) Math.floor(logAmount / BIN);
      long[] c = bins.computeIfAbsent(b, k -> new long[2]);
      c[0]++;
      c[1] += minor;
      n++;
      keep(top, new long[] {minor, line});
      keep(bottom, new long[] {minor, line});
    }

    private static void keep(PriorityQueue<long[]> q, long[] e) {
      q.add(e);
      if (q.size() > AuditFinding.MAX_EXAMPLES) {
        q.poll();
      }
    }
  }

  // ---------------------------------------------------------------- the pass

  private static boolean personal(String column, AuditConfig config) {
    return config.personalColumns.contains(column) || PERSONAL.matcher(column).matches();
  }

  private boolean personalField(Field f, String column) {
    return f == Field.OWNER || personal(column, config);
  }

  // the state of an open audit (see begin, accept, finish)
  private List<String> raw;
  private Setup setup;
  private String[] vals;
  private long[] filled;
  private String[] first;
  private boolean[] varies;
  private long rows;
  private long longRows;
  private long shortRows;
  private boolean finished;

  /**
   * An audit fed row by row, for a host that already reads the export in its own pass (e.g. {@code report}
   * printing the audit's one-line summary): {@link #accept} each data row, then {@link #finish}. Side files are
   * loaded now.
   *
   * @param file the export's file name, as examples name it
   * @param header the header names as read (a leading byte-order mark and stray spaces are handled here)
   * @throws IOException when a column of the mapping is missing or a side file cannot be read
   */
  public static Auditor begin(ExportMapping mapping, AuditConfig config, LocalDate asOf, String file, List<String> header) throws IOException {
    Auditor a = new Auditor(mapping, config, asOf);
    a.file = file;
    a.open(header);
    return a;
  }

  private void open(List<String> headerAsRead) throws IOException {
    raw = new ArrayList<>(headerAsRead);
    List<String> header = new ArrayList<>();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < raw.size(); i++) {
      String h = i == 0 && raw.get(i).startsWith("\uFEFF") ? raw.get(i).substring(1) : raw.get(i);
      raw.set(i, h);
      header.add(h.strip());
      index.putIfAbsent(h.strip(), i);
    }
    List<String> missing = new ArrayList<>();
    mapping.columns().values().forEach(c -> {
      if (!index.containsKey(c)) {
        missing.add(c);
      }
    });
    mapping.dimensions().values().forEach(c -> {
      if (!index.containsKey(c)) {
        missing.add(c);
      }
    });
    if (!missing.isEmpty()) {
      throw new IOException(file + ": the export has no column(s) " + missing + " named in the mapping (columns: " + header + ")");
    }
    headerNames = List.copyOf(header);
    setup = setup(header, index);
    int n = header.size();
    vals = new String[n];
    filled = new long[n];
    first = new String[n];
    varies = new boolean[n];
  }

  /**
   * One data row: its fields as read (more or fewer than the header's are counted in the notes) and the line
   * it starts on (the header is line 1).
   */
  public void accept(List<String> fields, long line) {
    if (finished) {
      throw new IllegalStateException("the audit is finished");
    }
    int n = vals.length;
    rows++;
    int size = fields.size();
    if (size > n) {
      longRows++;
    } else if (size < n) {
      shortRows++;
    }
    for (int i = 0; i < n; i++) {
      String v = i < size ? fields.get(i).strip() : "";
      vals[i] = v;
      if (!v.isEmpty()) {
        filled[i]++;
        if (first[i] == null) {
          first[i] = v;
        } else if (!varies[i] && !first[i].equals(v)) {
          varies[i] = true;
        }
      }
    }
    row(setup, vals, line);
  }

  /** The result, once every row was accepted; the auditor cannot be used afterwards. */
  public AuditResult finish() {
    if (finished) {
      throw new IllegalStateException("the audit is finished");
    }
    finished = true;
    if (longRows > 0) {
      notes.add(longRows + " row(s) have more fields than the header; the extra fields were not audited");
    }
    if (shortRows > 0) {
      notes.add(shortRows + " row(s) have fewer fields than the header; the missing fields were taken as blank");
    }
    finish(setup, raw, headerNames, rows, filled, first, varies);
    List<AuditFinding> findings = new ArrayList<>();
    List<String> ran = new ArrayList<>();
    for (String code : AuditConfig.CLASSES) {
      if (!config.enabled(code)) {
        continue;
      }
      ran.add(code);
      List<AuditFinding> mine = new ArrayList<>();
      for (Acc a : accs.values()) {
        if (a.code.equals(code) && (a.rows > 0 || a.entries > 0)) {
          mine.add(new AuditFinding(a.code, a.subject, Definitions.of(code), a.detail, new AuditFinding.Count(a.rows, rows),
              values(a.sums), a.entries, a.examples, a.breakdown, a.fix.isEmpty() ? Definitions.fix(code) : a.fix));
        }
      }
      mine.sort((x, y) -> Long.compare(y.rows().count(), x.rows().count()));
      findings.addAll(mine);
    }
    Map<String, BigDecimal> tot = new LinkedHashMap<>();
    for (int i = 0; i < currencies.size(); i++) {
      tot.put(currencies.get(i).getCode(), major(i, i < totals.length ? totals[i] : 0));
    }
    return new AuditResult(file, asOf, rows, headerNames.size(), tot, ran, findings, notes);
  }

  private AuditResult audit(Path input) throws IOException {
    file = String.valueOf(input.getFileName());
    try (Reader in = Files.newBufferedReader(input, StandardCharsets.UTF_8);
        CSVParser p = format(mapping.delimiter()).parse(in)) {
      open(p.getHeaderNames());
      long line = 1;
      try {
        for (CSVRecord rec : p) {
          long start = line + 1;
          line = Math.max(start, p.getCurrentLineNumber());
          accept(rec.toList(), start);
        }
      } catch (UncheckedIOException e) {
        throw unreadable(input, line + 1, e.getCause());
      } catch (IllegalStateException | IllegalArgumentException e) {
        throw new IOException(file + " line " + (line + 1) + ": not readable as CSV (" + e.getMessage() + "); check the quotes and the delimiter");
      }
    } catch (CharacterCodingException e) {
      throw unreadable(input, 0, e);
    } catch (NoSuchFileException e) {
      throw new IOException(input + ": no such file");
    }
    return finish();
  }

  private IOException unreadable(Path input, long line, Throwable cause) {
    if (cause instanceof CharacterCodingException) {
      return new IOException(input.getFileName() + (line > 0 ? " near line " + line : "") + ": not UTF-8 text (a byte that is not valid UTF-8); save the export as UTF-8");
    }
    return new IOException(input.getFileName() + (line > 0 ? " line " + line : "") + ": cannot be read: " + (cause == null ? "" : cause.getMessage()));
  }

  private List<AuditFinding.Value> values(long[] sums) {
    List<AuditFinding.Value> out = new ArrayList<>();
    for (int i = 0; i < sums.length; i++) {
      if (sums[i] != 0) {
        out.add(new AuditFinding.Value(currencies.get(i).getCode(), major(i, sums[i]), major(i, totals[i])));
      }
    }
    return out;
  }

  private BigDecimal major(int cur, long minor) {
    return BigDecimal.valueOf(minor, currencies.get(cur).getDecimalPlaces());
  }

  /** Column positions and side files, resolved once. */
  private final class Setup {
    int id = -1;
    int stage = -1;
    int account = -1;
    int product = -1;
    int amount = -1;
    int currency = -1;
    int created = -1;
    int closed = -1;
    int expected = -1;
    boolean expectedIsClosed;
    int stageChanged = -1;
    int[] doubleCols;
    final List<Cat> cats = new ArrayList<>();
    final List<int[]> catCols = new ArrayList<>();
    final List<Side> sides = new ArrayList<>();
    final Map<String, Integer> stallDays = new HashMap<>();
    final Map<String, Hist> hists = new HashMap<>();
    final List<String> casingLabels = new ArrayList<>();
    final List<Integer> casingCols = new ArrayList<>();
    long[][] casing;
    List<List<List<Object[]>>> casingExamples;
    long lost;
    long lostNonZero;
    final List<long[]> lostExamples = new ArrayList<>();
    LongLongMap seen;
  }

  private Setup setup(List<String> header, Map<String, Integer> index) throws IOException {
    Setup s = new Setup();
    Map<Field, String> cols = mapping.columns();
    s.id = index.get(cols.get(Field.ID));
    s.stage = index.get(cols.get(Field.STAGE));
    s.account = cols.containsKey(Field.ACCOUNT) ? index.get(cols.get(Field.ACCOUNT)) : -1;
    s.product = cols.containsKey(Field.PRODUCT) ? index.get(cols.get(Field.PRODUCT)) : -1;
    s.amount = cols.containsKey(Field.AMOUNT) ? index.get(cols.get(Field.AMOUNT)) : -1;
    s.currency = cols.containsKey(Field.CURRENCY) ? index.get(cols.get(Field.CURRENCY)) : -1;
    s.created = cols.containsKey(Field.CREATED) ? index.get(cols.get(Field.CREATED)) : -1;
    s.closed = cols.containsKey(Field.CLOSED) ? index.get(cols.get(Field.CLOSED)) : -1;
    Map<String, Integer> dimIdx = new HashMap<>();
    for (Field f : Field.values()) {
      if ((f.isDimension() || f == Field.LOST_REASON) && cols.containsKey(f)) {
        int i = index.get(cols.get(f));
        dimIdx.put(f.key(), i);
        s.cats.add(new Cat(cols.get(f), cols.get(f), f.key(), personalField(f, cols.get(f)), null));
        s.catCols.add(new int[] {i});
      }
    }
    mapping.dimensions().forEach((name, col) -> {
      int i = index.get(col);
      dimIdx.put(name, i);
      s.cats.add(new Cat(col, col, name, personal(col, config), null));
      s.catCols.add(new int[] {i});
    });
    // double entries: every mapped column but the id
    java.util.TreeSet<Integer> dc = new java.util.TreeSet<>();
    cols.forEach((f, c) -> {
      if (f != Field.ID) {
        dc.add(index.get(c));
      }
    });
    mapping.dimensions().values().forEach(c -> dc.add(index.get(c)));
    s.doubleCols = dc.stream().mapToInt(Integer::intValue).toArray();
    if (config.enabled("double-entries")) {
      s.seen = new LongLongMap();
    }
    // expected close and stage-change columns
    if (config.expectedCloseColumn != null) {
      Integer i = index.get(config.expectedCloseColumn);
      if (i == null) {
        throw new IOException(file + ": has no column \"" + config.expectedCloseColumn + "\" named in audit.open-past-expected-close.column (columns: " + header + ")");
      }
      s.expected = i;
    } else if (mapping.closeDateOnOpenDeals() == ExportMapping.OpenCloseDate.IGNORE && s.closed >= 0) {
      s.expected = s.closed;
      s.expectedIsClosed = true;
    } else if (config.enabled("open-past-expected-close")) {
      notes.add("open-past-expected-close: not checked (no expected-close column: set audit.open-past-expected-close.column, "
          + "or closeDateOnOpenDeals \"ignore\" when the close column holds it on open deals)");
    }
    if (config.stageChangedColumn != null) {
      Integer i = index.get(config.stageChangedColumn);
      if (i == null) {
        throw new IOException(file + ": has no column \"" + config.stageChangedColumn + "\" named in audit.stale-open-deal.column (columns: " + header + ")");
      }
      s.stageChanged = i;
    } else if (config.enabled("stale-open-deal")) {
      notes.add("stale-open-deal: no stage-change column (audit.stale-open-deal.column): time since the created date was used, "
          + "which is at least the time in the current stage, so this class may over-count");
    }
    for (State st : SalesPipeline.definition().states()) {
      st.maxDwell().ifPresent(d -> s.stallDays.put(st.id(), (int) d.toDays()));
    }
    s.stallDays.putAll(config.stallDays);
    // side files
    for (ExportMapping.Join j : mapping.joins()) {
      Integer on = dimIdx.get(j.on());
      if (on == null) {
        Optional<Field> f = Field.ofKey(j.on());
        on = f.map(cols::get).map(index::get).orElse(null);
      }
      if (on == null) {
        continue;
      }
      String onColumn = header.get(on);
      boolean onPersonal = Field.ofKey(j.on()).map(f -> personalField(f, onColumn)).orElse(personal(onColumn, config));
      Side side = new Side(j, on, onColumn, onPersonal);
      loadSide(side);
      s.sides.add(side);
    }
    sides = s.sides;
    if (config.listPrice != null && config.enabled("won-far-from-list-price")
        && s.sides.stream().noneMatch(x -> x.hasListPrice)) {
      throw new IOException("audit.won-far-from-list-price: no join on \"" + config.listPrice.on() + "\" has a side file with the column \""
          + config.listPrice.column() + "\"");
    }
    if (config.listPrice == null && config.enabled("won-far-from-list-price")) {
      notes.add("won-far-from-list-price: not checked (no catalogue: set audit.won-far-from-list-price.on and .column)");
    }
    for (AuditConfig.EntityStart e : config.entityStarts) {
      if (s.sides.stream().noneMatch(x -> x.join.on().equals(e.on()) && x.hasStart)) {
        throw new IOException("audit.date-before-entity-start: no join on \"" + e.on() + "\" has a side file with the column \"" + e.column() + "\"");
      }
    }
    if (config.entityStarts.isEmpty() && config.enabled("date-before-entity-start")) {
      notes.add("date-before-entity-start: not checked (no entity start: set audit.date-before-entity-start.starts)");
    }
    if (s.account < 0 && config.enabled("missing-account")) {
      notes.add("missing-account: not checked (no account column mapped)");
    }
    if (s.amount < 0) {
      notes.add("amounts: no amount column mapped: the amount classes were not checked and no finding has a value");
    }
    // casing
    for (String c : config.casingColumns) {
      Integer i = dimIdx.get(c);
      if (i == null) {
        i = Field.ofKey(c).map(cols::get).map(index::get).orElse(null);
      }
      if (i != null) {
        s.casingLabels.add(header.get(i));
        s.casingCols.add(i);
      }
    }
    s.casing = new long[s.casingCols.size()][4];
    s.casingExamples = new ArrayList<>();
    for (int c = 0; c < s.casingCols.size(); c++) {
      List<List<Object[]>> per = new ArrayList<>();
      for (int k = 0; k < 4; k++) {
        per.add(new ArrayList<>());
      }
      s.casingExamples.add(per);
    }
    return s;
  }

  private void loadSide(Side side) throws IOException {
    ExportMapping.Join j = side.join;
    try (Reader in = Files.newBufferedReader(j.file(), StandardCharsets.UTF_8);
        CSVParser p = format(mapping.delimiter()).parse(in)) {
      List<String> header = new ArrayList<>();
      for (String h : p.getHeaderNames()) {
        header.add(h.startsWith("\uFEFF") ? h.substring(1).strip() : h.strip());
      }
      int key = header.indexOf(j.keyColumn());
      if (key < 0) {
        throw new IOException(side.name + " has no key column \"" + j.keyColumn() + "\" (columns: " + header + ")");
      }
      List<String> targets = new ArrayList<>(j.columns().keySet());
      int[] idx = new int[targets.size()];
      for (int t = 0; t < targets.size(); t++) {
        String c = j.columns().get(targets.get(t));
        idx[t] = header.indexOf(c);
        if (idx[t] < 0) {
          throw new IOException(side.name + " has no column \"" + c + "\" (columns: " + header + ")");
        }
        side.cats.add(new Cat(targets.get(t) + " (" + side.name + ")", c, targets.get(t), personal(c, config), side.name));
      }
      int price = -1;
      if (config.listPrice != null && config.listPrice.on().equals(j.on())) {
        price = header.indexOf(config.listPrice.column());
        side.hasListPrice = price >= 0;
      }
      int start = -1;
      for (AuditConfig.EntityStart e : config.entityStarts) {
        if (e.on().equals(j.on()) && header.indexOf(e.column()) >= 0) {
          start = header.indexOf(e.column());
          side.hasStart = true;
        }
      }
      long line = 1;
      for (CSVRecord rec : p) {
        long first = line + 1;
        line = Math.max(first, p.getCurrentLineNumber());
        String raw = key < rec.size() ? rec.get(key).strip() : "";
        // the side file's keys as the report's join compares them (the join's normalisation)
        String k = raw.isEmpty() ? raw : j.normalised(raw);
        if (k.isEmpty() || side.entries.containsKey(k)) {
          continue;
        }
        String[] joined = new String[idx.length];
        for (int t = 0; t < idx.length; t++) {
          joined[t] = idx[t] < rec.size() ? rec.get(idx[t]).strip() : "";
        }
        SideEntry e = new SideEntry(first, joined);
        if (price >= 0 && price < rec.size()) {
          try {
            BigDecimal d = new BigDecimal(rec.get(price).strip().replace(",", ""));
            if (d.signum() > 0 && dev.salesops.core.validation.DecimalBounds.within(d)) {
              e.listPrice = d;
            }
          } catch (NumberFormatException ex) {
            // no list price for this entry
          }
        }
        if (start >= 0 && start < rec.size()) {
          String v = rec.get(start).strip();
          if (v.matches("[0-9]{4}")) {
            e.start = LocalDate.of(Integer.parseInt(v), 1, 1);
          } else if (!v.isEmpty()) {
            LocalDate d = date(v);
            e.start = d == UNPARSEABLE ? null : d;
          }
        }
        side.entries.put(k, e);
      }
    } catch (NoSuchFileException e) {
      throw new IOException(j.file() + ": no such file (a side file of the mapping's joins)");
    } catch (CharacterCodingException e) {
      throw new IOException(side.name + ": not UTF-8 text; save it as UTF-8");
    } catch (UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
      throw new IOException(side.name + ": not readable as CSV (" + e.getMessage() + ")");
    }
  }

  private LocalDate date(String v) {
    LocalDate d = dateCache.get(v);
    if (d != null) {
      return d;
    }
    d = UNPARSEABLE;
    for (DateTimeFormatter f : mapping.dateFormats()) {
      try {
        d = LocalDate.from(f.parse(v));
        break;
      } catch (DateTimeException e) {
        // next format
      }
    }
    if (dateCache.size() < MAX_CACHED_DATES) {
      dateCache.put(v, d);
    }
    return d;
  }

  private LocalDate date(String[] vals, int i) {
    if (i < 0 || vals[i].isEmpty()) {
      return null;
    }
    LocalDate d = date(vals[i]);
    return d == UNPARSEABLE ? null : d;
  }

  private int currency(String code) {
    Integer i = currencyIndex.get(code);
    if (i != null) {
      return i;
    }
    CurrencyUnit u;
    try {
      u = CurrencyUnit.of(code.toUpperCase(Locale.ROOT));
    } catch (RuntimeException e) {
      currencyIndex.put(code, -1);
      return -1;
    }
    int at = currencies.indexOf(u);
    if (at < 0) {
      currencies.add(u);
      at = currencies.size() - 1;
      totals = Arrays.copyOf(totals, currencies.size());
    }
    currencyIndex.put(code, at);
    return at;
  }

  /** The amount in minor units, or -1 when blank or unreadable (negative, wrong separators, too many decimals). */
  private long minor(String text, int decimals) {
    if (text.isEmpty()) {
      return -1;
    }
    long v = 0;
    int frac = -1;
    int digits = 0;
    char dec = mapping.decimalSeparator();
    char grp = mapping.groupingSeparator().orElse('\uFFFF');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        if (frac >= 0) {
          frac++;
          if (frac > decimals) {
            if (c != '0') {
              return -1;
            }
            continue;
          }
        }
        if (++digits > 17) {
          return -1;
        }
        v = v * 10 + (c - '0');
      } else if (c == dec && frac < 0) {
        frac = 0;
      } else if (c == grp && frac < 0) {
        continue;
      } else if (c == '+' && i == 0) {
        continue;
      } else {
        return -1;
      }
    }
    if (digits == 0) {
      return -1;
    }
    for (int f = Math.max(frac, 0); f < decimals; f++) {
      v *= 10;
    }
    return v;
  }

  private void row(Setup s, String[] vals, long line) {
    // amount
    rowCur = -1;
    rowMinor = 0;
    boolean amountBlank = s.amount < 0 || vals[s.amount].isEmpty();
    if (!amountBlank) {
      String code = s.currency >= 0 && !vals[s.currency].isEmpty() ? vals[s.currency]
          : mapping.defaultCurrency().map(CurrencyUnit::getCode).orElse(null);
      int cur = code == null ? -1 : currency(code);
      if (cur >= 0) {
        long m = minor(vals[s.amount], currencies.get(cur).getDecimalPlaces());
        if (m >= 0) {
          rowCur = cur;
          rowMinor = m;
          totals[cur] += m;
        }
      }
    }
    String stageValue = vals[s.stage];
    String stage = mapping.stages().get(stageValue);
    boolean won = stage != null && mapping.wonStages().contains(stage);
    boolean lost = stage != null && mapping.lostStages().contains(stage);
    boolean open = stage != null && !won && !lost;
    // categorical values
    for (int c = 0; c < s.cats.size(); c++) {
      s.cats.get(c).add(vals[s.catCols.get(c)[0]], line);
    }
    // joins
    for (Side side : s.sides) {
      String k = vals[side.onIdx];
      if (k.isEmpty()) {
        continue;
      }
      // as the report looks a key up: the join's alias first, then its normalisation
      String alias = side.join.aliases().get(k);
      SideEntry e = side.entries.get(side.join.normalised(alias != null ? alias : k));
      if (e == null) {
        if (config.enabled("join-miss-export-key")) {
          hit("join-miss-export-key", side.onColumn + " -> " + side.name, line, side.onColumn, k, side.onPersonal,
              "no entry \"" + side.join.keyColumn() + "\" in " + side.name);
        }
        continue;
      }
      e.used = true;
      for (int t = 0; t < side.cats.size(); t++) {
        side.cats.get(t).add(e.joined[t], line);
      }
      if (won && e.listPrice != null && rowCur >= 0 && rowMinor > 0 && config.enabled("won-far-from-list-price")) {
        // exact money: amount / list price to 16 significant digits, compared with the factor both ways
        BigDecimal amount = BigDecimal.valueOf(rowMinor, currencies.get(rowCur).getDecimalPlaces());
        BigDecimal ratio = amount.divide(e.listPrice, java.math.MathContext.DECIMAL64);
        BigDecimal factor = config.listPrice.factor();
        if (ratio.compareTo(factor) > 0 || ratio.multiply(factor).compareTo(BigDecimal.ONE) < 0) {
          hit("won-far-from-list-price", header(s, s.amount) + " vs " + side.name + " " + config.listPrice.column(),
              line, header(s, s.amount), vals[s.amount], false, String.format(Locale.ROOT, "%.2f times the list price %s of %s", ratio,
                  e.listPrice.stripTrailingZeros().toPlainString(), side.onPersonal ? "(personal data)" : "\"" + k + "\""));
        }
      }
      if (e.start != null && config.enabled("date-before-entity-start")) {
        LocalDate d = date(vals, s.created >= 0 ? s.created : s.closed);
        if (d != null && d.isBefore(e.start)) {
          hit("date-before-entity-start", side.join.on() + " start (" + side.name + ")", line, header(s, s.created >= 0 ? s.created : s.closed), d.toString(), false,
              "before " + (side.onPersonal ? "its" : "\"" + k + "\"'s") + " start " + e.start + " (" + side.name + " line " + e.line + ")");
        }
      }
    }
    // missing account
    if (s.account >= 0 && vals[s.account].isEmpty() && config.enabled("missing-account")) {
      Acc a = hit("missing-account", header(s, s.account), line, header(s, s.account), null, false, "deal " + vals[s.id] + " (" + stageValue + ") has no account");
      a.breakdown.merge(stageValue.isEmpty() ? "(blank stage)" : stageValue, 1L, Long::sum);
    }
    // double entries
    if (s.seen != null) {
      long h = 0xcbf29ce484222325L;
      for (int i : s.doubleCols) {
        String v = vals[i];
        for (int k = 0; k < v.length(); k++) {
          h ^= v.charAt(k);
          h *= 0x100000001b3L;
        }
        h ^= 0x1F;
        h *= 0x100000001b3L;
      }
      long firstLine = s.seen.putIfAbsent(h, line);
      if (firstLine != 0) {
        hit("double-entries", "every mapped column but " + header(s, s.id), line, header(s, s.id), vals[s.id], false,
            "same as line " + firstLine + " on every mapped column except the id");
      }
    }
    // dates
    LocalDate created = date(vals, s.created);
    LocalDate closed = date(vals, s.closed);
    boolean closedIsActual = closed != null && !(open && mapping.closeDateOnOpenDeals() == ExportMapping.OpenCloseDate.IGNORE);
    if (created != null && closed != null && closedIsActual && closed.isBefore(created) && config.enabled("closed-before-created")) {
      hit("closed-before-created", header(s, s.closed) + " < " + header(s, s.created), line, header(s, s.closed), vals[s.closed], false,
          "closed " + ChronoUnit.DAYS.between(closed, created) + " days before it was created (" + created + ")");
    }
    if (config.enabled("date-after-as-of")) {
      if (created != null && created.isAfter(asOf)) {
        hit("date-after-as-of", header(s, s.created), line, header(s, s.created), vals[s.created], false, "after the audit date " + asOf);
      }
      if (closed != null && closedIsActual && closed.isAfter(asOf)) {
        hit("date-after-as-of", header(s, s.closed), line, header(s, s.closed), vals[s.closed], false, "after the audit date " + asOf);
      }
    }
    if (open && s.expected >= 0 && config.enabled("open-past-expected-close")) {
      LocalDate exp = date(vals, s.expected);
      if (exp != null && exp.plusDays(config.graceDays).isBefore(asOf)) {
        Acc a = hit("open-past-expected-close", header(s, s.expected), line, header(s, s.expected), vals[s.expected], false,
            "open (" + stageValue + ") " + ChronoUnit.DAYS.between(exp, asOf) + " days past its expected close");
        a.breakdown.merge(stageValue, 1L, Long::sum);
      }
    }
    if (open && config.enabled("stale-open-deal")) {
      Integer limit = s.stallDays.get(stage);
      LocalDate since = s.stageChanged >= 0 ? date(vals, s.stageChanged) : created;
      if (limit != null && since != null) {
        long days = ChronoUnit.DAYS.between(since, asOf);
        if (days > limit) {
          int col = s.stageChanged >= 0 ? s.stageChanged : s.created;
          Acc a = hit("stale-open-deal", stageValue.isEmpty() ? "(blank)" : header(s, s.stage), line, header(s, col), vals[col], false,
              days + " days in " + stageValue + (s.stageChanged >= 0 ? "" : " (since created)") + ", over the stage's " + limit + "-day stall threshold");
          a.breakdown.merge(stageValue, 1L, Long::sum);
        }
      }
    }
    // amounts
    if (s.amount >= 0) {
      if (won && (amountBlank || (rowCur >= 0 && rowMinor == 0)) && config.enabled("won-without-amount")) {
        hit("won-without-amount", header(s, s.amount), line, header(s, s.amount), vals[s.amount], false,
            "won (" + stageValue + ") with " + (amountBlank ? "no amount" : "a zero amount"));
      }
      if (lost) {
        s.lost++;
        if (rowCur >= 0 && rowMinor > 0) {
          s.lostNonZero++;
        } else if (s.lostExamples.size() < AuditFinding.MAX_EXAMPLES) {
          s.lostExamples.add(new long[] {line});
        }
      }
      if (rowCur >= 0 && rowMinor > 0 && config.enabled("amount-outliers")) {
        String group = s.product >= 0 ? vals[s.product] : "(all)";
        String key = group + "\u0000" + rowCur;
        Hist hist = s.hists.get(key);
        if (hist == null) {
          hist = new Hist(group, rowCur);
          s.hists.put(key, hist);
        }
        hist.add(Math.log(rowMinor / Math.pow(10, currencies.get(rowCur).getDecimalPlaces())), rowMinor, line);
      }
    }
    // casing
    for (int c = 0; c < s.casingCols.size(); c++) {
      String v = vals[s.casingCols.get(c)];
      int style = style(v);
      if (style >= 0) {
        s.casing[c][style]++;
        List<Object[]> ex = s.casingExamples.get(c).get(style);
        if (ex.size() < AuditFinding.MAX_EXAMPLES) {
          ex.add(new Object[] {line, v});
        }
      }
    }
  }

  private List<String> headerNames = List.of();

  private String header(Setup s, int i) {
    return i < 0 ? "" : headerNames.get(i);
  }

  private static final String[] STYLES = {"UPPER CASE", "lower case", "Capitalised", "MiXeD"};

  /**
   * 0 all upper, 1 all lower, 2 capitalised words, 3 mixed; -1 without letters, or for a word of at most three
   * letters and no digits (an acronym such as IBM is not a casing style). Codes with digits count from one letter.
   */
  static int style(String v) {
    int letters = 0;
    boolean digits = false;
    int upper = 0;
    boolean capitalised = true;
    boolean wordStart = true;
    for (int i = 0; i < v.length(); i++) {
      char ch = v.charAt(i);
      if (Character.isLetter(ch)) {
        letters++;
        boolean up = Character.isUpperCase(ch);
        if (up) {
          upper++;
        }
        if (wordStart != up) {
          capitalised = false;
        }
        wordStart = false;
      } else {
        digits |= Character.isDigit(ch);
        wordStart = true;
      }
    }
    if (letters == 0 || (letters < 4 && !digits)) {
      return -1;
    }
    return upper == letters ? 0 : upper == 0 ? 1 : capitalised ? 2 : 3;
  }

  // ---------------------------------------------------------------- after the pass

  private void finish(Setup s, List<String> raw, List<String> header, long rows, long[] filled, String[] first, boolean[] varies) {
    // near duplicates
    if (config.enabled("near-duplicate-values")) {
      List<Cat> all = new ArrayList<>(s.cats);
      s.sides.forEach(x -> all.addAll(x.cats));
      for (Cat c : all) {
        if (c.untracked > 0) {
          notes.add("near-duplicate-values: " + c.label + " has more than " + config.nearMaxDistinct
              + " distinct values (audit.near-duplicate-values.maxDistinct); " + c.untracked + " row(s) with later new values were not compared");
        }
        NearDuplicates.Result r = NearDuplicates.within(c.values.keySet(), v -> c.values.get(v).count, config.nearMaxEdits,
            config.nearMinLength, config.nearMaxBlock);
        nearFinding(c.label, c, r, null);
      }
      for (Side side : s.sides) {
        Cat on = null;
        for (int i = 0; i < s.cats.size(); i++) {
          if (s.catCols.get(i)[0] == side.onIdx) {
            on = s.cats.get(i);
          }
        }
        if (on != null) {
          NearDuplicates.Result r = NearDuplicates.across(on.values.keySet(), side.entries.keySet(), config.nearMaxEdits,
              config.nearMinLength, config.nearMaxBlock);
          nearFinding(side.onColumn + " vs " + side.name + " " + side.join.keyColumn(), on, r, side);
        }
      }
    }
    // side entries without deals
    if (config.enabled("join-miss-side-entry")) {
      for (Side side : s.sides) {
        Acc a = null;
        for (Map.Entry<String, SideEntry> e : side.entries.entrySet()) {
          if (!e.getValue().used) {
            if (a == null) {
              a = acc("join-miss-side-entry", side.name + " " + side.join.keyColumn());
            }
            a.entries++;
            a.example(side.name, e.getValue().line, side.join.keyColumn(), e.getKey(), side.onPersonal, "no deal has this " + side.join.on());
          }
        }
        if (a != null) {
          a.detail = a.entries + " of " + side.entries.size() + " entries of " + side.name + " have no deal";
          a.fix = "check that the export is complete and that the keys are spelt alike; drop retired entries from " + side.name;
        }
      }
    }
    // every lost deal at zero
    if (s.amount >= 0 && config.enabled("lost-all-zero") && s.lost >= config.lostMinDeals && s.lostNonZero == 0) {
      Acc a = acc("lost-all-zero", header(s, s.amount));
      a.rows = s.lost;
      for (long[] l : s.lostExamples) {
        a.example(file, l[0], header(s, s.amount), null, false, "lost with no or a zero amount");
      }
      a.detail = "all " + s.lost + " lost deals have no or a zero amount: a value-weighted win rate is meaningless on this export";
    }
    // outliers
    if (config.enabled("amount-outliers")) {
      outliers(s);
    }
    // shape
    for (int i = 0; i < header.size(); i++) {
      String col = header.get(i);
      if (config.enabled("constant-column") && i != s.currency && rows >= config.constantMinRows && filled[i] == rows && rows > 0 && !varies[i]) {
        Acc a = acc("constant-column", col);
        a.rows = rows;
        a.entries = 1;
        a.example(file, 1, col, first[i], personal(col, config), "every row holds this value");
        a.detail = "every one of " + rows + " rows holds the same value";
      }
      if (config.enabled("almost-empty-column") && rows >= config.emptyMinRows
          && BigDecimal.valueOf(filled[i]).compareTo(config.emptyMaxFilled.multiply(BigDecimal.valueOf(rows))) <= 0) {
        Acc a = acc("almost-empty-column", col);
        a.rows = rows - filled[i];
        a.entries = 1;
        String mapped = mappedAs(col);
        a.detail = filled[i] + " of " + rows + " rows have a value" + (mapped == null ? "" : "; mapped as " + mapped + ": KPIs that need it leave the other rows out");
        a.example(file, 1, col, null, false, a.detail);
      }
      if (config.enabled("header-stray-spaces") && !raw.get(i).equals(raw.get(i).strip())) {
        Acc a = acc("header-stray-spaces", col);
        a.entries = 1;
        a.example(file, 1, col, raw.get(i), false, "header name with leading or trailing white space");
        a.detail = "the header name is \"" + raw.get(i) + "\"";
      }
    }
    // casing
    if (config.enabled("inconsistent-casing")) {
      for (int c = 0; c < s.casingCols.size(); c++) {
        long[] counts = s.casing[c];
        long total = Arrays.stream(counts).sum();
        int dominant = 0;
        for (int k = 1; k < 4; k++) {
          if (counts[k] > counts[dominant]) {
            dominant = k;
          }
        }
        if (total == 0) {
          continue;
        }
        long minority = total - counts[dominant];
        if (minority == 0 || BigDecimal.valueOf(minority).compareTo(config.casingMaxMinority.multiply(BigDecimal.valueOf(total))) > 0) {
          continue;
        }
        String col = s.casingLabels.get(c);
        Acc a = acc("inconsistent-casing", col);
        a.rows = minority;
        boolean pers = isPersonalColumn(s, col);
        for (int k = 0; k < 4; k++) {
          if (k == dominant || counts[k] == 0) {
            continue;
          }
          for (Object[] e : s.casingExamples.get(c).get(k)) {
            a.example(file, (Long) e[0], col, (String) e[1], pers, STYLES[k] + " where " + counts[dominant] + " of " + total + " values are " + STYLES[dominant]);
          }
          a.entries++;
        }
        a.detail = minority + " of " + total + " values are not " + STYLES[dominant] + " like the rest";
      }
    }
  }

  private boolean isPersonalColumn(Setup s, String col) {
    for (Cat c : s.cats) {
      if (c.column.equals(col)) {
        return c.personal;
      }
    }
    return personal(col, config);
  }

  private String mappedAs(String col) {
    for (Map.Entry<Field, String> e : mapping.columns().entrySet()) {
      if (e.getValue().equals(col)) {
        return e.getKey().key();
      }
    }
    for (Map.Entry<String, String> e : mapping.dimensions().entrySet()) {
      if (e.getValue().equals(col)) {
        return e.getKey();
      }
    }
    return null;
  }

  private void nearFinding(String subject, Cat c, NearDuplicates.Result r, Side side) {
    if (r.blocksSkipped() > 0) {
      notes.add("near-duplicate-values: " + subject + ": " + r.blocksSkipped() + " block(s) larger than audit.near-duplicate-values.maxBlock ("
          + config.nearMaxBlock + ") were not compared by edit distance");
    }
    if (r.variants().isEmpty()) {
      return;
    }
    Acc a = acc("near-duplicate-values", subject);
    List<String> aliases = new ArrayList<>();
    List<NearDuplicates.Variant> vs = new ArrayList<>(r.variants());
    vs.sort((x, y) -> Long.compare(c.values.get(y.value()).count, c.values.get(x.value()).count));
    for (NearDuplicates.Variant v : vs) {
      VStat st = c.values.get(v.value());
      a.rows += st.count;
      for (int i = 0; i < st.sums.length; i++) {
        a.addValue(i, st.sums[i]);
      }
      a.entries++;
      String where = side == null ? c.values.get(v.canonical()).count + " rows" : side.name + " line " + side.entries.get(v.canonical()).line;
      a.example(file, st.firstLine, c.column, v.value(), c.personal,
          (c.personal ? "looks like another value" : "looks like \"" + v.canonical() + "\"") + " (" + v.how() + "; " + where + "); "
              + st.count + " row" + (st.count == 1 ? "" : "s"));
      if (aliases.size() < 3 && !c.personal) {
        aliases.add("\"" + v.value() + "\": \"" + v.canonical() + "\"");
      }
    }
    a.detail = a.entries + " value" + (a.entries == 1 ? "" : "s") + " that look like another" + (side == null ? " of the column" : " key of " + side.name);
    Side join = side != null ? side : joinOn(c);
    boolean cosmetic = vs.stream().allMatch(v -> v.how().startsWith("case"));
    String shown = c.personal ? "" : " e.g. " + String.join(", ", aliases) + (a.entries > aliases.size() ? " (and " + (a.entries - aliases.size()) + " more)" : "");
    if (join != null) {
      a.fix = "in the mapping's join on " + join.join.on() + " (" + join.name + "), add \"aliases\" from each variant to the key it looks like" + shown
          + (cosmetic ? ", or \"normalise\": [\"case\", \"space\", \"punctuation\"]" : "") + "; or correct the records"
          + (c.personal ? " (values not shown: personal data)" : "");
    } else if (c.sideFile != null) {
      a.fix = "correct the values in " + c.sideFile + shown + (c.personal ? " (values not shown: personal data)" : "");
    } else {
      a.fix = "correct the records in the CRM" + shown + " (the mapping's aliases apply to join keys only)" + (c.personal ? "; values not shown: personal data" : "");
    }
  }

  private Side joinOn(Cat c) {
    for (Side x : sides) {
      if (c.sideFile == null && x.onColumn.equals(c.column)) {
        return x;
      }
    }
    return null;
  }

  private void outliers(Setup s) {
    double threshold = config.outlierThreshold.doubleValue();
    for (Hist h : s.hists.values()) {
      if (h.n < config.outlierMinDeals) {
        continue;
      }
      List<Map.Entry<Integer, long[]>> bins = new ArrayList<>(h.bins.entrySet());
      bins.sort(Map.Entry.comparingByKey());
      double median = weightedMedian(bins.stream().map(e -> new double[] {(e.getKey() + 0.5) * BIN, e.getValue()[0]}).toList(), h.n);
      double mad = weightedMedian(bins.stream().map(e -> new double[] {Math.abs((e.getKey() + 0.5) * BIN - median), e.getValue()[0]})
          .sorted((x, y) -> Double.compare(x[0], y[0])).toList(), h.n);
      if (mad < BIN) {
        notes.add("amount-outliers: " + groupName(s, h) + ": half the amounts lie within 1 % of the median: the rule was not applied");
        continue;
      }
      double cut = threshold * 1.4826 * mad;
      long count = 0;
      long value = 0;
      for (Map.Entry<Integer, long[]> e : bins) {
        if (Math.abs((e.getKey() + 0.5) * BIN - median) > cut) {
          count += e.getValue()[0];
          value += e.getValue()[1];
        }
      }
      if (count == 0) {
        continue;
      }
      Acc a = acc("amount-outliers", groupName(s, h));
      a.rows = count;
      a.addValue(h.cur, value);
      int dp = currencies.get(h.cur).getDecimalPlaces();
      double medianAmount = Math.exp(median);
      List<long[]> cands = new ArrayList<>(h.top);
      cands.addAll(h.bottom);
      cands.sort((x, y) -> Long.compare(y[0], x[0]));
      java.util.Set<Long> shown = new java.util.HashSet<>();
      for (long[] c : cands) {
        double lg = Math.log(c[0] / Math.pow(10, dp));
        int b = (int) Math.floor(lg / BIN);
        if (Math.abs((b + 0.5) * BIN - median) > cut && shown.add(c[1])) {
          a.example(file, c[1], header(s, s.amount), BigDecimal.valueOf(c[0], dp).toPlainString(), false,
              String.format(Locale.ROOT, "%s %.1f times the group's median %s %.2f", currencies.get(h.cur).getCode(),
                  (c[0] / Math.pow(10, dp)) / medianAmount, currencies.get(h.cur).getCode(), medianAmount));
        }
      }
      a.detail = String.format(Locale.ROOT, "%d of %d amounts have |ln(amount) - median| > %s x 1.4826 x MAD (median %s %.2f, MAD %.3f)",
          count, h.n, config.outlierThreshold.toPlainString(), currencies.get(h.cur).getCode(), medianAmount, mad);
    }
  }

  private String groupName(Setup s, Hist h) {
    return (s.product >= 0 ? header(s, s.product) + " \"" + h.group + "\"" : "all deals") + " in " + currencies.get(h.cur).getCode();
  }

  /** The value at which the cumulative weight first reaches half of {@code n}; {@code points} sorted by value. */
  private static double weightedMedian(List<double[]> points, long n) {
    double half = n / 2.0;
    double cum = 0;
    for (double[] p : points) {
      cum += p[1];
      if (cum >= half) {
        return p[0];
      }
    }
    return points.isEmpty() ? 0 : points.get(points.size() - 1)[0];
  }

  private static CSVFormat format(char delimiter) {
    return CSVFormat.RFC4180.builder()
        .setDelimiter(delimiter)
        .setHeader()
        .setSkipHeaderRecord(true)
        .setAllowMissingColumnNames(true)
        .setIgnoreEmptyLines(true)
        .setTrim(false)
        .get();
  }

  /** An open-addressing map of 64-bit hashes to the first line that had them (0 = absent). */
  static final class LongLongMap {
    private long[] keys = new long[1 << 12];
    private long[] vals = new long[1 << 12];
    private int size;

    /** The line already stored for {@code key}, or 0 after storing {@code line}. */
    long putIfAbsent(long key, long line) {
      if (key == 0) {
        key = 1;
      }
      if (size * 2 >= keys.length) {
        grow();
      }
      int mask = keys.length - 1;
      int i = (int) (mix(key) & mask);
      while (keys[i] != 0) {
        if (keys[i] == key) {
          return vals[i];
        }
        i = (i + 1) & mask;
      }
      keys[i] = key;
      vals[i] = line;
      size++;
      return 0;
    }

    private static long mix(long k) {
      k ^= k >>> 33;
      k *= 0xff51afd7ed558ccdL;
      k ^= k >>> 33;
      return k;
    }

    private void grow() {
      long[] ok = keys;
      long[] ov = vals;
      keys = new long[ok.length * 2];
      vals = new long[ok.length * 2];
      size = 0;
      for (int i = 0; i < ok.length; i++) {
        if (ok[i] != 0) {
          putIfAbsent(ok[i], ov[i]);
        }
      }
    }
  }
}
