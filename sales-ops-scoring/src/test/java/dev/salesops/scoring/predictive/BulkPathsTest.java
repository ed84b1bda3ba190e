package dev.salesops.scoring.predictive;

import dev.salesops.core.model.Outcome;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

/** The fast paths (packed deals, dense ids, {@link DealColumns}) agree exactly with the explained path. */
class BulkPathsTest {
  private static final List<String> STAGES = List.of("NEW", "QUALIFIED", "PROPOSAL");
  private static final NaiveBayesConfig CONFIG = NaiveBayesConfig.odooPreset(STAGES, List.of("source", "industry"),
      List.of("tags", "labels")).withTagSupportThreshold(2);
  private static final String[] VALUES = {"web", "referral", "Zürich", "東京", "", "w" + "eb2", "fair"};

  /** Random deals; keys are fresh string objects (not the config's literals) half of the time. */
  static Deal randomDeal(Random r) {
    Optional<String> seg = r.nextInt(4) == 0 ? Optional.empty() : Optional.of(new String("S" + r.nextInt(4)));
    Map<String, String> fields = new HashMap<>();
    if (r.nextInt(5) > 0) {
      fields.put(r.nextBoolean() ? "source" : new String("source"), VALUES[r.nextInt(VALUES.length)]);
    }
    if (r.nextInt(5) > 0) {
      fields.put("industry", "ind" + r.nextInt(4));
    }
    // (fields the configuration does not name, or a tag field given one value, are refused: PredictiveInputTest)
    Map<String, Set<String>> tags = new HashMap<>();
    for (String field : List.of("tags", "labels")) {
      Set<String> vs = new LinkedHashSet<>();
      for (int i = 0; i < 4; i++) {
        if (r.nextInt(3) == 0) {
          vs.add(VALUES[r.nextInt(VALUES.length)] + i);
        }
      }
      if (!vs.isEmpty() || r.nextInt(3) == 0) {
        tags.put(field, vs);
      }
    }
    String stage = r.nextInt(10) == 0 ? "UNKNOWN" : STAGES.get(r.nextInt(STAGES.size()));
    return new Deal(seg.orElse(null), stage, fields, tags);
  }

  static ClosedDeal randomClosed(Random r) {
    Deal d = randomDeal(r);
    boolean lostInUnknownStage = d.stage().equals("UNKNOWN");
    return new ClosedDeal(d, lostInUnknownStage || r.nextBoolean() ? Outcome.WON : Outcome.LOST);
  }

  @Test
  void fastProbabilityEqualsExplainedProbabilityBitForBit() {
    Property.forAll(0xFA57, 60, r -> {
      FrequencyTables t = new FrequencyTables(CONFIG);
      int n = r.nextInt(120);
      for (int i = 0; i < n; i++) {
        t.add(randomClosed(r));
      }
      NaiveBayesModel m = t.finish();
      for (int i = 0; i < 40; i++) {
        Deal open = randomDeal(r);
        Optional<Prediction> p = m.predict(open);
        if (p.isPresent()) {
          assertThat(m.probability(open)).isEqualTo(p.get().probability());
        } else {
          assertThat(m.probability(open)).isNaN();
        }
      }
    });
  }

  @Test
  void columnsGiveTheSameTablesAndProbabilities() {
    Property.forAll(0xC011, 40, r -> {
      List<ClosedDeal> closed = new ArrayList<>();
      int n = r.nextInt(150);
      for (int i = 0; i < n; i++) {
        closed.add(randomClosed(r));
      }
      FrequencyTables one = new FrequencyTables(CONFIG);
      closed.forEach(one::add);
      FrequencyTables bulk = new FrequencyTables(CONFIG);
      bulk.addAll(closed);
      FrequencyTables columns = new FrequencyTables(CONFIG);
      columns.addAll(DealColumns.ofClosed(CONFIG, closed));
      assertThat(bulk.counts()).isEqualTo(one.counts());
      assertThat(columns.counts()).isEqualTo(one.counts());
      assertThat(columns.finish()).isEqualTo(one.finish());

      NaiveBayesModel m = one.finish();
      List<Deal> open = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        open.add(randomDeal(r));
      }
      DealColumns cols = DealColumns.of(CONFIG, open);
      assertThat(cols.size()).isEqualTo(open.size());
      assertThat(cols.isClosed()).isFalse();
      double[] expected = open.stream().mapToDouble(m::probability).toArray();
      assertThat(m.probabilities(cols)).containsExactly(expected);
      double[] out = new double[open.size() + 3];
      m.probabilities(cols, out);
      for (int i = 0; i < open.size(); i++) {
        assertThat(out[i]).isEqualTo(expected[i]);
      }
    });
  }

  @Test
  void columnsAreRefusedWhenTheyDoNotFit() {
    List<Deal> open = List.of(Deal.of("NEW", Map.of("source", "web")));
    FrequencyTables t = new FrequencyTables(CONFIG);
    assertThatThrownBy(() -> t.addAll(DealColumns.of(CONFIG, open))).isInstanceOf(ValidationException.class)
        .hasMessageContaining("ofClosed");
    NaiveBayesConfig other = NaiveBayesConfig.odooPreset(STAGES, List.of("source"), List.of());
    assertThatThrownBy(() -> t.finish().probabilities(DealColumns.of(other, open))).isInstanceOf(ValidationException.class)
        .hasMessageContaining("fields");
    assertThatThrownBy(() -> t.finish().probabilities(DealColumns.of(CONFIG, open), new double[0]))
        .isInstanceOf(ValidationException.class).hasMessageContaining("out.length");
  }

  @Test
  void lostDealInUnknownStageRefusesTheWholeBatch() {
    List<ClosedDeal> closed = List.of(ClosedDeal.won(Deal.of("NEW", Map.of("source", "web"))),
        ClosedDeal.lost(Deal.of("NOPE", Map.of("source", "web"))));
    FrequencyTables t = new FrequencyTables(CONFIG);
    assertThatThrownBy(() -> t.addAll(DealColumns.ofClosed(CONFIG, closed))).isInstanceOf(ValidationException.class)
        .hasMessageContaining("deal.stage").hasMessageContaining("NOPE");
    assertThat(t.counts()).isEmpty();
  }

  @Test
  void emptyBatchFitsEveryConfiguration() {
    FrequencyTables t = new FrequencyTables(CONFIG);
    t.addAll(DealColumns.EMPTY);
    assertThat(t.counts()).isEmpty();
    assertThat(t.finish().probabilities(DealColumns.EMPTY)).isEmpty();
    assertThat(DealColumns.EMPTY.size()).isZero();
  }

  @Test
  void dictionaryGrowsAndFindsEveryString() {
    StringIds ids = new StringIds();
    for (int i = 0; i < 5000; i++) {
      assertThat(ids.add("v" + i)).isEqualTo(i);
    }
    for (int i = 0; i < 5000; i++) {
      String s = "v" + i;
      char[] cs = ("xx" + s).toCharArray();
      assertThat(ids.get(s)).isEqualTo(i);
      assertThat(ids.get(cs, 2, s.length(), s.hashCode())).isEqualTo(i);
      assertThat(ids.name(i)).isEqualTo(s);
    }
    assertThat(ids.get("nope")).isEqualTo(-1);
    assertThat(ids.add("nope".toCharArray(), 0, 4, "nope".hashCode())).isEqualTo(5000);
    assertThat(ids.size()).isEqualTo(5001);
  }
}
