package dev.salesops.scoring.predictive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.common.testing.EqualsTester;
import dev.salesops.core.model.Outcome;
import dev.salesops.core.validation.ValidationException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The model's, tables' and columns' texts, equality, refusals and explanations, exactly (PIT issue 13). */
class PredictiveModelMutationTest {
  static final NaiveBayesConfig CONFIG = NaiveBayesConfig.odooPreset(List.of("NEW", "QUALIFIED"), List.of("source"), List.of("tags"))
      .withTagSupportThreshold(0);

  static Deal deal(String segment, String stage, String source, Set<String> tags) {
    return new Deal(segment, stage, source == null ? Map.of() : Map.of("source", source),
        tags.isEmpty() ? Map.of() : Map.of("tags", tags));
  }

  static FrequencyTables tables() {
    FrequencyTables t = new FrequencyTables(CONFIG);
    t.add(ClosedDeal.won(deal("S", "QUALIFIED", "web", Set.of("vip"))));
    t.add(ClosedDeal.lost(deal("S", "NEW", "web", Set.of())));
    t.add(ClosedDeal.lost(deal(null, "NEW", "mail", Set.of("vip"))));
    return t;
  }

  @Test
  void modelEqualityAndText() {
    NaiveBayesModel m = tables().finish();
    new EqualsTester()
        .addEqualityGroup(m, tables().finish(), NaiveBayesModel.of(CONFIG, m.counts()))
        .addEqualityGroup(NaiveBayesModel.of(CONFIG.withSmoothing(1), m.counts()))
        .addEqualityGroup(NaiveBayesModel.of(CONFIG, Map.of()))
        .testEquals();
    assertThat(m.config()).isEqualTo(CONFIG);
    assertThat(m).hasToString("NaiveBayesModel{segments=2, stages=[NEW, QUALIFIED], fields=[source], tagFields=[tags]}");
    assertThat(tables()).hasToString("FrequencyTables{segments=2}");
    assertThat(new FrequencyTables(CONFIG)).hasToString("FrequencyTables{segments=0}");
    FrequencyTables onlySegment = new FrequencyTables(CONFIG);
    onlySegment.add(ClosedDeal.won(deal("S", "NEW", null, Set.of())));
    assertThat(onlySegment).hasToString("FrequencyTables{segments=1}");
    assertThat(new FrequencyTables(CONFIG).config()).isEqualTo(CONFIG);
  }

  @Test
  void mergeRefusesAnotherConfiguration() {
    assertThatThrownBy(() -> tables().merge(new FrequencyTables(CONFIG.withSmoothing(1)))).isInstanceOf(ValidationException.class)
        .hasMessageContaining("must equal this table's configuration");
    assertThat(tables().merge(tables()).finish().counts()).isNotEqualTo(tables().finish().counts());
  }

  /** A segment with data explains itself by name; unknown values are skipped by name; an unknown segment falls back. */
  @Test
  void predictionsNameSegmentAndSkippedValues() {
    NaiveBayesModel m = tables().finish();
    Prediction p = m.predict(deal("S", "QUALIFIED", "fax", Set.of("vip", "new"))).orElseThrow();
    assertThat(p.segment()).contains("S");
    assertThat(p.isFallback()).isFalse();
    assertThat(p.skipped()).containsExactlyInAnyOrder("source=fax", "tags=new");
    assertThat(p.factors()).extracting(Factor::field).containsExactly("stage", "tags");
    assertThat(p.probability()).isEqualTo(m.probability(deal("S", "QUALIFIED", "fax", Set.of("vip", "new"))));
    Prediction unknownStage = m.predict(deal("S", "LOST_STAGE", "web", Set.of())).orElseThrow();
    assertThat(unknownStage.skipped()).containsExactly("stage=LOST_STAGE");
    assertThat(unknownStage.factors()).extracting(Factor::value).containsExactly("web");
    Prediction fallback = m.predict(deal("ELSEWHERE", "NEW", "web", Set.of())).orElseThrow();
    assertThat(fallback.isFallback()).isTrue();
    // the fallback sums the segments' smoothed first-stage counts: S 1.1/1.1, no segment 0.1/1.1
    assertThat(fallback.priorWon()).isCloseTo(1.2 / 3.4, within(1e-12));
    Prediction none = m.predict(deal(null, "NEW", "mail", Set.of())).orElseThrow();
    assertThat(none.segment()).isEmpty();
    assertThat(none.unclampedProbability()).isGreaterThan(0).isLessThan(1);
    assertThat(NaiveBayesModel.of(CONFIG, Map.of()).predict(deal(null, "NEW", null, Set.of()))).isEmpty();
    assertThat(NaiveBayesModel.of(CONFIG, Map.of()).probability(deal(null, "NEW", null, Set.of()))).isNaN();
  }

  /** A tag value whose smoothed support equals the threshold is used; just below it, skipped. */
  @Test
  void tagSupportThresholdIsInclusive() {
    // add-one smoothing: vip in S is won 1, lost 0 -> support 2 + 1 = 3
    Deal d = deal("S", "QUALIFIED", null, Set.of("vip"));
    NaiveBayesConfig addOne = CONFIG.withSmoothing(1);
    Map<Optional<String>, SegmentCounts> counts = tables().finish().counts();
    assertThat(NaiveBayesModel.of(addOne.withTagSupportThreshold(3), counts).predict(d).orElseThrow().factors())
        .extracting(Factor::field).containsExactly("stage", "tags");
    Prediction below = NaiveBayesModel.of(addOne.withTagSupportThreshold(3.0001), counts).predict(d).orElseThrow();
    assertThat(below.factors()).extracting(Factor::field).containsExactly("stage");
    assertThat(below.skipped()).containsExactly("tags=vip");
    assertThat(NaiveBayesModel.of(addOne.withTagSupportThreshold(3.0001), counts).probability(d)).isEqualTo(below.probability());
  }

  /** "Aa" and "BB" share a hash code: they stay two values on every path. */
  @Test
  void valuesWithEqualHashCodesStayApart() {
    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
    FrequencyTables t = new FrequencyTables(CONFIG);
    t.add(ClosedDeal.won(deal(null, "NEW", "Aa", Set.of("Aa"))));
    t.add(ClosedDeal.lost(deal(null, "NEW", "BB", Set.of("BB"))));
    t.add(ClosedDeal.lost(deal(null, "NEW", "BB", Set.of())));
    NaiveBayesModel m = t.finish();
    assertThat(m.counts().get(Optional.<String>empty()).fields().get("source")).containsOnlyKeys("Aa", "BB");
    Deal aa = deal(null, "NEW", "Aa", Set.of("Aa"));
    Deal bb = deal(null, "NEW", "BB", Set.of("BB"));
    assertThat(m.probability(aa)).isEqualTo(m.predict(aa).orElseThrow().probability()).isGreaterThan(m.probability(bb));
    assertThat(m.probability(bb)).isEqualTo(m.predict(bb).orElseThrow().probability());
    assertThat(m.probabilities(DealColumns.of(CONFIG, List.of(aa, bb)))).containsExactly(m.probability(aa), m.probability(bb));
    assertThat(m.probability("NEW", new String[] {"BB"}, new String[][] {{"BB"}})).isEqualTo(m.probability(bb));
  }

  @Test
  void clampHoldsBothWays() {
    NaiveBayesModel m = tables().finish();
    Deal d = deal("S", "QUALIFIED", "web", Set.of("vip"));
    double raw = m.predict(d).orElseThrow().unclampedProbability();
    NaiveBayesModel low = NaiveBayesModel.of(CONFIG.withClamp(0, raw / 2), m.counts());
    assertThat(low.probability(d)).isEqualTo(raw / 2);
    assertThat(low.predict(d).orElseThrow().probability()).isEqualTo(raw / 2);
    NaiveBayesModel high = NaiveBayesModel.of(CONFIG.withClamp((1 + raw) / 2, 1), m.counts());
    assertThat(high.probability(d)).isEqualTo((1 + raw) / 2);
    assertThat(m.probability(d)).isEqualTo(raw);
  }

  @Test
  void columnsDescribeThemselvesAndRefuseMismatches() {
    DealColumns open = DealColumns.of(CONFIG, List.of(deal("S", "NEW", "web", Set.of())));
    assertThat(open.size()).isEqualTo(1);
    assertThat(open.isClosed()).isFalse();
    assertThat(open).hasToString("DealColumns{size=1, closed=false, fields=[source], tagFields=[tags]}");
    DealColumns closed = DealColumns.ofClosed(CONFIG, List.of(ClosedDeal.won(deal("S", "NEW", "web", Set.of()))));
    assertThat(closed.isClosed()).isTrue();
    assertThat(DealColumns.EMPTY.size()).isZero();
    FrequencyTables t = new FrequencyTables(CONFIG);
    assertThatThrownBy(() -> t.addAll(open)).isInstanceOf(ValidationException.class).hasMessageContaining("must be closed deals");
    NaiveBayesConfig other = NaiveBayesConfig.odooPreset(List.of("NEW"), List.of("x"), List.of());
    assertThatThrownBy(() -> new FrequencyTables(other).addAll(closed)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("must be encoded for the fields [x] and tag fields []");
    NaiveBayesConfig otherTags = NaiveBayesConfig.odooPreset(List.of("NEW"), List.of("source"), List.of("y"));
    assertThatThrownBy(() -> new FrequencyTables(otherTags).addAll(closed)).isInstanceOf(ValidationException.class);
    t.addAll(DealColumns.EMPTY);
    t.addAll(closed);
    assertThat(t.finish().counts().get(Optional.of("S")).stages()).containsEntry("NEW", new Count(1, 0));
    assertThat(tables().finish().probabilities(DealColumns.EMPTY)).isEmpty();
  }
}
