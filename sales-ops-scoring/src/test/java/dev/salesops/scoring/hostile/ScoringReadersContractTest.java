package dev.salesops.scoring.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.salesops.core.testing.HostileJson;
import dev.salesops.core.testing.InputContract;
import dev.salesops.core.validation.ValidationException;
import dev.salesops.core.definition.DefinitionParams;
import dev.salesops.scoring.scorecard.RuleMatch;
import dev.salesops.scoring.scorecard.ScorecardLoader;
import dev.salesops.scoring.scorecard.ScoringRule;
import dev.salesops.scoring.scorecard.ScoringRuleType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The scorecard loader under hostile input: seeded structure-aware variants of every shipped scorecard, a Jazzer
 * fuzz test (regression mode over its corpus in the test command), and the reproducers of the untrusted-input
 * issue (unknown parameters of a custom type, a custom type's own exception).
 */
class ScoringReadersContractTest {
  private static final List<Class<? extends Throwable>> DOCUMENTED = List.of(ValidationException.class);
  private static final int VARIANTS = Integer.getInteger("salesops.hostile.variants", 150);

  /** A team's own type that reads "min" and "withinDays" (default 30), as a host would write it. */
  static final class UsageType implements ScoringRuleType {
    @Override
    public String name() {
      return "acme.usage";
    }

    @Override
    public ScoringRule create(DefinitionParams params) {
      int min = params.intOr("min", 1);
      int within = params.intOr("withinDays", 30);
      if (min > 1_000) {
        throw new IllegalStateException("host bug: JaneDoe's seat count " + min);
      }
      return (subject, asOf) -> RuleMatch.no("usage below " + min + " in " + within + " days");
    }
  }

  private static final String CARD = "{\"name\": \"c\", \"criteria\": [{\"id\": \"u\", \"group\": \"FIT\", "
      + "\"type\": \"acme.usage\", \"params\": PARAMS, \"points\": 10}]}";

  @Test
  void unknownParametersOfACustomTypeAreRefusedWithTheirPath() {
    ScorecardLoader loader = ScorecardLoader.standard().withType(new UsageType());
    assertThat(loader.parse(CARD.replace("PARAMS", "{\"min\": 3, \"withinDays\": 14}")).criteria()).hasSize(1);
    Throwable t = InputContract.check(() -> loader.parse(CARD.replace("PARAMS", "{\"min\": 3, \"withinDay\": 14}")), DOCUMENTED, Set.of());
    assertThat(((ValidationException) t).problems()).singleElement()
        .satisfies(p -> assertThat(p.path()).isEqualTo("criteria[0].params.withinDay"))
        .satisfies(p -> assertThat(p.rule()).isEqualTo("is not a parameter of criterion type acme.usage"));
  }

  @Test
  void aCustomTypesOwnExceptionGetsThePathAndIsNotQuoted() {
    ScorecardLoader loader = ScorecardLoader.standard().withType(new UsageType());
    Throwable t = InputContract.check(() -> loader.parse(CARD.replace("PARAMS", "{\"min\": 5000}")), DOCUMENTED, Set.of("JaneDoe"));
    assertThat(((ValidationException) t).problems()).singleElement()
        .satisfies(p -> assertThat(p.path()).isEqualTo("criteria[0].params"))
        .satisfies(p -> assertThat(p.rule()).contains("acme.usage").contains("IllegalStateException"));
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = ScorecardLoader.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void shippedScorecardsUnderHostileVariantsKeepTheContract() throws IOException {
    ScorecardLoader loader = ScorecardLoader.standard();
    long seed = 100;
    for (String name : List.of("meddic.json", "meddpicc.json", "champ.json", "gpctba-ci.json")) {
      String valid = resource(name);
      InputContract.check(() -> loader.parse(valid), DOCUMENTED, Set.of());
      List<String> variants = HostileJson.variants(valid, seed++, VARIANTS);
      for (String json : variants) {
        InputContract.check(() -> loader.parse(json), DOCUMENTED, Set.of());
      }
    }
  }

  @FuzzTest(maxDuration = "5m")
  void scorecardLoader(byte[] data) {
    InputContract.check(() -> ScorecardLoader.standard().parse(new String(data, StandardCharsets.UTF_8)), DOCUMENTED, Set.of());
  }
}
