package dev.salesops.examples.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.salesops.core.model.BantAssessment;
import dev.salesops.core.model.BantCriterion;
import dev.salesops.core.model.BantStatus;
import dev.salesops.core.model.LostReason;
import dev.salesops.core.model.Role;
import dev.salesops.core.model.UserId;
import dev.salesops.core.validation.Problem;
import dev.salesops.core.workflow.Actor;
import dev.salesops.core.workflow.Command;
import dev.salesops.core.workflow.CriterionRegistry;
import dev.salesops.core.workflow.Evaluation;
import dev.salesops.core.model.ForecastCategory;
import dev.salesops.core.workflow.Snapshot;
import dev.salesops.core.workflow.StandardCriteria;
import dev.salesops.core.workflow.State;
import dev.salesops.core.workflow.Workflow;
import dev.salesops.scoring.bant.BantQualifiedCriterionType;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CustomPipelineExampleTest {

  @Test
  void theRenewalPipelineLoadsAndValidates() {
    Workflow w = CustomPipelineExample.run().pipeline();
    assertThat(Workflow.validate(w.definition(), StandardCriteria.registry())).isEmpty();
    assertThat(w.definition().id()).isEqualTo("renewal-pipeline");
    assertThat(w.definition().states()).extracting(State::id)
        .containsExactly("UPCOMING", "HEALTH_CHECK", "QUOTE_SENT", "RENEWED", "CHURNED");
    assertThat(w.definition().lostReasons()).containsExactly(LostReason.PRICE, LostReason.COMPETITOR, LostReason.NO_BUDGET,
        LostReason.OTHER);
    assertThat(w.state("QUOTE_SENT").flatMap(State::forecastCategory)).contains(ForecastCategory.COMMIT);
  }

  @Test
  void theShippedRenewalPipelinePassesPipelineValidateWithScoringsPolicy() {
    // what `sales-ops pipeline validate` checks: core's standard criteria with scoring's bant.qualified installed;
    // bant.qualified has one parameter schema, so the example validates against both registries
    CriterionRegistry withPolicy = StandardCriteria.registry().toBuilder()
        .replace(new BantQualifiedCriterionType()).build();
    Workflow w = CustomPipelineExample.load(CustomPipelineExample.PIPELINE, withPolicy);
    assertThat(Workflow.validate(w.definition(), withPolicy)).isEmpty();
    assertThat(Workflow.validate(w.definition(), StandardCriteria.registry())).isEmpty();
  }

  @Test
  void theBrokenVersionReportsEveryProblemAtOnce() {
    assertThat(CustomPipelineExample.run().problems()).extracting(Problem::message).containsExactly(
        "states[0].maxDwell must be positive: PT0S",
        "states[1].probability must be within [0, 1]: 1.4",
        "states[1].exitCriteria.type must name a registered criterion type (registered: bant.qualified, role.required,"
            + " lost_reason.required, reason.required): bant.qualifed",
        "states[3].id must be unique (already declared by states[2]): QUOTE_SENT",
        "initialState must name a declared state: UPCOMMING",
        "transitions[2].to must name a declared state: RENEWAL_DONE",
        "transitions[2].command must be lower-case words joined by '-': Renew",
        "transitions[4].guard.allOf[0].params.roles must be a non-empty list of role codes: []",
        "lostReasons[2] must be unique: PRICE");
  }

  @Test
  void exportsAMermaidStateDiagram() {
    String m = CustomPipelineExample.run().mermaid();
    assertThat(m).startsWith("stateDiagram-v2\n").contains(
        "    [*] --> UPCOMING\n",
        "    UPCOMING --> HEALTH_CHECK : advance\n",
        "    HEALTH_CHECK --> QUOTE_SENT : advance [exit bant.qualified]\n",
        "    QUOTE_SENT --> RENEWED : renew\n",
        "    QUOTE_SENT --> CHURNED : churn\n",
        "    RENEWED --> [*]\n",
        "    CHURNED --> LAST_OPEN : win-back [role.required & reason.required]\n");
    assertThat(m.lines().filter(l -> l.endsWith(" : churn")).count()).isEqualTo(3); // the group edge, from each open stage
  }

  @Test
  void winBackNeedsAManagerAndAReason() {
    CustomPipelineExample.Result r = CustomPipelineExample.run();
    assertThat(r.winBackByRep().reasons()).containsExactly(
        "requires one of the roles MANAGER, DIRECTOR; the actor has REP",
        "a reason is required for win-back (CHURNED -> HEALTH_CHECK)");
    Snapshot churned = r.winBackByRep().snapshot();
    assertThat(churned.lostReason()).contains(LostReason.COMPETITOR);
    Instant later = churned.enteredAt().plus(Duration.ofDays(30));
    Evaluation byManager = r.pipeline().evaluate(churned, Command.custom("win-back").withReason("new sponsor"), later,
        Actor.of(UserId.of("marta"), Role.MANAGER));
    assertThat(byManager.isAccepted()).isTrue();
    assertThat(byManager.snapshot().state()).isEqualTo("HEALTH_CHECK");
  }

  @Test
  void healthCheckExitNeedsOnlyBudgetAndAuthority() {
    Workflow w = CustomPipelineExample.run().pipeline();
    Actor rep = Actor.of(UserId.of("alice"), Role.REP);
    Instant t = CustomPipelineExample.T0;
    Snapshot s = w.evaluate(w.start(t, rep), Command.advance(), t.plusSeconds(60), rep).snapshot();
    Evaluation refused = w.evaluate(s, Command.advance(), t.plusSeconds(120), rep, BantAssessment.unknown());
    assertThat(((Evaluation.Rejected) refused).reasons()).containsExactly("Budget: UNKNOWN", "Authority: UNKNOWN");
    BantAssessment two = BantAssessment.unknown().withStatus(BantCriterion.BUDGET, BantStatus.CONFIRMED)
        .withStatus(BantCriterion.AUTHORITY, BantStatus.CONFIRMED);
    assertThat(w.evaluate(s, Command.advance(), t.plusSeconds(120), rep, two).snapshot().state()).isEqualTo("QUOTE_SENT");
  }

  @Test
  void mainPrintsProblemsDiagramAndRefusal() {
    String out = CrmEmbeddingExampleTest.capture(() -> CustomPipelineExample.main(new String[0]));
    assertThat(out)
        .startsWith("loaded Workflow{renewal-pipeline v1}\nrenewal-pipeline-broken.json is refused with 9 problems:\n"
            + "  states[0].maxDwell must be positive: PT0S\n")
        .contains("\nstateDiagram-v2\n    state \"last open state\" as LAST_OPEN\n    [*] --> UPCOMING\n")
        .endsWith("CHURNED -> HEALTH_CHECK refused: requires one of the roles MANAGER, DIRECTOR; the actor has REP;"
            + " a reason is required for win-back (CHURNED -> HEALTH_CHECK)\n");
  }
}
