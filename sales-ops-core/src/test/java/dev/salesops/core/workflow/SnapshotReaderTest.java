package dev.salesops.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salesops.core.model.LostReason;
import dev.salesops.core.model.Role;
import dev.salesops.core.model.UserId;
import dev.salesops.core.pipeline.SalesPipeline;
import dev.salesops.core.testing.Property;
import dev.salesops.core.validation.ValidationException;
import java.time.Instant;
import java.util.IdentityHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Snapshots read with a {@link SnapshotReader} equal the plain read and share the definition's names. */
class SnapshotReaderTest {
  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

  private static Snapshot randomSnapshot(Workflow w, java.util.Random r) {
    Actor rep = Actor.of(UserId.of(new String("rep-" + r.nextInt(3))), Role.REP);
    Actor manager = Actor.of(UserId.of("mgr-" + r.nextInt(2)), Role.MANAGER);
    Instant t = T0.plusSeconds(r.nextInt(1000));
    Snapshot s = w.start(t, rep);
    int moves = r.nextInt(8);
    for (int i = 0; i < moves; i++) {
      t = t.plusSeconds(1 + r.nextInt(5000));
      Command c = switch (r.nextInt(4)) {
        case 0 -> r.nextBoolean() ? Command.advance().withReason("demo booked") : Command.advance();
        case 1 -> Command.closeLost(r.nextBoolean() ? LostReason.TIMING : LostReason.of("MERGER"));
        case 2 -> Command.reopen();
        default -> Command.advance();
      };
      Evaluation e = w.evaluate(s, c, t, r.nextBoolean() ? rep : manager);
      s = e.snapshot();
    }
    return s;
  }

  @Test
  void readsWhatThePlainReaderReadsSharingNames() {
    Workflow w = SalesPipeline.workflow();
    SnapshotReader reader = WorkflowJson.snapshotReader(w.definition());
    Map<String, String> owned = new IdentityHashMap<>();
    w.definition().states().forEach(s -> owned.put(s.id(), s.id()));
    w.definition().transitions().forEach(t -> owned.put(t.command(), t.command()));
    Property.forAll(0x5A4E, 100, r -> {
      Snapshot s = randomSnapshot(w, r);
      String json = WorkflowJson.write(s);
      Snapshot plain = WorkflowJson.readSnapshot(json);
      Snapshot shared = reader.read(json);
      assertThat(shared).isEqualTo(plain).isEqualTo(s);
      assertThat(WorkflowJson.write(shared)).isEqualTo(json);
      UserId firstActor = null;
      for (HistoryEntry e : shared.history()) {
        assertThat(owned).as("state %s is the definition's instance", e.to()).containsKey(e.to());
        if (!e.command().equals(HistoryEntry.START)) {
          assertThat(owned).as("command %s is the definition's instance", e.command()).containsKey(e.command());
        } else {
          assertThat(e.command()).isSameAs(HistoryEntry.START);
        }
        if (firstActor != null && e.actor().equals(firstActor)) {
          assertThat(e.actor()).isSameAs(firstActor);
        }
        firstActor = firstActor == null ? e.actor() : firstActor;
      }
    });
    assertThat(reader.toString()).contains("sales-pipeline").doesNotContain("rep-");
  }

  @Test
  void actorsAreSharedAcrossSnapshotsAndTheTableIsBounded() {
    Workflow w = SalesPipeline.workflow();
    SnapshotReader reader = WorkflowJson.snapshotReader(w.definition());
    String a = WorkflowJson.write(w.start(T0, Actor.of(UserId.of("rep-1"), Role.REP)));
    assertThat(reader.read(a).history().get(0).actor()).isSameAs(reader.read(a).history().get(0).actor());
    for (int i = 0; i < SnapshotReader.MAX_ACTORS + 10; i++) {
      reader.actor("u-" + i);
    }
    assertThat(reader.toString()).contains("actors=" + SnapshotReader.MAX_ACTORS);
    assertThat(reader.actor("u-" + (SnapshotReader.MAX_ACTORS + 5))).isEqualTo(UserId.of("u-" + (SnapshotReader.MAX_ACTORS + 5)));
  }

  @Test
  void invalidSnapshotsAreRefusedAsByThePlainReader() {
    SnapshotReader reader = WorkflowJson.snapshotReader(SalesPipeline.definition());
    String bad = "{\"definitionId\": \"sales-pipeline\", \"definitionVersion\": 1, \"history\": ["
        + "{\"to\": \"LEAD_CAPTURE\", \"at\": \"2026-01-05T09:00:00Z\", \"actor\": \" \", \"command\": \"start\"}]}";
    assertThatThrownBy(() -> reader.read(bad)).isInstanceOf(ValidationException.class).hasMessageContaining("actor");
    assertThatThrownBy(() -> WorkflowJson.readSnapshot(bad)).isInstanceOf(ValidationException.class).hasMessageContaining("actor");
  }
}
