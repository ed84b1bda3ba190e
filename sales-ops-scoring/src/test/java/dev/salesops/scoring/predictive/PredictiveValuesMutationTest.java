package dev.salesops.scoring.predictive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.common.testing.EqualsTester;
import dev.salesops.core.validation.Problem;
import dev.salesops.core.validation.ValidationException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The predictive package's value classes and configuration refusals, exactly (PIT issue 13). */
class PredictiveValuesMutationTest {
  static final List<String> STAGES = List.of("NEW", "WON_STAGE");

  @Test
  void predictionEqualityTextOddsAndFallback() {
    List<Factor> factors = List.of(new Factor("stage", "NEW", 0.5, 0.25), new Factor("source", "web", 0.2, 0.4));
    Prediction p = new Prediction(0.3, 0.35, "S", 0.25, factors, List.of("a=b"));
    new EqualsTester()
        .addEqualityGroup(p, new Prediction(0.3, 0.35, "S", 0.25, factors, List.of("a=b")))
        .addEqualityGroup(new Prediction(0.31, 0.35, "S", 0.25, factors, List.of("a=b")))
        .addEqualityGroup(new Prediction(0.3, 0.36, "S", 0.25, factors, List.of("a=b")))
        .addEqualityGroup(new Prediction(0.3, 0.35, null, 0.25, factors, List.of("a=b")))
        .addEqualityGroup(new Prediction(0.3, 0.35, "S", 0.26, factors, List.of("a=b")))
        .addEqualityGroup(new Prediction(0.3, 0.35, "S", 0.25, List.of(), List.of("a=b")))
        .addEqualityGroup(new Prediction(0.3, 0.35, "S", 0.25, factors, List.of()))
        .testEquals();
    assertThat(p.equals(p)).isTrue();
    assertThat(p.hashCode()).isNotZero();
    assertThat(p.unclampedProbability()).isEqualTo(0.35);
    assertThat(p.skipped()).containsExactly("a=b");
    assertThat(p.segment()).contains("S");
    assertThat(p.isFallback()).isFalse();
    assertThat(new Prediction(0.3, 0.35, null, 0.25, factors, List.of()).isFallback()).isTrue();
    // prior odds 1/3, ratios 2 and 0.5
    assertThat(p.odds()).isCloseTo(1.0 / 3, within(1e-15));
    assertThat(new Prediction(0.3, 0.35, "S", 0.25, List.of(new Factor("stage", "NEW", 0.6, 0.2)), List.of()).odds()).isCloseTo(1.0, within(1e-15));
    assertThat(p).hasToString("Prediction[probability=0.3, unclampedProbability=0.35, segment=Optional[S], priorWon=0.25, factors="
        + factors + ", skipped=[a=b]]");
    assertThat(new Prediction(0.3, 0.35, null, 0.25, List.of(), List.of()))
        .hasToString("Prediction[probability=0.3, unclampedProbability=0.35, segment=Optional.empty, priorWon=0.25, factors=[], skipped=[]]");
  }

  @Test
  void factorAndCount() {
    assertThat(new Factor("f", "v", 0.6, 0.2).likelihoodRatio()).isCloseTo(3, within(1e-15));
    assertThat(new Count(3, -2).smoothedWon(0.5)).isEqualTo(3.5);
    assertThat(new Count(3, -2).smoothedLost(0.5)).isEqualTo(0.5);
    assertThat(new Count(-1, 4).smoothedWon(0.1)).isEqualTo(0.1);
    assertThat(new Count(-1, 4).smoothedLost(0.1)).isEqualTo(4.1);
  }

  static List<String> problems(Runnable r) {
    try {
      r.run();
    } catch (ValidationException e) {
      return e.problems().stream().map(Problem::path).toList();
    }
    throw new AssertionError("accepted");
  }

  @Test
  void configRefusalsAllAtOnce() {
    assertThat(problems(() -> new NaiveBayesConfig(List.of(), List.of("a", "a"), List.of("a", "t", "t"), 0, -1, -0.1, 2)))
        .containsExactly("stages", "fields", "tagFields", "tagFields", "smoothing", "tagSupportThreshold", "minProbability", "maxProbability");
    assertThat(problems(() -> new NaiveBayesConfig(List.of("A", "A"), List.of(), List.of(), Double.POSITIVE_INFINITY,
        Double.POSITIVE_INFINITY, 1.1, 0.5))).containsExactly("stages", "smoothing", "tagSupportThreshold", "minProbability", "maxProbability");
    assertThat(problems(() -> new NaiveBayesConfig(STAGES, List.of(), List.of(), Double.NaN, Double.NaN, Double.NaN, Double.NaN)))
        .containsExactly("smoothing", "tagSupportThreshold", "minProbability", "maxProbability");
    assertThat(problems(() -> new NaiveBayesConfig(STAGES, List.of(), List.of(), 1, 0, 0.5, 0.4))).containsExactly("maxProbability");
    NaiveBayesConfig edges = new NaiveBayesConfig(STAGES, List.of("a"), List.of("t"), Double.MIN_VALUE, 0, 0, 0);
    assertThat(edges.maxProbability()).isZero();
    assertThat(new NaiveBayesConfig(STAGES, List.of(), List.of(), 1, 0, 1, 1).minProbability()).isEqualTo(1);
    assertThat(new NaiveBayesConfig(STAGES, List.of(), List.of(), 1, 0, 0.2, 0.2).maxProbability()).isEqualTo(0.2);
  }

  @Test
  void configCopies() {
    NaiveBayesConfig odoo = NaiveBayesConfig.odooPreset(STAGES, List.of("a"), List.of("t"));
    assertThat(odoo).isEqualTo(new NaiveBayesConfig(STAGES, List.of("a"), List.of("t"), 0.1, 50, 0.0001, 0.9999));
    assertThat(odoo.withSmoothing(1)).isEqualTo(new NaiveBayesConfig(STAGES, List.of("a"), List.of("t"), 1, 50, 0.0001, 0.9999));
    assertThat(odoo.withTagSupportThreshold(3)).isEqualTo(new NaiveBayesConfig(STAGES, List.of("a"), List.of("t"), 0.1, 3, 0.0001, 0.9999));
    assertThat(odoo.withClamp(0.1, 0.9)).isEqualTo(new NaiveBayesConfig(STAGES, List.of("a"), List.of("t"), 0.1, 50, 0.1, 0.9));
  }

  @Test
  void dealEqualityTextAndRefusals() {
    Deal d = new Deal("S", "NEW", Map.of("a", "1"), Map.of("t", Set.of("x")));
    new EqualsTester()
        .addEqualityGroup(d, new Deal("S", "NEW", Map.of("a", "1"), Map.of("t", Set.of("x"))))
        .addEqualityGroup(new Deal((String) null, "NEW", Map.of("a", "1"), Map.of("t", Set.of("x"))))
        .addEqualityGroup(new Deal("S", "OLD", Map.of("a", "1"), Map.of("t", Set.of("x"))))
        .addEqualityGroup(new Deal("S", "NEW", Map.of("a", "2"), Map.of("t", Set.of("x"))))
        .addEqualityGroup(new Deal("S", "NEW", Map.of("a", "1"), Map.of("t", Set.of("y"))))
        .testEquals();
    assertThat(d.hashCode()).isNotZero();
    assertThat(d).hasToString("Deal{segment=S, stage=NEW, fields={a=1}, tags={t=[x]}}");
    assertThat(Deal.of("NEW", Map.of())).hasToString("Deal{segment=-, stage=NEW, fields={}, tags={}}");
    assertThat(Deal.of("S", "NEW", Map.of()).segment()).contains("S");
    assertThat(d.tags()).isEqualTo(Map.of("t", Set.of("x")));
    java.util.Set<String> withNull = new java.util.HashSet<>(java.util.Arrays.asList("x", null));
    assertThatThrownBy(() -> new Deal((String) null, "NEW", Map.of(), Map.of("t", withNull))).isInstanceOf(ValidationException.class)
        .hasMessageContaining("deal.tags.t");
    java.util.Map<String, Set<String>> nullSet = new java.util.HashMap<>();
    nullSet.put("t", null);
    assertThatThrownBy(() -> new Deal((String) null, "NEW", Map.of(), nullSet)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("deal.tags.t");
    assertThat(new Deal((String) null, "NEW", Map.of(), Map.of("t", Set.of()))).isNotNull();
  }

  @Test
  void hostValuesRefuseRepeatsOnlyWithinAField() {
    HostValues.check(1, 2, new String[1], new String[][] {{"a", "b"}, {"a"}});
    HostValues.check(0, 1, new String[0], new String[][] {null});
    assertThatThrownBy(() -> HostValues.check(0, 1, new String[0], new String[][] {{"a", "b", "a"}})).isInstanceOf(ValidationException.class)
        .hasMessageContaining("must not repeat a value within a field");
    assertThatThrownBy(() -> HostValues.check(2, 0, new String[1], new String[0][])).isInstanceOf(ValidationException.class)
        .hasMessageContaining("must be the number of configured fields 2");
    assertThatThrownBy(() -> HostValues.check(0, 2, new String[0], new String[1][])).isInstanceOf(ValidationException.class)
        .hasMessageContaining("must be the number of configured tag fields 2");
  }

  @Test
  void configChecksNameTheMistake() {
    NaiveBayesConfig c = NaiveBayesConfig.odooPreset(STAGES, List.of("f"), List.of("t"));
    NaiveBayesConfigChecks.check(c, new Deal((String) null, "NEW", Map.of("f", "1"), Map.of("t", Set.of("x"))));
    NaiveBayesConfigChecks.check(c, new Deal((String) null, "NEW", Map.of(), Map.of("t", Set.of("x"))));
    NaiveBayesConfigChecks.check(c, new Deal((String) null, "NEW", Map.of("f", "1"), Map.of()));
    assertThatThrownBy(() -> NaiveBayesConfigChecks.check(c, new Deal((String) null, "NEW", Map.of("t", "1", "g", "2"), Map.of())))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).extracting(Problem::message)
            .containsExactlyInAnyOrder("deal.fields.t is a tag field: give its values as a set (tags), not a single value",
                "deal.fields.g is not a field of the configuration (fields: [f], tag fields: [t])"));
    assertThatThrownBy(() -> NaiveBayesConfigChecks.check(c, new Deal((String) null, "NEW", Map.of(), Map.of("f", Set.of("1"), "h", Set.of("2")))))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).extracting(Problem::message)
            .containsExactlyInAnyOrder("deal.tags.f is a single-valued field: give it in fields, not as tags",
                "deal.tags.h is not a tag field of the configuration (fields: [f], tag fields: [t])"));
  }
}
