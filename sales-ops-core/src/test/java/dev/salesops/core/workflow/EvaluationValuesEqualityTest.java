package dev.salesops.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import dev.salesops.core.message.Message;
import dev.salesops.core.model.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Equality, hash and text of a refusal and of a criterion's result, part by part. */
class EvaluationValuesEqualityTest {
  private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

  private static Snapshot at(String state) {
    return Snapshot.of("p", 1, List.of(HistoryEntry.of(null, state, T, UserId.of("u"), "start", null, null)));
  }

  @Test
  void criterionResultsAreEqualByMetAndReasons() {
    new EqualsTester()
        .addEqualityGroup(new CriterionResult(false, List.of("a")), new CriterionResult(false, List.of("a")),
            CriterionResult.of(false, List.of(Message.text("a"))))
        .addEqualityGroup(new CriterionResult(true, List.of("a")))
        .addEqualityGroup(new CriterionResult(false, List.of("b")))
        .addEqualityGroup(new CriterionResult(true, List.of()))
        .testEquals();
    assertThat(new CriterionResult(false, List.of("a")).toString()).isEqualTo("CriterionResult[met=false, reasons=[a]]");
  }

  @Test
  void refusalsAreEqualBySnapshotCommandTargetAndReasons() {
    List<Message> why = List.of(Message.text("Authority: UNKNOWN"));
    Evaluation.Rejected r = new Evaluation.Rejected(at("QUALIFICATION"), Command.advance(), "DISCOVERY", why);
    new EqualsTester()
        .addEqualityGroup(r, new Evaluation.Rejected(at("QUALIFICATION"), Command.advance(), "DISCOVERY", why))
        .addEqualityGroup(new Evaluation.Rejected(at("DISCOVERY"), Command.advance(), "DISCOVERY", why))
        .addEqualityGroup(new Evaluation.Rejected(at("QUALIFICATION"), Command.reopen(), "DISCOVERY", why))
        .addEqualityGroup(new Evaluation.Rejected(at("QUALIFICATION"), Command.advance(), "PROPOSAL", why))
        .addEqualityGroup(new Evaluation.Rejected(at("QUALIFICATION"), Command.advance(), null, why))
        .addEqualityGroup(new Evaluation.Rejected(at("QUALIFICATION"), Command.advance(), "DISCOVERY", List.of(Message.text("Need: NO"))))
        .testEquals();
    assertThat(r.isAccepted()).isFalse();
    assertThat(r.command()).isEqualTo(Command.advance());
    assertThat(r.target()).contains("DISCOVERY");
    assertThat(r.messages()).isEqualTo(why);
    assertThat(r.reasons(Locale.SIMPLIFIED_CHINESE)).containsExactly("Authority: UNKNOWN");
    assertThat(r.toString()).isEqualTo("Rejected{QUALIFICATION -> DISCOVERY refused: Authority: UNKNOWN}");
    assertThat(new Evaluation.Rejected(at("QUALIFICATION"), Command.advance(), null, why).message())
        .isEqualTo("QUALIFICATION -> " + Command.advance() + " refused: Authority: UNKNOWN");
  }
}
