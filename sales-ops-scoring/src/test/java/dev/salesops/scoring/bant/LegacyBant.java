package dev.salesops.scoring.bant;

import dev.salesops.core.message.Message;
import dev.salesops.core.model.BantAssessment;
import dev.salesops.core.model.BantCriterion;
import dev.salesops.core.model.BantStatus;
import dev.salesops.core.model.DealFacts;
import dev.salesops.core.workflow.Criterion;
import dev.salesops.core.workflow.CriterionResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.joda.money.Money;

/**
 * The BANT explanation exactly as scoring built it before verdicts were compiled (a verbatim copy of the former
 * {@code QualificationPolicy.evaluate} and {@code BantQualifiedCriterionType.of}): the oracle the fast path is
 * compared with.
 */
final class LegacyBant {
  private LegacyBant() {}

  /** The former criterion: texts built on every evaluation. */
  static Criterion criterion(QualificationPolicy policy) {
    return context -> {
      DealFacts opp = context.subject(DealFacts.class).orElse(null);
      if (opp == null) {
        return CriterionResult.unmet(ScoringMessages.of(ScoringMessages.BANT_NOT_OPPORTUNITY));
      }
      QualificationResult r = evaluate(policy, opp, LocalDate.ofInstant(context.at(), ZoneOffset.UTC));
      if (r.qualified()) {
        return CriterionResult.met(ScoringMessages.of(ScoringMessages.BANT_MET, "verdicts",
            r.criteria().stream().map(CriterionVerdict::reason).collect(Collectors.joining("; "))));
      }
      List<Message> reasons = new ArrayList<>(r.failures().size());
      for (String f : r.failures()) {
        reasons.add(ScoringMessages.of(ScoringMessages.BANT_NOT_MET, "reason", f));
      }
      return CriterionResult.of(false, reasons);
    };
  }

  /** The explanation as it was built before the fast path (the oracle). Judges the BANT facts of {@code opportunity} (a library {@code Opportunity} or a host record implementing {@link DealFacts}) on {@code evaluationDate}. */
  static QualificationResult evaluate(QualificationPolicy p, DealFacts opportunity, LocalDate evaluationDate) {
    Objects.requireNonNull(opportunity, "opportunity");
    Objects.requireNonNull(evaluationDate, "evaluationDate");
    BantAssessment bant = opportunity.bant();
    List<CriterionVerdict> verdicts = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    int met = 0;
    for (BantCriterion c : BantCriterion.values()) {
      CriterionVerdict v = judge(p, c, bant, opportunity, evaluationDate);
      verdicts.add(v);
      if (v.met()) {
        met++;
      } else if (v.mandatory()) {
        failures.add(v.reason());
      } else if (p.negativeDisqualifies() && v.status() == BantStatus.NEGATIVE) {
        failures.add(v.reason() + " (NEGATIVE disqualifies)");
      }
    }
    if (met < p.minMet()) {
      failures.add(met + " of 4 criteria met, at least " + p.minMet() + " required");
    }
    return new QualificationResult(failures.isEmpty(), verdicts, failures);
  }

  private static CriterionVerdict judge(QualificationPolicy p, BantCriterion c, BantAssessment bant, DealFacts opp, LocalDate date) {
    BantStatus status = bant.status(c);
    boolean mandatoryOne = p.mandatory().contains(c);
    String head = c.label() + ": " + status + " — ";
    boolean statusOk = status == BantStatus.CONFIRMED || (p.partialCounts() && status == BantStatus.PARTIAL);
    if (!statusOk) {
      String why;
      switch (status) {
        case NEGATIVE:
          why = "recorded as not holding";
          break;
        case PARTIAL:
          why = "only partly known and PARTIAL does not count";
          break;
        default:
          why = bant.hasEvidence(c) ? "not confirmed yet" : "no " + evidenceName(c) + " recorded";
      }
      return new CriterionVerdict(c, status, false, mandatoryOne, head + why);
    }
    if (p.requireEvidence() && !bant.hasEvidence(c)) {
      return new CriterionVerdict(c, status, false, mandatoryOne, head + "no " + evidenceName(c) + " recorded");
    }
    if (c == BantCriterion.BUDGET && p.minBudgetPercent().isPresent()) {
      String problem = budgetProblem(p, bant, opp);
      if (problem != null) {
        return new CriterionVerdict(c, status, false, mandatoryOne, head + problem);
      }
      return new CriterionVerdict(c, status, true, mandatoryOne, head + "budget " + bant.budgetAmount().orElseThrow()
          + " covers at least " + p.minBudgetPercent().get().toPlainString() + "% of the deal amount " + opp.amount().orElseThrow());
    }
    if (c == BantCriterion.TIMELINE && p.maxTimelineMonths().isPresent()) {
      Optional<LocalDate> target = bant.targetDate();
      if (target.isEmpty()) {
        return new CriterionVerdict(c, status, false, mandatoryOne, head + "no target date recorded");
      }
      LocalDate limit = date.plusMonths(p.maxTimelineMonths().get());
      if (target.get().isBefore(date)) {
        return new CriterionVerdict(c, status, false, mandatoryOne, head + "target date " + target.get() + " is before " + date);
      }
      if (target.get().isAfter(limit)) {
        return new CriterionVerdict(c, status, false, mandatoryOne, head + "target date " + target.get() + " is after "
            + limit + " (" + p.maxTimelineMonths().get() + " months from " + date + ")");
      }
      return new CriterionVerdict(c, status, true, mandatoryOne, head + "target date " + target.get() + " within "
          + p.maxTimelineMonths().get() + " months of " + date);
    }
    return new CriterionVerdict(c, status, true, mandatoryOne, head + (bant.hasEvidence(c) ? evidenceName(c) + " recorded" : "no " + evidenceName(c) + " recorded"));
  }

  private static String budgetProblem(QualificationPolicy p, BantAssessment bant, DealFacts opp) {
    if (bant.budgetAmount().isEmpty()) {
      return "no budget amount recorded";
    }
    if (opp.amount().isEmpty()) {
      return "the deal amount is not estimated, so the budget cannot be compared with it";
    }
    Money budget = bant.budgetAmount().get();
    Money amount = opp.amount().get();
    if (!budget.getCurrencyUnit().equals(amount.getCurrencyUnit())) {
      return "budget " + budget + " is not in the deal's currency " + amount.getCurrencyUnit();
    }
    BigDecimal required = amount.getAmount().multiply(p.minBudgetPercent().get()).movePointLeft(2);
    if (budget.getAmount().compareTo(required) < 0) {
      String pct = amount.isZero() ? "n/a" : budget.getAmount().movePointRight(2).divide(amount.getAmount(), 1, RoundingMode.HALF_EVEN).toPlainString() + "%";
      return "budget " + budget + " is " + pct + " of the deal amount " + amount + ", below the required "
          + p.minBudgetPercent().get().toPlainString() + "%";
    }
    return null;
  }

  private static String evidenceName(BantCriterion c) {
    switch (c) {
      case BUDGET:
        return "budget amount";
      case AUTHORITY:
        return "decision-maker contact";
      case NEED:
        return "need statement";
      default:
        return "target date";
    }
  }
}
