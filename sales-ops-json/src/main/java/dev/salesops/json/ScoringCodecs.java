package dev.salesops.json;

import java.util.ArrayList;
import java.util.List;

/** The codecs of sales-ops-scoring's models. Not API. */
final class ScoringCodecs {
  private ScoringCodecs() {}

  @SuppressWarnings({"unchecked", "rawtypes"})
  static List<JsonCodec<?>> all() {
    List<JsonCodec<?>> c = new ArrayList<>();
    for (Class<?> k : List.of(dev.salesops.scoring.bant.CriterionVerdict.class, dev.salesops.scoring.bant.QualificationResult.class,
        dev.salesops.scoring.predictive.Count.class, dev.salesops.scoring.predictive.SegmentCounts.class,
        dev.salesops.scoring.predictive.Factor.class, dev.salesops.scoring.predictive.Prediction.class,
        dev.salesops.scoring.predictive.NaiveBayesConfig.class, dev.salesops.scoring.scorecard.GroupScore.class,
        dev.salesops.scoring.scorecard.GradeBand.class, dev.salesops.scoring.scorecard.EngagementEvent.class,
        dev.salesops.scoring.scorecard.RuleMatch.class, dev.salesops.scoring.scorecard.Score.class,
        dev.salesops.scoring.scorecard.ScorecardCriterionScore.class, dev.salesops.scoring.scorecard.GroupSettings.class,
        dev.salesops.scoring.scorecard.Decay.class, dev.salesops.scoring.allocation.Candidate.class,
        dev.salesops.scoring.allocation.Assignment.class, dev.salesops.scoring.allocation.RepCapacity.class,
        dev.salesops.scoring.health.HealthSnapshot.class, dev.salesops.scoring.health.HealthAssessment.class)) {
      c.add(ObjectCodec.record((Class) k).build());
    }
    return c;
  }
}
