package dev.salesops.cli.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dashboards in a real browser (headless Chromium over the DevTools protocol): each page renders with no
 * console error, no exception and no network request; every chart is a non-empty SVG; every number in the
 * DOM equals the {@code --format json} output at its {@code data-path} and is written as that value; a
 * full-page screenshot goes to {@code target/html-test/*.png}. Skipped, saying why, only where no Chromium
 * is installed, and never when {@code CI=true} (then it fails).
 */
class HtmlDashboardBrowserTest {
  private static final String INSPECT = "JSON.stringify({"
      + "problems: document.body.getAttribute('data-render-problems'),"
      + "declaredCharts: Number(document.body.getAttribute('data-charts')),"
      + "charts: Array.from(document.querySelectorAll('.chart')).map(function (c) { var r = c.getBoundingClientRect();"
      + "  return {label: c.getAttribute('aria-label'), svgs: c.querySelectorAll('svg').length, paths: c.querySelectorAll('svg path').length,"
      + "  texts: c.querySelectorAll('svg text').length, width: r.width, height: r.height}; }),"
      + "numbers: Array.from(document.querySelectorAll('.num[data-path]')).map(function (e) { return {path: e.getAttribute('data-path'),"
      + "  value: e.getAttribute('data-value'), format: e.getAttribute('data-format'), undef: e.getAttribute('data-undefined') === 'true',"
      + "  text: e.textContent, title: e.getAttribute('title')}; }),"
      + "lang: document.documentElement.lang,"
      + "sections: Array.from(document.querySelectorAll('section.panel')).map(function (s) { return s.id; }),"
      + "qualityLink: !!document.querySelector('a[href=\"#data-quality\"]'),"
      + "bottleneckRows: document.querySelectorAll('tr.bottleneck').length,"
      + "refusedRows: document.querySelectorAll('tr.refused').length,"
      + "chartsWithoutTable: Array.from(document.querySelectorAll('.chart')).filter(function (c) {"
      + "  var s = c.closest('.breakdown') || c.closest('section'); return !s.querySelector('table.data'); }).length,"
      + "text: document.body.innerText})";

  private static Browser browser;

  @BeforeAll
  static void start() throws Exception {
    Optional<Path> exe = Browser.find();
    if (exe.isEmpty()) {
      String why = "no Chromium found (chromium, chromium-browser or google-chrome on the PATH, or $SALES_OPS_CHROMIUM): "
          + "install Debian's chromium package (apt-get install chromium) to run the browser tests";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail("CI=true: the browser tests must run, but " + why);
      }
      System.out.println("HtmlDashboardBrowserTest skipped: " + why);
      Assumptions.abort(why);
    }
    DashboardPages.make();
    Path profile = Files.createTempDirectory("sales-ops-chromium-");
    browser = Browser.launch(exe.get(), profile);
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void theReportPageRendersOfflineAndEveryNumberIsTheJsons() throws Exception {
    JsonNode page = check(DashboardPages.REPORT_HTML, DashboardPages.REPORT_JSON, "report.png");
    assertThat(page.get("lang").asText()).isEqualTo("en");
    assertThat(sections(page)).containsExactly("headline", "funnel", "trend", "breakdowns", "data-quality");
    assertThat(page.get("qualityLink").asBoolean()).isTrue();
    assertThat(page.get("bottleneckRows").asInt()).isEqualTo(1);
    Set<String> paths = paths(page);
    assertThat(paths).contains("/report/winRate/value", "/report/winRate/numerator", "/report/winRate/denominator",
        "/report/salesCycleDays/median", "/report/salesCycleDays/p90", "/report/currencies/USD/wonAmount/amount",
        "/report/currencies/USD/openPipeline/amount", "/report/currencies/USD/weightedPipeline", "/summary/rowsSkipped",
        "/report/funnel/stages/0/reached", "/report/funnel/stages/0/conversion/value",
        "/trend/currencies/USD/history/0/won", "/trend/currencies/USD/forecast/points/0/mean",
        "/trend/currencies/USD/forecast/points/0/lower", "/trend/currencies/USD/forecast/points/0/upper",
        "/dataQuality/issues/0/line", "/dataQuality/issues/2/line", "/breakdowns/2/groups/0/report/won");
    // the product with only open deals: its win rate is undefined, shown as a dash with a title, never as 0
    JsonNode json = DashboardPages.json(DashboardPages.REPORT_JSON);
    List<JsonNode> undefinedRates = new ArrayList<>();
    for (JsonNode n : page.get("numbers")) {
      if (n.get("undef").asBoolean() && n.get("path").asText().matches("/breakdowns/1/groups/\\d+/report/winRate/value")) {
        undefinedRates.add(n);
      }
    }
    assertThat(undefinedRates).isNotEmpty();
    for (JsonNode n : undefinedRates) {
      String group = n.get("path").asText().replace("/report/winRate/value", "/key/product");
      assertThat(json.at(group).asText()).isEqualTo("PILOT");
      assertThat(n.get("text").asText()).isEqualTo("—");
      assertThat(n.get("title").asText()).startsWith("undefined: 0 closed");
    }
    assertThat(page.get("text").asText()).contains("PILOT").contains("Maybe");
  }

  @Test
  void theChineseReportPageRendersWithChineseLabels() throws Exception {
    JsonNode page = check(DashboardPages.REPORT_ZH_HTML, DashboardPages.REPORT_JSON, "report-zh-CN.png");
    assertThat(page.get("lang").asText()).isEqualTo("zh-CN");
    assertThat(page.get("text").asText()).contains("赢单率", "销售漏斗", "瓶颈", "数据质量", "排行榜");
  }

  @Test
  void theDemoPageRendersTheRefusalsScoresAppraisalAndCommission() throws Exception {
    JsonNode page = check(DashboardPages.DEMO_HTML, DashboardPages.DEMO_JSON, "demo.png");
    assertThat(sections(page)).containsExactly("headline", "funnel", "trend", "breakdowns", "refusals", "scores", "appraisal");
    assertThat(page.get("refusedRows").asInt()).isEqualTo(2);
    Set<String> paths = paths(page);
    assertThat(paths).contains("/kpis/report/winRate/numerator", "/forecast/forecast/0/mean", "/forecast/forecast/0/lower",
        "/forecast/pipeline/0/pipeline/amount", "/scoring/top/0/score", "/scoring/top/0/criteria/0/decayedPoints",
        "/appraisal/indicators/0/weightedScore", "/appraisal/total", "/appraisal/commission/lines/0/amount",
        "/appraisal/commission/total/amount");
    assertThat(page.get("text").asText()).contains("BANT not met").contains("requires one of the roles MANAGER");
  }

  @Test
  void theAuditPageRendersEveryFindingWithItsNumbers() throws Exception {
    JsonNode page = check(DashboardPages.AUDIT_HTML, DashboardPages.AUDIT_JSON, "audit.png");
    assertThat(sections(page)).startsWith("headline", "audit-classes", "audit-findings");
    JsonNode json = DashboardPages.json(DashboardPages.AUDIT_JSON);
    Set<String> paths = paths(page);
    assertThat(paths).contains("/rowsRead", "/columns", "/findings/0/rows/count", "/findings/0/rows/of", "/findings/0/rows/share",
        "/findings/0/value/0/amount", "/findings/0/examples/0/line");
    for (int i = 0; i < json.get("findings").size(); i++) {
      assertThat(paths).contains("/findings/" + i + "/rows/count");
    }
    json.get("summary").fieldNames().forEachRemaining(c -> assertThat(paths).contains("/summary/" + c + "/findings", "/summary/" + c + "/rows"));
  }

  @Test
  void theChineseAuditPageRendersWithChineseLabels() throws Exception {
    JsonNode page = check(DashboardPages.AUDIT_ZH_HTML, DashboardPages.AUDIT_JSON, "audit-zh-CN.png");
    assertThat(page.get("lang").asText()).isEqualTo("zh-CN");
    assertThat(page.get("text").asText()).contains("审计", "按类别统计的问题", "建议修复");
  }

  @Test
  void aDemoForecastWithABacktestShowsItsErrorsByHorizon() throws Exception {
    // the demo JSON as a later version writes it: the forecast section carries a rolling-origin backtest
    ObjectNode json = (ObjectNode) DashboardPages.json(DashboardPages.DEMO_JSON).deepCopy();
    ObjectNode bt = ((ObjectNode) json.get("forecast")).putObject("backtest");
    bt.put("method", "automatic (AICc)").put("initial", 12).put("origins", 10).put("level", 0.95);
    var steps = bt.putArray("byHorizon");
    steps.addObject().put("step", 1).put("count", 10).put("mae", 123456.5).put("rmse", 150000.25).put("mape", 0.085)
        .put("smape", 0.08).putNull("mase").put("coverage", 0.9);
    steps.addObject().put("step", 2).put("count", 9).put("mae", 133456.5).put("rmse", 160000.25).put("mape", 0.095)
        .put("smape", 0.09).put("mase", 0.7).put("coverage", 0.888);
    Path html = DashboardPages.DIR.resolve("demo-backtest.html");
    Path jsonFile = DashboardPages.DIR.resolve("demo-backtest.json");
    Files.writeString(jsonFile, json.toString());
    Files.writeString(html, HtmlDashboard.render(HtmlDashboard.Page.DEMO, json, java.util.Locale.ENGLISH));
    JsonNode page = check(html, jsonFile, "demo-backtest.png");
    assertThat(paths(page)).contains("/forecast/backtest/byHorizon/0/mae", "/forecast/backtest/byHorizon/0/mase",
        "/forecast/backtest/byHorizon/1/coverage");
    assertThat(page.get("text").asText()).contains("Backtest: automatic (AICc), 10 rolling origins");
  }

  @Test
  void optionalFieldsOfNewerReportsAreShownAndAMissingFunnelIsExplained() throws Exception {
    // the report JSON as later versions write it: warnings and notes in the summary, the funnel left out with the
    // reason, issues grouped by column and reason, a breakdown label and footer lines
    ObjectNode json = (ObjectNode) DashboardPages.json(DashboardPages.REPORT_JSON).deepCopy();
    ((ObjectNode) json.get("summary")).putArray("warnings").add("2 rows have amounts in a currency seen once");
    ((ObjectNode) json.get("summary")).putArray("notes").add("stages mapped from the Stage column");
    ObjectNode report = (ObjectNode) json.get("report");
    report.remove("funnel");
    report.put("funnelOmitted", "the export maps no stage history");
    ((ObjectNode) json.get("breakdowns").get(0)).put("by", "team (from reps.csv)");
    ObjectNode group = ((ObjectNode) json.get("dataQuality")).putArray("issueGroups").addObject();
    group.put("column", "Amount").put("reason", "negative amount").put("count", 17);
    group.putArray("examples").addObject().put("line", 2003).put("value", "-5.00");
    json.putArray("footer").add("read in one pass");
    Path html = DashboardPages.DIR.resolve("report-newer.html");
    Path jsonFile = DashboardPages.DIR.resolve("report-newer.json");
    Files.writeString(jsonFile, json.toString());
    Files.writeString(html, HtmlDashboard.render(HtmlDashboard.Page.REPORT, json, java.util.Locale.ENGLISH));
    JsonNode page = check(html, jsonFile, "report-newer.png");
    assertThat(sections(page)).containsExactly("headline", "funnel", "trend", "breakdowns", "data-quality");
    assertThat(page.get("text").asText()).contains("2 rows have amounts in a currency seen once", "stages mapped from the Stage column",
        "No funnel: the export maps no stage history", "By team (from reps.csv)", "read in one pass");
    assertThat(paths(page)).contains("/dataQuality/issueGroups/0/count", "/dataQuality/issueGroups/0/examples/0/line");
  }

  private static List<String> sections(JsonNode page) {
    List<String> s = new ArrayList<>();
    page.get("sections").forEach(n -> s.add(n.asText()));
    return s;
  }

  private static Set<String> paths(JsonNode page) {
    Set<String> s = new HashSet<>();
    page.get("numbers").forEach(n -> s.add(n.get("path").asText()));
    return s;
  }

  /** Loads {@code html}, checks what every page must satisfy against {@code jsonFile}, returns what was inspected. */
  private static JsonNode check(Path html, Path jsonFile, String screenshot) throws Exception {
    Path png = DashboardPages.DIR.resolve(screenshot);
    Browser.PageRun run = browser.open(html.toAbsolutePath(), INSPECT, png);
    String pageUrl = html.toAbsolutePath().toUri().toString();
    assertThat(run.consoleProblems()).as("console errors, exceptions and log errors of %s", html).isEmpty();
    assertThat(run.requests()).as("requests of %s", html).allMatch(u -> u.equals(pageUrl), "the page itself only");
    JsonNode page = run.evaluated();
    assertThat(page.get("problems").asText()).as("render problems: %s", page.get("text")).isEqualTo("0");
    JsonNode charts = page.get("charts");
    assertThat(charts.size()).isPositive().isEqualTo(page.get("declaredCharts").asInt());
    for (JsonNode c : charts) {
      assertThat(c.get("svgs").asInt()).as("svg of chart %s", c.get("label")).isEqualTo(1);
      assertThat(c.get("paths").asInt()).as("paths of chart %s", c.get("label")).isGreaterThan(3);
      assertThat(c.get("texts").asInt()).as("axis labels of chart %s", c.get("label")).isPositive();
      assertThat(c.get("width").asDouble()).isGreaterThan(200);
      assertThat(c.get("height").asDouble()).isGreaterThan(100);
    }
    assertThat(page.get("chartsWithoutTable").asInt()).as("charts without a data table in their section").isZero();
    JsonNode json = DashboardPages.json(jsonFile);
    JsonNode numbers = page.get("numbers");
    assertThat(numbers.size()).isGreaterThan(50);
    for (JsonNode n : numbers) {
      checkNumber(json, n);
    }
    assertThat(Files.size(png)).as("screenshot %s", png).isGreaterThan(20_000);
    byte[] head = Files.readAllBytes(png);
    assertThat(new String(head, 1, 3, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PNG");
    return page;
  }

  /** The DOM number {@code n} is the JSON value at its path, and its text writes that value in its format. */
  static void checkNumber(JsonNode json, JsonNode n) {
    String path = n.get("path").asText();
    JsonNode v = json.at(path);
    if (n.get("undef").asBoolean()) {
      assertThat(v.isMissingNode() || v.isNull()).as("undefined in the DOM, %s in the JSON at %s", v, path).isTrue();
      assertThat(n.get("text").asText()).isEqualTo("—");
      return;
    }
    assertThat(v.isMissingNode() || v.isNull()).as("JSON value at %s", path).isFalse();
    BigDecimal expected = new BigDecimal(v.asText());
    BigDecimal value = new BigDecimal(n.get("value").asText());
    if (v.isFloatingPointNumber()) {
      // the same double, whatever the digits each side prints (Java 17's Double.toString is not always the shortest)
      assertThat(Double.parseDouble(n.get("value").asText())).as("data-value at %s", path).isEqualTo(v.asDouble());
    } else {
      assertThat(value).as("data-value at %s", path).isEqualByComparingTo(expected);
    }
    String format = n.get("format").asText();
    String text = n.get("text").asText();
    String digits = text.replace('\u2212', '-').replaceAll("[^0-9.\\-]", "");
    BigDecimal shown = new BigDecimal(digits);
    int scale = switch (format) {
      case "int" -> 0;
      case "dec1", "pct" -> 1;
      case "dec2", "money" -> 2;
      default -> throw new AssertionError("format " + format + " at " + path);
    };
    BigDecimal scaled = format.equals("pct") ? expected.movePointRight(2) : expected;
    BigDecimal gap = shown.subtract(scaled).abs();
    // Intl rounds half away from zero; allow exactly half a unit of the last place shown
    assertThat(gap).as("text '%s' for %s at %s", text, v, path).isLessThanOrEqualTo(BigDecimal.ONE.movePointLeft(scale).divide(BigDecimal.valueOf(2), scale + 1, RoundingMode.UNNECESSARY));
  }
}
