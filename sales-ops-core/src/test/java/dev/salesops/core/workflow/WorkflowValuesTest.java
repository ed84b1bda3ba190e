package dev.salesops.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.salesops.core.model.LostReason;
import dev.salesops.core.model.Role;
import dev.salesops.core.model.UserId;
import dev.salesops.core.pipeline.SalesPipeline;
import dev.salesops.core.validation.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Null handling, equality and the small value types of the engine. */
class WorkflowValuesTest {
  static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
  static final Actor REP = Actor.of(UserId.of("rep-1"), Role.REP);

  NullPointerTester tester() {
    NullPointerTester t = new NullPointerTester();
    t.setDefault(Snapshot.class, SalesPipeline.workflow().start(T0, REP));
    t.setDefault(Actor.class, REP);
    t.setDefault(UserId.class, UserId.of("u"));
    t.setDefault(Instant.class, T0);
    t.setDefault(Command.class, Command.advance());
    t.setDefault(WorkflowDefinition.class, SalesPipeline.definition());
    t.setDefault(CriterionRegistry.class, StandardCriteria.registry());
    t.setDefault(StateKind.class, StateKind.OPEN);
    t.setDefault(LostReason.class, LostReason.PRICE);
    t.setDefault(String.class, "ADVANCE");
    t.setDefault(CriterionSpec.class, CriterionSpec.of("reason.required"));
    t.setDefault(Workflow.class, SalesPipeline.workflow());
    t.setDefault(SnapshotMigration.class, (snapshot, target) -> snapshot);
    return t;
  }

  @Test
  void nullArgumentsAreRefusedWithTheirName() throws Exception {
    NullPointerTester t = tester();
    // the subject may be null (no record supplied): checked below for the other parameters
    t.ignore(Workflow.class.getMethod("evaluate", Snapshot.class, Command.class, Instant.class, Actor.class, Object.class));
    t.testAllPublicInstanceMethods(SalesPipeline.workflow());
    t.testAllPublicStaticMethods(Workflow.class);
    t.testAllPublicStaticMethods(Command.class);
    t.testAllPublicInstanceMethods(Command.advance());
    // raw(...) takes the nullable parts of data as read
    t.ignore(Transition.class.getMethod("raw", String.class, StateKind.class, String.class, boolean.class, String.class,
        CriterionSpec.class, Integer.class));
    t.testAllPublicStaticMethods(Transition.class);
    t.testAllPublicInstanceMethods(Transition.of("A", "go", "B"));
    t.testAllPublicInstanceMethods(SalesPipeline.workflow().start(T0, REP));
    t.testAllPublicStaticMethods(Mermaid.class);
    t.testAllPublicStaticMethods(StateKind.class);
    t.testAllPublicInstanceMethods(SalesPipeline.definition());
    assertThatThrownBy(() -> SalesPipeline.workflow().evaluate(null, Command.advance(), T0, REP))
        .isInstanceOf(NullPointerException.class).hasMessage("snapshot");
    assertThatThrownBy(() -> SalesPipeline.workflow().evaluate(SalesPipeline.workflow().start(T0, REP), null, T0, REP, "x"))
        .isInstanceOf(NullPointerException.class).hasMessage("command");
    assertThatThrownBy(() -> SalesPipeline.workflow().evaluate(SalesPipeline.workflow().start(T0, REP), Command.advance(),
        T0, null, "x")).isInstanceOf(NullPointerException.class).hasMessage("actor");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(Command.advance(), Command.custom("advance"))
        .addEqualityGroup(Command.closeLost(LostReason.PRICE), Command.closeLost(LostReason.of("PRICE")))
        .addEqualityGroup(Command.moveTo("A"), Command.moveTo("A"))
        .addEqualityGroup(Command.moveTo("A").withReason("r"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(StateKind.OPEN, StateKind.of("OPEN"))
        .addEqualityGroup(StateKind.of("DONE"), StateKind.of("DONE"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(State.builder("A", 1, StateKind.OPEN).probability("0.5").build(),
            State.builder("A", 1, StateKind.OPEN).probability("0.50").build())
        .addEqualityGroup(State.builder("A", 1, StateKind.OPEN).maxDwell(Duration.ofDays(1)).build())
        .addEqualityGroup(State.builder("A", 2, StateKind.OPEN).build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Transition.of("A", "go", "B"), Transition.of("A", "go", "B"))
        .addEqualityGroup(Transition.of("A", "go", "B").withPriority(1))
        .addEqualityGroup(Transition.fromKind(StateKind.OPEN, "go", "B"))
        .addEqualityGroup(Transition.toLastOpen("A", "go"))
        .testEquals();
    Snapshot a = SalesPipeline.workflow().start(T0, REP);
    new EqualsTester()
        .addEqualityGroup(a, SalesPipeline.workflow().start(T0, REP), Snapshot.of("sales-pipeline", 1, a.history()))
        .addEqualityGroup(SalesPipeline.workflow().start(T0.plusNanos(1), REP))
        .addEqualityGroup(Snapshot.of("sales-pipeline", 2, a.history()))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(SalesPipeline.definition(), SalesPipeline.definition().toBuilder().build())
        .addEqualityGroup(SalesPipeline.definition().toBuilder().version(2).build())
        .testEquals();
  }

  @Test
  void commandsAndKindsRefuseBadInput() {
    assertThatThrownBy(() -> Command.custom("Win Back")).isInstanceOf(ValidationException.class)
        .hasMessage("command must be lower-case words joined by '-': Win Back");
    assertThatThrownBy(() -> Command.advance().withReason(" ")).isInstanceOf(ValidationException.class)
        .hasMessage("reason must not be blank: \" \"");
    assertThatThrownBy(() -> StateKind.of("done")).isInstanceOf(ValidationException.class)
        .hasMessage("kind must be upper-case words joined by underscores (at most 32 characters): done");
    assertThat(StateKind.of("LOST")).isSameAs(StateKind.LOST);
    assertThat(StateKind.WON.isClosed()).isTrue();
    assertThat(StateKind.OPEN.isOpen()).isTrue();
  }

  @Test
  void toStringsCarryNoFreeTextReason() {
    Command c = Command.closeLost(LostReason.PRICE).withReason("Mr. Smith refused, call +1 555 0100");
    assertThat(c.toString()).isEqualTo("close-lost lost:PRICE reason given");
    Snapshot s = SalesPipeline.workflow().evaluate(SalesPipeline.workflow().start(T0, REP), c, T0, REP).snapshot();
    assertThat(s.last().toString()).isEqualTo("LEAD_CAPTURE -> CLOSED_LOST at 2026-01-05T09:00:00Z by rep-1 (close-lost) lost: PRICE");
    assertThat(s.last().reason()).contains("Mr. Smith refused, call +1 555 0100");
  }

  @Test
  void snapshotsFromStoredPartsAreChecked() {
    Snapshot a = SalesPipeline.workflow().start(T0, REP);
    List<HistoryEntry> h = List.of(HistoryEntry.of("X", "A", T0, UserId.of("u"), "start", null, null));
    assertThatThrownBy(() -> Snapshot.of("sales-pipeline", 1, h)).isInstanceOf(ValidationException.class)
        .hasMessage("history[0].from must be absent for the first entry: X");
    assertThatThrownBy(() -> Snapshot.of("sales-pipeline", 0, a.history())).isInstanceOf(ValidationException.class)
        .hasMessage("definitionVersion must be positive: 0");
  }
}
