package dev.salesops.scoring.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.salesops.core.model.Account;
import dev.salesops.core.model.AccountId;
import dev.salesops.core.model.BantAssessment;
import dev.salesops.core.model.BantStatus;
import dev.salesops.core.model.Industry;
import dev.salesops.core.model.Opportunity;
import dev.salesops.core.model.OpportunityId;
import dev.salesops.core.model.SizeBand;
import dev.salesops.core.model.UserId;
import dev.salesops.core.testing.Property;
import dev.salesops.core.validation.Problem;
import dev.salesops.core.validation.ValidationException;
import dev.salesops.core.definition.DefinitionParams;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class ScorecardTest {
  static final Instant NOW = Instant.parse("2026-05-01T00:00:00Z");

  static final String CARD = "{\n"
      + "  \"name\": \"B2B\",\n"
      + "  \"groups\": {\"FIT\": {\"cap\": 50}, \"ENGAGEMENT\": {\"cap\": 40, \"weight\": 1.5}},\n"
      + "  \"totalCap\": 100,\n"
      + "  \"criteria\": [\n"
      + "    {\"id\": \"industry\", \"group\": \"FIT\", \"field\": \"account.industry\", \"op\": \"in\", \"values\": [\"TECHNOLOGY\", \"FINANCE\"], \"points\": 20},\n"
      + "    {\"id\": \"big_deal\", \"group\": \"FIT\", \"field\": \"opportunity.amount\", \"op\": \"range\", \"min\": 50000, \"points\": 25},\n"
      + "    {\"id\": \"enterprise\", \"group\": \"FIT\", \"field\": \"account.sizeBand\", \"op\": \"equals\", \"value\": \"ENTERPRISE\", \"points\": 15},\n"
      + "    {\"id\": \"competitor_customer\", \"group\": \"FIT\", \"field\": \"attributes.currentVendor\", \"op\": \"contains\", \"value\": \"rival\", \"points\": -10},\n"
      + "    {\"id\": \"demo\", \"group\": \"ENGAGEMENT\", \"op\": \"eventCount\", \"event\": \"demo\", \"withinDays\": 90, \"points\": 20, \"decay\": {\"halfLifeDays\": 10}},\n"
      + "    {\"id\": \"emails\", \"group\": \"ENGAGEMENT\", \"op\": \"eventCount\", \"event\": \"email_reply\", \"withinDays\": 30, \"minCount\": 2, \"points\": 10, \"decay\": {\"linearPerDay\": 1}},\n"
      + "    {\"id\": \"closing_soon\", \"group\": \"ENGAGEMENT\", \"field\": \"opportunity.expectedCloseDate\", \"op\": \"before\", \"offsetDays\": 60, \"points\": 5},\n"
      + "    {\"id\": \"budget_confirmed\", \"group\": \"FIT\", \"field\": \"opportunity.bant.budget\", \"op\": \"equals\", \"value\": \"CONFIRMED\", \"points\": 5}\n"
      + "  ]\n"
      + "}";

  static ScoringSubject subject() {
    Opportunity opp = Opportunity.builder().id(OpportunityId.of("o1")).ownerId(UserId.of("u1")).stage("PROPOSAL")
        .createdAt(Instant.parse("2026-01-01T00:00:00Z")).amount(Money.parse("EUR 80000"))
        .expectedCloseDate(java.time.LocalDate.parse("2026-06-15"))
        .bant(BantAssessment.builder().budget(BantStatus.CONFIRMED).build()).build();
    Account acc = Account.builder().id(AccountId.of("a1")).name("Acme").industry(Industry.TECHNOLOGY).sizeBand(SizeBand.LARGE).build();
    return ScoringSubject.builder().opportunity(opp).account(acc).attribute("currentVendor", "RivalSoft")
        .event(EngagementEvent.of("demo", NOW.minus(Duration.ofDays(10))))
        .event(EngagementEvent.of("demo", NOW.minus(Duration.ofDays(200))))
        .event(EngagementEvent.of("email_reply", NOW.minus(Duration.ofDays(3))))
        .event(EngagementEvent.of("email_reply", NOW.minus(Duration.ofDays(20))))
        .build();
  }

  /*
   * FIT: industry 20 + big_deal 25 + competitor -10 + budget 5 = 40 (cap 50 not hit; enterprise no).
   * ENGAGEMENT: demo 20 × 0.5^(10/10) = 10; emails 10 - 1 × 3 = 7; closing_soon 5 (2026-06-15 < 2026-06-30) -> 22,
   * weight 1.5 -> 33. Total 73 -> grade B.
   */
  @Test
  void workedExampleWithBreakdown() {
    Scorecard card = ScorecardLoader.standard().parse(CARD);
    Score s = card.score(subject(), NOW);
    assertThat(s.total()).isCloseTo(73, within(1e-9));
    assertThat(s.grade()).contains("B");
    assertThat(card.total(subject(), NOW)).isEqualTo(s.total());
    ScorecardCriterionScore demo = s.criteria().stream().filter(c -> c.id().equals("demo")).findFirst().orElseThrow();
    assertThat(demo.rawPoints()).isEqualTo(20);
    assertThat(demo.decayedPoints()).isCloseTo(10, within(1e-12));
    assertThat(demo.ageDays()).contains(10.0);
    assertThat(s.criteria()).extracting(ScorecardCriterionScore::id).containsExactly("industry", "big_deal", "enterprise",
        "competitor_customer", "demo", "emails", "closing_soon", "budget_confirmed");
    assertThat(s.criteria().get(2).matched()).isFalse();
    assertThat(s.criteria().get(2).detail()).isEqualTo("account.sizeBand = LARGE does not match equals ENTERPRISE");
    assertThat(s.groups().get(1).contribution()).isCloseTo(33, within(1e-9));
    assertThat(s.explain()).contains("grade B").contains("demo [ENGAGEMENT] 10 (20 before decay, 10 days old)");
  }

  @Test
  void capsApply() {
    String capped = CARD.replace("\"FIT\": {\"cap\": 50}", "\"FIT\": {\"cap\": 30}").replace("\"totalCap\": 100", "\"totalCap\": 60");
    Score s = ScorecardLoader.standard().parse(capped).score(subject(), NOW);
    assertThat(s.groups().get(0).capApplied()).isTrue();
    assertThat(s.groups().get(0).contribution()).isEqualTo(30);
    assertThat(s.uncappedTotal()).isCloseTo(63, within(1e-9));
    assertThat(s.total()).isEqualTo(60);
  }

  @Test
  void allProblemsAtOnce() {
    String bad = "{\"name\": \"x\", \"colour\": \"red\", \"totalCap\": -5,\n"
        + " \"groups\": {\"FIT\": {\"cap\": -1}, \"OTHER\": {}},\n"
        + " \"grades\": [{\"grade\": \"A\", \"min\": 70}, {\"grade\": \"B\", \"min\": 50, \"max\": 80}],\n"
        + " \"criteria\": [\n"
        + "  {\"id\": \"a\", \"group\": \"FIT\", \"field\": \"account.industry\", \"op\": \"like\", \"value\": \"x\", \"points\": 1},\n"
        + "  {\"id\": \"b\", \"group\": \"FIT\", \"field\": \"account.colour\", \"op\": \"exists\", \"points\": 1},\n"
        + "  {\"id\": \"c\", \"group\": \"FIT\", \"field\": \"account.industry\", \"op\": \"range\", \"min\": 1, \"points\": 1},\n"
        + "  {\"id\": \"d\", \"group\": \"FIT\", \"op\": \"eventCount\", \"event\": \"x\", \"points\": 1, \"decay\": {\"halfLifeDays\": 3}},\n"
        + "  {\"id\": \"e\", \"group\": \"ENGAGEMENT\", \"type\": \"nope\", \"points\": 1, \"extra\": 1},\n"
        + "  {\"id\": \"a\", \"group\": \"FIT\", \"field\": \"account.industry\", \"op\": \"exists\", \"points\": 1}\n"
        + " ]}";
    assertThatThrownBy(() -> ScorecardLoader.standard().parse(bad)).isInstanceOfSatisfying(ValidationException.class, e ->
        assertThat(e.problems()).extracting(Problem::path).containsExactlyInAnyOrder("colour", "totalCap", "groups.FIT.cap",
            "groups.OTHER", "criteria[0].op", "criteria[1].field", "criteria[2].op", "criteria[3].decay", "criteria[4].extra",
            "criteria[4].type", "criteria[5].id", "grades"));
  }

  @Test
  void malformedJsonIsAProblemNotACrash() {
    assertThatThrownBy(() -> ScorecardLoader.standard().parse("{\"name\": ")).isInstanceOf(ValidationException.class)
        .hasMessageContaining("well-formed JSON");
  }

  @Test
  void customRuleTypeByName() {
    ScoringRuleType seats = new ScoringRuleType() {
      @Override
      public String name() {
        return "acme.seats";
      }

      @Override
      public ScoringRule create(DefinitionParams params) {
        int min = params.intOr("min", 1);
        return (subject, asOf) -> {
          int seats = Integer.parseInt(subject.attributes().getOrDefault("seats", "0"));
          return seats >= min ? RuleMatch.yes(seats + " seats >= " + min) : RuleMatch.no(seats + " seats < " + min);
        };
      }
    };
    String json = "{\"name\": \"c\", \"criteria\": [{\"id\": \"seats\", \"group\": \"FIT\", \"type\": \"acme.seats\", \"params\": {\"min\": 50}, \"points\": 80}]}";
    Scorecard card = ScorecardLoader.standard().withType(seats).parse(json);
    Score s = card.score(ScoringSubject.builder().attribute("seats", "60").build(), NOW);
    assertThat(s.total()).isEqualTo(80);
    assertThat(s.grade()).contains("A");
    assertThat(s.criteria().get(0).detail()).isEqualTo("60 seats >= 50");
    assertThatThrownBy(() -> ScorecardLoader.standard().withType(seats).parse(json.replace("{\"min\": 50}", "{\"min\": \"many\"}")))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems().get(0).path()).isEqualTo("criteria[0].params.min"));
  }

  @Test
  void shippedFrameworksLoadAndScore() {
    assertThat(Scorecards.meddic().criteria()).hasSize(12);
    assertThat(Scorecards.meddpicc().criteria()).hasSize(16);
    assertThat(Scorecards.champ().criteria()).hasSize(8);
    assertThat(Scorecards.gpctbaCi().criteria()).hasSize(16);
    Opportunity opp = Opportunity.builder().id(OpportunityId.of("o1")).ownerId(UserId.of("u1")).stage("PROPOSAL")
        .createdAt(NOW).bant(BantAssessment.builder().authority(BantStatus.CONFIRMED).need(BantStatus.PARTIAL).build()).build();
    ScoringSubject s = ScoringSubject.builder().opportunity(opp).attribute("meddic.metrics", "CONFIRMED")
        .attribute("meddic.champion", "CONFIRMED").attribute("meddic.decision_criteria", "PARTIAL").build();
    Score score = Scorecards.meddic().score(s, NOW);
    // metrics, economic buyer, champion: 3 × 16.6667; decision criteria, pain: 2 × 8.33335
    assertThat(score.total()).isCloseTo(66.667, within(0.001));
    assertThat(score.grade()).contains("B");
    assertThat(Scorecards.champ().score(s, NOW).total()).isCloseTo(25 + 12.5, within(1e-9));
  }

  @Test
  void fitCriteriaMayNotDecay() {
    assertThatThrownBy(() -> ScorecardCriterion.of("x", Group.FIT, 1, (s, a) -> RuleMatch.no("")).withDecay())
        .isInstanceOf(ValidationException.class);
  }

  // ---- properties

  @Test
  void scoreIsInvariantToCriterionOrder() {
    Scorecard card = ScorecardLoader.standard().parse(CARD);
    Property.forAll(0x0D3E, 50, r -> {
      List<ScorecardCriterion> shuffled = new ArrayList<>(card.criteria());
      Collections.shuffle(shuffled, r);
      Scorecard other = card.withCriteria(shuffled);
      ScoringSubject s = randomSubject(r);
      Instant at = NOW.plus(Duration.ofHours(r.nextInt(24 * 100)));
      assertThat(other.total(s, at)).isEqualTo(card.total(s, at));
      assertThat(other.score(s, at).total()).isEqualTo(card.score(s, at).total());
      assertThat(other.score(s, at).grade()).isEqualTo(card.score(s, at).grade());
      assertThat(card.score(s, at).total()).isEqualTo(card.total(s, at));
    });
  }

  @Test
  void decayIsMonotone() {
    Property.forAll(0xDECA1, 200, r -> {
      Decay d = r.nextBoolean() ? Decay.halfLife(0.5 + r.nextInt(60)) : Decay.linear(0.1 + r.nextInt(5));
      double points = r.nextInt(200) - 50;
      double a = r.nextDouble() * 100;
      double b = a + r.nextDouble() * 100;
      assertThat(Math.abs(d.apply(points, b))).isLessThanOrEqualTo(Math.abs(d.apply(points, a)));
      assertThat(Math.abs(d.apply(points, a))).isLessThanOrEqualTo(Math.abs(points));
      assertThat(Math.signum(d.apply(points, b)) * Math.signum(points)).isGreaterThanOrEqualTo(0);
    });
    Scorecard card = ScorecardLoader.standard().parse(CARD.replace("\"closing_soon\", \"group\": \"ENGAGEMENT\"", "\"closing_soon\", \"group\": \"FIT\""));
    Property.forAll(0xDECA2, 50, r -> {
      ScoringSubject s = randomSubject(r);
      Instant t1 = NOW.plus(Duration.ofHours(r.nextInt(24 * 20)));
      Instant t2 = t1.plus(Duration.ofHours(r.nextInt(24 * 20)));
      // no new events after NOW: engagement can only fade as time passes (windows only drop events)
      assertThat(card.score(s, t2).groups().get(1).points()).isLessThanOrEqualTo(card.score(s, t1).groups().get(1).points());
    });
  }

  static ScoringSubject randomSubject(java.util.Random r) {
    Opportunity.Builder ob = Opportunity.builder().id(OpportunityId.of("o")).ownerId(UserId.of("u")).stage("PROPOSAL")
        .createdAt(Instant.parse("2026-01-01T00:00:00Z"));
    if (r.nextBoolean()) {
      ob.amount(Money.parse("EUR " + r.nextInt(150_000)));
    }
    Account.Builder ab = Account.builder().id(AccountId.of("a")).name("A");
    if (r.nextBoolean()) {
      ab.industry(Industry.wellKnown().get(r.nextInt(Industry.wellKnown().size())));
    }
    ab.sizeBand(SizeBand.values()[r.nextInt(SizeBand.values().length)]);
    ScoringSubject.Builder sb = ScoringSubject.builder().opportunity(ob.build()).account(ab.build());
    int events = r.nextInt(8);
    for (int i = 0; i < events; i++) {
      sb.event(EngagementEvent.of(r.nextBoolean() ? "demo" : "email_reply", NOW.minus(Duration.ofHours(r.nextInt(24 * 60)))));
    }
    if (r.nextBoolean()) {
      sb.attribute("currentVendor", "rival inc");
    }
    return sb.build();
  }

  @Test
  void gradeBandsMustNotOverlap() {
    assertThatThrownBy(() -> Scorecard.of("x", List.of(), java.util.Map.of(), null,
        List.of(new GradeBand("A", 50, 100), new GradeBand("B", 0, 60)))).isInstanceOf(ValidationException.class)
        .hasMessageContaining("must not overlap");
  }
}
