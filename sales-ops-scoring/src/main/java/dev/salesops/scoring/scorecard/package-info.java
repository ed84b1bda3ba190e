/**
 * Rule-based, explainable scorecards (docs/DOMAIN.md §3).
 *
 * <p>A {@link dev.salesops.scoring.scorecard.Scorecard} is data: {@link
 * dev.salesops.scoring.scorecard.ScorecardCriterion criteria} in {@link dev.salesops.scoring.scorecard.Group
 * groups} (FIT, ENGAGEMENT) with points, optional engagement {@link dev.salesops.scoring.scorecard.Decay}, group
 * caps and weights, a total cap and {@link dev.salesops.scoring.scorecard.GradeBand grade bands}. It is loaded from
 * JSON by {@link dev.salesops.scoring.scorecard.ScorecardLoader} (closed operator set over documented fields;
 * custom {@link dev.salesops.scoring.scorecard.ScoringRuleType}s by name; all problems reported at once) and
 * scores a {@link dev.salesops.scoring.scorecard.ScoringSubject} (opportunity / lead / account, host attributes,
 * dated {@link dev.salesops.scoring.scorecard.EngagementEvent}s) at an explicit instant into a {@link
 * dev.salesops.scoring.scorecard.Score} with its full breakdown. {@link dev.salesops.scoring.scorecard.Scorecards}
 * ships MEDDIC, MEDDPICC, CHAMP and GPCTBA/C&amp;I as JSON.
 */
package dev.salesops.scoring.scorecard;
