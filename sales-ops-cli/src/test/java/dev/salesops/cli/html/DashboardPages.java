package dev.salesops.cli.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.salesops.cli.SalesOpsCli;
import dev.salesops.cli.CliJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pages the dashboard tests look at, generated once per JVM under {@code target/html-test/} by the command
 * line itself: the demo company (2,000 deals) exported as CSV with dirty rows and an open-only product added,
 * its report as JSON and HTML (English and Simplified Chinese), and the demo as JSON and HTML.
 */
final class DashboardPages {
  static final Path DIR = Path.of("target", "html-test");
  static final Path EXPORT = DIR.resolve("export");
  static final Path REPORT_JSON = DIR.resolve("report.json");
  static final Path REPORT_HTML = DIR.resolve("report.html");
  static final Path REPORT_ZH_HTML = DIR.resolve("report-zh-CN.html");
  static final Path DEMO_JSON = DIR.resolve("demo.json");
  static final Path DEMO_HTML = DIR.resolve("demo.html");
  static final Path DIRTY = DIR.resolve("dirty");
  static final Path AUDIT_JSON = DIR.resolve("audit.json");
  static final Path AUDIT_HTML = DIR.resolve("audit.html");
  static final Path AUDIT_ZH_HTML = DIR.resolve("audit-zh-CN.html");

  /** Dirty rows (3: no close date, negative amount, unknown stage) and two open deals of a product with nothing closed. */
  static final String EXTRA_ROWS = ""
      + "X9001,Won,R01,A0001,STANDARD,DIRECT,SEARCH,2025-01-01,,100.00,USD,,\n"
      + "X9002,Won,R01,A0001,STANDARD,DIRECT,SEARCH,2025-01-01,2025-02-01,-5.00,USD,,\n"
      + "X9003,Maybe,R01,A0001,STANDARD,DIRECT,SEARCH,2025-01-01,,,,,\n"
      + "X9004,Proposal,R01,A0001,PILOT,DIRECT,SEARCH,2025-06-01,,5000.00,USD,,\n"
      + "X9005,Negotiation,R02,A0002,PILOT,DIRECT,SEARCH,2025-07-01,,7000.00,USD,,\n";

  private static boolean made;

  private DashboardPages() {}

  static synchronized void make() throws IOException {
    if (made) {
      return;
    }
    Files.createDirectories(DIR);
    run("demo", "--deals", "2000", "--export", EXPORT.toString(), "--format", "json", "--output", DEMO_JSON.toString());
    Files.writeString(EXPORT.resolve("opportunities.csv"), EXTRA_ROWS, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    run("demo", "--deals", "2000", "--format", "html", "--output", DEMO_HTML.toString());
    report("json", "en", REPORT_JSON);
    report("html", "en", REPORT_HTML);
    report("html", "zh-CN", REPORT_ZH_HTML);
    run("demo", "--deals", "2000", "--export", DIRTY.toString(), "--dirty");
    audit("json", "en", AUDIT_JSON);
    audit("html", "en", AUDIT_HTML);
    audit("html", "zh-CN", AUDIT_ZH_HTML);
    made = true;
  }

  private static void report(String format, String locale, Path out) {
    run("report", "--input", EXPORT.resolve("opportunities.csv").toString(), "--mapping", EXPORT.resolve("mapping.json").toString(),
        "--by", "team", "--by", "product", "--by", "region+quarter", "--format", format, "--locale", locale, "--output", out.toString());
  }

  private static void audit(String format, String locale, Path out) {
    run("audit", "--input", DIRTY.resolve("opportunities.csv").toString(), "--mapping", DIRTY.resolve("mapping.json").toString(),
        "--as-of", "2025-12-31", "--format", format, "--locale", locale, "--output", out.toString());
  }

  static String run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = SalesOpsCli.run(args, new PrintWriter(out), new PrintWriter(err));
    assertThat(code).as("sales-ops %s: %s", String.join(" ", args), err).isZero();
    return out.toString();
  }

  static JsonNode json(Path p) throws IOException {
    return CliJson.mapper().readTree(Files.readString(p));
  }

  private static final Pattern DATA = Pattern.compile(
      "<script type=\"application/json\" id=\"report-data\">(.*?)</script>", Pattern.DOTALL);

  /** The JSON embedded in a page. */
  static JsonNode embedded(Path html) throws IOException {
    Matcher m = DATA.matcher(Files.readString(html));
    assertThat(m.find()).as("report-data in %s", html).isTrue();
    return CliJson.mapper().readTree(m.group(1));
  }

  /** Every {@code t('key'} the page script asks for. */
  static List<String> labelKeysUsed() throws IOException {
    String js;
    try (var in = HtmlDashboard.class.getClassLoader().getResourceAsStream("dev/salesops/cli/html/dashboard.js")) {
      js = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<String> keys = new ArrayList<>();
    Matcher m = Pattern.compile("\\bt\\('([a-zA-Z.]+)'").matcher(js);
    while (m.find()) {
      if (!m.group(1).endsWith(".")) {
        keys.add(m.group(1));
      }
    }
    return keys;
  }
}
