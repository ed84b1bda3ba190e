package dev.salesops.cli.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salesops.cli.SalesOpsCli;
import dev.salesops.cli.CliJson;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dashboard files without a browser: size, no external URL, the embedded JSON, the labels. */
class HtmlDashboardTest {

  @BeforeAll
  static void pages() throws Exception {
    DashboardPages.make();
  }

  @Test
  void everyPageIsWithinTheSizeBudget() throws Exception {
    for (Path p : List.of(DashboardPages.REPORT_HTML, DashboardPages.REPORT_ZH_HTML, DashboardPages.DEMO_HTML,
        DashboardPages.AUDIT_HTML, DashboardPages.AUDIT_ZH_HTML)) {
      assertThat(Files.size(p)).as("%s", p).isPositive().isLessThanOrEqualTo(HtmlDashboard.MAX_BYTES);
    }
  }

  @Test
  void noPageReferencesAnythingOutsideItself() throws Exception {
    Pattern external = Pattern.compile("(?i)(?:\\b(?:src|href|action|poster|data)\\s*=\\s*[\"']?\\s*(?:[a-z][a-z0-9+.-]*:)?//)"
        + "|(?:url\\(\\s*[\"']?\\s*(?:https?:)?//)|(?:@import)|(?:<link\\b)|(?:<iframe\\b)");
    for (Path p : List.of(DashboardPages.REPORT_HTML, DashboardPages.REPORT_ZH_HTML, DashboardPages.DEMO_HTML,
        DashboardPages.AUDIT_HTML, DashboardPages.AUDIT_ZH_HTML)) {
      String html = Files.readString(p);
      Matcher m = external.matcher(html);
      assertThat(m.find()).as("%s: %s", p, m.find(0) ? html.substring(m.start(), Math.min(html.length(), m.start() + 80)) : "").isFalse();
      assertThat(html).contains("<meta http-equiv=\"Content-Security-Policy\" content=\"" + HtmlDashboard.CSP + "\">");
      // scripts and styles are all inline
      assertThat(html).doesNotContainPattern("<script[^>]*\\ssrc=");
    }
  }

  @Test
  void theEmbeddedJsonIsTheJsonOutput() throws Exception {
    JsonNode json = DashboardPages.json(DashboardPages.REPORT_JSON);
    assertThat(DashboardPages.embedded(DashboardPages.REPORT_HTML)).isEqualTo(json);
    assertThat(DashboardPages.embedded(DashboardPages.REPORT_ZH_HTML)).isEqualTo(json);
    assertThat(json.at("/trend/currencies/USD/forecast/points")).hasSize(WonTrend.HORIZON);
    assertThat(json.at("/dataQuality/issues")).hasSize(3);
    JsonNode demo = DashboardPages.json(DashboardPages.DEMO_JSON);
    assertThat(DashboardPages.embedded(DashboardPages.DEMO_HTML)).isEqualTo(demo);
    JsonNode audit = DashboardPages.json(DashboardPages.AUDIT_JSON);
    assertThat(DashboardPages.embedded(DashboardPages.AUDIT_HTML)).isEqualTo(audit);
    assertThat(DashboardPages.embedded(DashboardPages.AUDIT_ZH_HTML)).isEqualTo(audit);
  }

  @Test
  void textThatLooksLikeMarkupCannotEndTheDataScript() {
    ObjectNode n = CliJson.mapper().createObjectNode();
    n.put("value", "</script><script>alert(1)</script> & \u2028");
    String html = HtmlDashboard.render(HtmlDashboard.Page.AUDIT, n, Locale.ENGLISH);
    assertThat(html).doesNotContain("</script><script>alert");
    Matcher m = Pattern.compile("id=\"report-data\">(.*?)</script>", Pattern.DOTALL).matcher(html);
    assertThat(m.find()).isTrue();
    assertThat(m.group(1)).contains("\\u003c/script\\u003e");
  }

  @Test
  void labelsExistInBothLanguagesForEveryKeyThePageUses() {
    ObjectNode en = HtmlDashboard.labels(Locale.ENGLISH);
    ObjectNode zh = HtmlDashboard.labels(Locale.SIMPLIFIED_CHINESE);
    List<String> enKeys = iterable(en);
    assertThat(iterable(zh)).containsExactlyInAnyOrderElementsOf(enKeys);
    assertThat(enKeys).containsAll(uncheckedKeys());
    assertThat(zh.get("winRate").asText()).isEqualTo("赢单率");
    assertThat(en.get("winRate").asText()).isEqualTo("Win rate");
  }

  private static List<String> uncheckedKeys() {
    try {
      return DashboardPages.labelKeysUsed();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<String> iterable(ObjectNode n) {
    List<String> keys = new java.util.ArrayList<>();
    n.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  @Test
  void theChineseReportIsLabelledInChinese() throws Exception {
    String html = Files.readString(DashboardPages.REPORT_ZH_HTML);
    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">").contains("<title>销售报表</title>");
    assertThat(Files.readString(DashboardPages.REPORT_HTML)).contains("<html lang=\"en\">").contains("<title>Sales report</title>");
  }

  @Test
  void localesOtherThanEnglishAndSimplifiedChineseAreRefused() {
    assertThat(HtmlDashboard.supported(Locale.forLanguageTag("zh"))).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    assertThat(HtmlDashboard.supported(Locale.forLanguageTag("en-GB"))).isEqualTo(Locale.ENGLISH);
    assertThatThrownBy(() -> HtmlDashboard.supported(Locale.forLanguageTag("zh-TW"))).hasMessageContaining("en or zh-CN");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = SalesOpsCli.run(new String[] {"demo", "--deals", "10", "--format", "html", "--locale", "fr"}, new PrintWriter(out), new PrintWriter(err));
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("must be en or zh-CN: fr");
  }

  @Test
  void formatsOtherCommandsDoNotDrawAreRefusedThere() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = SalesOpsCli.run(new String[] {"pipeline", "validate", "--shipped", "sales", "--format", "html"}, new PrintWriter(out), new PrintWriter(err));
    assertThat(code).isEqualTo(2);
  }

  @Test
  void theChartingLibraryIsTheWebJarsMinifiedCommonBuild() {
    assertThat(HtmlDashboard.echartsVersion()).matches("\\d+\\.\\d+\\.\\d+");
    String js = HtmlDashboard.echarts();
    assertThat(js.length()).isBetween(300_000, 1_000_000);
    assertThat(js).contains("Licensed to the Apache Software Foundation");
  }
}
