package dev.salesops.examples.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.salesops.core.model.BantStatus;
import dev.salesops.core.model.LostReason;
import dev.salesops.core.model.OpportunityId;
import dev.salesops.core.model.UserId;
import dev.salesops.core.pipeline.SalesPipeline;
import dev.salesops.core.workflow.HistoryEntry;
import dev.salesops.core.workflow.Snapshot;
import dev.salesops.core.workflow.WorkflowEvent;
import dev.salesops.core.workflow.WorkflowEvent.Type;
import dev.salesops.examples.integration.CrmEmbeddingExample.PublishedEvent;
import dev.salesops.examples.integration.CrmEmbeddingExample.Row;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CrmEmbeddingExampleTest {
  private static final OpportunityId OPP1 = OpportunityId.of("opp-1");
  private static final OpportunityId OPP2 = OpportunityId.of("opp-2");

  private static Instant day(int n) {
    return CrmEmbeddingExample.T0.plus(Duration.ofDays(n));
  }

  @Test
  void qualificationIsRefusedWithTheBantReasonsOfTheScoringPolicy() {
    CrmEmbeddingExample.Result r = CrmEmbeddingExample.run();
    assertThat(r.qualificationRefused().reasons()).containsExactly(
        "BANT not met: Authority: UNKNOWN — no decision-maker contact recorded",
        "BANT not met: Timeline: PARTIAL — only partly known and PARTIAL does not count");
    assertThat(r.qualificationRefused().snapshot().state()).isEqualTo(SalesPipeline.QUALIFICATION);
    assertThat(r.qualificationRefused().target()).contains(SalesPipeline.DISCOVERY);
    // the refusal left no trace; the accepted move after recording the facts did
    Row opp1 = r.repository().get(OPP1);
    assertThat(opp1.pipeline().history()).extracting(HistoryEntry::to)
        .containsExactly(SalesPipeline.LEAD_CAPTURE, SalesPipeline.QUALIFICATION, SalesPipeline.DISCOVERY);
    assertThat(opp1.pipeline().enteredAt()).isEqualTo(day(4));
    assertThat(opp1.pipeline().state()).isEqualTo(SalesPipeline.DISCOVERY); // one source of truth: the snapshot
    assertThat(opp1.opportunity().bant().isFullyConfirmed()).isTrue();
  }

  @Test
  void onlyAManagerReopensALostDeal() {
    CrmEmbeddingExample.Result r = CrmEmbeddingExample.run();
    assertThat(r.reopenByRep().reasons()).containsExactly("requires one of the roles MANAGER; the actor has REP");
    assertThat(r.reopenByRep().snapshot().state()).isEqualTo(SalesPipeline.CLOSED_LOST);
    assertThat(r.reopenByRep().snapshot().lostReason()).contains(LostReason.NO_BUDGET);
    Snapshot opp2 = r.repository().get(OPP2).pipeline();
    assertThat(opp2.state()).isEqualTo(SalesPipeline.QUALIFICATION); // the last open stage
    assertThat(opp2.last().actor()).isEqualTo(UserId.of("marta"));
    assertThat(opp2.last().reason()).contains("budget approved for Q3");
    assertThat(opp2.lostReason()).isEmpty();
    assertThat(opp2.history().get(2).lostReason()).contains(LostReason.NO_BUDGET);
  }

  @Test
  void publishesTheEventsOfAcceptedMovesOnly() {
    CrmEmbeddingExample.Result r = CrmEmbeddingExample.run();
    List<String> events = r.events().stream()
        .map(e -> e.opportunity() + " " + e.event().type() + " " + e.event().state())
        .collect(Collectors.toList());
    assertThat(events).containsExactly(
        "opp-1 EXITED LEAD_CAPTURE", "opp-1 ENTERED QUALIFICATION",
        "opp-1 EXITED QUALIFICATION", "opp-1 ENTERED DISCOVERY",
        "opp-2 EXITED LEAD_CAPTURE", "opp-2 ENTERED QUALIFICATION",
        "opp-2 EXITED QUALIFICATION", "opp-2 ENTERED CLOSED_LOST", "opp-2 CLOSED CLOSED_LOST",
        "opp-2 EXITED CLOSED_LOST", "opp-2 ENTERED QUALIFICATION", "opp-2 REOPENED QUALIFICATION");
    PublishedEvent reopened = r.events().get(r.events().size() - 1);
    assertThat(reopened.event()).isEqualTo(new WorkflowEvent(Type.REOPENED, SalesPipeline.QUALIFICATION, day(10),
        UserId.of("marta"), "reopen"));
  }

  @Test
  void storedJsonReadsBackEqual() {
    CrmEmbeddingExample.Result r = CrmEmbeddingExample.run();
    assertThat(r.restored()).isEqualTo(r.repository()).containsOnlyKeys(OPP1, OPP2);
    assertThat(r.stored().get(OPP2).history())
        .contains("\"definitionId\" : \"sales-pipeline\"", "\"lostReason\" : \"NO_BUDGET\"", "\"actor\" : \"marta\"");
    assertThat(r.stored().get(OPP1).opportunity()).contains("\"decisionMaker\":\"c-17\"");
    assertThat(r.restored().get(OPP1).opportunity().bant().timeline()).isEqualTo(BantStatus.CONFIRMED);
  }

  @Test
  void stalledDealsAtDayThirty() {
    CrmEmbeddingExample.Result r = CrmEmbeddingExample.run();
    assertThat(r.stalled()).containsOnlyKeys(OPP1, OPP2);
    assertThat(r.stalled().get(OPP1).state()).isEqualTo(SalesPipeline.DISCOVERY);
    assertThat(r.stalled().get(OPP1).dwell()).isEqualTo(Duration.ofDays(26));
    assertThat(r.stalled().get(OPP2).dwell()).isEqualTo(Duration.ofDays(20));
  }

  @Test
  void mainPrintsTheStory() {
    String out = capture(() -> CrmEmbeddingExample.main(new String[0]));
    assertThat(out)
        .contains("day 3 opp-1 advance by alice: REFUSED\n    - BANT not met: Authority: UNKNOWN")
        .contains("day 9 opp-2 reopen by alice: REFUSED\n    - requires one of the roles MANAGER")
        .contains("day 10 opp-2 reopen by marta: CLOSED_LOST -> QUALIFICATION")
        .contains("2026-03-12T09:00:00Z opp-2 REOPENED QUALIFICATION by marta (reopen)")
        .contains("read back equal: true")
        .endsWith("stalled: opp-2 in QUALIFICATION for 20 days (max 14)\n");
  }

  static String capture(Runnable r) {
    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      r.run();
    } finally {
      System.setOut(old);
    }
    return buf.toString(StandardCharsets.UTF_8);
  }
}
