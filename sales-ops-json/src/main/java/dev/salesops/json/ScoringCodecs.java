package dev.salesops.json;

import java.util.ArrayList;
import java.util.List;

/** The codecs of sales-ops-scoring's models. Not API. */
final class ScoringCodecs {
  private ScoringCodecs() {}

  @SuppressWarnings({"unchecked", "rawtypes"})
  static List<JsonCodec<?>> all() {
    List<JsonCodec<?>> c = new ArrayList<>();
    for (Class<?> k : List.of(dev.salesops.scoring.bant.CriterionVerdict.class,
        dev.salesops.scoring.bant.QualificationResult.class, dev.salesops.scoring.predictive.Count.class,
        dev.salesops.scoring.predictive.SegmentCounts.class, dev.salesops.scoring.predictive.Factor.class,
        dev.salesops.scoring.predictive.NaiveBayesConfig.class, dev.salesops.scoring.scorecard.GradeBand.class,
        dev.salesops.scoring.scorecard.EngagementEvent.class, dev.salesops.scoring.scorecard.Decay.class,
        dev.salesops.scoring.allocation.RepCapacity.class, dev.salesops.scoring.health.HealthSnapshot.class)) {
      c.add(ObjectCodec.record((Class) k).build());
    }
    // final classes that were records with Optional components: the same members in the same order
    c.add(ObjectCodec.valueClass(dev.salesops.scoring.predictive.Prediction.class, "probability", "unclampedProbability", "segment", "priorWon", "factors", "skipped").build());
    c.add(ObjectCodec.valueClass(dev.salesops.scoring.scorecard.GroupScore.class, "group", "points", "cap", "capApplied", "weight", "contribution").build());
    c.add(ObjectCodec.valueClass(dev.salesops.scoring.scorecard.RuleMatch.class, "matched", "activityAt", "detail").build());
    c.add(ObjectCodec.valueClass(dev.salesops.scoring.scorecard.Score.class, "scorecard", "total", "uncappedTotal", "totalCap", "grade", "bands", "groups", "criteria").build());
    c.add(ObjectCodec.valueClass(dev.salesops.scoring.scorecard.ScorecardCriterionScore.class, "id", "group", "matched", "rawPoints", "decayedPoints", "ageDays", "detail").build());
    c.add(ObjectCodec.valueClass(dev.salesops.scoring.scorecard.GroupSettings.class, "cap", "weight").build());
    c.add(ObjectCodec.valueClass(dev.salesops.scoring.allocation.Candidate.class, "id", "score", "amount", "probability", "territory").build());
    c.add(ObjectCodec.valueClass(dev.salesops.scoring.allocation.Assignment.class, "rank", "candidate", "expectedValue", "rep", "reason").build());
    c.add(ObjectCodec.valueClass(dev.salesops.scoring.health.HealthAssessment.class, "score", "baseline", "trend", "risk", "reasons", "probabilityAlive").build());
    return c;
  }
}
