package dev.salesops.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salesops.core.model.LostReason;
import dev.salesops.core.model.Role;
import dev.salesops.core.model.UserId;
import dev.salesops.core.pipeline.SalesPipeline;
import dev.salesops.core.validation.Problem;
import dev.salesops.core.validation.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkflowJsonTest {
  static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
  static final Actor REP = Actor.of(UserId.of("rep-1"), Role.REP);

  static List<String> problems(Runnable r) {
    try {
      r.run();
    } catch (ValidationException e) {
      return e.problems().stream().map(Problem::message).toList();
    }
    throw new AssertionError("no problem reported");
  }

  @Test
  void definitionsRoundTrip() {
    WorkflowDefinition d = SalesPipeline.definition().toBuilder()
        .state(State.builder("ON_HOLD", 9, StateKind.of("PAUSED")).leadTime(Duration.ofHours(36))
            .entryCriteria(CriterionSpec.not(CriterionSpec.anyOf(CriterionSpec.of("reason.required"),
                CriterionSpec.of("role.required", Map.of("roles", List.of("ADMIN"), "note", Map.of("x", true, "n", 1.5))))))
            .build())
        .transition(Transition.of("NEGOTIATION", "hold", "ON_HOLD").withPriority(3))
        .transition(Transition.toLastOpen("ON_HOLD", "resume"))
        .build();
    String json = WorkflowJson.write(d);
    assertThat(json).contains("\"leadTime\" : \"PT36H\"");
    assertThat(WorkflowJson.readDefinition(json)).isEqualTo(d);
    assertThat(WorkflowJson.write(WorkflowJson.readDefinition(json))).isEqualTo(json);
  }



  @Test
  void loadReportsUnknownCriterionTypesWithJsonPaths() {
    String json = "{\"id\": \"flow\", \"version\": 2, \"states\": ["
        + "{\"id\": \"A\", \"order\": 1, \"kind\": \"OPEN\"},"
        + "{\"id\": \"B\", \"order\": 2, \"kind\": \"OPEN\", \"exitCriteria\": {\"allOf\": [{\"type\": \"bant.qualified\"}, {\"type\": \"nope\"}]}},"
        + "{\"id\": \"C\", \"order\": 3, \"kind\": \"OPEN\", \"exitCriteria\": {\"allOf\": [{\"type\": \"reason.required\"}, {\"type\": \"also.missing\"}]}},"
        + "{\"id\": \"D\", \"order\": 4, \"kind\": \"WON\"}],"
        + "\"transitions\": [{\"from\": \"A\", \"command\": \"advance\", \"to\": \"B\"}, {\"from\": \"B\", \"command\": \"advance\", \"to\": \"C\"},"
        + "{\"from\": \"C\", \"command\": \"advance\", \"to\": \"D\"}]}";
    assertThat(problems(() -> WorkflowJson.load(json, StandardCriteria.registry()))).containsExactly(
        "states[1].exitCriteria.allOf[1].type must name a registered criterion type (registered: bant.qualified, "
            + "role.required, lost_reason.required, reason.required): nope",
        "states[2].exitCriteria.allOf[1].type must name a registered criterion type (registered: bant.qualified, "
            + "role.required, lost_reason.required, reason.required): also.missing");
    Workflow w = WorkflowJson.load(json.replace("nope", "bant.qualified").replace("also.missing", "reason.required"),
        StandardCriteria.registry());
    assertThat(w.definition().version()).isEqualTo(2);
    assertThat(w.definition().initialState()).isEqualTo("A");
  }

  @Test
  void readingReportsEveryShapeProblem() {
    String json = "{\"id\": \"flow\", \"version\": \"one\", \"colour\": \"red\", \"movePolicy\": \"ANY\","
        + "\"lostReasons\": [\"PRICE\", 3], \"states\": ["
        + "{\"id\": \"A\", \"kind\": \"open\", \"probability\": \"high\", \"maxDwell\": \"2 weeks\", \"forecastCategory\": \"MAYBE\"},"
        + "{\"id\": \"B\", \"order\": 2.5, \"kind\": \"OPEN\", \"exitCriteria\": {\"type\": \"a.b\", \"allOf\": []}}],"
        + "\"transitions\": [{\"from\": \"A\", \"to\": \"B\", \"toLastOpen\": \"yes\", \"guard\": {\"not\": 1}}]}";
    assertThat(problems(() -> WorkflowJson.readDefinition(json))).containsExactly(
        "colour is not a known field (known: id, version, initialState, description, movePolicy, lostReasons, states, transitions): colour",
        "version must be a whole number: \"one\"",
        "movePolicy must be DECLARED or FORWARD: ANY",
        "lostReasons[1] must be a string: 3",
        "states[0].order is required",
        "states[0].kind must be OPEN, WON, LOST or an upper-case code of another closed kind: open",
        "states[0].probability must be a number: \"high\"",
        "states[0].forecastCategory must be one of PIPELINE, BEST_CASE, COMMIT, CLOSED, OMITTED: MAYBE",
        "states[0].maxDwell must be an ISO-8601 duration such as P14D or PT4H: 2 weeks",
        "states[1].order must be a whole number: 2.5",
        "states[1].exitCriteria must have exactly one of type, allOf, anyOf and not: type, allOf",
        "transitions[0].toLastOpen must be true or false: \"yes\"",
        "transitions[0].command is required",
        "transitions[0].guard.not must be a criterion object ({\"type\": ..., \"params\": {...}}, allOf, anyOf or not): NUMBER");
  }

  @Test
  void malformedJsonIsOneProblem() {
    assertThat(problems(() -> WorkflowJson.readDefinition("{\"id\": "))).hasSize(1)
        .allSatisfy(m -> assertThat(m).isEqualTo("id must be well-formed JSON: the document ends too early (line 1, column 8)"));
    assertThat(problems(() -> WorkflowJson.readDefinition("[1]"))).containsExactly("$ must be a JSON object: ARRAY");
  }

  @Test
  void snapshotsRoundTripWithEveryField() {
    Workflow w = SalesPipeline.workflow();
    Snapshot s = w.start(T0, REP);
    s = w.evaluate(s, Command.advance().withReason("inbound demo request"), T0.plusSeconds(60), REP).snapshot();
    s = w.evaluate(s, Command.closeLost(LostReason.of("MERGER")), T0.plusSeconds(120), REP).snapshot();
    assertThat(s.state()).isEqualTo("QUALIFICATION"); // MERGER is not in the taxonomy
    s = w.evaluate(s, Command.closeLost(LostReason.NO_BUDGET).withReason("frozen"), T0.plusNanos(120_000_000_001L), REP)
        .snapshot();
    String json = WorkflowJson.write(s);
    assertThat(json).contains("\"state\" : \"CLOSED_LOST\"", "\"lostReason\" : \"NO_BUDGET\"",
        "\"at\" : \"2026-01-05T09:02:00.000000001Z\"");
    Snapshot back = WorkflowJson.readSnapshot(json);
    assertThat(back).isEqualTo(s);
    assertThat(back.lostReason()).contains(LostReason.NO_BUDGET);
    assertThat(back.history()).hasSize(3);
  }

  @Test
  void snapshotReadingChecksTheHistory() {
    String broken = "{\"definitionId\": \"sales-pipeline\", \"definitionVersion\": 1, \"state\": \"QUALIFICATION\", \"history\": ["
        + "{\"to\": \"LEAD_CAPTURE\", \"at\": \"2026-01-05T09:00:00Z\", \"actor\": \"rep-1\", \"command\": \"start\"},"
        + "{\"from\": \"DISCOVERY\", \"to\": \"QUALIFICATION\", \"at\": \"2026-01-06T09:00:00Z\", \"actor\": \"rep-1\", \"command\": \"advance\"}]}";
    assertThat(problems(() -> WorkflowJson.readSnapshot(broken)))
        .containsExactly("history[1].from must be the state entered by history[0] (LEAD_CAPTURE): DISCOVERY");
    String backwards = broken.replace("DISCOVERY", "LEAD_CAPTURE").replace("2026-01-06", "2026-01-04");
    assertThat(problems(() -> WorkflowJson.readSnapshot(backwards))).containsExactly(
        "history[1].at must not be before history[0].at (2026-01-05T09:00:00Z): 2026-01-04T09:00:00Z");
    String wrongState = broken.replace("DISCOVERY", "LEAD_CAPTURE").replace("\"state\": \"QUALIFICATION\"", "\"state\": \"PROPOSAL\"");
    assertThat(problems(() -> WorkflowJson.readSnapshot(wrongState)))
        .containsExactly("state must be the state entered by the last history entry (QUALIFICATION): PROPOSAL");
    String bad = "{\"definitionId\": \"sales-pipeline\", \"history\": [{\"to\": \"A\", \"at\": \"yesterday\", \"command\": \"start\", \"who\": 1}]}";
    assertThat(problems(() -> WorkflowJson.readSnapshot(bad))).containsExactly("definitionVersion is required",
        "history[0].who is not a known field (known: from, to, at, actor, command, reason, lostReason): who",
        "history[0].at must be an ISO-8601 instant such as 2026-01-05T09:00:00Z: yesterday", "history[0].actor is required");
  }

  @Test
  void emptyHistoryIsRefused() {
    assertThatThrownBy(() -> Snapshot.of("x", 1, List.of())).isInstanceOf(ValidationException.class)
        .hasMessage("history must not be empty: []");
  }
}
