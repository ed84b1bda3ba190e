package dev.salesops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.salesops.cli.CliJson;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's main job: {@code sales-ops demo} runs the whole library on the bundled company. */
class DemoCommandTest {

  static String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = SalesOpsCli.run(args, new PrintWriter(out), new PrintWriter(err));
    return new String[] {Integer.toString(code), out.toString(), err.toString()};
  }

  @Test
  void textDemoShowsEverySectionAndIsDeterministic() {
    String[] r = run("demo");
    assertThat(r[0]).as(r[2]).isEqualTo("0");
    String out = r[1];
    assertThat(out)
        .contains("== The sample company ==", "5000 opportunities from 2024-01-01 to 2025-12-31")
        .contains("== Pipeline moves on the workflow engine ==")
        .contains("REFUSED  rep advances (BANT as recorded): QUALIFICATION -> DISCOVERY", "- BANT not met: ")
        .contains("ACCEPTED rep advances (BANT confirmed with evidence): QUALIFICATION -> DISCOVERY")
        .contains("REFUSED  rep tries to reopen it", "requires one of the roles MANAGER")
        .contains("ACCEPTED manager reopens it: CLOSED_LOST -> DISCOVERY")
        .contains("== Scoring and predicted win probability ==", "Why O", "likelihood ratio won/lost per factor")
        .contains("== KPI report ==", "win rate (count)", "Bottleneck (lowest conversion among stages with enough deals): ")
        .contains("== Forecast (time series and pipeline) ==", "Holt-Winters")
        .contains("== Quarterly appraisal and commission ==", "rating band", "RATING_MULTIPLIER", "payout: USD ");
    assertThat(run("demo")[1]).as("same seed, same output").isEqualTo(out);
  }

  @Test
  void anotherSeedGivesAnotherCompany() {
    String[] a = run("demo", "--seed", "7", "--deals", "1500");
    assertThat(a[0]).as(a[2]).isEqualTo("0");
    assertThat(a[1]).contains("Sample company (seed 7)", "1500 opportunities").isNotEqualTo(run("demo")[1]);
  }

  @Test
  void jsonDemoHasOneFieldPerSection() throws Exception {
    String[] r = run("demo", "--format", "json");
    assertThat(r[0]).as(r[2]).isEqualTo("0");
    JsonNode j = CliJson.mapper().readTree(r[1]);
    assertThat(j.fieldNames()).toIterable().containsExactly("company", "pipeline", "scoring", "kpis", "forecast", "appraisal");
    assertThat(j.at("/company/opportunities").asInt()).isEqualTo(5000);
    assertThat(j.at("/pipeline/moves/0/accepted").asBoolean()).isFalse();
    assertThat(j.at("/pipeline/moves/0/reasons").size()).isPositive();
    assertThat(j.at("/pipeline/moves/1/accepted").asBoolean()).isTrue();
    assertThat(j.at("/kpis/report/winRate/denominator").asLong()).isEqualTo(
        j.at("/kpis/report/won").asLong() + j.at("/kpis/report/lost").asLong());
    assertThat(j.at("/kpis/report/funnel/bottleneck").asText()).isNotEmpty();
    assertThat(j.at("/forecast/forecast").size()).isEqualTo(6);
    assertThat(j.at("/appraisal/indicators").size()).isEqualTo(9);
    assertThat(j.at("/appraisal/commission/total/currency").asText()).isEqualTo("USD");
  }

  @Test
  void exportWritesAnExportThatReportReads(@TempDir Path dir) throws Exception {
    String[] d = run("demo", "--deals", "800", "--export", dir.toString());
    assertThat(d[0]).as(d[2]).isEqualTo("0");
    assertThat(Files.readAllLines(dir.resolve("opportunities.csv"))).hasSize(801);
    String[] r = run("report", "--input", dir.resolve("opportunities.csv").toString(),
        "--mapping", dir.resolve("mapping.json").toString(), "--by", "team", "--format", "json");
    assertThat(r[0]).as(r[2]).isEqualTo("0");
    JsonNode j = CliJson.mapper().readTree(r[1]);
    assertThat(j.at("/summary/rowsUsed").asLong()).isEqualTo(800);
    assertThat(j.at("/dataQuality/issues").size()).isZero();
    assertThat(j.at("/breakdowns/0/groups").size()).isEqualTo(4);
  }

  @Test
  void badOptionsAreRefused() {
    assertThat(run("demo", "--deals", "0")[0]).isEqualTo("1");
    assertThat(run("demo", "--format", "xml")[0]).isEqualTo("2");
  }
}
