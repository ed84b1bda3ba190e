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

/** {@code sales-ops score} on subjects and events written here; every total is computed by hand in the comments. */
class ScoreCommandTest {

  // FIT capped at 60, ENGAGEMENT at 40; default grades A >= 75, B >= 50, C >= 25, D below
  static final String CARD = "{\"name\": \"Test card\",\n"
      + " \"groups\": {\"FIT\": {\"cap\": 60}, \"ENGAGEMENT\": {\"cap\": 40}},\n"
      + " \"criteria\": [\n"
      + "  {\"id\": \"big\", \"group\": \"FIT\", \"field\": \"attributes.employees\", \"op\": \"range\", \"min\": 500, \"points\": 30},\n"
      + "  {\"id\": \"tech\", \"group\": \"FIT\", \"field\": \"account.industry\", \"op\": \"in\", \"values\": [\"TECHNOLOGY\", \"FINANCE\"], \"points\": 20},\n"
      + "  {\"id\": \"budget\", \"group\": \"FIT\", \"field\": \"opportunity.bant.budget\", \"op\": \"equals\", \"value\": \"CONFIRMED\", \"points\": 20},\n"
      + "  {\"id\": \"deal\", \"group\": \"FIT\", \"field\": \"opportunity.amount\", \"op\": \"range\", \"min\": 10000, \"points\": 10},\n"
      + "  {\"id\": \"demo\", \"group\": \"ENGAGEMENT\", \"op\": \"eventCount\", \"event\": \"demo\", \"withinDays\": 30, \"points\": 40}\n"
      + " ]}\n";

  static final String SUBJECTS = "id,amount,currency,budget,industry,employees\n"
      + "S-1,25000,USD,CONFIRMED,TECHNOLOGY,1200\n"   // FIT 30+20+20+10 = 80 capped at 60, demo 40 -> 100 A
      + "S-2,5000,USD,PARTIAL,RETAIL,800\n"          // FIT 30, demo too old -> 30 C
      + "S-3,,,,FINANCE,\n";                           // FIT 20, demo 40 -> 60 B

  static final String EVENTS = "id,type,at\n"
      + "S-1,demo,2026-06-20\n"
      + "S-2,demo,2026-04-01\n"                        // 90 days before the scoring date: outside the 30-day window
      + "S-3,demo,2026-06-29T10:00:00Z\n";

  @TempDir
  Path dir;

  @BeforeEach
  void files() throws Exception {
    Files.writeString(dir.resolve("card.json"), CARD);
    Files.writeString(dir.resolve("subjects.csv"), SUBJECTS);
    Files.writeString(dir.resolve("events.csv"), EVENTS);
  }

  String[] args(String... more) {
    List<String> a = new ArrayList<>(List.of("score", "--scorecard", dir.resolve("card.json").toString(),
        "--input", dir.resolve("subjects.csv").toString(), "--events", dir.resolve("events.csv").toString(), "--at", "2026-06-30"));
    a.addAll(List.of(more));
    return a.toArray(new String[0]);
  }

  @Test
  void textIsARankedTable() {
    CliRun r = CliRun.of(args());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo(""
        + "Scorecard Test card, scored at 2026-06-30T00:00:00Z: 3 subjects.\n"
        + "\n"
        + "rank  id   total  grade  FIT  ENGAGEMENT  matched criteria\n"
        + "----  ---  -----  -----  ---  ----------  -----------------------------\n"
        + "1     S-1    100  A       60          40  big, tech, budget, deal, demo\n"
        + "2     S-3     60  B       20          40  tech, demo\n"
        + "3     S-2     30  C       30           0  big\n");
  }

  @Test
  void explainAddsEveryCriterion() {
    CliRun r = CliRun.of(args("--top", "1", "--explain"));
    assertThat(r.out())
        .contains("3 subjects (the best 1 shown).")
        .contains("S-1 - Test card: 100 (grade A)\n")
        .contains("  + deal [FIT] 10: opportunity.amount = 25000.00 matches range [10000, +inf)\n")
        .contains("  FIT: 80 capped at 60 = 60\n")
        .doesNotContain("S-2");
  }

  @Test
  void jsonHasThePerCriterionBreakdown() throws Exception {
    CliRun r = CliRun.of(args("--format", "json"));
    assertThat(r.code()).isZero();
    JsonNode j = CliJson.mapper().readTree(r.out());
    assertThat(j.get("scorecard").asText()).isEqualTo("Test card");
    assertThat(j.get("at").asText()).isEqualTo("2026-06-30T00:00:00Z");
    assertThat(j.get("subjects").asInt()).isEqualTo(3);
    assertThat(j.get("results")).hasSize(3);
    JsonNode first = j.at("/results/0");
    assertThat(first.get("id").asText()).isEqualTo("S-1");
    assertThat(first.get("rank").asInt()).isEqualTo(1);
    assertThat(first.get("total").asDouble()).isEqualTo(100.0);
    assertThat(first.get("grade").asText()).isEqualTo("A");
    assertThat(first.at("/groups/0/points").asDouble()).isEqualTo(80.0);
    assertThat(first.at("/groups/0/capApplied").asBoolean()).isTrue();
    assertThat(first.at("/groups/0/contribution").asDouble()).isEqualTo(60.0);
    assertThat(first.at("/criteria/4/id").asText()).isEqualTo("demo");
    assertThat(first.at("/criteria/4/points").asDouble()).isEqualTo(40.0);
    assertThat(first.at("/criteria/4/detail").asText()).endsWith("latest 2026-06-20T00:00:00Z");
    JsonNode last = j.at("/results/2");
    assertThat(last.get("id").asText()).isEqualTo("S-2");
    assertThat(last.at("/criteria/2/matched").asBoolean()).isFalse();
    assertThat(last.at("/criteria/2/detail").asText()).isEqualTo("opportunity.bant.budget = PARTIAL does not match equals CONFIRMED");
    assertThat(CliRun.of(args("--format", "json", "--top", "2")).out()).contains("\"shown\" : 2");
  }

  @Test
  void shippedMeddicReadsBantColumnsAndAttributes() throws Exception {
    // every element CONFIRMED: 6 x 16.6667 = 100.0002, FIT capped at 100; O-2: metrics CONFIRMED, pain PARTIAL = 25.00005
    Files.writeString(dir.resolve("deals.csv"), "id,need,authority,meddic.metrics,meddic.champion,meddic.decision_criteria,meddic.decision_process\n"
        + "O-2,PARTIAL,,CONFIRMED,,,\n"
        + "O-1,CONFIRMED,CONFIRMED,CONFIRMED,CONFIRMED,CONFIRMED,CONFIRMED\n");
    CliRun r = CliRun.of("score", "--shipped", "meddic", "--input", dir.resolve("deals.csv").toString(), "--at", "2026-06-30T12:00:00Z",
        "--format", "json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode j = CliJson.mapper().readTree(r.out());
    assertThat(j.get("scorecard").asText()).isEqualTo("MEDDIC");
    assertThat(j.at("/results/0/id").asText()).isEqualTo("O-1");
    assertThat(j.at("/results/0/total").asDouble()).isEqualTo(100.0);
    assertThat(j.at("/results/0/groups/0/points").asDouble()).isCloseTo(100.0002, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(j.at("/results/0/groups/0/capApplied").asBoolean()).isTrue();
    assertThat(j.at("/results/0/grade").asText()).isEqualTo("A");
    assertThat(j.at("/results/1/total").asDouble()).isCloseTo(25.00005, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(j.at("/results/1/grade").asText()).isEqualTo("C");
  }

  @Test
  void everyUnusableCellIsListedWithItsLineAndColumn() throws Exception {
    Files.writeString(dir.resolve("subjects.csv"), "id,amount,need,created,expectedClose,size\n"
        + "O-1,abc,YES,2026-13-01,,huge\n"
        + "O-1,5,,,,\n"
        + ",,,,,\n"
        + "O-4,5,,2026-05-01,2026-04-01,\n");
    CliRun r = CliRun.of(args());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("sales-ops: 9 problems:\n"
        + "- subjects.csv line 2, column \"created\" must be an ISO date (2026-04-30): 2026-13-01\n"
        + "- subjects.csv line 2, column \"currency\" is required when amount or budgetAmount is given\n"
        + "- subjects.csv line 2, column \"amount\" must be a decimal number: abc\n"
        + "- subjects.csv line 2, column \"need\" must be CONFIRMED, PARTIAL, UNKNOWN or NEGATIVE: YES\n"
        + "- subjects.csv line 2, column \"size\" must be MICRO, SMALL, MEDIUM, LARGE or ENTERPRISE: huge\n"
        + "- subjects.csv line 3, column \"id\" is a duplicate (an earlier row has it): O-1\n"
        + "- subjects.csv line 4, column \"id\" is required but blank\n"
        + "- subjects.csv line 5, column \"currency\" is required when amount or budgetAmount is given\n"
        + "- subjects.csv line 5, column \"expectedClose\" opportunity.expectedCloseDate must not be before the creation date "
        + "2026-05-01: 2026-04-01\n");
  }

  @Test
  void eventsOfUnknownSubjectsAreRefused() throws Exception {
    Files.writeString(dir.resolve("events.csv"), "id,type,at\nS-9,demo,2026-06-01\nS-1,,yesterday\n");
    CliRun r = CliRun.of(args());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("sales-ops: 3 problems:\n"
        + "- events.csv line 2, column \"id\" is not an id of the subjects file: S-9\n"
        + "- events.csv line 3, column \"type\" is required but blank\n"
        + "- events.csv line 3, column \"at\" must be an ISO instant or date: yesterday\n");
  }

  @Test
  void aBrokenScorecardIsRefusedWithEveryProblemUnderItsFileName() throws Exception {
    Files.writeString(dir.resolve("card.json"), "{\"name\": \"x\", \"criteria\": [{\"id\": \"a\", \"group\": \"FIT\", \"field\": \"no.such\","
        + " \"op\": \"equals\", \"value\": \"1\", \"points\": 5}, {\"id\": \"b\", \"group\": \"NOPE\", \"op\": \"exists\","
        + " \"field\": \"account.region\", \"points\": 1}]}");
    CliRun r = CliRun.of(args());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).startsWith("sales-ops: ").contains("- card.json criteria[0].field").contains("- card.json criteria[1].group");
  }

  @Test
  void usageErrorsExitTwo() {
    assertThat(CliRun.of("score", "--shipped", "bant", "--input", "x.csv").code()).isEqualTo(2);
    assertThat(CliRun.of(args("--top", "0")).code()).isEqualTo(2);
    assertThat(CliRun.of(args("--at", "soon")).code()).isEqualTo(2);
    assertThat(CliRun.of("score", "--input", "x.csv").code()).isEqualTo(2);
  }
}
