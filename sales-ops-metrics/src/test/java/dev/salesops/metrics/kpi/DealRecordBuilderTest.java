package dev.salesops.metrics.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salesops.core.model.Outcome;
import dev.salesops.core.validation.ValidationException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link DealRecord.Builder}: text fields stripped and limited per field even when the same string instance comes
 * again, the stage history sorted by time and replaced by {@code stageHistory}, the closed date of an instant in
 * a zone, the bound of 100 free dimensions.
 */
class DealRecordBuilderTest {
  private static DealRecord.Builder base() {
    return DealRecord.builder().id("d-1").outcome(Outcome.LOST);
  }

  @Test
  void theSameStringInstanceIsCheckedAgainstEachFieldsLimit() {
    String hundred = "x".repeat(100);
    DealRecord.Builder b = base().owner(hundred).team(hundred); // 128 characters allowed
    assertThat(b.build().team()).contains(hundred);
    assertThatThrownBy(() -> b.stage(hundred)).isInstanceOf(ValidationException.class).hasMessageContaining("stage");
    assertThatThrownBy(() -> b.lostReason(hundred)).isInstanceOf(ValidationException.class).hasMessageContaining("lostReason");
    String sixtyFour = "y".repeat(64);
    assertThat(base().stage(sixtyFour).lostReason(sixtyFour).build().lostReason()).contains(sixtyFour);
    assertThatThrownBy(() -> base().owner("z".repeat(129))).isInstanceOf(ValidationException.class).hasMessageContaining("owner");
  }

  @Test
  void paddedTextIsStrippedEveryTimeItComes() {
    String padded = "  north  ";
    DealRecord.Builder b = base().team(padded).region(padded).segment(padded);
    DealRecord r = b.team(padded).build();
    assertThat(r.team()).contains("north");
    assertThat(r.region()).contains("north");
    assertThat(r.segment()).contains("north");
    String blank = "   ";
    DealRecord none = base().team(blank).team(blank).channel(blank).build();
    assertThat(none.team()).isEmpty();
    assertThat(none.channel()).isEmpty();
    String control = "a\u0007b";
    assertThatThrownBy(() -> base().team(control)).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> base().team("ok").team(control)).isInstanceOf(ValidationException.class);
  }

  @Test
  void theStageHistoryIsSortedByTimeAndReplacedAsAWhole() {
    Instant t0 = Instant.parse("2024-01-01T10:00:00Z");
    DealRecord r = base().addStage("PROPOSAL", t0.plusSeconds(3600)).addStage("LEAD", t0).addStage("NEGOTIATION", t0.plusSeconds(7200))
        .build();
    assertThat(r.stageHistory()).extracting(StageEntry::stage).containsExactly("LEAD", "PROPOSAL", "NEGOTIATION");
    DealRecord replaced = r.toBuilder().stageHistory(List.of(StageEntry.of("QUALIFY", t0))).build();
    assertThat(replaced.stageHistory()).containsExactly(StageEntry.of("QUALIFY", t0));
    assertThat(base().build().stageHistory()).isEmpty();
  }

  @Test
  void aClosingInstantIsDatedInTheGivenZone() {
    Instant lateEvening = Instant.parse("2024-03-31T23:30:00Z");
    DealRecord.Builder b = base().createdDate(LocalDate.of(2024, 3, 1));
    assertThat(b.closedAt(lateEvening, ZoneOffset.UTC).build().closedDate()).contains(LocalDate.of(2024, 3, 31));
    assertThat(b.closedAt(lateEvening, ZoneId.of("Europe/Berlin")).build().closedDate()).contains(LocalDate.of(2024, 4, 1));
    assertThat(b.closedAt(null, ZoneOffset.UTC).build().closedDate()).isEmpty();
    assertThatThrownBy(() -> b.closedAt(lateEvening, null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void atMostOneHundredFreeDimensions() {
    DealRecord.Builder b = base();
    for (int i = 0; i < 100; i++) {
      b.dimension("k" + i, "v" + i);
    }
    assertThat(b.build().dimensions()).hasSize(100);
    b.dimension("k100", "v");
    assertThatThrownBy(b::build).isInstanceOf(ValidationException.class).hasMessageContaining("at most 100 entries");
    assertThat(b.dimension("k100", " ").build().dimensions()).hasSize(100);
  }
}
