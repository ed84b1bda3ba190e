package dev.salesops.json.testing;

import dev.salesops.core.model.Probability;
import dev.salesops.core.model.UserId;
import dev.salesops.core.testing.Generators;
import dev.salesops.metrics.appraisal.CalendarPeriod;
import dev.salesops.metrics.incentive.CommissionPlan;
import dev.salesops.metrics.incentive.CommissionPlans;
import dev.salesops.metrics.kpi.BreakdownAccumulator;
import dev.salesops.metrics.kpi.DealRecord;
import dev.salesops.metrics.kpi.Dimension;
import dev.salesops.metrics.kpi.KpiBreakdown;
import dev.salesops.metrics.kpi.KpiOptions;
import dev.salesops.metrics.kpi.KpiReport;
import dev.salesops.core.model.Outcome;
import dev.salesops.metrics.period.DateRange;
import dev.salesops.metrics.ratio.Ratio;
import dev.salesops.metrics.stats.Distribution;
import dev.salesops.metrics.stats.PercentileMethod;
import dev.salesops.metrics.target.MilestonePlan;
import dev.salesops.scoring.allocation.Allocator;
import dev.salesops.scoring.allocation.Assignment;
import dev.salesops.scoring.allocation.Candidate;
import dev.salesops.scoring.allocation.RepCapacity;
import dev.salesops.scoring.bant.QualificationPolicy;
import dev.salesops.scoring.bant.QualificationResult;
import dev.salesops.scoring.health.HealthAssessment;
import dev.salesops.scoring.health.HealthModel;
import dev.salesops.scoring.health.HealthSnapshot;
import dev.salesops.scoring.scorecard.EngagementEvent;
import dev.salesops.scoring.scorecard.Score;
import dev.salesops.scoring.scorecard.Scorecards;
import dev.salesops.scoring.scorecard.ScoringSubject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/** Samples of the scoring and metrics models (added by {@link ModelSamples#all}). */
final class MoreSamples {
  private MoreSamples() {}

  static void add(ModelSamples s) {
    scoring(s);
    metrics(s);
    results(s);
  }

  private static void scoring(ModelSamples s) {
    Random r = s.random();
    LocalDate today = LocalDate.of(2026, 3, 1);
    List<QualificationResult> q = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      dev.salesops.core.model.Opportunity o = Generators.opportunity(r);
      q.add(QualificationPolicy.allConfirmed().evaluate(o, today));
      q.add(QualificationPolicy.builder().minMet(2).build().evaluate(o, today));
    }
    s.add(QualificationResult.class, q.toArray(QualificationResult[]::new));
    s.add(dev.salesops.scoring.bant.CriterionVerdict.class, q.get(0).criteria().toArray(dev.salesops.scoring.bant.CriterionVerdict[]::new));
    Instant at = Instant.parse("2026-03-01T10:00:00Z");
    List<Score> scores = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      ScoringSubject subject = ScoringSubject.builder().opportunity(Generators.opportunity(r)).account(Generators.account(r))
          .attribute("industry", "FINANCE").event(new EngagementEvent("email_open", at.minusSeconds(86_400L * (1 + r.nextInt(60))))).build();
      scores.add(Scorecards.meddic().score(subject, at));
      scores.add(HealthModel.standardScorecard().score(subject, at));
    }
    s.add(Score.class, scores.toArray(Score[]::new));
    s.add(dev.salesops.scoring.scorecard.GroupScore.class, scores.get(0).groups().toArray(dev.salesops.scoring.scorecard.GroupScore[]::new));
    s.add(dev.salesops.scoring.scorecard.ScorecardCriterionScore.class, scores.get(1).criteria().toArray(dev.salesops.scoring.scorecard.ScorecardCriterionScore[]::new));
    s.add(dev.salesops.scoring.scorecard.GradeBand.class, new dev.salesops.scoring.scorecard.GradeBand("A", 80, 100));
    s.add(EngagementEvent.class, new EngagementEvent("webinar", at));
    s.add(dev.salesops.scoring.scorecard.RuleMatch.class, new dev.salesops.scoring.scorecard.RuleMatch(true, at, "matched"),
        new dev.salesops.scoring.scorecard.RuleMatch(false, null, "no event"));
    s.add(dev.salesops.scoring.scorecard.GroupSettings.class, new dev.salesops.scoring.scorecard.GroupSettings(40.0, 1.5),
        new dev.salesops.scoring.scorecard.GroupSettings(null, 1.0));
    s.add(dev.salesops.scoring.scorecard.Decay.class, new dev.salesops.scoring.scorecard.Decay(dev.salesops.scoring.scorecard.Decay.Kind.values()[0], 0.1));
    HealthModel hm = HealthModel.standard();
    ScoringSubject subject = ScoringSubject.builder().account(Generators.account(r)).event(new EngagementEvent("login", at.minusSeconds(3600))).build();
    s.add(HealthAssessment.class, hm.assess(subject, at, List.of()),
        hm.assess(subject, at, List.of(new HealthSnapshot(at.minusSeconds(40L * 86_400), 80.5)), Probability.parse("0.7")));
    s.add(HealthSnapshot.class, new HealthSnapshot(at, 42.25));
    List<Candidate> candidates = List.of(new Candidate("d1", 80, ModelSamples.usd("1000"), Probability.parse("0.5"), "EMEA"),
        new Candidate("d2", 60.5, ModelSamples.usd("5000"), Probability.parse("0.2"), null),
        new Candidate("d3", 90, ModelSamples.usd("10"), Probability.ONE, "APAC"));
    List<RepCapacity> reps = List.of(new RepCapacity(UserId.of("rep-1"), 1, Set.of("EMEA")), new RepCapacity(UserId.of("rep-2"), 1, Set.of()));
    s.add(Candidate.class, candidates.toArray(Candidate[]::new));
    s.add(RepCapacity.class, reps.toArray(RepCapacity[]::new));
    s.add(Assignment.class, Allocator.of(Allocator.Priority.SCORE_FIRST).allocate(candidates, reps).toArray(Assignment[]::new));
    s.add(dev.salesops.scoring.predictive.Count.class, new dev.salesops.scoring.predictive.Count(3, 4));
    s.add(dev.salesops.scoring.predictive.Factor.class, new dev.salesops.scoring.predictive.Factor("industry", "FINANCE", 0.25, 0.125));
    s.add(dev.salesops.scoring.predictive.SegmentCounts.class, new dev.salesops.scoring.predictive.SegmentCounts(
        new TreeMap<>(java.util.Map.of("LEAD", new dev.salesops.scoring.predictive.Count(1, 2))),
        new TreeMap<>(java.util.Map.of("industry", new TreeMap<>(java.util.Map.of("FINANCE", new dev.salesops.scoring.predictive.Count(5, 0)))))));
    s.add(dev.salesops.scoring.predictive.Prediction.class, new dev.salesops.scoring.predictive.Prediction(0.4, 0.45, "LEAD", 0.3,
        List.of(new dev.salesops.scoring.predictive.Factor("industry", "FINANCE", 0.25, 0.125)), List.of("region")),
        new dev.salesops.scoring.predictive.Prediction(0.01, 0.0, null, 0.5, List.of(), List.of()));
    s.add(dev.salesops.scoring.predictive.NaiveBayesConfig.class, new dev.salesops.scoring.predictive.NaiveBayesConfig(List.of("LEAD", "PROPOSAL"),
        List.of("industry"), List.of(), 1.0, 0.05, 0.01, 0.99));
  }

  private static void metrics(ModelSamples s) {
    Random r = s.random();
    s.add(Ratio.class, Ratio.of(1, 4), Ratio.undefined(), Ratio.of(new BigDecimal("2.50"), new BigDecimal("3")), Ratio.of(0, 7));
    s.add(Distribution.class, Distribution.empty(PercentileMethod.values()[0]),
        Distribution.ofValues(new long[] {5, 1, 9, 3}, 4, 18, PercentileMethod.values()[0]));
    s.add(DateRange.class, DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 1)), DateRange.all());
    s.add(CalendarPeriod.class, CalendarPeriod.month(2026, 4), CalendarPeriod.quarter(2026, 2), CalendarPeriod.isoWeek(2026, 14), CalendarPeriod.year(2025));
    // KPI reports over random deals, in two currencies
    List<DealRecord> deals = new ArrayList<>();
    LocalDate d0 = LocalDate.of(2026, 1, 1);
    for (int i = 0; i < 30; i++) {
      DealRecord.Builder b = DealRecord.builder().id("d" + i).owner("rep-" + r.nextInt(3)).region(r.nextBoolean() ? "EMEA" : "APAC")
          .createdDate(d0.plusDays(r.nextInt(60)));
      int k = r.nextInt(4);
      if (k == 0) {
        b.outcome(Outcome.WON).closedDate(d0.plusDays(60 + r.nextInt(30)));
      } else if (k == 1) {
        b.outcome(Outcome.LOST).closedDate(d0.plusDays(60 + r.nextInt(30))).lostReason(r.nextBoolean() ? "PRICE" : "TIMING");
      } else {
        b.stage(r.nextBoolean() ? "PROPOSAL" : "QUALIFY").probability(new BigDecimal("0.3"));
      }
      if (r.nextInt(5) != 0) {
        b.amount(Generators.money(r, r.nextBoolean() ? CurrencyUnit.USD : CurrencyUnit.EUR));
      }
      deals.add(b.build());
    }
    KpiOptions withFunnel = KpiOptions.builder().window(DateRange.of(d0, d0.plusDays(120))).funnelStages(List.of("QUALIFY", "PROPOSAL")).build();
    KpiReport all = KpiReport.of(deals, KpiOptions.defaults());
    KpiReport windowed = KpiReport.of(deals, withFunnel);
    KpiReport none = KpiReport.of(List.of(), KpiOptions.defaults());
    s.add(KpiReport.class, all, windowed, none);
    s.add(dev.salesops.metrics.kpi.CurrencyKpis.class, all.currencies().values().toArray(dev.salesops.metrics.kpi.CurrencyKpis[]::new));
    windowed.funnel().ifPresent(f -> {
      s.add(dev.salesops.metrics.funnel.Funnel.class, f);
      s.add(dev.salesops.metrics.funnel.FunnelStage.class, f.stages().toArray(dev.salesops.metrics.funnel.FunnelStage[]::new));
    });
    BreakdownAccumulator acc = BreakdownAccumulator.by(KpiOptions.defaults(), Dimension.OWNER);
    deals.forEach(acc::add);
    KpiBreakdown breakdown = acc.finish();
    s.add(KpiBreakdown.class, breakdown);
    s.add(dev.salesops.metrics.kpi.StageEntry.class, new dev.salesops.metrics.kpi.StageEntry("PROPOSAL", Instant.parse("2026-02-01T08:00:00Z")));
    s.add(dev.salesops.metrics.stats.QuantileMode.class, new dev.salesops.metrics.stats.QuantileMode(false, 200));
    // targets
    TreeMap<YearMonth, Money> plan = new TreeMap<>();
    plan.put(YearMonth.of(2026, 1), ModelSamples.usd("1000"));
    plan.put(YearMonth.of(2026, 2), ModelSamples.usd("1500.50"));
    plan.put(YearMonth.of(2026, 3), ModelSamples.usd("0"));
    MilestonePlan mp = MilestonePlan.of(plan);
    s.add(MilestonePlan.class, mp);
    s.add(dev.salesops.metrics.target.MilestoneStatus.class, mp.statusAt(LocalDate.of(2026, 2, 10), ModelSamples.usd("1200")),
        mp.statusAt(LocalDate.of(2026, 3, 31), ModelSamples.usd("3000")));
    s.add(dev.salesops.metrics.target.Milestone.class, mp.milestones().toArray(dev.salesops.metrics.target.Milestone[]::new));
    s.add(dev.salesops.metrics.target.TargetPeriod.class, mp.period());
    dev.salesops.metrics.target.Target target = dev.salesops.metrics.target.Target.builder().id("T-1").metric("wonAmount")
        .scope(new dev.salesops.metrics.target.Scope(dev.salesops.metrics.target.ScopeLevel.values()[0], "acme")).period(mp.period())
        .amount(mp.target()).milestones(mp.milestones()).build();
    s.add(dev.salesops.metrics.target.Target.class, target, dev.salesops.metrics.target.Target.builder().id("T-2").count(12L).unit("visits").build());
    s.add(dev.salesops.metrics.target.Scope.class, target.scope().get());
    s.add(dev.salesops.metrics.target.TargetAllocation.class, dev.salesops.metrics.target.TargetAllocation.of("all", ModelSamples.usd("100"), Ratio.of(1, 1),
        List.of(dev.salesops.metrics.target.TargetAllocation.of("emea", ModelSamples.usd("60"), Ratio.of(3, 5), List.of()),
            dev.salesops.metrics.target.TargetAllocation.of("apac", ModelSamples.usd("40"), Ratio.of(2, 5), List.of()))));
    // incentives
    // the example's rating multipliers, sorted (as when the golden files were captured; example() has a fixed order now)
    CommissionPlan cp = CommissionPlan.builder().from(CommissionPlans.example(CurrencyUnit.USD))
        .ratingMultipliers(new TreeMap<>(CommissionPlans.example(CurrencyUnit.USD).ratingMultipliers())).build();
    s.add(CommissionPlan.class, cp, CommissionPlan.builder().from(cp).currency(CurrencyUnit.JPY).payoutCap(Money.ofMajor(CurrencyUnit.JPY, 500000)).build());
    s.add(dev.salesops.metrics.incentive.Payout.class, cp.compute(ModelSamples.usd("120000"), ModelSamples.usd("100000"), cp.ratingMultipliers().keySet().iterator().next()),
        cp.compute(ModelSamples.usd("0"), ModelSamples.usd("100000"), cp.ratingMultipliers().keySet().iterator().next()));
    s.add(dev.salesops.metrics.incentive.RateTier.class, cp.tiers().toArray(dev.salesops.metrics.incentive.RateTier[]::new));
    s.add(dev.salesops.metrics.incentive.Accelerator.class, cp.accelerators().toArray(dev.salesops.metrics.incentive.Accelerator[]::new));
    s.add(dev.salesops.metrics.incentive.PayoutLine.class, cp.compute(ModelSamples.usd("120000"), ModelSamples.usd("100000"), cp.ratingMultipliers().keySet().iterator().next()).lines()
        .toArray(dev.salesops.metrics.incentive.PayoutLine[]::new));
  }

  private static void results(ModelSamples s) {
    Random r = s.random();
    Money usd = ModelSamples.usd("100.00");
    // appraisal: the seed's example scheme over seeded measurements
    dev.salesops.metrics.appraisal.AppraisalScheme scheme = dev.salesops.metrics.appraisal.AppraisalSchemes.seedExample();
    dev.salesops.metrics.appraisal.Appraiser appraiser = scheme.appraiser(CalendarPeriod.quarter(2026, 1));
    List<dev.salesops.metrics.appraisal.Appraisal> appraisals = new ArrayList<>();
    List<dev.salesops.metrics.appraisal.AppraisalInput> inputs = new ArrayList<>();
    for (int n = 0; n < 3; n++) {
      java.util.Map<String, List<dev.salesops.metrics.appraisal.Measurement>> m = new java.util.LinkedHashMap<>();
      for (dev.salesops.metrics.appraisal.Indicator ind : scheme.indicators()) {
        List<dev.salesops.metrics.appraisal.Measurement> list = new ArrayList<>();
        for (CalendarPeriod p : appraiser.expectedPeriods(ind.name())) {
          if (n == 2 && list.size() > 0 && r.nextInt(3) == 0) {
            continue; // some periods missing
          }
          list.add(new dev.salesops.metrics.appraisal.Measurement(p, BigDecimal.valueOf(1 + r.nextInt(5)), new BigDecimal("4")));
        }
        m.put(ind.name(), list);
      }
      dev.salesops.metrics.appraisal.AppraisalInput input = new dev.salesops.metrics.appraisal.AppraisalInput(m);
      inputs.add(input);
      appraisals.add(appraiser.appraise(UserId.of("rep-" + n), input));
    }
    s.add(dev.salesops.metrics.appraisal.Appraisal.class, appraisals.toArray(dev.salesops.metrics.appraisal.Appraisal[]::new));
    s.add(dev.salesops.metrics.appraisal.AppraisalInput.class, inputs.get(0));
    s.add(dev.salesops.metrics.appraisal.Measurement.class, inputs.get(0).measurements().values().iterator().next().get(0));
    s.add(dev.salesops.metrics.appraisal.IndicatorResult.class, appraisals.get(0).indicators().toArray(dev.salesops.metrics.appraisal.IndicatorResult[]::new));
    s.add(dev.salesops.metrics.appraisal.GateResult.class, appraisals.stream().flatMap(a -> a.gates().stream()).toArray(dev.salesops.metrics.appraisal.GateResult[]::new));
    s.add(dev.salesops.metrics.appraisal.Gate.class, scheme.gates().toArray(dev.salesops.metrics.appraisal.Gate[]::new));
    s.add(dev.salesops.metrics.appraisal.RatingBands.class, scheme.bands());
    s.add(dev.salesops.metrics.appraisal.RatingBand.class, scheme.bands().bands().toArray(dev.salesops.metrics.appraisal.RatingBand[]::new));
    s.add(dev.salesops.metrics.appraisal.AppraisalPolicy.class, scheme.policy());
    s.add(dev.salesops.metrics.appraisal.AppraisalPolicy.TypeRule.class, scheme.policy().rules().values().iterator().next());
    s.add(dev.salesops.metrics.appraisal.RatingDistribution.class, new dev.salesops.metrics.appraisal.RatingDistribution(new TreeMap<>(java.util.Map.of("A", 2L, "B", 5L))));
    s.add(dev.salesops.metrics.appraisal.TeamSummary.class, new dev.salesops.metrics.appraisal.TeamSummary(dev.salesops.metrics.appraisal.RollupMethod.values()[0], 7,
        Ratio.of(new BigDecimal("5.25"), new BigDecimal("7")), new dev.salesops.metrics.appraisal.RatingDistribution(new TreeMap<>(java.util.Map.of("A", 2L, "B", 5L)))));
    s.add(dev.salesops.metrics.appraisal.ScoreRounding.class, new dev.salesops.metrics.appraisal.ScoreRounding(2, java.math.RoundingMode.HALF_UP));
    s.add(dev.salesops.metrics.appraisal.ScorePoints.class, new dev.salesops.metrics.appraisal.ScorePoints(BigDecimal.ZERO, new BigDecimal("100")));
    s.add(dev.salesops.metrics.appraisal.LinearCurve.class, new dev.salesops.metrics.appraisal.LinearCurve(new BigDecimal("0.5"), new BigDecimal("1.2")));
    s.add(dev.salesops.metrics.appraisal.ThresholdCurve.class, new dev.salesops.metrics.appraisal.ThresholdCurve(new BigDecimal("0.8"), new BigDecimal("0.4"),
        BigDecimal.ONE, new BigDecimal("1.2"), new BigDecimal("1.5"), dev.salesops.metrics.appraisal.BoundaryRule.UPPER_TIER));
    s.add(dev.salesops.metrics.appraisal.BandedCurve.class, new dev.salesops.metrics.appraisal.BandedCurve(List.of(new BigDecimal("0.5"), BigDecimal.ONE),
        List.of(BigDecimal.ZERO, new BigDecimal("0.6"), BigDecimal.ONE), dev.salesops.metrics.appraisal.BoundaryRule.LOWER_TIER));
    dev.salesops.metrics.appraisal.ForcedDistribution.Limit limit = new dev.salesops.metrics.appraisal.ForcedDistribution.Limit(List.of("A"),
        null, new BigDecimal("0.2"));
    dev.salesops.metrics.appraisal.ForcedDistribution fd = new dev.salesops.metrics.appraisal.ForcedDistribution(List.of(limit));
    s.add(dev.salesops.metrics.appraisal.ForcedDistribution.class, fd);
    s.add(dev.salesops.metrics.appraisal.ForcedDistribution.Limit.class, limit);
    s.add(dev.salesops.metrics.appraisal.ForcedDistribution.Finding.class, fd.check(new dev.salesops.metrics.appraisal.RatingDistribution(
        new TreeMap<>(java.util.Map.of("A", 2L, "B", 5L)))).toArray(dev.salesops.metrics.appraisal.ForcedDistribution.Finding[]::new));
    s.add(dev.salesops.metrics.period.ReportingPeriod.class, new dev.salesops.metrics.period.ReportingPeriod("2026-Q1",
        DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 1))));
    // KPI records built directly
    s.add(dev.salesops.metrics.kpi.HeadlineKpis.class, new dev.salesops.metrics.kpi.HeadlineKpis(List.of("rep-1"), 3, Ratio.of(3, 7),
        new TreeMap<>(java.util.Map.of(CurrencyUnit.USD, usd)), Distribution.ofValues(new long[] {10, 20, 30}, 3, 60, PercentileMethod.values()[0])));
    s.add(dev.salesops.metrics.kpi.Retention.class, new dev.salesops.metrics.kpi.Retention(CurrencyUnit.EUR, 10, 2, Ratio.of(2, 10),
        new BigDecimal("1000"), new BigDecimal("1100"), new BigDecimal("200"), new BigDecimal("50"), new BigDecimal("50"), Ratio.of(100, 1000),
        Ratio.of(900, 1000), Ratio.of(1100, 1000), 8, Ratio.of(3, 8), Ratio.of(1100, 8), 1, 2, Ratio.undefined()));
    s.add(dev.salesops.metrics.target.SmartFinding.class, new dev.salesops.metrics.target.SmartFinding(dev.salesops.metrics.target.SmartCriterion.values()[0],
        dev.salesops.metrics.target.SmartFinding.Severity.values()[0], "NO_METRIC", "the target names no metric"));
    s.add(dev.salesops.metrics.target.SmartContext.class, new dev.salesops.metrics.target.SmartContext(new BigDecimal("900"), null,
        null, List.of()));
    // collections KPIs
    s.add(dev.salesops.metrics.collections.CeiResult.class, new dev.salesops.metrics.collections.CeiResult(usd, ModelSamples.usd("50"), ModelSamples.usd("60"),
        ModelSamples.usd("20"), Ratio.of(new BigDecimal("90"), new BigDecimal("130")), 1));
    dev.salesops.metrics.collections.CountbackMonth cb = new dev.salesops.metrics.collections.CountbackMonth(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31),
        ModelSamples.usd("50"), ModelSamples.usd("50"), Ratio.of(31, 1));
    s.add(dev.salesops.metrics.collections.CountbackMonth.class, cb);
    s.add(dev.salesops.metrics.collections.DsoResult.class, new dev.salesops.metrics.collections.DsoResult(ModelSamples.usd("60"), ModelSamples.usd("50"), 90,
        Ratio.of(new BigDecimal("5400"), new BigDecimal("50")), Ratio.of(31, 1), List.of(cb)),
        new dev.salesops.metrics.collections.DsoResult(ModelSamples.usd("0"), ModelSamples.usd("0"), 30, Ratio.undefined(), null, List.of()));
    s.add(dev.salesops.metrics.collections.BadDebtResult.class, new dev.salesops.metrics.collections.BadDebtResult(ModelSamples.usd("1"), 1, ModelSamples.usd("50"), Ratio.of(1, 50)));
    s.add(dev.salesops.metrics.collections.AgeingRow.class, new dev.salesops.metrics.collections.AgeingRow(List.of(dev.salesops.core.money.MoneyBag.of(usd),
        dev.salesops.core.money.MoneyBag.empty()), List.of(1L, 0L), dev.salesops.core.money.MoneyBag.of(usd)));
    // forecasting
    s.add(dev.salesops.metrics.forecast.ForecastPoint.class, new dev.salesops.metrics.forecast.ForecastPoint(YearMonth.of(2026, 4), 1, 120.5, 100.25,
        140.75), new dev.salesops.metrics.forecast.ForecastPoint(YearMonth.of(2026, 5), 2, 130, null, null));
    s.add(dev.salesops.metrics.forecast.OpenDeal.class, new dev.salesops.metrics.forecast.OpenDeal(usd, new BigDecimal("0.4"), LocalDate.of(2026, 5, 2), "COMMIT"));
    s.add(dev.salesops.metrics.forecast.FittedModel.State.class, new dev.salesops.metrics.forecast.FittedModel.State(YearMonth.of(2026, 1), 10.5, 11,
        0.5, null));
    s.add(dev.salesops.metrics.forecast.PipelineForecast.Row.class, new dev.salesops.metrics.forecast.PipelineForecast.Row(YearMonth.of(2026, 4), 99.5, usd));
    s.add(dev.salesops.metrics.forecast.ForecastComparison.Row.class, new dev.salesops.metrics.forecast.ForecastComparison.Row(YearMonth.of(2026, 4), 100.0,
        95.5, 4.5, 0.045, true),
        new dev.salesops.metrics.forecast.ForecastComparison.Row(YearMonth.of(2026, 5), null, 96, null,
            null, null));
  }

  static Duration days(long d) {
    return Duration.ofDays(d);
  }
}
