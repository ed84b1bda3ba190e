package dev.salesops.scoring.predictive;

import dev.salesops.core.model.Outcome;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salesops.core.testing.Property;
import dev.salesops.core.validation.ValidationException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The host-values paths (no {@link Deal} per record) equal the explained path exactly. */
class HostValuesPathTest {
  private static final NaiveBayesConfig CONFIG = NaiveBayesConfig.odooPreset(List.of("NEW", "QUALIFIED", "PROPOSAL"),
      List.of("source", "industry"), List.of("tags", "labels")).withTagSupportThreshold(2);

  /** The deal's values as a host would pass them, tag values in the order the deal's sets iterate. */
  private static String[] fields(Deal d) {
    return new String[] {d.fields().get("source"), d.fields().get("industry")};
  }

  private static String[][] tags(Deal d) {
    String[][] out = new String[2][];
    for (int i = 0; i < 2; i++) {
      Set<String> vs = d.tags().get(CONFIG.tagFields().get(i));
      out[i] = vs == null ? null : vs.toArray(new String[0]);
    }
    return out;
  }

  @Test
  void trainingAndPredictionEqualTheDealPath() {
    Property.forAll(0x5EED14, 80, r -> {
      FrequencyTables viaDeals = new FrequencyTables(CONFIG);
      FrequencyTables viaValues = new FrequencyTables(CONFIG);
      int n = r.nextInt(150);
      for (int i = 0; i < n; i++) {
        ClosedDeal c = BulkPathsTest.randomClosed(r);
        viaDeals.add(c);
        Deal d = c.deal();
        if (d.segment().isPresent()) {
          viaValues.add(d.segment().get(), d.stage(), fields(d), tags(d), c.outcome());
        } else {
          viaValues.add(d.stage(), fields(d), tags(d), c.outcome());
        }
      }
      assertThat(viaValues.counts()).isEqualTo(viaDeals.counts());
      NaiveBayesModel m = viaDeals.finish();
      for (int i = 0; i < 60; i++) {
        Deal open = BulkPathsTest.randomDeal(r);
        double expected = m.probability(open);
        double actual = open.segment().isPresent() ? m.probability(open.segment().get(), open.stage(), fields(open), tags(open))
            : m.probability(open.stage(), fields(open), tags(open));
        assertThat(Double.doubleToRawLongBits(actual)).as("probability of %s", open).isEqualTo(Double.doubleToRawLongBits(expected));
      }
    });
  }

  @Test
  void valuesAreValidatedLikeADeal() {
    FrequencyTables t = new FrequencyTables(CONFIG);
    NaiveBayesModel m = t.finish();
    String[][] noTags = new String[2][];
    assertThatThrownBy(() -> m.probability(" ", new String[2], noTags)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("deal.stage");
    assertThatThrownBy(() -> m.probability("S1", "NEW", new String[1], noTags)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("fieldValues");
    assertThatThrownBy(() -> m.probability("NEW", new String[2], new String[1][])).isInstanceOf(ValidationException.class)
        .hasMessageContaining("tagValues");
    assertThatThrownBy(() -> m.probability("NEW", new String[2], new String[][] {{"a", "a"}, null}))
        .isInstanceOf(ValidationException.class).hasMessageContaining("repeat");
    assertThatThrownBy(() -> t.add("ELSEWHERE", new String[2], noTags, Outcome.LOST)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("configured stages");
    assertThat(t.counts()).isEmpty();
    assertThat(m.probability("NEW", new String[2], noTags)).isNaN();
  }
}
