package dev.salesops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.salesops.cli.CliJson;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sales-ops report} on a small export written here, with deliberately dirty rows. Every expected
 * number is computed by hand in the comments.
 */
class ReportCommandTest {

  // 8 usable rows (A1..A8), 4 dirty ones (A9..A12).
  static final String CSV = "Id,Stage,Owner,Created,Closed,Amount,Currency,Reason,Lost At\n"
      + "A1,Won,ann,2024-01-01,2024-01-31,1000,,,\n"                   // won, 30 days, USD 1000 (default currency)
      + "A2,Won,ann,2024-01-10,2024-03-10,3000.00,USD,,\n"             // won, 60 days, USD 3000
      + "A3,Lost,bob,2024-02-01,2024-02-11,2000,USD,PRICE,Quote\n"     // lost at PROPOSAL, USD 2000
      + "A4,Lost,bob,2024-02-05,2024-03-06,,,NO_DECISION,Engaging\n"   // lost at DISCOVERY, no amount
      + "A5,Won,bob,2024-03-01,2024-04-15,500,EUR,,\n"                 // won, 45 days, EUR 500
      + "A6,Engaging,ann,2024-03-05,,4000,USD,,\n"                     // open in DISCOVERY, USD 4000
      + "A7,Quote,bob,2024-03-20,,,,,\n"                               // open in PROPOSAL, no amount
      + "A8,New,ann,,,,,,\n"                                           // open in QUALIFICATION, no created date
      + "A9,Won,ann,2024-01-01,,100,USD,,\n"                           // line 10: closed without close date
      + "A10,Won,bob,2024-01-01,2024-02-01,-5,USD,,\n"                 // line 11: negative amount
      + "A11,Maybe,bob,2024-01-01,,,,,\n"                              // line 12: unknown stage
      + "A12,Won,zed,2024-01-01,2024-02-01,10,USD,,\n";                // line 13: owner not in reps.csv

  static final String MAPPING = "{\n"
      + "  \"columns\": {\"id\": \"Id\", \"stage\": \"Stage\", \"owner\": \"Owner\", \"created\": \"Created\", \"closed\": \"Closed\",\n"
      + "              \"amount\": \"Amount\", \"currency\": \"Currency\", \"lostReason\": \"Reason\", \"lostAt\": \"Lost At\"},\n"
      + "  \"stages\": {\"New\": \"QUALIFICATION\", \"Engaging\": \"DISCOVERY\", \"Quote\": \"PROPOSAL\", \"Won\": \"CLOSED_WON\", \"Lost\": \"CLOSED_LOST\"},\n"
      + "  \"defaultCurrency\": \"USD\",\n"
      + "  \"joins\": [{\"file\": \"reps.csv\", \"on\": \"owner\", \"keyColumn\": \"Rep\", \"columns\": {\"team\": \"Team\"}}]\n"
      + "}\n";

  @TempDir
  Path dir;

  @BeforeEach
  void files() throws Exception {
    Files.writeString(dir.resolve("export.csv"), CSV);
    Files.writeString(dir.resolve("mapping.json"), MAPPING);
    Files.writeString(dir.resolve("reps.csv"), "Rep,Team\nann,North\nbob,South\n");
  }

  record Run(int code, String out, String err) {}

  Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = SalesOpsCli.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  String[] args(String... more) {
    List<String> a = new ArrayList<>(List.of("report", "--input", dir.resolve("export.csv").toString(),
        "--mapping", dir.resolve("mapping.json").toString()));
    a.addAll(List.of(more));
    return a.toArray(new String[0]);
  }

  @Test
  void jsonReportHasTheHandComputedKpisAndTheDataQualityList() throws Exception {
    Run r = run(args("--by", "owner", "--by", "team", "--format", "json"));
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode j = CliJson.mapper().readTree(r.out());

    assertThat(j.at("/summary/rowsRead").asLong()).isEqualTo(12);
    assertThat(j.at("/summary/rowsUsed").asLong()).isEqualTo(8);
    assertThat(j.at("/summary/rowsSkipped").asLong()).isEqualTo(4);

    JsonNode k = j.get("report");
    assertThat(k.get("records").asLong()).isEqualTo(8);
    assertThat(k.get("won").asLong()).isEqualTo(3);      // A1 A2 A5
    assertThat(k.get("lost").asLong()).isEqualTo(2);     // A3 A4
    assertThat(k.get("open").asLong()).isEqualTo(3);     // A6 A7 A8
    // win rate = won / (won + lost) = 3 / 5
    assertThat(k.at("/winRate/numerator").asLong()).isEqualTo(3);
    assertThat(k.at("/winRate/denominator").asLong()).isEqualTo(5);
    assertThat(k.at("/winRate/value").decimalValue()).isEqualByComparingTo("0.6");
    // cycle of won deals: 30, 60, 45 days -> mean 45, median 45, p90 (linear) = 45 + 0.8 * 15 = 57
    assertThat(k.at("/salesCycleDays/count").asLong()).isEqualTo(3);
    assertThat(k.at("/salesCycleDays/mean/value").decimalValue()).isEqualByComparingTo("45");
    assertThat(k.at("/salesCycleDays/median").decimalValue()).isEqualByComparingTo("45");
    assertThat(k.at("/salesCycleDays/p90").decimalValue()).isEqualByComparingTo("57");
    // USD: won 1000 + 3000 = 4000 in 2 deals; by value 4000 / (4000 + 2000 lost A3; A4 has no amount) = 2/3
    assertThat(k.at("/currencies/USD/wonAmount/amount").asText()).isEqualTo("4000.00");
    assertThat(k.at("/currencies/USD/winRateByValue/numerator").decimalValue()).isEqualByComparingTo("4000");
    assertThat(k.at("/currencies/USD/winRateByValue/denominator").decimalValue()).isEqualByComparingTo("6000");
    assertThat(k.at("/currencies/USD/dealSize/mean/value").decimalValue()).isEqualByComparingTo("2000");
    assertThat(k.at("/currencies/USD/dealSize/median").decimalValue()).isEqualByComparingTo("2000");
    assertThat(k.at("/currencies/USD/openPipeline/amount").asText()).isEqualTo("4000.00");   // A6 only
    // velocity USD = 1 qualified open deal (A6 in DISCOVERY) x 2000 x 0.6 / 45 days
    assertThat(k.at("/currencies/USD/salesVelocityPerDay/value").decimalValue()).isEqualByComparingTo("26.66666666666667");
    // EUR kept apart: A5 alone
    assertThat(k.at("/currencies/EUR/wonAmount/amount").asText()).isEqualTo("500.00");
    assertThat(k.at("/currencies/EUR/winRateByValue/value").decimalValue()).isEqualByComparingTo("1");
    // funnel from current stage; won deals reach every stage, lost ones up to their lost-at stage:
    // reached LC 8, QUAL 8, DISC 7 (3 won, A3, A4, A6, A7), PROP 5 (3 won, A3, A7), NEG 3
    JsonNode stages = k.at("/funnel/stages");
    long[][] expected = {{8, 8}, {8, 7}, {7, 5}, {5, 3}, {3, 3}};
    for (int i = 0; i < expected.length; i++) {
      assertThat(stages.get(i).get("reached").asLong()).as("reached " + i).isEqualTo(expected[i][0]);
      assertThat(stages.get(i).get("advanced").asLong()).as("advanced " + i).isEqualTo(expected[i][1]);
    }
    // bottleneck among stages with >= 5 deals: PROPOSAL at 3/5 (not NEGOTIATION, which has only 3)
    assertThat(k.at("/funnel/bottleneck").asText()).isEqualTo("PROPOSAL");
    // rows lacking an amount (A4, A7, A8) are left out of the money KPIs only
    assertThat(k.at("/missing/amount").asLong()).isEqualTo(3);

    JsonNode byOwner = j.at("/breakdowns/0/groups");
    assertThat(byOwner.get(0).at("/key/owner").asText()).isEqualTo("ann");
    assertThat(byOwner.get(0).at("/report/winRate/value").decimalValue()).isEqualByComparingTo("1");     // 2 / 2
    assertThat(byOwner.get(1).at("/key/owner").asText()).isEqualTo("bob");
    assertThat(byOwner.get(1).at("/report/winRate/numerator").asLong()).isEqualTo(1);                   // 1 / 3
    assertThat(byOwner.get(1).at("/report/winRate/denominator").asLong()).isEqualTo(3);
    JsonNode byTeam = j.at("/breakdowns/1/groups");                  // joined from reps.csv
    assertThat(byTeam.get(0).at("/key/team").asText()).isEqualTo("North");
    assertThat(byTeam.get(0).at("/report/records").asLong()).isEqualTo(4);

    JsonNode issues = j.at("/dataQuality/issues");
    assertThat(issues).hasSize(4);
    assertThat(issues.get(0).get("line").asLong()).isEqualTo(10);
    assertThat(issues.get(0).get("reason").asText()).isEqualTo("closed deal (Won) without a close date");
    assertThat(issues.get(1).get("reason").asText()).isEqualTo("negative amount");
    assertThat(issues.get(1).get("value").asText()).isEqualTo("-5");
    assertThat(issues.get(2).get("column").asText()).isEqualTo("Stage");
    assertThat(issues.get(3).get("reason").asText()).isEqualTo("no match in reps.csv (column \"Rep\")");
  }

  @Test
  void textReportShowsTablesTheBottleneckAndTheDirtyRows() {
    Run r = run(args("--by", "owner"));
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("win rate (count)", "60.0%", "3/5")
        .contains("Bottleneck (lowest conversion among stages with enough deals): PROPOSAL at 60.0%")
        .contains("== By owner ==")
        .contains("4 rows skipped with 4 issues.")
        .contains("line 12, column \"Stage\": unknown stage value (not in the mapping's \"stages\") \"Maybe\"");
  }

  @Test
  void strictModeFailsOnTheFirstDirtyRowWithItsMessage() {
    Run r = run(args("--strict"));
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("line 10, column \"Closed\": closed deal (Won) without a close date");
  }

  @Test
  void aBrokenMappingIsRefusedWithEveryProblem() throws Exception {
    Files.writeString(dir.resolve("mapping.json"), "{\"columns\": {\"id\": \"Id\"}, \"stages\": {\"Won\": \"WHATEVER\"}}");
    Run r = run(args());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("columns.stage is required").contains("stages.Won must map to a stage");
  }

  @Test
  void newCustomersAreEachAccountsFirstWonDeal() throws Exception {
    Files.writeString(dir.resolve("accounts.csv"), "Id,Stage,Account,Created,Closed,Amount\n"
        + "B1,Won,acme,2024-01-01,2024-02-01,10\n"     // acme's first win: new customer
        + "B2,Won,acme,2024-01-05,2024-03-01,10\n"     // acme again: not new
        + "B3,Won,bolt,2024-01-05,2024-03-01,10\n"     // bolt's first win (same day as B4, smaller id): new
        + "B4,Won,bolt,2024-01-06,2024-03-01,10\n"     // not new
        + "B5,Won,,2024-01-06,2024-03-01,10\n"         // no account: not marked
        + "B6,Lost,core,2024-01-06,2024-03-01,10\n");  // lost: never a new customer
    Files.writeString(dir.resolve("accounts.json"), "{\"columns\": {\"id\": \"Id\", \"stage\": \"Stage\", \"account\": \"Account\","
        + " \"created\": \"Created\", \"closed\": \"Closed\", \"amount\": \"Amount\"}, \"defaultCurrency\": \"USD\","
        + " \"stages\": {\"Won\": \"CLOSED_WON\", \"Lost\": \"CLOSED_LOST\"}}");
    Run r = run("report", "--input", dir.resolve("accounts.csv").toString(), "--mapping", dir.resolve("accounts.json").toString(),
        "--format", "json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode k = CliJson.mapper().readTree(r.out()).get("report");
    assertThat(k.get("newCustomers").asLong()).isEqualTo(2);
    assertThat(k.at("/missing/newCustomerFlag").asLong()).isEqualTo(1);
  }

  @Test
  void asOfLimitsTheWindow() throws Exception {
    Run r = run(args("--as-of", "2024-02-29", "--format", "json"));
    JsonNode k = CliJson.mapper().readTree(r.out()).get("report");
    // closed by 2024-02-29: A1 (won, 01-31) and A3 (lost, 02-11)
    assertThat(k.get("won").asLong()).isEqualTo(1);
    assertThat(k.get("lost").asLong()).isEqualTo(1);
  }
}
