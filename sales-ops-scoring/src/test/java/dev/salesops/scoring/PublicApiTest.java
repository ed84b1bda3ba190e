package dev.salesops.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.salesops.core.model.Probability;
import dev.salesops.core.model.UserId;
import dev.salesops.scoring.allocation.Allocator;
import dev.salesops.scoring.allocation.Candidate;
import dev.salesops.scoring.allocation.RepCapacity;
import dev.salesops.scoring.bant.BantQualifiedCriterionType;
import dev.salesops.scoring.bant.QualificationPolicy;
import dev.salesops.scoring.health.HealthModel;
import dev.salesops.scoring.health.HealthSnapshot;
import dev.salesops.scoring.predictive.ClosedDeal;
import dev.salesops.scoring.predictive.Count;
import dev.salesops.scoring.predictive.Deal;
import dev.salesops.scoring.predictive.FrequencyTables;
import dev.salesops.scoring.predictive.NaiveBayesConfig;
import dev.salesops.scoring.predictive.NaiveBayesModel;
import dev.salesops.scoring.scorecard.Decay;
import dev.salesops.scoring.scorecard.EngagementEvent;
import dev.salesops.scoring.scorecard.ScorecardLoader;
import dev.salesops.scoring.scorecard.Scorecards;
import dev.salesops.scoring.scorecard.ScoringSubject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class PublicApiTest {
  static final NaiveBayesConfig CONFIG = NaiveBayesConfig.odooPreset(List.of("NEW"), List.of("f"), List.of());

  @Test
  void nullsAreRefusedNamingTheParameter() {
    NullPointerTester t = new NullPointerTester()
        .setDefault(Money.class, Money.parse("EUR 1"))
        .setDefault(Probability.class, Probability.ONE)
        .setDefault(UserId.class, UserId.of("u"))
        .setDefault(NaiveBayesConfig.class, CONFIG)
        .setDefault(Deal.class, Deal.of("NEW", Map.of()))
        .setDefault(Instant.class, Instant.EPOCH)
        .setDefault(String.class, "x")
        .setDefault(dev.salesops.core.model.Opportunity.class, dev.salesops.core.model.Opportunity.builder()
            .id(dev.salesops.core.model.OpportunityId.of("o")).ownerId(UserId.of("u")).stage("NEW").createdAt(Instant.EPOCH).build())
        .setDefault(dev.salesops.core.model.Lead.class, dev.salesops.core.model.Lead.builder().id(dev.salesops.core.model.LeadId.of("l"))
            .source(dev.salesops.core.model.LeadSource.SEARCH).createdAt(Instant.EPOCH).build())
        .setDefault(dev.salesops.core.model.Account.class, dev.salesops.core.model.Account.builder()
            .id(dev.salesops.core.model.AccountId.of("a")).name("A").build())
        .setDefault(ScoringSubject.class, ScoringSubject.builder().build())
        .setDefault(EngagementEvent.class, EngagementEvent.of("x", Instant.EPOCH))
        .setDefault(ClosedDeal.class, ClosedDeal.won(Deal.of("NEW", Map.of())));
    t.testAllPublicStaticMethods(Candidate.class);
    t.testAllPublicStaticMethods(RepCapacity.class);
    t.testAllPublicStaticMethods(EngagementEvent.class);
    t.testAllPublicStaticMethods(Deal.class);
    t.testAllPublicStaticMethods(ClosedDeal.class);
    t.testAllPublicStaticMethods(NaiveBayesModel.class);
    t.testAllPublicStaticMethods(Allocator.class);
    t.testAllPublicConstructors(FrequencyTables.class);
    t.testAllPublicInstanceMethods(new FrequencyTables(CONFIG));
    t.testAllPublicInstanceMethods(new FrequencyTables(CONFIG).finish());
    t.testAllPublicInstanceMethods(QualificationPolicy.allConfirmed());
    t.testAllPublicInstanceMethods(QualificationPolicy.builder());
    t.testAllPublicInstanceMethods(ScorecardLoader.standard());
    t.testAllPublicInstanceMethods(Scorecards.champ());
    t.testAllPublicInstanceMethods(ScoringSubject.builder());
    t.testAllPublicInstanceMethods(HealthModel.standard());
    t.testAllPublicInstanceMethods(Allocator.of(Allocator.Priority.SCORE_FIRST));
    t.testAllPublicInstanceMethods(new BantQualifiedCriterionType());
  }

  @Test
  void valueSemantics() {
    FrequencyTables a = new FrequencyTables(CONFIG);
    a.add(ClosedDeal.won(Deal.of("NEW", Map.of("f", "x"))));
    FrequencyTables b = new FrequencyTables(CONFIG);
    b.add(ClosedDeal.won(Deal.of("NEW", Map.of("f", "x"))));
    new EqualsTester()
        .addEqualityGroup(a.finish(), b.finish())
        .addEqualityGroup(new FrequencyTables(CONFIG).finish())
        .addEqualityGroup(new Count(1, 2), new Count(1, 2))
        .addEqualityGroup(Decay.halfLife(3), Decay.halfLife(3))
        .addEqualityGroup(QualificationPolicy.allConfirmed(), QualificationPolicy.builder().build())
        .addEqualityGroup(QualificationPolicy.builder().partialCounts(true).build())
        .addEqualityGroup(new HealthSnapshot(Instant.EPOCH, 1), new HealthSnapshot(Instant.EPOCH, 1))
        .testEquals();
    assertThat(ScoringSubject.builder().attribute("k", "v").build().toString()).contains("[k]").doesNotContain("v}");
  }
}
