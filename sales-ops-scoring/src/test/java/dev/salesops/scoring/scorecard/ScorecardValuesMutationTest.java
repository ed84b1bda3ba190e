package dev.salesops.scoring.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import dev.salesops.core.validation.Problem;
import dev.salesops.core.validation.ValidationException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The hand-written value classes of the scorecard package (equality part by part, record-like toString), the
 * explanation text and the scorecard's own accessors and refusals, pinned exactly (PIT issue 13).
 */
class ScorecardValuesMutationTest {
  static final Instant T = Instant.parse("2026-05-01T00:00:00Z");
  static final ScoringRule YES = (s, at) -> RuleMatch.yes("yes");
  static final ScoringRule NO = (s, at) -> RuleMatch.no("no");

  @Test
  void groupScoreEqualityAndText() {
    GroupScore g = new GroupScore(Group.FIT, 10, 8.0, true, 2, 16);
    new EqualsTester()
        .addEqualityGroup(g, new GroupScore(Group.FIT, 10, 8.0, true, 2, 16))
        .addEqualityGroup(new GroupScore(Group.ENGAGEMENT, 10, 8.0, true, 2, 16))
        .addEqualityGroup(new GroupScore(Group.FIT, 11, 8.0, true, 2, 16))
        .addEqualityGroup(new GroupScore(Group.FIT, 10, null, true, 2, 16))
        .addEqualityGroup(new GroupScore(Group.FIT, 10, 8.0, false, 2, 16))
        .addEqualityGroup(new GroupScore(Group.FIT, 10, 8.0, true, 3, 16))
        .addEqualityGroup(new GroupScore(Group.FIT, 10, 8.0, true, 2, 17))
        .testEquals();
    assertThat(g.equals(g)).isTrue();
    assertThat(g.equals("x")).isFalse();
    assertThat(g.hashCode()).isNotZero();
    assertThat(g.group()).isEqualTo(Group.FIT);
    assertThat(g.points()).isEqualTo(10);
    assertThat(g.cap()).contains(8.0);
    assertThat(g.capApplied()).isTrue();
    assertThat(g.weight()).isEqualTo(2);
    assertThat(g.contribution()).isEqualTo(16);
    assertThat(g).hasToString("GroupScore[group=FIT, points=10.0, cap=Optional[8.0], capApplied=true, weight=2.0, contribution=16.0]");
    assertThat(new GroupScore(Group.ENGAGEMENT, 1, null, false, 1, 1))
        .hasToString("GroupScore[group=ENGAGEMENT, points=1.0, cap=Optional.empty, capApplied=false, weight=1.0, contribution=1.0]");
  }

  @Test
  void groupSettingsEqualityTextAndRefusals() {
    new EqualsTester()
        .addEqualityGroup(new GroupSettings(5.0, 2), new GroupSettings(5.0, 2))
        .addEqualityGroup(new GroupSettings(null, 2))
        .addEqualityGroup(new GroupSettings(5.0, 3))
        .addEqualityGroup(GroupSettings.DEFAULT, new GroupSettings(null, 1))
        .testEquals();
    assertThat(GroupSettings.DEFAULT.hashCode()).isNotZero();
    assertThat(GroupSettings.DEFAULT.equals(GroupSettings.DEFAULT)).isTrue();
    assertThat(new GroupSettings(5.0, 2)).hasToString("GroupSettings[cap=Optional[5.0], weight=2.0]");
    assertThat(GroupSettings.DEFAULT).hasToString("GroupSettings[cap=Optional.empty, weight=1.0]");
    assertThat(new GroupSettings(0.0, 0).cap()).contains(0.0);
    assertThatThrownBy(() -> new GroupSettings(-0.5, 1)).isInstanceOf(ValidationException.class).hasMessageContaining("cap");
    assertThatThrownBy(() -> new GroupSettings(Double.POSITIVE_INFINITY, 1)).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> new GroupSettings(Double.NaN, 1)).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> new GroupSettings(null, -1)).isInstanceOf(ValidationException.class).hasMessageContaining("weight");
    assertThatThrownBy(() -> new GroupSettings(null, Double.POSITIVE_INFINITY)).isInstanceOf(ValidationException.class);
  }

  @Test
  void ruleMatchEqualityAndText() {
    Instant at = Instant.parse("2026-01-02T03:04:05Z");
    new EqualsTester()
        .addEqualityGroup(RuleMatch.yes("d"), new RuleMatch(true, null, "d"))
        .addEqualityGroup(RuleMatch.no("d"))
        .addEqualityGroup(RuleMatch.yes(at, "d"), new RuleMatch(true, at, "d"))
        .addEqualityGroup(RuleMatch.yes(at.plusSeconds(1), "d"))
        .addEqualityGroup(RuleMatch.yes("e"))
        .testEquals();
    RuleMatch m = RuleMatch.yes(at, "d");
    assertThat(m.equals(m)).isTrue();
    assertThat(m.hashCode()).isNotZero();
    assertThat(m).hasToString("RuleMatch[matched=true, activityAt=Optional[2026-01-02T03:04:05Z], detail=d]");
    assertThat(RuleMatch.no("x")).hasToString("RuleMatch[matched=false, activityAt=Optional.empty, detail=x]");
    assertThat(RuleMatch.no("x").matched()).isFalse();
    assertThat(RuleMatch.yes("x").activityAt()).isEmpty();
  }

  @Test
  void criterionScoreEqualityAndText() {
    ScorecardCriterionScore c = new ScorecardCriterionScore("a", Group.ENGAGEMENT, true, 10, 5, 2.0, "d");
    new EqualsTester()
        .addEqualityGroup(c, new ScorecardCriterionScore("a", Group.ENGAGEMENT, true, 10, 5, 2.0, "d"))
        .addEqualityGroup(new ScorecardCriterionScore("b", Group.ENGAGEMENT, true, 10, 5, 2.0, "d"))
        .addEqualityGroup(new ScorecardCriterionScore("a", Group.FIT, true, 10, 5, 2.0, "d"))
        .addEqualityGroup(new ScorecardCriterionScore("a", Group.ENGAGEMENT, false, 10, 5, 2.0, "d"))
        .addEqualityGroup(new ScorecardCriterionScore("a", Group.ENGAGEMENT, true, 11, 5, 2.0, "d"))
        .addEqualityGroup(new ScorecardCriterionScore("a", Group.ENGAGEMENT, true, 10, 6, 2.0, "d"))
        .addEqualityGroup(new ScorecardCriterionScore("a", Group.ENGAGEMENT, true, 10, 5, null, "d"))
        .addEqualityGroup(new ScorecardCriterionScore("a", Group.ENGAGEMENT, true, 10, 5, 2.0, "e"))
        .testEquals();
    assertThat(c.equals(c)).isTrue();
    assertThat(c.hashCode()).isNotZero();
    assertThat(c.matched()).isTrue();
    assertThat(c).hasToString("ScorecardCriterionScore[id=a, group=ENGAGEMENT, matched=true, rawPoints=10.0, decayedPoints=5.0, ageDays=Optional[2.0], detail=d]");
  }

  @Test
  void criterionEqualityTextAndDecayCopies() {
    ScorecardCriterion c = new ScorecardCriterion("a", Group.ENGAGEMENT, 3, Decay.linear(1), YES, "desc");
    new EqualsTester()
        .addEqualityGroup(c, new ScorecardCriterion("a", Group.ENGAGEMENT, 3, Decay.linear(1), YES, "desc"))
        .addEqualityGroup(new ScorecardCriterion("b", Group.ENGAGEMENT, 3, Decay.linear(1), YES, "desc"))
        .addEqualityGroup(new ScorecardCriterion("a", Group.FIT, 3, null, YES, "desc"))
        .addEqualityGroup(new ScorecardCriterion("a", Group.ENGAGEMENT, 4, Decay.linear(1), YES, "desc"))
        .addEqualityGroup(new ScorecardCriterion("a", Group.ENGAGEMENT, 3, null, YES, "desc"))
        .addEqualityGroup(new ScorecardCriterion("a", Group.ENGAGEMENT, 3, Decay.linear(1), NO, "desc"))
        .addEqualityGroup(new ScorecardCriterion("a", Group.ENGAGEMENT, 3, Decay.linear(1), YES, "other"))
        .testEquals();
    assertThat(c.equals(c)).isTrue();
    assertThat(c.hashCode()).isNotZero();
    assertThat(c.description()).isEqualTo("desc");
    assertThat(ScorecardCriterion.of("x", Group.FIT, 1, YES).description()).isEmpty();
    ScorecardCriterion plain = ScorecardCriterion.of("e", Group.ENGAGEMENT, 1, YES);
    assertThat(plain.withDecay().decay()).contains(Decay.halfLife(1));
    assertThat(plain.withDecay(Decay.linear(2)).decay()).contains(Decay.linear(2));
    assertThat(plain.withDecay(Decay.linear(2)).id()).isEqualTo("e");
    assertThat(new ScorecardCriterion("a", Group.FIT, 3, null, new NamedRule(), "d"))
        .hasToString("ScorecardCriterion[id=a, group=FIT, points=3.0, decay=Optional.empty, rule=named, description=d]");
    assertThat(new ScorecardCriterion("a", Group.ENGAGEMENT, 3, Decay.halfLife(2), new NamedRule(), "d"))
        .hasToString("ScorecardCriterion[id=a, group=ENGAGEMENT, points=3.0, decay=Optional[Decay[kind=HALF_LIFE, rate=2.0]], rule=named, description=d]");
    assertThatThrownBy(() -> ScorecardCriterion.of("x", Group.FIT, 1, YES).withDecay())
        .isInstanceOf(ValidationException.class).hasMessageContaining("only allowed in the ENGAGEMENT group");
  }

  static final class NamedRule implements ScoringRule {
    @Override
    public RuleMatch evaluate(ScoringSubject subject, Instant asOf) {
      return RuleMatch.yes("named");
    }

    @Override
    public String toString() {
      return "named";
    }
  }

  @Test
  void scoreEqualityAccessorsAndText() {
    List<GradeBand> bands = List.of(new GradeBand("A", 1, 2));
    List<GroupScore> groups = List.of(new GroupScore(Group.FIT, 1, null, false, 1, 1));
    List<ScorecardCriterionScore> crit = List.of(new ScorecardCriterionScore("a", Group.FIT, true, 1, 1, null, "d"));
    Score s = new Score("n", 1, 2, 1.0, "A", bands, groups, crit);
    new EqualsTester()
        .addEqualityGroup(s, new Score("n", 1, 2, 1.0, "A", bands, groups, crit))
        .addEqualityGroup(new Score("m", 1, 2, 1.0, "A", bands, groups, crit))
        .addEqualityGroup(new Score("n", 1.5, 2, 1.0, "A", bands, groups, crit))
        .addEqualityGroup(new Score("n", 1, 3, 1.0, "A", bands, groups, crit))
        .addEqualityGroup(new Score("n", 1, 2, null, "A", bands, groups, crit))
        .addEqualityGroup(new Score("n", 1, 2, 1.0, null, bands, groups, crit))
        .addEqualityGroup(new Score("n", 1, 2, 1.0, "A", List.of(), groups, crit))
        .addEqualityGroup(new Score("n", 1, 2, 1.0, "A", bands, List.of(), crit))
        .addEqualityGroup(new Score("n", 1, 2, 1.0, "A", bands, groups, List.of()))
        .testEquals();
    assertThat(s.equals(s)).isTrue();
    assertThat(s.hashCode()).isNotZero();
    assertThat(s.scorecard()).isEqualTo("n");
    assertThat(s.bands()).isEqualTo(bands);
    assertThat(s.totalCap()).contains(1.0);
    assertThat(s).hasToString("Score[scorecard=n, total=1.0, uncappedTotal=2.0, totalCap=Optional[1.0], grade=Optional[A], bands=[A [1.0, 2.0)], groups="
        + groups + ", criteria=" + crit + "]");
    assertThat(new Score("n", 1, 1, null, null, List.of(), List.of(), List.of()))
        .hasToString("Score[scorecard=n, total=1.0, uncappedTotal=1.0, totalCap=Optional.empty, grade=Optional.empty, bands=[], groups=[], criteria=[]]");
  }

  /** The explanation, line by line: matched marks, decay, caps, weights and the total cap. */
  @Test
  void explainIsExact() {
    Scorecard card = ScorecardLoader.standard().parse(ScorecardTest.CARD);
    assertThat(card.score(ScorecardTest.subject(), ScorecardTest.NOW).explain()).isEqualTo(String.join("\n",
        "B2B: 73 (grade B)",
        "  + industry [FIT] 20: account.industry = TECHNOLOGY matches in [FINANCE, TECHNOLOGY]",
        "  + big_deal [FIT] 25: opportunity.amount = 80000.00 matches range [50000, +inf)",
        "    enterprise [FIT] 0: account.sizeBand = LARGE does not match equals ENTERPRISE",
        "  + competitor_customer [FIT] -10: attributes.currentVendor = RivalSoft matches contains \"rival\" (ignoring case)",
        "  + demo [ENGAGEMENT] 10 (20 before decay, 10 days old): 1 \"demo\" event(s) in the last 90 days, at least 1 needed; latest 2026-04-21T00:00:00Z",
        "  + emails [ENGAGEMENT] 7 (10 before decay, 3 days old): 2 \"email_reply\" event(s) in the last 30 days, at least 2 needed; latest 2026-04-28T00:00:00Z",
        "  + closing_soon [ENGAGEMENT] 5: opportunity.expectedCloseDate = 2026-06-15 matches before scoring date +60 days (2026-06-30)",
        "  + budget_confirmed [FIT] 5: opportunity.bant.budget = CONFIRMED matches equals CONFIRMED",
        "  FIT: 40 = 40",
        "  ENGAGEMENT: 22 × 1.5 = 33",
        "  grades: [A [75.0, Infinity), B [50.0, 75.0), C [25.0, 50.0), D [-Infinity, 25.0)]"));
    String capped = ScorecardTest.CARD.replace("\"FIT\": {\"cap\": 50}", "\"FIT\": {\"cap\": 30}").replace("\"totalCap\": 100", "\"totalCap\": 60");
    String text = ScorecardLoader.standard().parse(capped).score(ScorecardTest.subject(), ScorecardTest.NOW).explain();
    assertThat(text).startsWith("B2B: 60 (grade B)\n").contains("\n  FIT: 40 capped at 30 = 30\n")
        .contains("\n  total capped at 60\n");
  }

  /** A total exactly at the total cap is not "capped"; points exactly at a group cap are not either. */
  @Test
  void capsExactlyReachedAreNotApplied() {
    Scorecard card = Scorecard.of("n", List.of(ScorecardCriterion.of("a", Group.FIT, 10, YES)),
        Map.of(Group.FIT, new GroupSettings(10.0, 1)), 10.0, List.of());
    Score s = card.score(ScoringSubject.builder().build(), T);
    assertThat(s.groups().get(0).capApplied()).isFalse();
    assertThat(s.total()).isEqualTo(10);
    assertThat(s.grade()).isEmpty();
    assertThat(s.explain()).isEqualTo("n: 10 (no grade)\n  + a [FIT] 10: yes\n  FIT: 10 = 10\n  ENGAGEMENT: 0 = 0\n  grades: []");
    assertThat(card.total(ScoringSubject.builder().build(), T)).isEqualTo(10);
  }

  @Test
  void scorecardAccessorsAndText() {
    Map<Group, GroupSettings> groups = Map.of(Group.ENGAGEMENT, new GroupSettings(5.0, 2));
    List<GradeBand> grades = List.of(new GradeBand("A", 0, 10));
    Scorecard card = Scorecard.of("name", List.of(ScorecardCriterion.of("a", Group.FIT, 1, YES), ScorecardCriterion.of("b", Group.FIT, 1, NO)),
        groups, 3.0, grades);
    assertThat(card.name()).isEqualTo("name");
    assertThat(card.groups()).containsExactly(Map.entry(Group.FIT, GroupSettings.DEFAULT), Map.entry(Group.ENGAGEMENT, new GroupSettings(5.0, 2)));
    assertThat(card.totalCap()).contains(3.0);
    assertThat(card.grades()).isEqualTo(grades);
    assertThat(card).hasToString("Scorecard{name, 2 criteria}");
    assertThat(card.grade(0)).contains("A");
    assertThat(card.grade(10)).isEmpty();
  }

  @Test
  void scorecardReportsNameAndTotalCapProblems() {
    assertThatThrownBy(() -> Scorecard.of("", List.of(), Map.of(), -1.0, List.of()))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).extracting(Problem::path)
            .containsExactly("name", "totalCap"));
    assertThatThrownBy(() -> Scorecard.of("n", List.of(), Map.of(), Double.POSITIVE_INFINITY, List.of()))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).extracting(Problem::path)
            .containsExactly("totalCap"));
  }

  /** Sums are taken in id order: 1e16 - 1e16 + 1 = 1, whereas the declared order would lose the 1. */
  @Test
  void sumsAreInIdOrder() {
    Scorecard card = Scorecard.of("n", List.of(ScorecardCriterion.of("c", Group.FIT, 1, YES), ScorecardCriterion.of("a", Group.FIT, 1e16, YES),
        ScorecardCriterion.of("b", Group.FIT, -1e16, YES)), Map.of(), (Double) null, List.of());
    ScoringSubject s = ScoringSubject.builder().build();
    assertThat(card.score(s, T).total()).isEqualTo(1);
    assertThat(card.total(s, T)).isEqualTo(1);
    assertThat(card.score(s, T).criteria()).extracting(ScorecardCriterionScore::id).containsExactly("c", "a", "b");
  }

  /** total(): no total cap; a cap not reached; a cap passed; a decayed rule that is not an event count. */
  @Test
  void fastTotalAgreesWithScore() {
    ScoringSubject subject = ScoringSubject.builder().attribute("seen", "2026-04-21").attribute("later", "2026-06-01")
        .event(EngagementEvent.of("demo", T.minusSeconds(86_400))).build();
    ScorecardLoader loader = ScorecardLoader.standard();
    String criteria = "\"criteria\": ["
        + "{\"id\": \"seen\", \"group\": \"ENGAGEMENT\", \"field\": \"attributes.seen\", \"op\": \"before\", \"offsetDays\": 0, \"points\": 8, \"decay\": {\"halfLifeDays\": 10}},"
        + "{\"id\": \"later\", \"group\": \"ENGAGEMENT\", \"field\": \"attributes.later\", \"op\": \"before\", \"offsetDays\": 0, \"points\": 100, \"decay\": {\"halfLifeDays\": 10}},"
        + "{\"id\": \"demo\", \"group\": \"ENGAGEMENT\", \"op\": \"eventCount\", \"event\": \"demo\", \"minCount\": 1, \"points\": 2},"
        + "{\"id\": \"two_demos\", \"group\": \"ENGAGEMENT\", \"op\": \"eventCount\", \"event\": \"demo\", \"minCount\": 2, \"points\": 50},"
        + "{\"id\": \"fit\", \"group\": \"FIT\", \"field\": \"attributes.seen\", \"op\": \"exists\", \"points\": 3}]";
    Scorecard open = loader.parse("{\"name\": \"n\", " + criteria + "}");
    assertThat(open.total(subject, T)).isEqualTo(3 + 4 + 2);
    assertThat(open.score(subject, T).total()).isEqualTo(9);
    Scorecard capped = loader.parse("{\"name\": \"n\", \"totalCap\": 5, \"groups\": {\"FIT\": {\"cap\": 4}, \"ENGAGEMENT\": {\"cap\": 100}}, " + criteria + "}");
    assertThat(capped.total(subject, T)).isEqualTo(5);
    Scorecard groupCapped = loader.parse("{\"name\": \"n\", \"groups\": {\"FIT\": {\"cap\": 1}, \"ENGAGEMENT\": {\"cap\": 100, \"weight\": 2}}, " + criteria + "}");
    assertThat(groupCapped.total(subject, T)).isEqualTo(1 + 12);
    assertThat(groupCapped.score(subject, T).total()).isEqualTo(13);
  }

  @Test
  void decayRefusalsNameTheirParameter() {
    assertThatThrownBy(() -> Decay.linear(0)).isInstanceOf(ValidationException.class).hasMessageContaining("decay.linearPerDay");
    assertThatThrownBy(() -> Decay.halfLife(0)).isInstanceOf(ValidationException.class).hasMessageContaining("decay.halfLifeDays");
    assertThatThrownBy(() -> Decay.halfLife(Double.POSITIVE_INFINITY)).isInstanceOf(ValidationException.class);
    assertThat(Decay.linear(Double.MIN_VALUE).rate()).isEqualTo(Double.MIN_VALUE);
    assertThat(Decay.linear(2).apply(-5, 1)).isEqualTo(-3);
    assertThat(Decay.linear(2).apply(5, 1)).isEqualTo(3);
    assertThat(Decay.linear(2).apply(5, -1)).isEqualTo(5);
    assertThat(Decay.halfLife(2).apply(8, 4)).isEqualTo(2);
  }

  @Test
  void gradeBandEdges() {
    GradeBand b = new GradeBand("B", 50, 75);
    assertThat(b.contains(50)).isTrue();
    assertThat(b.contains(Math.nextDown(50.0))).isFalse();
    assertThat(b.contains(75)).isFalse();
    assertThat(b.contains(Math.nextDown(75.0))).isTrue();
    assertThat(b).hasToString("B [50.0, 75.0)");
    assertThatThrownBy(() -> new GradeBand("X", 1, 1)).isInstanceOf(ValidationException.class).hasMessageContaining("must have min < max");
    assertThatThrownBy(() -> new GradeBand("X", Double.NaN, 1)).isInstanceOf(ValidationException.class);
  }

  @Test
  void subjectSeesOpportunityAttributesAndNamesItsParts() {
    dev.salesops.core.model.Opportunity opp = dev.salesops.core.model.Opportunity.builder().id(dev.salesops.core.model.OpportunityId.of("o1"))
        .ownerId(dev.salesops.core.model.UserId.of("u")).stage("NEW").createdAt(Instant.EPOCH).putAttributes("k", "opp").putAttributes("only", "o").build();
    dev.salesops.core.model.Lead lead = dev.salesops.core.model.Lead.builder().id(dev.salesops.core.model.LeadId.of("l1"))
        .source(dev.salesops.core.model.LeadSource.SEARCH).createdAt(Instant.EPOCH).build();
    dev.salesops.core.model.Account acc = dev.salesops.core.model.Account.builder().id(dev.salesops.core.model.AccountId.of("a1")).name("A").build();
    ScoringSubject s = ScoringSubject.builder().opportunity(opp).lead(lead).account(acc).attributes(Map.of("k", "own"))
        .events(List.of(EngagementEvent.of("x", T))).build();
    assertThat(s.attributes()).containsExactly(Map.entry("k", "own"), Map.entry("only", "o"));
    assertThat(s.lead()).contains(lead);
    assertThat(s.events()).hasSize(1);
    assertThat(s).hasToString("ScoringSubject{opportunity=o1, lead=l1, account=a1, attributes=[k, only], events=1}");
    assertThat(ScoringSubject.builder().build()).hasToString("ScoringSubject{opportunity=-, lead=-, account=-, attributes=[], events=0}");
    assertThat(ScoringSubject.builder().attribute("v", "x".repeat(1000)).build().attributes().get("v")).hasSize(1000);
    assertThatThrownBy(() -> ScoringSubject.builder().attribute("v", "x".repeat(1001))).isInstanceOf(ValidationException.class)
        .hasMessageContaining("must be at most 1000 characters");
  }

  /** A custom rule without its own matches() goes through the default, which asks evaluate(). */
  @Test
  void defaultMatchesDelegatesToEvaluate() {
    assertThat(YES.matches(ScoringSubject.builder().build(), T)).isTrue();
    assertThat(NO.matches(ScoringSubject.builder().build(), T)).isFalse();
  }
}
