package dev.salesops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.salesops.cli.CliJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16: the report's wrong answers and broken promises on dirty or differently shaped exports. */
class ReportDirtyExportsTest {

  static final String MAPPING = "{\"columns\": {\"id\": \"Id\", \"stage\": \"Stage\", \"owner\": \"Owner\", \"product\": \"Product\","
      + " \"created\": \"Created\", \"closed\": \"Closed\", \"amount\": \"Amount\", \"lostAt\": \"Lost At\"},"
      + " \"stages\": {\"Open\": \"DISCOVERY\", \"Quote\": \"PROPOSAL\", \"Won\": \"CLOSED_WON\", \"Lost\": \"CLOSED_LOST\"},"
      + " \"defaultCurrency\": \"USD\"%s}";
  static final String HEADER = "Id,Stage,Owner,Product,Created,Closed,Amount,Lost At\n";

  @TempDir
  Path dir;

  CliRun report(String csv, String mappingExtra, String... more) throws Exception {
    Files.writeString(dir.resolve("e.csv"), csv);
    Files.writeString(dir.resolve("m.json"), String.format(MAPPING, mappingExtra));
    List<String> a = new ArrayList<>(List.of("report", "--input", dir.resolve("e.csv").toString(), "--mapping", dir.resolve("m.json").toString()));
    a.addAll(List.of(more));
    return CliRun.of(a.toArray(new String[0]));
  }

  static JsonNode json(CliRun r) throws Exception {
    assertThat(r.code()).as(r.err()).isZero();
    return CliJson.mapper().readTree(r.out());
  }

  static String rows(int n, String template) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(String.format(template, i)).append('\n');
    }
    return b.toString();
  }

  @Test
  void aLongValueOrAQuotedLineBreakIsADirtyRowWithItsLine() throws Exception {
    CliRun r = report(HEADER + "1,Won,ann,P,2024-01-01,2024-02-01,10,\n"
        + "2,Won," + "x".repeat(129) + ",P,2024-01-01,2024-02-01,10,\n"
        + "3,Won,\"bo\nb\",P,2024-01-01,2024-02-01,10,\n"
        + "4,Won,ann,P,2024-01-01,2024-02-01,10,\n", "", "--format", "json");
    JsonNode j = json(r);
    assertThat(j.at("/summary/rowsUsed").asLong()).isEqualTo(2);
    JsonNode issues = j.at("/dataQuality/issues");
    assertThat(issues.get(0).get("line").asLong()).isEqualTo(3);
    assertThat(issues.get(0).get("reason").asText()).isEqualTo("value longer than 128 characters (129)");
    assertThat(issues.get(1).get("line").asLong()).isEqualTo(4);
    assertThat(issues.get(1).get("reason").asText()).contains("control character (U+000A, a line break)");
  }

  @Test
  void brokenFilesAreRefusedWithFileLineAndHint() throws Exception {
    CliRun quote = report(HEADER + "1,Won,\"ann,P,2024-01-01,2024-02-01,10,\n", "");
    assertThat(quote.code()).isEqualTo(1);
    assertThat(quote.err()).contains("e.csv line 2").contains("never closed").contains("Hint").doesNotContain("Exception");

    Files.write(dir.resolve("e.csv"), (HEADER + "1,Won,ann,P\u00e9,2024-01-01,2024-02-01,10,\n").getBytes(StandardCharsets.ISO_8859_1));
    CliRun bytes = CliRun.of("report", "--input", dir.resolve("e.csv").toString(), "--mapping", dir.resolve("m.json").toString());
    assertThat(bytes.code()).isEqualTo(1);
    assertThat(bytes.err()).contains("e.csv line 2, byte offset 64: byte 0xE9 is not UTF-8").contains("iconv");

    CliRun missing = CliRun.of("report", "--input", dir.resolve("nope.csv").toString(), "--mapping", dir.resolve("m.json").toString());
    assertThat(missing.code()).isEqualTo(1);
    assertThat(missing.err()).contains("the export").contains("nope.csv does not exist");
  }

  @Test
  void shortRowsAreDirtyAndADuplicatedMappedHeaderIsRefused() throws Exception {
    JsonNode j = json(report(HEADER + "1,Won,ann,P,2024-01-01,2024-02-01,10,\n2,Won,ann\n", "", "--format", "json"));
    assertThat(j.at("/dataQuality/issues/0/reason").asText()).isEqualTo("row has fewer fields than the header's 8:");
    CliRun dup = report("Id,Stage,Owner,Owner,Product,Created,Closed,Amount,Lost At\n", "");
    assertThat(dup.code()).isEqualTo(1);
    assertThat(dup.err()).contains("column \"Owner\" twice (columns 3 and 4)");
  }

  @Test
  void currencyIsCheckedNotIgnored() throws Exception {
    String csv = HEADER + "1,Won,ann,P,2024-01-01,2024-02-01,10,\n";
    CliRun eur = report(csv, "", "--currency", "EUR");
    assertThat(eur.code()).isEqualTo(1);
    assertThat(eur.err()).contains("--currency EUR is refused: the export holds amounts in USD");
    assertThat(report(csv, "", "--currency", "USD").code()).isZero();
  }

  @Test
  void aJoinKeySpelledDifferentlyWarnsAtTheTopAndNormalisationOrAliasesFixIt() throws Exception {
    Files.writeString(dir.resolve("products.csv"), "Name,Family\nGTX Pro,Gear\nBasic,Gear\n");
    String csv = HEADER + "1,Won,ann,GTXPro,2024-01-01,2024-02-01,700,\n" + rows(20, "b%d,Won,ann,Basic,2024-01-01,2024-02-01,100,");
    String join = ", \"joins\": [{\"file\": \"products.csv\", \"on\": \"product\", \"keyColumn\": \"Name\", \"columns\": {\"family\": \"Family\"}%s}]";
    CliRun plain = report(csv, String.format(join, ""));
    assertThat(plain.out()).contains("WARNING: skipped rows hold 25.9 % of the USD value (700.00 of 2700.00)")
        .contains("\"aliases\": {\"GTXPro\": \"GTX Pro\"}");
    JsonNode norm = json(report(csv, String.format(join, ", \"normalise\": [\"case\", \"space\"]"), "--format", "json", "--by", "family"));
    assertThat(norm.at("/summary/rowsSkipped").asLong()).isZero();
    assertThat(norm.at("/summary/warnings")).isEmpty();
    JsonNode alias = json(report(csv, String.format(join, ", \"aliases\": {\"GTXPro\": \"GTX Pro\"}"), "--format", "json"));
    assertThat(alias.at("/report/currencies/USD/wonAmount/amount").asText()).isEqualTo("2700.00");
  }

  @Test
  void unknownKeysAreRefusedEverywhereButAuditIsAccepted() throws Exception {
    Files.writeString(dir.resolve("reps.csv"), "Rep,Team\nann,N\n");
    CliRun bad = report(HEADER, ", \"joins\": [{\"file\": \"reps.csv\", \"on\": \"owner\", \"keyColumn\": \"Rep\", \"dimensions\": {\"team\": \"Team\"}}]");
    assertThat(bad.code()).isEqualTo(1);
    assertThat(bad.err()).contains("joins[0].dimensions is not a join field");
    CliRun audit = report(HEADER + "1,Won,ann,P,2024-01-01,2024-02-01,10,\n", ", \"audit\": {\"anything\": true}");
    assertThat(audit.code()).as(audit.err()).isZero();
  }

  @Test
  void aRunUsingNoRowExitsNonZeroWithOneLine() throws Exception {
    CliRun r = report(HEADER + rows(3, "%d,Maybe,ann,P,2024-01-01,,10,"), "");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.err()).contains("no row of e.csv could be used (3 read, 3 skipped; most common issue: column \"Stage\": unknown stage value");
  }

  @Test
  void identicalIssuesAreGroupedWithCountAndFirstLines() throws Exception {
    JsonNode j = json(report(HEADER + "ok,Won,ann,P,2024-01-01,2024-02-01,10,\n" + rows(30, "%d,Maybe,ann,P,2024-01-01,,10,"), "", "--format", "json"));
    JsonNode groups = j.at("/dataQuality/issueGroups");
    assertThat(groups).hasSize(1);
    assertThat(groups.get(0).get("count").asLong()).isEqualTo(30);
    assertThat(groups.get(0).get("examples")).hasSize(10);
    assertThat(groups.get(0).at("/examples/0/line").asLong()).isEqualTo(3);
    CliRun text = report(HEADER + "ok,Won,ann,P,2024-01-01,2024-02-01,10,\n" + rows(30, "%d,Maybe,ann,P,2024-01-01,,10,"), "");
    assertThat(text.out()).contains("30 rows: column \"Stage\": unknown stage value").contains("... lines 6, 7, 8");
  }

  @Test
  void anExportWithOutcomesOnlyAndDurationsIsReadAsPublished() throws Exception {
    String mapping = "{\"columns\": {\"id\": \"Id\", \"stage\": \"Outcome\", \"closed\": \"Closed\", \"cycleDays\": \"Days\", \"amount\": \"Amount\"},"
        + " \"stages\": {\"Won\": \"CLOSED_WON\", \"Loss\": \"CLOSED_LOST\", \"Open\": \"DISCOVERY\"}, \"defaultCurrency\": \"USD\","
        + " \"closeDateOnOpenDeals\": \"ignore\", \"duplicateIds\": \"sumAmounts\"}";
    Files.writeString(dir.resolve("m.json"), mapping);
    Files.writeString(dir.resolve("e.csv"), "Id,Outcome,Closed,Days,Amount\n"
        + "1,Won,2024-03-01,10,100\n"      // created derived: 2024-02-20
        + "1,Won,2024-03-01,10,50\n"       // a line item of deal 1: summed (150)
        + "1,Won,2024-03-01,10,50\n"       // an exact copy: a duplicate
        + "2,Won,2024-03-05,30,200\n"
        + "3,Loss,2024-03-09,20,80\n"
        + "4,Open,,,60\n");
    JsonNode j = json(CliRun.of("report", "--input", dir.resolve("e.csv").toString(), "--mapping", dir.resolve("m.json").toString(),
        "--format", "json", "--cycle", "closed", "--percentile", "nearest-rank"));
    assertThat(j.at("/summary/rowsUsed").asLong()).isEqualTo(5);
    assertThat(j.at("/dataQuality/issues/0/reason").asText()).contains("exact copy");
    assertThat(j.at("/report/won").asLong()).isEqualTo(2);
    assertThat(j.at("/report/currencies/USD/wonAmount/amount").asText()).isEqualTo("350.00");
    assertThat(j.at("/report/salesCycleDays/count").asLong()).isEqualTo(2);
    assertThat(j.at("/report/salesCycleDays/median").decimalValue()).isEqualByComparingTo("10"); // nearest rank of {10, 30}
    assertThat(j.at("/report/salesCycleDaysAllClosed/count").asLong()).isEqualTo(3);
    assertThat(j.at("/report/funnel").isMissingNode() || j.at("/report/funnel").isNull()).isTrue();
    assertThat(j.at("/report/funnelOmitted").asText()).startsWith("no funnel: the export has no stage data");
    assertThat(j.at("/summary/notes").toString()).contains("created dates are derived").contains("no account column");
  }

  @Test
  void withoutALostAtColumnTheFunnelCarriesItsCaveat() throws Exception {
    String mapping = "{\"columns\": {\"id\": \"Id\", \"stage\": \"Stage\", \"created\": \"Created\", \"closed\": \"Closed\"},"
        + " \"stages\": {\"Open\": \"DISCOVERY\", \"Quote\": \"PROPOSAL\", \"Won\": \"CLOSED_WON\", \"Lost\": \"CLOSED_LOST\"}}";
    Files.writeString(dir.resolve("m.json"), mapping);
    Files.writeString(dir.resolve("e.csv"), "Id,Stage,Created,Closed\n1,Won,2024-01-01,2024-02-01\n2,Lost,2024-01-01,2024-02-01\n3,Quote,2024-01-01,\n");
    String[] args = {"report", "--input", dir.resolve("e.csv").toString(), "--mapping", dir.resolve("m.json").toString()};
    CliRun text = CliRun.of(args);
    assertThat(text.out()).contains("== Funnel ==").contains("Caveat: the export has no lost-at-stage column");
    List<String> a = new ArrayList<>(List.of(args));
    a.addAll(List.of("--format", "json"));
    assertThat(json(CliRun.of(a.toArray(new String[0]))).at("/report/funnelCaveat").asText()).contains("no lost-at-stage column");
  }

  @Test
  void twoDimensionsBreakDownAndJsonUsesTheNamesOfBy() throws Exception {
    JsonNode j = json(report(HEADER + "1,Won,ann,P,2024-01-01,2024-02-01,10,\n2,Lost,bob,,2024-01-01,2024-03-01,10,Quote\n", "",
        "--format", "json", "--by", "owner+product", "--by", "product+month"));
    JsonNode b = j.at("/breakdowns/0");
    assertThat(b.get("dimensions").toString()).isEqualTo("[\"owner\",\"product\"]");
    assertThat(b.get("groups")).hasSize(2);
    assertThat(b.at("/groups/0/key/product").asText()).isEqualTo("P");
    assertThat(b.at("/groups/1/key/product").isNull()).isTrue();
    assertThat(j.at("/breakdowns/1/dimensions").toString()).isEqualTo("[\"product\",\"month\"]");
    assertThat(j.at("/breakdowns/1/groups/0/key/month").asText()).isNotEmpty();
  }

  @Test
  void newCustomersDoNotDependOnTheRowOrder() throws Exception {
    String mapping = "{\"columns\": {\"id\": \"Id\", \"stage\": \"Stage\", \"account\": \"Account\", \"closed\": \"Closed\"},"
        + " \"stages\": {\"Won\": \"CLOSED_WON\"}}";
    Files.writeString(dir.resolve("m.json"), mapping);
    // acme's first win (B0, Jan) comes last in the file; bolt's two wins share a date: the smaller id is new
    Files.writeString(dir.resolve("e.csv"), "Id,Stage,Account,Closed\nB3,Won,acme,2024-03-01\nB2,Won,acme,2024-02-01\n"
        + "C2,Won,bolt,2024-02-01\nC1,Won,bolt,2024-02-01\nB0,Won,acme,2024-01-01\n");
    JsonNode j = json(CliRun.of("report", "--input", dir.resolve("e.csv").toString(), "--mapping", dir.resolve("m.json").toString(),
        "--format", "json", "--by", "month"));
    assertThat(j.at("/report/newCustomers").asLong()).isEqualTo(2);
    JsonNode months = j.at("/breakdowns/0/groups");
    assertThat(months.get(0).at("/key/month").asText()).isEqualTo("2024-01");
    assertThat(months.get(0).at("/report/newCustomers").asLong()).isEqualTo(1);  // B0
    assertThat(months.get(1).at("/report/newCustomers").asLong()).isEqualTo(1);  // C1
    assertThat(months.get(2).at("/report/newCustomers").asLong()).isZero();
  }

  @Test
  void progressGoesToStderrWhenAsked() throws Exception {
    CliRun r = report(HEADER + rows(100_001, "%d,Won,ann,P,2024-01-01,2024-02-01,10,"), "", "--progress", "--format", "json");
    assertThat(r.err()).contains("\rrows read: 100000");
    assertThat(json(r).at("/summary/rowsUsed").asLong()).isEqualTo(100_001);
    assertThat(report(HEADER + "1,Won,ann,P,2024-01-01,2024-02-01,10,\n", "").err()).isEmpty();
  }
}
