package dev.salesops.metrics.funnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salesops.core.model.Outcome;
import dev.salesops.core.validation.ValidationException;
import dev.salesops.metrics.kpi.DealRecord;
import dev.salesops.metrics.kpi.KpiColumns;
import dev.salesops.metrics.period.DateRange;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link FunnelAccumulator#addDeal} (a deal without history given by its values) counts exactly as {@link
 * FunnelAccumulator#add} counts the record of the same values (seeded property test; the seed is in the failure
 * message), and refuses what {@link DealRecord} refuses.
 */
class FunnelAddDealTest {
  private static final List<String> STAGES = List.of("LEAD", "QUALIFY", "PROPOSE", "NEGOTIATE");
  /** Stage texts as a host may hand them: in the funnel, padded, blank, unknown. */
  private static final List<String> TEXTS = List.of("LEAD", "QUALIFY", "PROPOSE", "NEGOTIATE", " PROPOSE ", "\tLEAD", "", "  ",
      "ELSEWHERE");
  private static final LocalDate BASE = LocalDate.of(2024, 1, 1);

  @Test
  void addDealEqualsAddingTheRecordOfTheSameValues() {
    for (long seed = 1; seed <= 200; seed++) {
      Random random = new Random(seed);
      DateRange window = random.nextBoolean() ? DateRange.all()
          : DateRange.of(BASE.plusDays(random.nextInt(200)), BASE.plusDays(200 + random.nextInt(200)));
      FunnelAccumulator byRecord = new FunnelAccumulator(STAGES, 1 + random.nextInt(3), window);
      FunnelAccumulator byValues = byRecord.newEmpty();
      int n = random.nextInt(300);
      for (int i = 0; i < n; i++) {
        Outcome outcome = Outcome.values()[random.nextInt(3)];
        String stage = random.nextInt(5) == 0 ? null : TEXTS.get(random.nextInt(TEXTS.size()));
        String lostAt = random.nextInt(3) == 0 ? null : TEXTS.get(random.nextInt(TEXTS.size()));
        LocalDate created = random.nextInt(8) == 0 ? null : BASE.plusDays(random.nextInt(500));
        byRecord.add(DealRecord.builder().id("D" + i).outcome(outcome).stage(stage).lostAtStage(lostAt).createdDate(created)
            .closedDate(outcome == Outcome.OPEN || created == null ? null : created.plusDays(3)).build());
        byValues.addDeal(outcome, stage, lostAt, created == null ? KpiColumns.NO_DATE : (int) created.toEpochDay());
      }
      assertThat(byValues.finish()).as("seed %d", seed).isEqualTo(byRecord.finish());
    }
  }

  @Test
  void placesByTheDocumentedRules() {
    FunnelAccumulator f = FunnelAccumulator.of(STAGES);
    f.addDeal(Outcome.WON, null, null, KpiColumns.NO_DATE); // every stage, advanced from each
    f.addDeal(Outcome.OPEN, "PROPOSE", null, KpiColumns.NO_DATE); // reached 0..2, advanced from 0..1
    f.addDeal(Outcome.LOST, "NEGOTIATE", null, KpiColumns.NO_DATE); // lost without a stage: the first stage only
    f.addDeal(Outcome.LOST, null, "QUALIFY", KpiColumns.NO_DATE); // reached 0..1, advanced from 0
    f.addDeal(Outcome.OPEN, "ELSEWHERE", null, KpiColumns.NO_DATE); // left out
    f.addDeal(Outcome.LOST, null, "ELSEWHERE", KpiColumns.NO_DATE); // left out
    Funnel funnel = f.finish();
    assertThat(funnel.stages()).extracting(FunnelStage::reached).containsExactly(4L, 3L, 2L, 1L);
    assertThat(funnel.stages()).extracting(FunnelStage::advanced).containsExactly(3L, 2L, 1L, 1L);
    assertThat(funnel.fromCurrentStage()).isEqualTo(4);
    assertThat(funnel.fromHistory()).isZero();
    assertThat(funnel.lostWithoutStage()).isEqualTo(1);
    assertThat(funnel.leftOut()).isEqualTo(2);
  }

  @Test
  void windowCountsOnlyDealsCreatedInIt() {
    FunnelAccumulator f = new FunnelAccumulator(STAGES, 1, DateRange.of(BASE, BASE.plusDays(10))); // [BASE, BASE + 10)
    f.addDeal(Outcome.OPEN, "LEAD", null, (int) BASE.toEpochDay());
    f.addDeal(Outcome.OPEN, "LEAD", null, (int) BASE.plusDays(9).toEpochDay());
    f.addDeal(Outcome.OPEN, "LEAD", null, (int) BASE.minusDays(1).toEpochDay());
    f.addDeal(Outcome.OPEN, "LEAD", null, (int) BASE.plusDays(10).toEpochDay());
    f.addDeal(Outcome.OPEN, "LEAD", null, KpiColumns.NO_DATE);
    assertThat(f.finish().stages().get(0).reached()).isEqualTo(2);
  }

  @Test
  void refusesWhatARecordRefusesAndChangesNothing() {
    FunnelAccumulator f = FunnelAccumulator.of(STAGES);
    assertThatThrownBy(() -> f.addDeal(null, "LEAD", null, KpiColumns.NO_DATE)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("outcome");
    assertThatThrownBy(() -> f.addDeal(Outcome.OPEN, "LE\u0000AD", null, KpiColumns.NO_DATE)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("stage");
    assertThatThrownBy(() -> f.addDeal(Outcome.LOST, null, "X".repeat(65), KpiColumns.NO_DATE)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("lostAtStage");
    int year999 = (int) LocalDate.of(999, 12, 31).toEpochDay();
    int year10000 = (int) LocalDate.of(10000, 1, 1).toEpochDay();
    assertThatThrownBy(() -> f.addDeal(Outcome.OPEN, "LEAD", null, year999)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("createdDate");
    assertThatThrownBy(() -> f.addDeal(Outcome.OPEN, "LEAD", null, year10000)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("createdDate");
    f.addDeal(Outcome.OPEN, "LEAD", null, (int) LocalDate.of(1000, 1, 1).toEpochDay());
    f.addDeal(Outcome.OPEN, "LEAD", null, (int) LocalDate.of(9999, 12, 31).toEpochDay());
    Funnel funnel = f.finish();
    assertThat(funnel.fromCurrentStage() + funnel.leftOut()).isEqualTo(2);
    assertThat(funnel.stages().get(0).reached()).isEqualTo(2);
  }
}
