package dev.salesops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.salesops.cli.CliJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sales-ops appraise} under the seed's scheme on measurements written here.
 *
 * <p>ann is at 110 % on revenue and collected cash and at target on everything else: revenue's threshold curve
 * gives 1 + (1.1 - 1) / (1.2 - 1) x (1.5 - 1) = 1.25, x 30 % = 0.375; cash's linear curve 1.1 x 20 % = 0.22;
 * the other seven indicators score 1 and weigh 50 %: total 1.095, band A (>= 1.0). bob is at 70 % on revenue
 * and cash: below the revenue gate's 80 %, so his total is zeroed: band D.
 *
 * <p>Commission of ann, credited USD 132,000 against a quota of USD 120,000: 60,000 x 5 % = 3,000; 60,000 x 8 %
 * = 4,800; 12,000 x 10 % x accelerator 1.5 = 1,800; sum 9,600 x rating A's 1.1 = USD 10,560.00.
 */
class AppraiseCommandTest {

  @TempDir
  Path dir;

  /** The measurements of ann (factor 1.1) then bob (0.7): 2 x 39 rows, ann's on lines 2-40. */
  static String measurements() {
    StringBuilder b = new StringBuilder("rep,indicator,period,actual,target\n");
    for (String[] rep : new String[][] {{"ann", "1.1"}, {"bob", "0.7"}}) {
      double f = Double.parseDouble(rep[1]);
      for (String m : List.of("2026-04", "2026-05", "2026-06")) {
        b.append(rep[0]).append(",revenue,").append(m).append(',').append(Math.round(40000 * f)).append(",40000\n");
        b.append(rep[0]).append(",collected-cash,").append(m).append(',').append(Math.round(35000 * f)).append(",35000\n");
        b.append(rep[0]).append(",quotes,").append(m).append(",3,3\n");
      }
      for (int w = 14; w <= 26; w++) {
        b.append(rep[0]).append(",visits,2026-W").append(w).append(",3,3\n");
        b.append(rep[0]).append(",proposals,2026-W").append(w).append(",1,1\n");
      }
      b.append(rep[0]).append(",new-customers,2026-Q2,3,3\n");
      for (String i : List.of("product-knowledge", "selling-skill", "teamwork")) {
        b.append(rep[0]).append(',').append(i).append(",2026-Q2,4,4\n");
      }
    }
    return b.toString();
  }

  @BeforeEach
  void files() throws Exception {
    Files.writeString(dir.resolve("measurements.csv"), measurements());
  }

  String[] args(String... more) {
    List<String> a = new ArrayList<>(List.of("appraise", "--shipped", "seed", "--period", "2026-Q2",
        "--input", dir.resolve("measurements.csv").toString()));
    a.addAll(List.of(more));
    return a.toArray(new String[0]);
  }

  @Test
  void textHasASummaryAndEveryRepsBreakdown() {
    CliRun r = CliRun.of(args("--plan", "commission-example", "--credited", "USD 132000", "--quota", "USD 120000"));
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith(""
        + "Appraisal 2026-Q2 (2026-04-01..2026-06-30) under scheme seed-example: 2 reps.\n"
        + "\n"
        + "rep  total  band  zeroed by     payout\n"
        + "---  -----  ----  ------------  ------------\n"
        + "ann  1.095  A                   USD 10560.00\n"
        + "bob      0  D     revenue-gate  USD 0.00\n"
        + "\n"
        + "== ann ==\n"
        + "indicator          type        periods  actual  target  achievement  score   weight  weighted\n"
        + "-----------------  ----------  -------  ------  ------  -----------  ------  ------  --------\n"
        + "revenue            RESULT            3  132000  120000       110.0%  125.0%   30.0%     0.375\n"
        + "collected-cash     RESULT            3  115500  105000       110.0%  110.0%   20.0%      0.22\n")
        .contains("gate revenue-gate: revenue achievement 1.1 >= 0.8: passed\n")
        .contains("Total 1.095 -> rating band A.\n")
        .contains("  SLICE: 120000..132000 (100%..110% of quota) = 12000 × rate 0.1 (tier 3) × accelerator 1.5 = 1800\n")
        .contains("  RATING_MULTIPLIER: 9600 × rating A multiplier 1.1 = 10560\n")
        .contains("  payout: USD 10560.00\n")
        .contains("Total 0 -> rating band D (total zeroed by gate revenue-gate).\n");
  }

  @Test
  void jsonHasTheBreakdownTotalBandAndPayout() throws Exception {
    CliRun r = CliRun.of(args("--format", "json", "--plan", "commission-example", "--credited", "USD 132000", "--quota", "USD 120000"));
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode j = CliJson.mapper().readTree(r.out());
    assertThat(j.get("scheme").asText()).isEqualTo("seed-example");
    assertThat(j.get("period").asText()).isEqualTo("2026-Q2");
    JsonNode ann = j.at("/reps/0");
    assertThat(ann.get("rep").asText()).isEqualTo("ann");
    assertThat(ann.get("total").decimalValue()).isEqualByComparingTo("1.095");
    assertThat(ann.get("band").asText()).isEqualTo("A");
    assertThat(ann.at("/subtotals/RESULT").decimalValue()).isEqualByComparingTo("0.745");
    assertThat(ann.at("/indicators/0/name").asText()).isEqualTo("revenue");
    assertThat(ann.at("/indicators/0/actual").decimalValue()).isEqualByComparingTo("132000");
    assertThat(ann.at("/indicators/0/ratio/value").decimalValue()).isEqualByComparingTo("1.1");
    assertThat(ann.at("/indicators/0/curveScore").decimalValue()).isEqualByComparingTo("1.25");
    assertThat(ann.at("/indicators/0/weightedScore").decimalValue()).isEqualByComparingTo("0.375");
    assertThat(ann.at("/indicators/3/periodsUsed")).hasSize(13);
    assertThat(ann.at("/gates/0/passed").asBoolean()).isTrue();
    assertThat(ann.at("/commission/total/amount").asText()).isEqualTo("10560.00");
    assertThat(ann.at("/commission/total/currency").asText()).isEqualTo("USD");
    assertThat(ann.at("/commission/rating").asText()).isEqualTo("A");
    assertThat(ann.at("/commission/lines")).hasSize(6);
    JsonNode bob = j.at("/reps/1");
    assertThat(bob.get("total").decimalValue()).isZero();
    assertThat(bob.get("totalZeroedBy").toString()).isEqualTo("[\"revenue-gate\"]");
    assertThat(bob.at("/commission/total/amount").asText()).isEqualTo("0.00");
  }

  @Test
  void repSelectsOneRep() throws Exception {
    CliRun r = CliRun.of(args("--rep", "bob", "--format", "json"));
    JsonNode j = CliJson.mapper().readTree(r.out());
    assertThat(j.get("reps")).hasSize(1);
    assertThat(j.at("/reps/0/rep").asText()).isEqualTo("bob");
    assertThat(j.at("/reps/0/commission").isMissingNode()).isTrue();
    CliRun none = CliRun.of(args("--rep", "zed"));
    assertThat(none.code()).isEqualTo(1);
    assertThat(none.err()).isEqualTo("sales-ops: measurements.csv has no measurements of rep zed\n");
  }

  @Test
  void everyProblemIsListedWithItsLineIncludingTheSchemesOwn() throws Exception {
    Files.writeString(dir.resolve("measurements.csv"), measurements()
        + "ann,revenue,2026-04,1,1\n"                 // line 80: ann's 4th revenue measurement, a duplicate month
        + "bob,teamwork,2026-Q2,6,4\n"                // line 81: a duplicate quarter (the scheme stops there for bob)
        + "cy,revenue,2026-W14,1,1\n"                 // line 82: a week for a monthly indicator
        + "cy,visits,2026-04,-1,0\n"                  // line 83
        + "cy,foo,2026-04,1,1\n"                      // line 84
        + "dee,revenue,2026-Q9,x,\n");                // line 85
    CliRun r = CliRun.of(args());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    // the file's own problems in file order, then the scheme's on the reps whose rows were all readable (ann, bob)
    assertThat(r.err()).isEqualTo("sales-ops: 10 problems:\n"
        + "- measurements.csv line 82, column \"period\" must be a MONTH for indicator revenue: 2026-W14\n"
        + "- measurements.csv line 83, column \"period\" must be a WEEK for indicator visits: 2026-04\n"
        + "- measurements.csv line 83, column \"actual\" must not be negative: -1\n"
        + "- measurements.csv line 83, column \"target\" must be positive: 0\n"
        + "- measurements.csv line 84, column \"indicator\" must be an indicator of scheme seed-example (revenue, collected-cash, "
        + "new-customers, visits, proposals, quotes, product-knowledge, selling-skill, teamwork): foo\n"
        + "- measurements.csv line 85, column \"target\" is required but blank\n"
        + "- measurements.csv line 85, column \"period\" must be a label such as 2026-W14, 2026-04, 2026-Q2 or 2026: 2026-Q9\n"
        + "- measurements.csv line 85, column \"actual\" must be a decimal number: x\n"
        + "- measurements.csv line 80, column \"period\" must not be measured twice: 2026-04\n"
        + "- measurements.csv line 81, column \"period\" must not be measured twice: 2026-Q2\n");
  }

  @Test
  void aBrokenSchemeIsRefusedWithItsPaths() throws Exception {
    Files.writeString(dir.resolve("scheme.json"), "{\"name\": \"s\", \"indicators\": [{\"name\": \"revenue\", \"type\": \"RESULT\","
        + " \"weight\": \"50%\", \"period\": \"MONTH\", \"source\": {\"kpi\": \"revenue\"}, \"curve\": {\"type\": \"LINEAR\", \"floor\": 0, \"cap\": 1.2}}]}");
    CliRun r = CliRun.of("appraise", "--scheme", dir.resolve("scheme.json").toString(), "--period", "2026-Q2",
        "--input", dir.resolve("measurements.csv").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).startsWith("sales-ops: ").contains("- scheme.json ");
  }

  @Test
  void usageErrorsExitTwo() {
    assertThat(CliRun.of(args("--plan", "commission-example")).code()).isEqualTo(2);
    assertThat(CliRun.of(args("--credited", "USD 1")).code()).isEqualTo(2);
    assertThat(CliRun.of(args("--plan", "other", "--credited", "USD 1", "--quota", "USD 1")).code()).isEqualTo(2);
    assertThat(CliRun.of(args("--plan", "commission-example", "--credited", "USD 1", "--quota", "EUR 1")).code()).isEqualTo(2);
    assertThat(CliRun.of(args("--plan", "commission-example", "--credited", "lots", "--quota", "USD 1")).code()).isEqualTo(2);
    CliRun month = CliRun.of("appraise", "--shipped", "seed", "--period", "2026-04", "--input", "x.csv");
    assertThat(month.code()).isEqualTo(2);
    assertThat(month.err()).contains("--period must be a QUARTER for scheme seed-example: 2026-04");
    assertThat(CliRun.of("appraise", "--shipped", "nope", "--period", "2026-Q2", "--input", "x.csv").code()).isEqualTo(2);
  }
}
