package dev.salesops.scoring.predictive;

import dev.salesops.core.model.Outcome;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salesops.core.validation.ValidationException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The untrusted-input issue's reproducers for predictive scoring: configuration refuses what it does not understand. */
class PredictiveInputTest {
  private static final NaiveBayesConfig CONFIG = NaiveBayesConfig.odooPreset(List.of("NEW", "QUALIFIED", "PROPOSAL"),
      List.of("country", "source"), List.of("tags"));

  private static Deal deal(Map<String, String> fields, Map<String, Set<String>> tags) {
    return new Deal(null, "QUALIFIED", fields, tags);
  }

  @Test
  void aFieldTheConfigurationDoesNotNameIsRefusedInTrainingAndScoring() {
    FrequencyTables tables = new FrequencyTables(CONFIG);
    tables.add(new ClosedDeal(deal(Map.of("country", "FR"), Map.of()), Outcome.WON));
    Deal typo = deal(Map.of("contry", "FR"), Map.of());
    assertThatThrownBy(() -> tables.add(new ClosedDeal(typo, Outcome.WON))).isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("deal.fields.contry is not a field of the configuration");
    assertThatThrownBy(() -> tables.finish().probability(typo)).isInstanceOf(ValidationException.class);
  }

  @Test
  void aTagFieldGivenAsOneValueIsRefused() {
    FrequencyTables tables = new FrequencyTables(CONFIG);
    assertThatThrownBy(() -> tables.add(new ClosedDeal(deal(Map.of("tags", "vip"), Map.of()), Outcome.WON)))
        .isInstanceOf(ValidationException.class).hasMessageContaining("deal.fields.tags is a tag field");
    assertThatThrownBy(() -> tables.add(new ClosedDeal(deal(Map.of(), Map.of("country", Set.of("FR"))), Outcome.WON)))
        .isInstanceOf(ValidationException.class).hasMessageContaining("deal.tags.country is a single-valued field");
  }

  @Test
  void removingADealNeverAddedIsRefusedAndChangesNothing() {
    FrequencyTables tables = new FrequencyTables(CONFIG);
    ClosedDeal counted = new ClosedDeal(deal(Map.of("country", "FR"), Map.of("tags", Set.of("vip"))), Outcome.WON);
    tables.add(counted);
    double before = tables.finish().probability(counted.deal());
    ClosedDeal never = new ClosedDeal(deal(Map.of("country", "DE"), Map.of()), Outcome.LOST);
    assertThatThrownBy(() -> tables.remove(never)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("must be a deal these tables counted");
    assertThat(tables.finish().probability(counted.deal())).isEqualTo(before);
    tables.remove(counted);
    assertThatThrownBy(() -> tables.remove(counted)).isInstanceOf(ValidationException.class);
  }

  @Test
  void nullsInsideTheDataAreInputProblems() {
    Map<String, String> fields = new HashMap<>();
    fields.put("country", null);
    assertThatThrownBy(() -> deal(fields, Map.of())).isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("deal.fields.country must have a value");
    Map<String, Set<String>> tags = new HashMap<>();
    tags.put("tags", null);
    assertThatThrownBy(() -> deal(Map.of(), tags)).isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("deal.tags.tags must be a set of values without null");
  }
}
