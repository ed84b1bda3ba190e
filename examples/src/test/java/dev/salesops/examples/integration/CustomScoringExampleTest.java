package dev.salesops.examples.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salesops.core.validation.Problem;
import dev.salesops.core.validation.ValidationException;
import dev.salesops.examples.integration.CustomScoringExample.UsageGrowthRuleType;
import dev.salesops.scoring.scorecard.ScorecardCriterionScore;
import dev.salesops.scoring.scorecard.Score;
import dev.salesops.scoring.scorecard.ScorecardLoader;
import dev.salesops.scoring.scorecard.ScoringSubject;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CustomScoringExampleTest {

  @Test
  void scoresWithTheCustomCriterionInTheBreakdown() {
    CustomScoringExample.Result r = CustomScoringExample.run();
    assertThat(r.scores()).containsOnlyKeys("Northwind", "Contoso", "Fabrikam");

    Score northwind = r.scores().get("Northwind");
    assertThat(northwind.total()).isEqualTo(87.5); // FIT 20 + 15 + 25 = 60; ENGAGEMENT 25 / 2 (30 days, half-life 30) + 15
    assertThat(northwind.grade()).contains("A");
    ScorecardCriterionScore growth = line(northwind, "usage_growth");
    assertThat(growth.matched()).isTrue();
    assertThat(growth.decayedPoints()).isEqualTo(25.0);
    assertThat(growth.detail()).isEqualTo("active users 50 -> 70, growth 40.0% >= 20%");
    assertThat(line(northwind, "demo").decayedPoints()).isEqualTo(12.5);

    Score contoso = r.scores().get("Contoso");
    assertThat(contoso.total()).isEqualTo(26.25); // 20 + 25 / 4 (60 days)
    assertThat(contoso.grade()).contains("C");
    assertThat(line(contoso, "usage_growth").matched()).isFalse();
    assertThat(line(contoso, "usage_growth").detail()).isEqualTo("active users 200 -> 220, growth 10.0% < 20%");

    Score fabrikam = r.scores().get("Fabrikam");
    assertThat(fabrikam.total()).isEqualTo(60.0);
    assertThat(fabrikam.grade()).contains("B");
    assertThat(line(fabrikam, "usage_growth").detail())
        .isEqualTo("no usage figures (active_users_last_month, active_users_this_month)");
  }

  @Test
  void withoutRegisteringTheTypeTheLoadFailsNamingIt() {
    assertThat(CustomScoringExample.run().withoutTheType()).extracting(Problem::message)
        .containsExactly("criteria[2].type is not a registered criterion type (known: []): acme.usage_growth");
  }

  @Test
  void theTypesParamsAreCheckedAtLoadEveryProblemAtOnce() {
    String json = "{\"name\": \"t\", \"criteria\": [{\"id\": \"g\", \"group\": \"FIT\", \"type\": \"acme.usage_growth\","
        + " \"params\": {\"minGrowthPercent\": -5, \"window\": 3}, \"points\": 10}]}";
    ScorecardLoader loader = ScorecardLoader.standard().withType(new UsageGrowthRuleType());
    assertThatThrownBy(() -> loader.parse(json)).isInstanceOfSatisfying(ValidationException.class, e ->
        assertThat(e.problems().stream().map(Problem::message).collect(Collectors.toList())).containsExactly(
            "criteria[0].params.window is not a parameter of acme.usage_growth (known: [current, minGrowthPercent, previous]): window",
            "criteria[0].params.minGrowthPercent must not be negative: -5"));
    String missing = json.replace("\"minGrowthPercent\": -5, \"window\": 3", "\"previous\": \"mau_before\"");
    assertThatThrownBy(() -> loader.parse(missing)).isInstanceOfSatisfying(ValidationException.class, e ->
        assertThat(e.problems()).extracting(Problem::message)
            .containsExactly("criteria[0].params.minGrowthPercent is required and must be a number: missing"));
  }

  @Test
  void theRuleNeverThrowsForOddFigures() {
    var card = ScorecardLoader.standard().withType(new UsageGrowthRuleType()).parse(
        "{\"name\": \"t\", \"criteria\": [{\"id\": \"g\", \"group\": \"FIT\", \"type\": \"acme.usage_growth\","
            + " \"params\": {\"minGrowthPercent\": 0, \"previous\": \"a\", \"current\": \"b\"}, \"points\": 10}]}");
    List<String> details = List.of(
        card.score(ScoringSubject.builder().attribute("a", "0").attribute("b", "5").build(), CustomScoringExample.AS_OF),
        card.score(ScoringSubject.builder().attribute("a", "ten").attribute("b", "5").build(), CustomScoringExample.AS_OF),
        card.score(ScoringSubject.builder().attribute("a", "10").attribute("b", "10").build(), CustomScoringExample.AS_OF))
        .stream().map(s -> s.criteria().get(0).detail()).collect(Collectors.toList());
    assertThat(details).containsExactly("no active users last month, so no growth rate", "no usage figures (a, b)",
        "active users 10 -> 10, growth 0.0% >= 0%");
  }

  @Test
  void mainPrintsEveryBreakdown() {
    String out = CrmEmbeddingExampleTest.capture(() -> CustomScoringExample.main(new String[0]));
    assertThat(out)
        .contains("Northwind\nExpansion readiness: 87.5 (grade A)\n")
        .contains("  + usage_growth [FIT] 25: active users 50 -> 70, growth 40.0% >= 20%\n")
        .contains("  + demo [ENGAGEMENT] 6.25 (25 before decay, 60 days old)")
        .contains("Fabrikam\nExpansion readiness: 60 (grade B)\n")
        .endsWith("without registering acme.usage_growth:\n"
            + "  criteria[2].type is not a registered criterion type (known: []): acme.usage_growth\n");
  }

  private static ScorecardCriterionScore line(Score s, String id) {
    return s.criteria().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
  }
}
