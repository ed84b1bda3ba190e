package dev.salesops.benchmarks.kpi;

import dev.salesops.metrics.kpi.Dimension;
import dev.salesops.core.model.ForecastCategory;
import dev.salesops.metrics.kpi.HeadlineKpis;
import dev.salesops.metrics.kpi.KpiBreakdown;
import dev.salesops.metrics.kpi.KpiColumns;
import dev.salesops.metrics.kpi.KpiEngine;
import dev.salesops.metrics.kpi.KpiOptions;
import dev.salesops.core.model.Outcome;
import dev.salesops.metrics.period.PeriodScheme;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * <b>Checks issue 14, goal 1</b> (the KPI engine vs DuckDB on the goal's exact workload): 10 M opportunities in
 * memory, 1,000 owners, two currencies (USD, EUR), 30% won, 30% lost, 40% open over 24 months.
 *
 * <ul>
 *   <li><b>Narrow query</b> (goal: library / DuckDB ≤ 1.0): per owner, deals won, win rate (won / (won + lost),
 *       the library's default closed basis), exact median sales cycle of won deals in days, and won revenue per
 *       owner and currency (never summed across currencies). DuckDB: {@link #NARROW} — {@code median(closed -
 *       created)} is {@code quantile_cont(…, 0.5)}: for an even count the mean of the two middle values, which is
 *       exactly the library's {@code PercentileMethod.LINEAR} median (Excel PERCENTILE.INC, R type 7); both
 *       results are compared owner by owner in the set-up. Library: {@link KpiEngine#headline}.</li>
 *   <li><b>Full standard report</b> by owner and by month (goal: ratio ≤ 0.3): every KPI the library's {@code
 *       KpiReport} computes for this data (counts, win rate by count and value, sales cycle sum/min/max/median/p90,
 *       per currency: won count and sum, deal size min/max/median/p90, open count and sum, qualified open,
 *       weighted pipeline, forecast categories) vs DuckDB's {@link #BY_OWNER} / {@link #BY_MONTH}. Library:
 *       {@link KpiEngine#byGroup} / {@link KpiEngine#byPeriod}.</li>
 * </ul>
 *
 * <p><b>Set-up, stated</b>: DuckDB gets its best configuration — the data already loaded into an in-memory table
 * (a parallel {@code COPY} from a temporary CSV of the same rows, or with {@code -Dkpi.appender=true} the
 * appender; the load time is printed as {@code # duckdb load}, not part of the query timings), all cores
 * ({@code threads} = available processors, printed), JDBC in the same JVM. The library gets the data as a host
 * that keeps its deals in memory would hand it over: {@link KpiColumns} filled once from the host's values
 * (dictionary ids for owners, currencies and stages); that build is measured separately ({@link #libraryBuildColumns})
 * and is not inside the query timings, as DuckDB's load is not. The library runs on all cores (the common
 * ForkJoinPool plus the calling thread, as a parallel stream does). Results are checked equal before timing.
 *
 * <p>Run (SampleTime: JMH prints the median as p0.50; state {@code uptime} and whether the machine was shared):
 * {@code java -Xmx6g -jar benchmarks/target/benchmarks.jar KpiVsDuckDb -f 0 -wi 2 -i 5 -w 1s -r 1s}. With
 * {@code -f 0} the data is generated and loaded into DuckDB once for all seven benchmarks (JMH warns about
 * running in its own JVM; with forks every benchmark reloads the 10 M rows, same results, much slower). {@link
 * KpiVsDuckDbInterleaved} runs the same workloads interleaved, with process CPU time beside wall time, which is
 * the better evidence on a shared machine. Figures go in the notes of the run, not here.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class KpiVsDuckDbBenchmark {
  static final String[] STAGES = {"LEAD_CAPTURE", "QUALIFICATION", "DISCOVERY", "PROPOSAL", "NEGOTIATION"};
  static final LocalDate START = LocalDate.of(2023, 1, 1);
  static final int DAYS = (int) (LocalDate.of(2025, 1, 1).toEpochDay() - START.toEpochDay()); // 24 months
  static final List<CurrencyUnit> CURRENCIES = List.of(CurrencyUnit.USD, CurrencyUnit.EUR);

  /** How many synthetic opportunities (the goal's size: 10 M). */
  @Param({"10000000"})
  public int records;

  /** How many owners (the goal's: 1,000). */
  @Param({"1000"})
  public int owners;

  // the host's in-memory data (what it fills the columns from)
  String[] ownerNames;
  int[] hostOwner;
  byte[] hostOutcome;
  int[] hostCreated;
  int[] hostClosed;
  byte[] hostCurrency;
  long[] hostAmount;
  byte[] hostStage;

  KpiColumns columns;
  KpiOptions options;
  Connection duck;

  /** The goal's narrow query, currency-correct: win rate and median per owner, won revenue per owner and currency. */
  static final String[] NARROW = {
      "SELECT owner, count(*) FILTER (WHERE outcome = 1) AS won, count(*) FILTER (WHERE outcome <> 0) AS decided,"
          + " median(closed - created) FILTER (WHERE outcome = 1) AS median_cycle FROM deals GROUP BY owner",
      "SELECT owner, currency, sum(amount) AS won_sum FROM deals WHERE outcome = 1 GROUP BY owner, currency"};

  static final String CASE_PROB = "CASE stage WHEN 'LEAD_CAPTURE' THEN 100000 WHEN 'QUALIFICATION' THEN 200000 "
      + "WHEN 'DISCOVERY' THEN 300000 WHEN 'PROPOSAL' THEN 500000 WHEN 'NEGOTIATION' THEN 700000 END";

  static String groupCounts(String key, String where) {
    return "SELECT " + key + " AS g, count(*) AS records, count(*) FILTER (WHERE outcome = 1) AS won,"
        + " count(*) FILTER (WHERE outcome = 2) AS lost, count(*) FILTER (WHERE outcome = 0) AS open,"
        + " sum(closed - created) FILTER (WHERE outcome = 1) AS cycle_sum, min(closed - created) FILTER (WHERE outcome = 1) AS cycle_min,"
        + " max(closed - created) FILTER (WHERE outcome = 1) AS cycle_max,"
        + " quantile_cont(closed - created, [0.5, 0.9]) FILTER (WHERE outcome = 1) AS cycle_q"
        + " FROM deals " + where + " GROUP BY g";
  }

  static String groupMoney(String key, String where) {
    return "SELECT " + key + " AS g, currency, count(*) FILTER (WHERE outcome = 1) AS won_count,"
        + " sum(amount) FILTER (WHERE outcome = 1) AS won_sum, sum(amount) FILTER (WHERE outcome <> 0) AS closed_sum,"
        + " min(amount) FILTER (WHERE outcome = 1) AS deal_min, max(amount) FILTER (WHERE outcome = 1) AS deal_max,"
        + " quantile_cont(amount, [0.5, 0.9]) FILTER (WHERE outcome = 1) AS deal_q,"
        + " count(*) FILTER (WHERE outcome = 0) AS open_count, sum(amount) FILTER (WHERE outcome = 0) AS open_sum,"
        + " count(*) FILTER (WHERE outcome = 0 AND stage IN ('DISCOVERY', 'PROPOSAL', 'NEGOTIATION')) AS qualified,"
        + " sum(amount * " + CASE_PROB + ") FILTER (WHERE outcome = 0) AS weighted_micro,"
        + " sum(amount) FILTER (WHERE outcome = 0 AND stage = 'NEGOTIATION') AS commit_sum,"
        + " sum(amount) FILTER (WHERE outcome = 0 AND stage = 'PROPOSAL') AS best_case_sum,"
        + " sum(amount) FILTER (WHERE outcome = 0 AND stage IN ('QUALIFICATION', 'DISCOVERY')) AS pipeline_sum,"
        + " sum(amount) FILTER (WHERE outcome = 0 AND stage = 'LEAD_CAPTURE') AS omitted_sum"
        + " FROM deals " + where + " GROUP BY g, currency";
  }

  /** The full report by owner. */
  static final String[] BY_OWNER = {groupCounts("owner", ""), groupMoney("owner", "")};
  /** The full report by month: each KPI in the month of its own date, as the library places it. */
  static final String[] BY_MONTH = {
      // closed-date KPIs by closed month
      groupCounts("date_trunc('month', closed)", "WHERE outcome <> 0"),
      groupMoney("date_trunc('month', closed)", "WHERE outcome <> 0"),
      // created-date KPIs (new leads, open deals, open pipeline) by created month
      "SELECT date_trunc('month', created) AS g, count(*) AS new_leads, count(*) FILTER (WHERE outcome = 0) AS open FROM deals GROUP BY g",
      groupMoney("date_trunc('month', created)", "WHERE outcome = 0")};

  private static final Map<String, KpiVsDuckDbBenchmark> LOADED = new HashMap<>();

  @Setup(Level.Trial)
  public void setUp() throws SQLException {
    KpiVsDuckDbBenchmark loaded;
    synchronized (LOADED) {
      loaded = LOADED.get(records + "/" + owners);
      if (loaded == null) {
        loaded = new KpiVsDuckDbBenchmark();
        loaded.records = records;
        loaded.owners = owners;
        loaded.load();
        LOADED.put(records + "/" + owners, loaded);
      }
    }
    ownerNames = loaded.ownerNames;
    hostOwner = loaded.hostOwner;
    hostOutcome = loaded.hostOutcome;
    hostCreated = loaded.hostCreated;
    hostClosed = loaded.hostClosed;
    hostCurrency = loaded.hostCurrency;
    hostAmount = loaded.hostAmount;
    hostStage = loaded.hostStage;
    columns = loaded.columns;
    options = loaded.options;
    duck = loaded.duck;
  }

  /** Generates the host's data, fills the columns, loads DuckDB and checks both agree. */
  void load() throws SQLException {
    SplittableRandom random = new SplittableRandom(42);
    ownerNames = new String[owners];
    for (int i = 0; i < owners; i++) {
      ownerNames[i] = "rep-" + i;
    }
    hostOwner = new int[records];
    hostOutcome = new byte[records];
    hostCreated = new int[records];
    hostClosed = new int[records];
    hostCurrency = new byte[records];
    hostAmount = new long[records];
    hostStage = new byte[records];
    int start = (int) START.toEpochDay();
    for (int i = 0; i < records; i++) {
      hostOwner[i] = random.nextInt(owners);
      hostCreated[i] = start + random.nextInt(DAYS);
      int roll = random.nextInt(10);
      hostOutcome[i] = (byte) (roll < 3 ? 1 : roll < 6 ? 2 : 0);
      hostClosed[i] = hostOutcome[i] == 0 ? KpiColumns.NO_DATE : Math.min(hostCreated[i] + random.nextInt(120), start + DAYS - 1);
      hostStage[i] = (byte) random.nextInt(STAGES.length);
      hostCurrency[i] = (byte) random.nextInt(2);
      hostAmount[i] = 10_000 + random.nextLong(5_000_000);
    }
    columns = buildColumns();

    duck = DriverManager.getConnection("jdbc:duckdb:");
    int cores = Runtime.getRuntime().availableProcessors();
    long t0 = System.nanoTime();
    try (Statement s = duck.createStatement()) {
      s.execute("SET threads = " + cores);
      s.execute("CREATE TABLE deals (owner VARCHAR, created DATE, closed DATE, outcome TINYINT, stage VARCHAR,"
          + " currency VARCHAR, amount BIGINT)");
    }
    if (Boolean.getBoolean("kpi.appender")) {
      appenderLoad();
    } else {
      csvLoad();
    }
    long loadMs = (System.nanoTime() - t0) / 1_000_000;
    try (Statement s = duck.createStatement(); ResultSet rs = s.executeQuery("SELECT current_setting('threads')")) {
      rs.next();
      System.out.println("# duckdb load (" + (Boolean.getBoolean("kpi.appender") ? "appender" : "COPY from CSV") + ", " + records + " rows): " + loadMs + " ms; duckdb threads " + rs.getString(1)
          + "; library: common pool parallelism " + ForkJoinPool.getCommonPoolParallelism() + " + caller; cores " + cores);
    }

    KpiOptions.Builder ob = KpiOptions.builder().qualifiedStages("DISCOVERY", "PROPOSAL", "NEGOTIATION");
    String[] probs = {"0.1", "0.2", "0.3", "0.5", "0.7"};
    ForecastCategory[] cats = {ForecastCategory.OMITTED, ForecastCategory.PIPELINE, ForecastCategory.PIPELINE,
        ForecastCategory.BEST_CASE, ForecastCategory.COMMIT};
    for (int i = 0; i < STAGES.length; i++) {
      ob.stageProbability(STAGES[i], new BigDecimal(probs[i])).stageForecastCategory(STAGES[i], cats[i]);
    }
    options = ob.build();
    check();
  }

  /** Row by row through DuckDB's appender (slow: a JNI call per value; {@code -Dkpi.appender=true}). */
  private void appenderLoad() throws SQLException {
    try (DuckDBAppender app = ((DuckDBConnection) duck).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "deals")) {
      for (int i = 0; i < records; i++) {
        app.beginRow().append(ownerNames[hostOwner[i]]).appendEpochDays(hostCreated[i]);
        if (hostClosed[i] == KpiColumns.NO_DATE) {
          app.appendNull();
        } else {
          app.appendEpochDays(hostClosed[i]);
        }
        app.append(hostOutcome[i]).append(STAGES[hostStage[i]]).append(CURRENCIES.get(hostCurrency[i]).getCode())
            .append(hostAmount[i]).endRow();
      }
    }
  }

  /**
   * The same rows written to a temporary CSV file and loaded with DuckDB's parallel {@code COPY} (the default: the
   * appender needs minutes for 10 M rows on a loaded machine). The table is the same either way.
   */
  private void csvLoad() throws SQLException {
    java.nio.file.Path tmp;
    try {
      tmp = java.nio.file.Files.createTempFile("kpi-vs-duckdb", ".csv");
      try (java.io.Writer w = java.nio.file.Files.newBufferedWriter(tmp, java.nio.charset.StandardCharsets.US_ASCII)) {
        StringBuilder line = new StringBuilder(96);
        for (int i = 0; i < records; i++) {
          line.setLength(0);
          line.append(ownerNames[hostOwner[i]]).append(',').append(LocalDate.ofEpochDay(hostCreated[i])).append(',');
          if (hostClosed[i] != KpiColumns.NO_DATE) {
            line.append(LocalDate.ofEpochDay(hostClosed[i]));
          }
          line.append(',').append(hostOutcome[i]).append(',').append(STAGES[hostStage[i]]).append(',')
              .append(CURRENCIES.get(hostCurrency[i]).getCode()).append(',').append(hostAmount[i]).append('\n');
          w.append(line);
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    try (Statement s = duck.createStatement()) {
      s.execute("COPY deals FROM '" + tmp + "' (FORMAT csv, HEADER false)");
    } finally {
      try {
        java.nio.file.Files.deleteIfExists(tmp);
      } catch (java.io.IOException e) {
        // a temporary file left behind is harmless
      }
    }
  }

  KpiColumns buildColumns() {
    KpiColumns.Builder b = KpiColumns.builder(Dimension.OWNER, List.of(ownerNames), CURRENCIES).stages(List.of(STAGES))
        .ensureCapacity(records);
    Outcome[] outcomes = Outcome.values();
    for (int i = 0; i < records; i++) {
      b.add(hostOwner[i], outcomes[hostOutcome[i]], hostCreated[i], hostClosed[i], KpiColumns.NO_DATE, hostCurrency[i], hostAmount[i],
          hostStage[i]);
    }
    return b.build();
  }

  /** The narrow query's results agree exactly, owner by owner (guards against benchmarking different work). */
  private void check() throws SQLException {
    Map<String, HeadlineKpis> lib = new HashMap<>();
    for (HeadlineKpis h : KpiEngine.headline(options, columns, true)) {
      lib.put(h.key().get(0), h);
    }
    int checked = 0;
    try (Statement s = duck.createStatement(); ResultSet rs = s.executeQuery(NARROW[0])) {
      while (rs.next()) {
        HeadlineKpis h = lib.get(rs.getString(1));
        BigDecimal median = BigDecimal.valueOf(rs.getDouble(4));
        if (h == null || h.won() != rs.getLong(2) || h.winRate().denominator().longValueExact() != rs.getLong(3)
            || h.salesCycleDays().median().orElseThrow().compareTo(median) != 0) {
          throw new IllegalStateException("narrow query disagrees for " + rs.getString(1) + ": " + h + " vs won " + rs.getLong(2)
              + ", decided " + rs.getLong(3) + ", median " + median);
        }
        checked++;
      }
    }
    try (Statement s = duck.createStatement(); ResultSet rs = s.executeQuery(NARROW[1])) {
      while (rs.next()) {
        Money sum = lib.get(rs.getString(1)).wonSum().get(CurrencyUnit.of(rs.getString(2)));
        if (sum == null || sum.getAmountMinorLong() != rs.getLong(3)) {
          throw new IllegalStateException("won sum disagrees for " + rs.getString(1) + " " + rs.getString(2));
        }
      }
    }
    KpiBreakdown byOwner = KpiEngine.byGroup(options, columns, true);
    long won = byOwner.groups().stream().mapToLong(g -> g.report().won()).sum();
    long cycle = byOwner.groups().stream().mapToLong(g -> g.report().salesCycleDays().sum().longValueExact()).sum();
    KpiBreakdown byMonth = KpiEngine.byPeriod(options, columns, PeriodScheme.calendarMonth(), true);
    long leads = byMonth.groups().stream().mapToLong(g -> g.report().newLeads()).sum();
    try (Statement s = duck.createStatement();
         ResultSet rs = s.executeQuery("SELECT count(*) FILTER (WHERE outcome = 1), sum(closed - created) FILTER (WHERE outcome = 1),"
             + " count(*) FROM deals")) {
      rs.next();
      if (rs.getLong(1) != won || rs.getLong(2) != cycle || rs.getLong(3) != leads) {
        throw new IllegalStateException("engines disagree: won " + won + " vs " + rs.getLong(1) + ", cycle " + cycle + " vs "
            + rs.getLong(2) + ", leads " + leads + " vs " + rs.getLong(3));
      }
    }
    System.out.println("# narrow query equal for " + checked + " owners; groups: by owner " + byOwner.groups().size() + ", by month "
        + byMonth.groups().size());
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    // the connection is kept for the next benchmark of this JVM (see LOADED); the JVM's exit closes it
  }

  /** The host's one-off set-up for the library: the columns filled from its in-memory values (not in the query timings). */
  @Benchmark
  public KpiColumns libraryBuildColumns() {
    return buildColumns();
  }

  @Benchmark
  public List<HeadlineKpis> libraryNarrow() {
    return KpiEngine.headline(options, columns, true);
  }

  @Benchmark
  public KpiBreakdown libraryByOwner() {
    return KpiEngine.byGroup(options, columns, true);
  }

  @Benchmark
  public KpiBreakdown libraryByMonth() {
    return KpiEngine.byPeriod(options, columns, PeriodScheme.calendarMonth(), true);
  }

  @Benchmark
  public void duckdbNarrow(Blackhole bh) throws SQLException {
    runAll(NARROW, bh);
  }

  @Benchmark
  public void duckdbByOwner(Blackhole bh) throws SQLException {
    runAll(BY_OWNER, bh);
  }

  @Benchmark
  public void duckdbByMonth(Blackhole bh) throws SQLException {
    runAll(BY_MONTH, bh);
  }

  void runAll(String[] queries, Blackhole bh) throws SQLException {
    try (Statement s = duck.createStatement()) {
      for (String q : queries) {
        try (ResultSet rs = s.executeQuery(q)) {
          int columnCount = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            for (int c = 1; c <= columnCount; c++) {
              bh.consume(rs.getObject(c));
            }
          }
        }
      }
    }
  }
}
