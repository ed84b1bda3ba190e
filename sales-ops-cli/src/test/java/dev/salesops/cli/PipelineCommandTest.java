package dev.salesops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.salesops.cli.CliJson;
import dev.salesops.core.pipeline.SalesPipeline;
import dev.salesops.core.workflow.Mermaid;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code sales-ops pipeline validate|diagram} on the shipped definitions and on files written here. */
class PipelineCommandTest {

  /** Uses scoring's bant.qualified params, core's contract.reviewed, a group edge and a reopen edge. */
  static final String DEAL_DESK = "{\n"
      + "  \"id\": \"deal-desk\", \"version\": 2, \"description\": \"A small deal desk\",\n"
      + "  \"initialState\": \"DRAFT\", \"movePolicy\": \"DECLARED\", \"lostReasons\": [\"PRICE\", \"NO_DECISION\"],\n"
      + "  \"states\": [\n"
      + "    {\"id\": \"DRAFT\", \"order\": 1, \"kind\": \"OPEN\", \"probability\": 0.2, \"forecastCategory\": \"PIPELINE\",\n"
      + "     \"exitCriteria\": {\"type\": \"bant.qualified\", \"params\": {\"mandatory\": [\"BUDGET\"], \"minMet\": 3}}},\n"
      + "    {\"id\": \"REVIEW\", \"order\": 2, \"kind\": \"OPEN\", \"probability\": 0.6, \"forecastCategory\": \"COMMIT\", \"maxDwell\": \"P5D\"},\n"
      + "    {\"id\": \"SIGNED\", \"order\": 3, \"kind\": \"WON\", \"probability\": 1, \"forecastCategory\": \"CLOSED\"},\n"
      + "    {\"id\": \"DROPPED\", \"order\": 4, \"kind\": \"LOST\", \"probability\": 0, \"forecastCategory\": \"OMITTED\"}\n"
      + "  ],\n"
      + "  \"transitions\": [\n"
      + "    {\"from\": \"DRAFT\", \"command\": \"advance\", \"to\": \"REVIEW\"},\n"
      + "    {\"from\": \"REVIEW\", \"command\": \"close-won\", \"to\": \"SIGNED\",\n"
      + "     \"guard\": {\"type\": \"contract.reviewed\", \"params\": {\"require\": [\"SCOPE_DEFINED\"]}}},\n"
      + "    {\"fromKind\": \"OPEN\", \"command\": \"close-lost\", \"to\": \"DROPPED\"},\n"
      + "    {\"from\": \"DROPPED\", \"command\": \"reopen\", \"toLastOpen\": true,\n"
      + "     \"guard\": {\"type\": \"role.required\", \"params\": {\"roles\": [\"MANAGER\"]}}}\n"
      + "  ]\n"
      + "}\n";

  /** Six problems, each found by a different rule. */
  static final String BROKEN = "{\"id\": \"Bad Id\", \"version\": 1, \"initialState\": \"NOPE\",\n"
      + " \"states\": [{\"id\": \"A\", \"order\": 1, \"kind\": \"OPEN\", \"probability\": 1.5, \"exitCriteria\": {\"type\": \"no.such\", \"params\": {}}},\n"
      + "            {\"id\": \"B\", \"order\": 2, \"kind\": \"WON\", \"entryCriteria\": {\"type\": \"bant.qualified\", \"params\": {\"minBudget\": \"x\"}}}],\n"
      + " \"transitions\": [{\"from\": \"A\", \"command\": \"advance\", \"to\": \"C\"},\n"
      + "                 {\"from\": \"A\", \"command\": \"sign\", \"to\": \"B\", \"guard\": {\"type\": \"contract.reviewed\", \"params\": {\"require\": [\"SCOPE_DEFINED\"]}}}]}\n";

  static final String BROKEN_PROBLEMS = ""
      + "- broken.json id must be lower-case words joined by '-' (at most 64 characters): Bad Id\n"
      + "- broken.json states[0].probability must be within [0, 1]: 1.5\n"
      + "- broken.json states[0].exitCriteria.type must name a registered criterion type (registered: bant.qualified, "
      + "role.required, lost_reason.required, reason.required, contract.reviewed): no.such\n"
      + "- broken.json states[1].entryCriteria.params.minBudget is not a bant.qualified parameter [mandatory, "
      + "maxTimelineMonths, minBudgetPercent, minMet, negativeDisqualifies, partialCounts, requireEvidence]: minBudget\n"
      + "- broken.json initialState must name a declared state: NOPE\n"
      + "- broken.json transitions[0].to must name a declared state: C\n";

  @TempDir
  Path dir;

  Path write(String name, String content) throws Exception {
    return Files.writeString(dir.resolve(name), content);
  }

  @Test
  void diagramOfTheShippedSalesPipelineIsCoresMermaidExport() {
    CliRun r = CliRun.of("pipeline", "diagram", "--shipped", "sales");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo(Mermaid.of(SalesPipeline.definition()))
        .startsWith("stateDiagram-v2\n")
        .contains("    QUALIFICATION --> DISCOVERY : advance [exit bant.qualified]\n")
        .contains("    CLOSED_LOST --> LAST_OPEN : reopen [role.required]\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"sales", "fulfilment", "complaints", "after-sales", "improvement", "lifecycle"})
  void everyShippedDefinitionValidates(String name) {
    CliRun r = CliRun.of("pipeline", "validate", "--shipped", name);
    assertThat(r.code()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).startsWith("OK: ");
    assertThat(CliRun.of("pipeline", "diagram", "--shipped", name).out()).startsWith("stateDiagram-v2\n");
  }

  @Test
  void validateSummarisesAValidFile() throws Exception {
    CliRun r = CliRun.of("pipeline", "validate", "--definition", write("deal-desk.json", DEAL_DESK).toString());
    assertThat(r.code()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).isEqualTo(""
        + "OK: deal-desk version 2: 4 states, 4 transitions (1 from every state of a kind), initial state DRAFT, move policy DECLARED\n"
        + "A small deal desk\n"
        + "\n"
        + "state    order  kind  probability  forecast  max dwell  entry criteria  exit criteria\n"
        + "-------  -----  ----  -----------  --------  ---------  --------------  --------------\n"
        + "DRAFT        1  OPEN          0.2  PIPELINE                             bant.qualified\n"
        + "REVIEW       2  OPEN          0.6  COMMIT    P5D\n"
        + "SIGNED       3  WON             1  CLOSED\n"
        + "DROPPED      4  LOST            0  OMITTED\n"
        + "\n"
        + "from      command     to                 guard              priority\n"
        + "--------  ----------  -----------------  -----------------  --------\n"
        + "DRAFT     advance     REVIEW\n"
        + "REVIEW    close-won   SIGNED             contract.reviewed\n"
        + "any OPEN  close-lost  DROPPED\n"
        + "DROPPED   reopen      (last open state)  role.required\n"
        + "\n"
        + "Lost reasons: PRICE, NO_DECISION\n");
  }

  @Test
  void validateAsJson() throws Exception {
    CliRun r = CliRun.of("pipeline", "validate", "--definition", write("deal-desk.json", DEAL_DESK).toString(), "--format", "json");
    assertThat(r.code()).isZero();
    JsonNode j = CliJson.mapper().readTree(r.out());
    assertThat(j.get("valid").asBoolean()).isTrue();
    assertThat(j.get("source").asText()).isEqualTo("deal-desk.json");
    assertThat(j.get("id").asText()).isEqualTo("deal-desk");
    assertThat(j.get("version").asInt()).isEqualTo(2);
    assertThat(j.get("states")).hasSize(4);
    assertThat(j.at("/states/0/exitCriteria").asText()).isEqualTo("bant.qualified");
    assertThat(j.at("/states/1/maxDwell").asText()).isEqualTo("P5D");
    assertThat(j.at("/transitions/2/fromKind").asText()).isEqualTo("OPEN");
    assertThat(j.at("/transitions/3/toLastOpen").asBoolean()).isTrue();
    assertThat(j.at("/transitions/1/guard").asText()).isEqualTo("contract.reviewed");
    assertThat(j.get("lostReasons").toString()).isEqualTo("[\"PRICE\",\"NO_DECISION\"]");
  }

  @Test
  void diagramOfAFile() throws Exception {
    CliRun r = CliRun.of("pipeline", "diagram", "--definition", write("deal-desk.json", DEAL_DESK).toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo(""
        + "stateDiagram-v2\n"
        + "    state \"last open state\" as LAST_OPEN\n"
        + "    [*] --> DRAFT\n"
        + "    DRAFT --> REVIEW : advance [exit bant.qualified]\n"
        + "    DRAFT --> DROPPED : close-lost\n"
        + "    REVIEW --> SIGNED : close-won [contract.reviewed]\n"
        + "    REVIEW --> DROPPED : close-lost\n"
        + "    SIGNED --> [*]\n"
        + "    DROPPED --> LAST_OPEN : reopen [role.required]\n");
  }

  @Test
  void validateListsEveryProblemAndExitsOne() throws Exception {
    CliRun r = CliRun.of("pipeline", "validate", "--definition", write("broken.json", BROKEN).toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).isEqualTo("INVALID: broken.json has 6 problems:\n" + BROKEN_PROBLEMS);
  }

  @Test
  void validateListsProblemsAsJson() throws Exception {
    CliRun r = CliRun.of("pipeline", "validate", "--definition", write("broken.json", BROKEN).toString(), "--format", "json");
    assertThat(r.code()).isEqualTo(1);
    JsonNode j = CliJson.mapper().readTree(r.out());
    assertThat(j.get("valid").asBoolean()).isFalse();
    assertThat(j.get("problems")).hasSize(6);
    assertThat(j.at("/problems/1/path").asText()).isEqualTo("broken.json states[0].probability");
    assertThat(j.at("/problems/1/rule").asText()).isEqualTo("must be within [0, 1]");
    assertThat(j.at("/problems/1/value").asText()).isEqualTo("1.5");
  }

  @Test
  void malformedJsonIsOneProblemWithItsPosition() throws Exception {
    CliRun r = CliRun.of("pipeline", "validate", "--definition", write("cut.json", "{\"id\": ").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).startsWith("INVALID: cut.json has 1 problem:\n- cut.json id must be well-formed JSON: the document ends too early (line 1");
  }

  @Test
  void diagramRefusesAnInvalidDefinitionWithEveryProblem() throws Exception {
    CliRun r = CliRun.of("pipeline", "diagram", "--definition", write("broken.json", BROKEN).toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("sales-ops: 6 problems:\n" + BROKEN_PROBLEMS);
  }

  @Test
  void usageErrorsExitTwo() {
    assertThat(CliRun.of("pipeline", "validate", "--shipped", "nope").code()).isEqualTo(2);
    assertThat(CliRun.of("pipeline", "validate", "--shipped", "nope").err())
        .contains("--shipped must be one of sales, fulfilment, complaints, after-sales, improvement, lifecycle: nope");
    assertThat(CliRun.of("pipeline", "diagram").code()).isEqualTo(2);
    assertThat(CliRun.of("pipeline", "diagram", "--shipped", "sales", "--definition", "x.json").code()).isEqualTo(2);
    assertThat(CliRun.of("pipeline").code()).isEqualTo(2);
  }

  @Test
  void aMissingFileIsRefused() {
    CliRun r = CliRun.of("pipeline", "validate", "--definition", dir.resolve("none.json").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).startsWith("sales-ops: no such file: ").contains("none.json");
  }
}
