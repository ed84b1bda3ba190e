package dev.salesops.cli.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salesops.cli.CliJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.ResourceBundle;

/**
 * The self-contained HTML dashboard of a command's JSON output: one file with the JSON embedded
 * ({@code <script type="application/json" id="report-data">}), the labels of the chosen locale, the styles,
 * Apache ECharts ({@code echarts.common.min.js} from the ECharts WebJar on the class path) and the page's
 * script, which draws everything from the embedded JSON. No external URL is referenced; a Content Security
 * Policy meta tag forbids any request ({@code default-src 'none'}), so the page works offline and from an
 * e-mail attachment.
 *
 * <p>Stateless; the ECharts source is read from the class path on each call.
 */
public final class HtmlDashboard {
  /** The size budget of a page (bytes); pages above it are still written, with a warning. */
  public static final long MAX_BYTES = 1_500_000L;

  /** The locales with labels; any other is refused. */
  public static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);

  /** The Content Security Policy of every page: inline script and style only, images only as data URLs. */
  public static final String CSP = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:";

  private static final String BASE = "dev/salesops/cli/html/";
  private static final String WEBJAR = "META-INF/resources/webjars/echarts/";
  private static final String WEBJAR_POM = "META-INF/maven/org.webjars.npm/echarts/pom.properties";

  /** The kinds of page. */
  public enum Page {
    /** {@code sales-ops report}. */
    REPORT,
    /** {@code sales-ops demo}. */
    DEMO,
    /** {@code sales-ops audit}. */
    AUDIT;

    String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private HtmlDashboard() {}

  /**
   * The page of {@code data} (the command's JSON output) with labels in {@code locale} (one of {@link #LOCALES}).
   */
  public static String render(Page page, JsonNode data, Locale locale) {
    Objects.requireNonNull(page, "page");
    Objects.requireNonNull(data, "data");
    Locale loc = supported(locale);
    ObjectNode labels = labels(loc);
    ObjectMapper m = CliJson.mapper();
    StringBuilder b = new StringBuilder(1_200_000);
    b.append("<!DOCTYPE html>\n<html lang=\"").append(loc.toLanguageTag()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP).append("\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"sales-ops; charts: Apache ECharts ").append(echartsVersion()).append("\">\n")
        .append("<title>").append(escapeHtml(labels.path("title." + page.key()).asText("sales-ops"))).append("</title>\n")
        .append("<style>\n").append(resource(BASE + "dashboard.css")).append("</style>\n</head>\n")
        .append("<body data-kind=\"").append(page.key()).append("\">\n<main id=\"app\"></main>\n")
        .append("<script type=\"application/json\" id=\"report-data\">").append(scriptJson(m, data)).append("</script>\n")
        .append("<script type=\"application/json\" id=\"labels\">").append(scriptJson(m, labels)).append("</script>\n")
        .append("<script>\n").append(echarts()).append("\n</script>\n")
        .append("<script>\n").append(resource(BASE + "dashboard.js")).append("</script>\n</body>\n</html>\n");
    return b.toString();
  }

  /** The supported locale matching {@code locale} by language (zh means Simplified Chinese); refuses others. */
  public static Locale supported(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    if (locale.getLanguage().equals("en")) {
      return Locale.ENGLISH;
    }
    if (locale.getLanguage().equals("zh") && !locale.getScript().equals("Hant")
        && !List.of("TW", "HK", "MO").contains(locale.getCountry())) {
      return Locale.SIMPLIFIED_CHINESE;
    }
    throw new IllegalArgumentException("--locale must be en or zh-CN: " + locale.toLanguageTag());
  }

  /** The labels of {@code locale} from the bundle {@code dev/salesops/cli/html/labels*.properties} (UTF-8). */
  static ObjectNode labels(Locale locale) {
    ResourceBundle bundle = ResourceBundle.getBundle("dev.salesops.cli.html.labels", locale, HtmlDashboard.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    ObjectNode n = CliJson.mapper().createObjectNode();
    for (String k : Collections.list(bundle.getKeys()).stream().sorted().toList()) {
      n.put(k, bundle.getString(k));
    }
    return n;
  }

  /** The version of the ECharts WebJar on the class path. */
  static String echartsVersion() {
    try (InputStream in = HtmlDashboard.class.getClassLoader().getResourceAsStream(WEBJAR_POM)) {
      if (in == null) {
        throw new IllegalStateException("the ECharts WebJar is not on the class path: " + WEBJAR_POM);
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** ECharts' minified common build (line, bar, pie, scatter; SVG and canvas renderers). */
  static String echarts() {
    return resource(WEBJAR + echartsVersion() + "/dist/echarts.common.min.js");
  }

  private static String resource(String name) {
    try (InputStream in = HtmlDashboard.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource: " + name);
      }
      String s = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      if (s.toLowerCase(Locale.ROOT).contains("</script")) {
        throw new IllegalStateException("resource would end its script element early: " + name);
      }
      return s;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** JSON that is safe inside a script element: {@code <}, {@code >}, {@code &} and line separators escaped. */
  static String scriptJson(ObjectMapper m, JsonNode n) {
    try {
      return m.writeValueAsString(n).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
          .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String escapeHtml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
