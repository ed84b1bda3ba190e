package dev.salesops.scoring.predictive;

import dev.salesops.core.model.Outcome;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.salesops.core.testing.AccumulatorLaws;
import dev.salesops.core.testing.Property;
import dev.salesops.core.validation.ValidationException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NaiveBayesModelTest {
  private static final List<String> STAGES = List.of("NEW", "QUALIFIED", "PROPOSAL");
  private static final NaiveBayesConfig CONFIG = NaiveBayesConfig.odooPreset(STAGES, List.of("source"), List.of());

  private static FrequencyTables smallHistory() {
    FrequencyTables t = new FrequencyTables(CONFIG);
    t.add(ClosedDeal.won(Deal.of("PROPOSAL", Map.of("source", "web"))));
    t.add(ClosedDeal.won(Deal.of("PROPOSAL", Map.of("source", "referral"))));
    t.add(ClosedDeal.lost(Deal.of("NEW", Map.of("source", "web"))));
    t.add(ClosedDeal.lost(Deal.of("PROPOSAL", Map.of("source", "web"))));
    t.add(ClosedDeal.lost(Deal.of("QUALIFIED", Map.of("source", "referral"))));
    return t;
  }

  @Test
  void stagesCountCumulatively() {
    SegmentCounts c = smallHistory().counts().get(Optional.<String>empty());
    assertThat(c.stages()).containsEntry("NEW", new Count(2, 3)).containsEntry("QUALIFIED", new Count(2, 2))
        .containsEntry("PROPOSAL", new Count(2, 1));
    assertThat(c.fields().get("source")).containsEntry("web", new Count(1, 2)).containsEntry("referral", new Count(1, 1));
  }

  /*
   * Smoothed (+0.1): NEW 2.1/3.1, QUALIFIED 2.1/2.1, PROPOSAL 2.1/1.1; web 1.1/2.1, referral 1.1/1.1 (totals 2.2/3.2).
   * QUALIFIED + web: S_won = 2.1/5.2 × 2.1/2.1 × 1.1/2.2, S_lost = 3.1/5.2 × 2.1/3.1 × 2.1/3.2
   *   -> p = 0.5 / (0.5 + 0.65625) = 16/37 = 0.4324
   */
  @Test
  void workedExampleQualifiedWeb() {
    NaiveBayesModel m = smallHistory().finish();
    Prediction p = m.predict(Deal.of("QUALIFIED", Map.of("source", "web"))).orElseThrow();
    assertThat(p.probability()).isCloseTo(0.4324, within(0.00005));
    assertThat(p.probability()).isCloseTo(16.0 / 37, within(1e-12));
    assertThat(p.priorWon()).isCloseTo(2.1 / 5.2, within(1e-12));
    assertThat(p.factors()).hasSize(2);
    assertThat(p.factors().get(0).field()).isEqualTo("stage");
    assertThat(p.factors().get(0).likelihoodRatio()).isCloseTo(3.1 / 2.1, within(1e-12));
    assertThat(p.factors().get(1).likelihoodRatio()).isCloseTo(0.5 / 0.65625, within(1e-12));
    assertThat(p.odds() / (1 + p.odds())).isCloseTo(p.probability(), within(1e-12));
    assertThat(m.probability(Deal.of("QUALIFIED", Map.of("source", "web")))).isEqualTo(p.probability());
    assertThat(p.isFallback()).isTrue();
  }

  /* PROPOSAL + referral: S_won ∝ 2.1 × 1 × 0.5 = 1.05; S_lost ∝ 3.1 × 1.1/3.1 × 1.1/3.2 = 0.378125 -> 0.7352. */
  @Test
  void workedExampleProposalReferral() {
    NaiveBayesModel m = smallHistory().finish();
    assertThat(m.probability(Deal.of("PROPOSAL", Map.of("source", "referral")))).isCloseTo(0.7352, within(0.00005));
  }

  @Test
  void unseenValuesAreSkipped() {
    Prediction p = smallHistory().finish().predict(Deal.of("NEW", Map.of("source", "partner"))).orElseThrow();
    assertThat(p.probability()).isCloseTo(0.4038, within(0.00005)); // prior 2.1/5.2, stage NEW factor 1
    assertThat(p.skipped()).containsExactly("source=partner");
  }

  /* A: one won (web), B: one lost at NEW (web). Segment C falls back to the sum: 1.2/1.2 everywhere -> 0.5. */
  @Test
  void segmentFallback() {
    NaiveBayesConfig config = NaiveBayesConfig.odooPreset(List.of("NEW"), List.of("source"), List.of());
    FrequencyTables t = new FrequencyTables(config);
    t.add(ClosedDeal.won(Deal.of("A", "NEW", Map.of("source", "web"))));
    t.add(ClosedDeal.lost(Deal.of("B", "NEW", Map.of("source", "web"))));
    NaiveBayesModel m = t.finish();
    Prediction c = m.predict(Deal.of("C", "NEW", Map.of("source", "web"))).orElseThrow();
    assertThat(c.probability()).isCloseTo(0.5, within(1e-12));
    assertThat(c.isFallback()).isTrue();
    Prediction a = m.predict(Deal.of("A", "NEW", Map.of("source", "web"))).orElseThrow();
    assertThat(a.probability()).isCloseTo(0.9167, within(0.00005)); // 1.1 / 1.2
    assertThat(a.segment()).contains("A");
  }

  /*
   * 50 won, 50 lost; tag x on 40 won + 10 lost (support 50.2), z on 10 won + 40 lost (50.2), y on 49 won (49.2 < 50:
   * ignored). x: 40.1/50.2 vs 10.1/50.2 -> p = 40.1/50.2 = 0.7988.
   */
  @Test
  void tagsBelowSupportThresholdAreIgnored() {
    NaiveBayesConfig config = NaiveBayesConfig.odooPreset(List.of("NEW"), List.of(), List.of("tags"));
    FrequencyTables t = new FrequencyTables(config);
    for (int i = 0; i < 50; i++) {
      Set<String> won = new LinkedHashSet<>();
      won.add(i < 40 ? "x" : "z");
      if (i < 49) {
        won.add("y");
      }
      t.add(ClosedDeal.won(new Deal(null, "NEW", Map.of(), Map.of("tags", won))));
      t.add(ClosedDeal.lost(new Deal(null, "NEW", Map.of(), Map.of("tags", Set.of(i < 10 ? "x" : "z")))));
    }
    NaiveBayesModel m = t.finish();
    Deal xy = new Deal(null, "NEW", Map.of(), Map.of("tags", Set.of("x", "y")));
    assertThat(m.probability(xy)).isCloseTo(0.7988, within(0.00005));
    assertThat(m.predict(xy).orElseThrow().skipped()).containsExactly("tags=y");
    NaiveBayesModel noThreshold = NaiveBayesModel.of(config.withTagSupportThreshold(0), m.counts());
    assertThat(noThreshold.probability(xy)).isNotCloseTo(0.7988, within(0.001));
  }

  @Test
  void probabilityIsClamped() {
    NaiveBayesConfig config = NaiveBayesConfig.odooPreset(List.of("NEW"), List.of("source"), List.of());
    FrequencyTables t = new FrequencyTables(config);
    for (int i = 0; i < 2000; i++) {
      t.add(ClosedDeal.won(Deal.of("NEW", Map.of("source", "web"))));
      t.add(ClosedDeal.lost(Deal.of("NEW", Map.of("source", "fair"))));
    }
    Prediction p = t.finish().predict(Deal.of("NEW", Map.of("source", "web"))).orElseThrow();
    assertThat(p.unclampedProbability()).isGreaterThan(0.9999);
    assertThat(p.probability()).isEqualTo(0.9999);
    assertThat(t.finish().probability(Deal.of("NEW", Map.of("source", "fair")))).isEqualTo(0.0001);
  }

  @Test
  void noHistoryNoPrediction() {
    NaiveBayesModel m = new FrequencyTables(CONFIG).finish();
    assertThat(m.predict(Deal.of("NEW", Map.of()))).isEmpty();
    assertThat(m.probability(Deal.of("NEW", Map.of()))).isNaN();
  }

  @Test
  void aDealNeverCountedCannotBeRemoved() {
    // was: removing a deal never added drove counts below zero (clamped at smoothing); now it is refused
    FrequencyTables t = new FrequencyTables(CONFIG);
    ClosedDeal d = ClosedDeal.lost(Deal.of("NEW", Map.of("source", "web")));
    assertThatThrownBy(() -> t.remove(d)).isInstanceOf(dev.salesops.core.validation.ValidationException.class);
    t.add(d);
    t.remove(d);
    assertThatThrownBy(() -> t.remove(d)).isInstanceOf(dev.salesops.core.validation.ValidationException.class);
  }

  @Test
  void smoothingIsConfigurable() {
    NaiveBayesModel addOne = NaiveBayesModel.of(CONFIG.withSmoothing(1), smallHistory().counts());
    // NEW 3/4 -> prior 3/7; stage NEW factor 1; web 2/4 vs 3/5 (totals 4, 5)
    double sWon = 3.0 / 7 * 0.5;
    double sLost = 4.0 / 7 * 0.6;
    assertThat(addOne.probability(Deal.of("NEW", Map.of("source", "web")))).isCloseTo(sWon / (sWon + sLost), within(1e-12));
  }

  @Test
  void lostDealInUnknownStageIsRefused() {
    FrequencyTables t = new FrequencyTables(CONFIG);
    assertThatThrownBy(() -> t.add(ClosedDeal.lost(Deal.of("NOPE", Map.of())))).isInstanceOf(ValidationException.class)
        .hasMessageContaining("deal.stage").hasMessageContaining("NOPE");
  }

  @Test
  void configReportsAllProblems() {
    assertThatThrownBy(() -> new NaiveBayesConfig(List.of(), List.of("a", "a"), List.of("a"), 0, -1, 2, 1))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).hasSize(7));
  }

  // ---- properties

  private static final NaiveBayesConfig RANDOM_CONFIG = NaiveBayesConfig.odooPreset(STAGES, List.of("source", "industry"), List.of("tags"))
      .withTagSupportThreshold(3);

  static ClosedDeal randomDeal(Random r) {
    Optional<String> seg = r.nextInt(3) == 0 ? Optional.empty() : Optional.of("S" + r.nextInt(3));
    Map<String, String> fields = new HashMap<>();
    if (r.nextInt(5) > 0) {
      fields.put("source", "src" + r.nextInt(4));
    }
    fields.put("industry", "ind" + r.nextInt(3));
    Set<String> tags = new LinkedHashSet<>();
    for (int i = 0; i < 3; i++) {
      if (r.nextBoolean()) {
        tags.add("t" + i);
      }
    }
    Deal d = new Deal(seg.orElse(null), STAGES.get(r.nextInt(STAGES.size())), fields, Map.of("tags", tags));
    return new ClosedDeal(d, r.nextBoolean() ? Outcome.WON : Outcome.LOST);
  }

  @Test
  void incrementalUpdatesEqualRebuild() {
    Property.forAll(0x5C0_4E, 60, r -> {
      FrequencyTables live = new FrequencyTables(RANDOM_CONFIG);
      List<ClosedDeal> closed = new ArrayList<>();
      int ops = r.nextInt(80);
      for (int i = 0; i < ops; i++) {
        if (!closed.isEmpty() && r.nextInt(3) == 0) {
          ClosedDeal reopened = closed.remove(r.nextInt(closed.size()));
          live.remove(reopened);
          if (r.nextBoolean()) { // closed again, perhaps the other way
            ClosedDeal again = new ClosedDeal(reopened.deal(), r.nextBoolean() ? Outcome.WON : Outcome.LOST);
            live.add(again);
            closed.add(again);
          }
        } else {
          ClosedDeal d = randomDeal(r);
          live.add(d);
          closed.add(d);
        }
      }
      FrequencyTables rebuilt = new FrequencyTables(RANDOM_CONFIG);
      closed.forEach(rebuilt::add);
      assertThat(live.finish()).isEqualTo(rebuilt.finish());
      assertThat(live.counts()).isEqualTo(rebuilt.counts());
      for (int i = 0; i < 20; i++) {
        Deal open = randomDeal(r).deal();
        assertThat(live.finish().predict(open)).isEqualTo(rebuilt.finish().predict(open));
      }
    });
  }

  @Test
  void shardTablesMergeIntoTablesOfTheUnion() {
    AccumulatorLaws.check(0x7AB1E5, 40, r -> {
      List<ClosedDeal> deals = new ArrayList<>();
      int n = r.nextInt(60);
      for (int i = 0; i < n; i++) {
        deals.add(randomDeal(r));
      }
      return deals;
    }, () -> new FrequencyTables(RANDOM_CONFIG));
  }

  @Test
  void mergeRefusesOtherConfig() {
    assertThatThrownBy(() -> new FrequencyTables(CONFIG).merge(new FrequencyTables(CONFIG.withSmoothing(1))))
        .isInstanceOf(ValidationException.class);
  }
}
