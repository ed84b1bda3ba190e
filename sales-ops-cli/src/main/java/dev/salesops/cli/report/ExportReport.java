package dev.salesops.cli.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salesops.cli.export.DimensionValues;
import dev.salesops.cli.export.ExportReader;
import dev.salesops.cli.export.ExportRow;
import dev.salesops.cli.export.FastSink;
import dev.salesops.cli.export.RowIssue;
import dev.salesops.cli.CliJson;
import dev.salesops.metrics.kpi.BreakdownAccumulator;
import dev.salesops.metrics.kpi.DealRecord;
import dev.salesops.metrics.kpi.Dimension;
import dev.salesops.metrics.kpi.KpiAccumulator;
import dev.salesops.metrics.kpi.KpiBreakdown;
import dev.salesops.metrics.kpi.KpiReport;
import dev.salesops.metrics.stats.Distribution;
import dev.salesops.core.model.Outcome;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The KPI report of an export, in one pass: rows stream into one {@link KpiAccumulator} and one {@link
 * BreakdownAccumulator} per requested breakdown (memory proportional to groups, not rows, except the exact
 * percentiles), then finish into text or JSON with the data-quality section.
 *
 * <p><b>New customers</b> (a won deal that is its account's first: earliest close date, on the same date the
 * smallest id) are found in the same pass: each account's current first win is held back (one record per
 * account) and every other won deal is added as "not new"; when an earlier win of the account turns up, the
 * held one is added as "not new" and the new one held instead; at the end the held records are added as new
 * customers. The accumulators are order-independent, so the result equals a two-pass computation.
 *
 * <p>Issues are grouped by column and reason, each group with its count and first lines; the JSON lists the
 * first {@value #JSON_ISSUES} issues one by one.
 *
 * <p>Not thread-safe: one report per read.
 */
public final class ExportReport {
  /** Issue groups listed in text output. */
  static final int TEXT_GROUPS = 25;
  /** Examples kept per issue group. */
  static final int GROUP_EXAMPLES = 10;
  /** Issues listed one by one in JSON. */
  static final int JSON_ISSUES = 1000;
  /** The share of skipped rows or value above which the report warns at the top. */
  static final BigDecimal WARN_SHARE = new BigDecimal("0.01");

  private final ReportOptions options;
  private final boolean accountMapped;
  private final KpiAccumulator total;
  private final List<BreakdownAccumulator> breakdowns = new ArrayList<>();
  private final Map<String, Held> firstWins = new HashMap<>();
  private final Map<String, IssueGroup> groups = new LinkedHashMap<>();
  private final List<RowIssue> firstIssues = new ArrayList<>();
  private final List<String> extraLines = new ArrayList<>();
  private ExportReader.Summary summary;
  private Map<String, Long> usedMinor = Map.of();
  private Map<String, Long> skippedMinor = Map.of();
  private KpiReport finished;
  private List<KpiBreakdown> finishedBreakdowns;

  /**
   * The first won deal of an account: a won deal is a <em>new customer</em> when it is its account's first
   * (earliest close date; on the same date, the smallest id).
   *
   * @param closed the close date
   * @param id the deal's id
   */
  public record FirstWin(LocalDate closed, String id) {
    boolean isBefore(FirstWin o) {
      int c = closed.compareTo(o.closed);
      return c < 0 || c == 0 && id.compareTo(o.id) < 0;
    }
  }

  /** {@link FirstWin#isBefore} of the win on {@code closedDay} with id {@code id}, without building it. */
  private static boolean isBefore(int closedDay, String id, FirstWin o) {
    long c = closedDay - o.closed().toEpochDay();
    return c < 0 || c == 0 && id.compareTo(o.id()) < 0;
  }

  /** An account's current first win, held back until the end: a record, or the values of a fast-lane row. */
  private record Held(FirstWin win, DealRecord record, FastDeal values) {
    Held(FirstWin win, DealRecord record) {
      this(win, record, null);
    }
  }

  /** The values of a fast-lane row held back as an account's first win. */
  private record FastDeal(Outcome outcome, String stage, int created, int closed, org.joda.money.CurrencyUnit currency, long minor,
      String lostReason, String lostAt) {}

  /** Issues of one column and reason. */
  public static final class IssueGroup {
    final String column;
    final String reason;
    long count;
    final List<RowIssue> examples = new ArrayList<>();

    IssueGroup(String column, String reason) {
      this.column = column;
      this.reason = reason;
    }

    /** How many rows had it. */
    public long count() {
      return count;
    }

    /** The first issues of the group. */
    public List<RowIssue> examples() {
      return List.copyOf(examples);
    }
  }

  /** A report for {@code options}; new customers are counted when the mapping has an account column. */
  public ExportReport(ReportOptions options) {
    this.options = options;
    this.accountMapped = options.mapping().columns().containsKey(dev.salesops.cli.export.Field.ACCOUNT);
    this.total = new KpiAccumulator(options.kpiOptions());
    for (ReportOptions.Breakdown b : options.breakdowns()) {
      breakdowns.add(b.period().isPresent()
          ? BreakdownAccumulator.byPeriod(options.kpiOptions(), b.period().get(), b.dimensions().toArray(new Dimension[0]))
          : BreakdownAccumulator.by(options.kpiOptions(), b.dimensions().toArray(new Dimension[0])));
    }
  }

  /** Adds a usable row. */
  public void add(ExportRow row) {
    DealRecord.Builder b = reusedBuilder(row);
    String account = row.slots() >= 0 ? row.slot(DimensionValues.ACCOUNT) : row.dimensions().get("account");
    if (accountMapped && row.outcome() == dev.salesops.core.model.Outcome.WON && row.closed().isPresent() && account != null) {
      FirstWin w = new FirstWin(row.closed().get(), row.id());
      Held held = firstWins.get(account);
      if (held == null) {
        firstWins.put(account, new Held(w, b.newCustomer(true).build()));
        return;
      }
      if (w.isBefore(held.win())) {
        addHeld(held, false);
        firstWins.put(account, new Held(w, b.newCustomer(true).build()));
        return;
      }
      b.newCustomer(false);
    }
    addRecord(b.build());
  }

  /** Whether {@link #addFast} can take the rows of this report: only the total is computed (no breakdown). */
  public boolean takesFastRows() {
    return breakdowns.isEmpty();
  }

  /**
   * Adds the clean rows of the reader's fast lane: each counts exactly as {@link #add(ExportRow)} counts the row
   * the explained path reads from the same line (new customers included).
   *
   * @throws IllegalStateException when the report has breakdowns ({@link #takesFastRows()})
   */
  public void addFast(FastRows rows) {
    if (!takesFastRows()) {
      throw new IllegalStateException("a report with breakdowns takes rows, not fast-lane values");
    }
    for (int i = 0; i < rows.size; i++) {
      addFastRow(rows, i);
    }
  }

  /**
   * Row {@code i} of {@link #addFast}: a method of its own, so the JIT compiles it once, early (per call), and the
   * loop's compiles (on-stack replacement, then the method) call it instead of each inlining it again.
   */
  private void addFastRow(FastRows rows, int i) {
    Outcome o = outcome(rows.outcome[i]);
    Boolean newCustomer = null;
    String account = rows.account[i];
    int closed = rows.closed[i];
    if (accountMapped && o == Outcome.WON && closed != FastSink.NO_DATE && account != null) {
      Held held = firstWins.get(account);
      if (held == null || isBefore(closed, rows.id[i], held.win())) {
        if (held != null) {
          addHeld(held, false);
        }
        FastDeal d = new FastDeal(o, rows.stage[i], rows.created[i], closed, rows.currency[i], rows.minor[i], rows.lostReason[i],
            rows.lostAt[i]);
        firstWins.put(account, new Held(new FirstWin(LocalDate.ofEpochDay(closed), rows.id[i]), null, d));
        return;
      }
      newCustomer = Boolean.FALSE;
    }
    total.addDeal(o, rows.stage[i], rows.created[i], closed, rows.currency[i], rows.minor[i], rows.lostReason[i], rows.lostAt[i],
        newCustomer);
  }

  /** An empty report with the same options, to take the fast lane's rows of another thread ({@link #mergePart}). */
  public ExportReport newPart() {
    return new ExportReport(options);
  }

  /**
   * Folds in a part made by {@link #newPart()} that took only fast-lane rows, as if its rows had been added here:
   * the accumulators merge exactly, and of two first wins of an account the earlier stays held.
   */
  public void mergePart(ExportReport part) {
    if (!part.breakdowns.isEmpty() || !part.groups.isEmpty() || !takesFastRows()) {
      throw new IllegalStateException("only a part of fast-lane rows merges");
    }
    total.merge(part.total);
    for (Map.Entry<String, Held> e : part.firstWins.entrySet()) {
      Held mine = firstWins.get(e.getKey());
      Held theirs = e.getValue();
      if (mine == null) {
        firstWins.put(e.getKey(), theirs);
      } else if (theirs.win().isBefore(mine.win())) {
        addHeld(mine, false);
        firstWins.put(e.getKey(), theirs);
      } else {
        addHeld(theirs, false);
      }
    }
    part.firstWins.clear();
  }

  private static Outcome outcome(dev.salesops.core.model.Outcome o) {
    return o == dev.salesops.core.model.Outcome.WON ? Outcome.WON : o == dev.salesops.core.model.Outcome.LOST ? Outcome.LOST : Outcome.OPEN;
  }

  /** Adds a held first win, as a new customer or not. */
  private void addHeld(Held h, boolean newCustomer) {
    if (h.record() != null) {
      addRecord(newCustomer ? h.record() : h.record().toBuilder().newCustomer(false).build());
      return;
    }
    FastDeal d = h.values();
    total.addDeal(d.outcome(), d.stage(), d.created(), d.closed(), d.currency(), d.minor(), d.lostReason(), d.lostAt(), newCustomer);
  }

  private void addRecord(DealRecord r) {
    total.add(r);
    for (BreakdownAccumulator acc : breakdowns) {
      acc.add(r);
    }
  }

  /** Records one issue of a skipped row. */
  public void addIssue(RowIssue issue) {
    String key = issue.column() + "\u0000" + issue.reason();
    IssueGroup g = groups.computeIfAbsent(key, k -> new IssueGroup(issue.column(), issue.reason()));
    g.count++;
    if (g.examples.size() < GROUP_EXAMPLES) {
      g.examples.add(issue);
    }
    if (firstIssues.size() < JSON_ISSUES) {
      firstIssues.add(issue);
    }
  }

  /** The KPI record of an export row. */
  public static DealRecord toRecord(ExportRow row) {
    return builder(row).build();
  }

  private static DealRecord.Builder builder(ExportRow row) {
    return fill(DealRecord.builder(), row, null);
  }

  /** Last values set on the reused builder: a setter (which validates) is called only when the value changes. */
  private final String[] last = new String[12];
  private final DealRecord.Builder reused = DealRecord.builder();
  private boolean reusedDims;

  private DealRecord.Builder reusedBuilder(ExportRow row) {
    return fill(reused, row, this);
  }

  private static boolean changed(ExportReport self, int i, String v) {
    if (self == null) {
      return true;
    }
    if (self.last[i] == v) {
      return false;
    }
    self.last[i] = v;
    return true;
  }

  private static DealRecord.Builder fill(DealRecord.Builder b, ExportRow row, ExportReport self) {
    b.id(row.id())
        .outcome(row.outcome() == dev.salesops.core.model.Outcome.WON ? Outcome.WON
            : row.outcome() == dev.salesops.core.model.Outcome.LOST ? Outcome.LOST : Outcome.OPEN)
        .createdDate(row.created().orElse(null))
        .closedDate(row.closed().orElse(null))
        .amount(row.amount().orElse(null))
        .newCustomer(null);
    String stage = row.stage();
    String lostReason = row.lostReason().orElse(null);
    String lostAt = row.lostAt().orElse(null);
    if (changed(self, 8, stage)) {
      b.stage(stage);
    }
    if (changed(self, 9, lostReason)) {
      b.lostReason(lostReason);
    }
    if (changed(self, 10, lostAt)) {
      b.lostAtStage(lostAt);
    }
    if (row.slots() >= 0) {
      ExportRow dv = row;
      String v;
      if (changed(self, 0, v = dv.slot(DimensionValues.OWNER))) {
        b.owner(v);
      }
      if (changed(self, 1, v = dv.slot(DimensionValues.ACCOUNT))) {
        b.account(v);
      }
      if (changed(self, 2, v = dv.slot(DimensionValues.PRODUCT))) {
        b.productLine(v);
      }
      if (changed(self, 3, v = dv.slot(DimensionValues.TEAM))) {
        b.team(v);
      }
      if (changed(self, 4, v = dv.slot(DimensionValues.REGION))) {
        b.region(v);
      }
      if (changed(self, 5, v = dv.slot(DimensionValues.CHANNEL))) {
        b.channel(v);
      }
      if (changed(self, 6, v = dv.slot(DimensionValues.SOURCE))) {
        b.leadSource(v);
      }
      if (changed(self, 7, v = dv.slot(DimensionValues.SEGMENT))) {
        b.segment(v);
      }
      for (int i = DimensionValues.STANDARD; i < dv.slots(); i++) {
        b.dimension(dv.slotName(i), dv.slot(i));
      }
      return b;
    }
    Map<String, String> dims = row.dimensions();
    b.owner(dims.get("owner")).team(dims.get("team")).region(dims.get("region")).productLine(dims.get("product"))
        .channel(dims.get("channel")).leadSource(dims.get("source")).segment(dims.get("segment")).account(dims.get("account"));
    for (Map.Entry<String, String> e : dims.entrySet()) {
      if (!STANDARD.contains(e.getKey())) {
        b.dimension(e.getKey(), e.getValue());
      }
    }
    return b;
  }

  private static final Set<String> STANDARD = Set.of("owner", "team", "region", "product", "channel", "source", "segment", "account");

  /** Ends the read: the held first wins are added as new customers. */
  public void finish(ExportReader.Summary summary, Map<String, Long> usedMinor, Map<String, Long> skippedMinor) {
    this.summary = summary;
    this.usedMinor = Map.copyOf(usedMinor);
    this.skippedMinor = Map.copyOf(skippedMinor);
    for (Held h : firstWins.values()) {
      addHeld(h, true);
    }
    firstWins.clear();
    finished = total.finish();
    // a loop, not a stream with a method reference: no invokedynamic bootstrap at every run's start-up (issue 14)
    List<KpiBreakdown> done = new ArrayList<>(breakdowns.size());
    for (BreakdownAccumulator a : breakdowns) {
      done.add(a.finish());
    }
    finishedBreakdowns = done;
  }

  /**
   * A report whose figures were computed elsewhere (e.g. merged from partial states on Spark): the text and JSON
   * are then exactly the CLI's for the same figures, summary, issues and value shares.
   */
  public static ExportReport finished(ReportOptions options, KpiReport report, List<KpiBreakdown> breakdowns,
      ExportReader.Summary summary, List<RowIssue> issues, Map<String, Long> usedMinor, Map<String, Long> skippedMinor) {
    ExportReport r = new ExportReport(options);
    issues.forEach(r::addIssue);
    r.summary = summary;
    r.usedMinor = Map.copyOf(usedMinor);
    r.skippedMinor = Map.copyOf(skippedMinor);
    r.finished = java.util.Objects.requireNonNull(report, "report");
    r.finishedBreakdowns = List.copyOf(breakdowns);
    return r;
  }

  /** Ends the read (issues given as a list; no value shares). */
  public void finish(ExportReader.Summary summary, List<RowIssue> issues) {
    issues.forEach(this::addIssue);
    finish(summary, Map.of(), Map.of());
  }

  /** Adds a line printed after the data-quality section (e.g. the audit summary). */
  public void addFooter(String line) {
    extraLines.add(line);
  }

  /** The report over all rows. */
  public KpiReport report() {
    return finished;
  }

  /** The breakdowns, in the order asked. */
  public List<KpiBreakdown> breakdowns() {
    return finishedBreakdowns;
  }

  /** The first issues of the skipped rows (at most {@value #JSON_ISSUES}). */
  public List<RowIssue> issues() {
    return List.copyOf(firstIssues);
  }

  /** The issue groups, in order of first appearance. */
  public List<IssueGroup> issueGroups() {
    return List.copyOf(groups.values());
  }

  /** The read summary. */
  public ExportReader.Summary summary() {
    return summary;
  }

  /** The warnings of the headline: skipped rows holding more than 1 % of the rows or of a currency's value. */
  public List<String> warnings() {
    List<String> out = new ArrayList<>();
    if (summary.rowsRead() > 0 && BigDecimal.valueOf(summary.rowsSkipped()).compareTo(WARN_SHARE.multiply(BigDecimal.valueOf(summary.rowsRead()))) > 0) {
      out.add("skipped rows are " + pct(summary.rowsSkipped(), summary.rowsRead()) + " of the rows (" + summary.rowsSkipped() + " of "
          + summary.rowsRead() + "): every KPI below leaves them out (see data quality)");
    }
    for (Map.Entry<String, Long> e : new TreeMap<>(skippedMinor).entrySet()) {
      long skipped = e.getValue();
      long all = skipped + usedMinor.getOrDefault(e.getKey(), 0L);
      if (all > 0 && BigDecimal.valueOf(skipped).compareTo(WARN_SHARE.multiply(BigDecimal.valueOf(all))) > 0) {
        int places = org.joda.money.CurrencyUnit.of(e.getKey()).getDecimalPlaces();
        out.add("skipped rows hold " + pct(skipped, all) + " of the " + e.getKey() + " value (" + BigDecimal.valueOf(skipped, places).toPlainString()
            + " of " + BigDecimal.valueOf(all, places).toPlainString() + "): the money KPIs below leave it out (see data quality)");
      }
    }
    return out;
  }

  private static String pct(long part, long whole) {
    return BigDecimal.valueOf(part).movePointRight(2).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_EVEN).toPlainString() + " %";
  }

  /** JSON output (documented in docs/CLI.md). */
  public String toJson() throws JsonProcessingException {
    ObjectMapper m = CliJson.mapper();
    ObjectNode root = m.createObjectNode();
    ObjectNode s = root.putObject("summary");
    s.put("rowsRead", summary.rowsRead());
    s.put("rowsUsed", summary.rowsUsed());
    s.put("rowsSkipped", summary.rowsSkipped());
    s.put("issues", summary.issues());
    s.put("window", options.kpiOptions().window().toString());
    ArrayNode warnings = s.putArray("warnings");
    warnings().forEach(warnings::add);
    ArrayNode notes = s.putArray("notes");
    options.notes().forEach(notes::add);
    ObjectNode report = (ObjectNode) m.readTree(dev.salesops.json.SalesOpsCodecs.standard().write(report()));
    options.funnelOmitted().ifPresent(why -> report.put("funnelOmitted", why));
    options.funnelCaveat().ifPresent(c -> report.put("funnelCaveat", c));
    root.set("report", report);
    ArrayNode bs = root.putArray("breakdowns");
    List<KpiBreakdown> bds = breakdowns();
    for (int i = 0; i < bds.size(); i++) {
      ReportOptions.Breakdown spec = options.breakdowns().get(i);
      KpiBreakdown bd = bds.get(i);
      ObjectNode b = bs.addObject();
      b.put("by", spec.label());
      ArrayNode names = b.putArray("dimensions");
      spec.names().forEach(names::add);
      ArrayNode gs = b.putArray("groups");
      for (KpiBreakdown.Group g : bd.groups()) {
        ObjectNode gn = gs.addObject();
        ObjectNode key = gn.putObject("key");
        for (int k = 0; k < spec.names().size(); k++) {
          String v = g.key().get(k);
          if (v.isEmpty()) {
            key.putNull(spec.names().get(k));
          } else {
            key.put(spec.names().get(k), v);
          }
        }
        gn.set("report", m.readTree(dev.salesops.json.SalesOpsCodecs.standard().write(g.report())));
      }
      b.put("unplaced", bd.unplaced());
    }
    ObjectNode dq = root.putObject("dataQuality");
    dq.put("rowsSkipped", summary.rowsSkipped());
    ArrayNode gl = dq.putArray("issueGroups");
    for (IssueGroup g : groups.values()) {
      ObjectNode n = gl.addObject();
      n.put("column", g.column);
      n.put("reason", g.reason);
      n.put("count", g.count);
      ArrayNode ex = n.putArray("examples");
      for (RowIssue i : g.examples) {
        ObjectNode e = ex.addObject();
        e.put("line", i.line());
        e.put("value", i.value());
      }
    }
    ArrayNode list = dq.putArray("issues");
    for (RowIssue i : firstIssues) {
      ObjectNode n = list.addObject();
      n.put("line", i.line());
      n.put("column", i.column());
      n.put("value", i.value());
      n.put("reason", i.reason());
    }
    dq.put("issuesListed", firstIssues.size());
    dq.set("missing", m.valueToTree(report().missing()));
    if (!extraLines.isEmpty()) {
      ArrayNode f = root.putArray("footer");
      extraLines.forEach(f::add);
    }
    return m.writerWithDefaultPrettyPrinter().writeValueAsString(root);
  }

  /** Text output: tables. */
  public String toText() {
    KpiReport r = report();
    StringBuilder b = new StringBuilder();
    b.append("Rows: ").append(summary.rowsRead()).append(" read, ").append(summary.rowsUsed()).append(" used, ")
        .append(summary.rowsSkipped()).append(" skipped (see data quality). Window: ").append(options.kpiOptions().window()).append(".\n");
    for (String w : warnings()) {
      b.append("WARNING: ").append(w).append('\n');
    }
    for (String n : options.notes()) {
      b.append("Note: ").append(n).append('\n');
    }
    b.append('\n');
    b.append(KpiText.kpis(r));
    // isPresent/get rather than lambdas: no invokedynamic bootstraps at every run's start-up (issue 14)
    if (r.salesCycleDaysAllClosed().isPresent()) {
      Distribution d = r.salesCycleDaysAllClosed().get();
      b.append("sales cycle days (all closed deals): mean ").append(KpiText.num(d.mean(), 1))
          .append(", median ").append(KpiText.scaleOr(d.median(), 1, "undefined"))
          .append(", p90 ").append(KpiText.scaleOr(d.p90(), 1, "undefined")).append(", n=").append(d.count()).append("\n\n");
    }
    if (r.funnel().isPresent()) {
      b.append(KpiText.funnel(r.funnel().get()));
      if (options.funnelCaveat().isPresent()) {
        b.setLength(b.length() - 1);
        b.append("Caveat: ").append(options.funnelCaveat().get()).append(".\n\n");
      }
    }
    List<KpiBreakdown> bds = breakdowns();
    for (int i = 0; i < bds.size(); i++) {
      ReportOptions.Breakdown spec = options.breakdowns().get(i);
      b.append(KpiText.breakdown(spec.label(), bds.get(i)));
      if (bds.get(i).unplaced() > 0) {
        b.setLength(b.length() - 1);
        b.append(bds.get(i).unplaced()).append(" rows have no date to place them in a period: left out of this breakdown.\n\n");
      }
    }
    b.append("== Data quality ==\n");
    b.append(summary.rowsSkipped()).append(" rows skipped with ").append(summary.issues()).append(" issues.");
    b.append(groups.isEmpty() ? "\n" : " Issues by column and reason (" + groups.size() + " kinds):\n");
    int shown = 0;
    for (IssueGroup g : groups.values()) {
      if (shown++ == TEXT_GROUPS) {
        b.append("  ... ").append(groups.size() - TEXT_GROUPS).append(" more kinds (all of them with --format json)\n");
        break;
      }
      if (g.count == 1) {
        b.append("  ").append(g.examples.get(0).message()).append('\n');
        continue;
      }
      b.append("  ").append(g.count).append(" rows: column \"").append(g.column).append("\": ").append(g.reason).append('\n');
      g.examples.stream().limit(3).forEach(i -> b.append("    ").append(i.message()).append('\n'));
      if (g.count > 3) {
        b.append("    ... lines ").append(g.examples.stream().skip(3).map(i -> String.valueOf(i.line())).collect(Collectors.joining(", ")))
            .append(g.count > g.examples.size() ? ", ..." : "").append('\n');
      }
    }
    if (!r.missing().isEmpty()) {
      b.append("Rows left out of the KPIs that need a field they lack:\n");
      r.missing().forEach((field, n) -> b.append("  ").append(field).append(": ").append(n).append('\n'));
    }
    for (String l : extraLines) {
      b.append(l).append('\n');
    }
    return b.toString();
  }
}
