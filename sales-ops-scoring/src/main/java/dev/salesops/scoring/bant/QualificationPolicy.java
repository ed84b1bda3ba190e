package dev.salesops.scoring.bant;

import dev.salesops.core.model.BantAssessment;
import dev.salesops.core.model.BantCriterion;
import dev.salesops.core.model.BantStatus;
import dev.salesops.core.model.DealFacts;
import dev.salesops.core.internal.Checks;
import dev.salesops.core.validation.Problems;
import dev.salesops.core.workflow.CriterionParams;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.joda.money.Money;

/**
 * A BANT qualification policy: which criteria are mandatory, how many must be met, whether PARTIAL counts,
 * and the evidence rules for budget and timeline.
 *
 * <p>A criterion is <b>met</b> when its status is CONFIRMED (or PARTIAL when {@link #partialCounts()}) and,
 * <ul>
 *   <li>when {@link #requireEvidence()}, its evidence is recorded (budget amount, decision-maker contact, need
 *       statement, target date);
 *   <li>for Budget, when {@link #minBudgetPercent()} is set: the budget amount is recorded, the deal amount is
 *       estimated, both are in the same currency, and {@code budget >= percent/100 × amount};
 *   <li>for Timeline, when {@link #maxTimelineMonths()} is set: the target date is recorded, not before the
 *       evaluation date, and not after the evaluation date plus that many months.
 * </ul>
 * The opportunity is <b>qualified</b> when every mandatory criterion is met, at least {@link #minMet()} criteria
 * are met, and (when {@link #negativeDisqualifies()}) no criterion is NEGATIVE.
 *
 * <p>{@link #allConfirmed()} (all four mandatory, CONFIRMED only) is what core's default {@code bant.qualified}
 * checks. Params ({@link #fromParams}): {@code mandatory} (list of BUDGET/AUTHORITY/NEED/TIMELINE, default all
 * four), {@code minMet} (0-4, default 0), {@code partialCounts} (default false), {@code minBudgetPercent}
 * (number in [0, 1000], default none), {@code maxTimelineMonths} (whole number >= 0, default none),
 * {@code requireEvidence} (default false), {@code negativeDisqualifies} (default true).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class QualificationPolicy {
  private static final Set<String> PARAMS = Set.of("mandatory", "minMet", "partialCounts", "minBudgetPercent",
      "maxTimelineMonths", "requireEvidence", "negativeDisqualifies");

  private final Set<BantCriterion> mandatory;
  private final int minMet;
  private final boolean partialCounts;
  private final Optional<BigDecimal> minBudgetPercent;
  private final Optional<Integer> maxTimelineMonths;
  private final boolean requireEvidence;
  private final boolean negativeDisqualifies;

  private QualificationPolicy(Builder b) {
    this.mandatory = b.mandatory.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(b.mandatory));
    this.minMet = b.minMet;
    this.partialCounts = b.partialCounts;
    this.minBudgetPercent = b.minBudgetPercent;
    this.maxTimelineMonths = b.maxTimelineMonths;
    this.requireEvidence = b.requireEvidence;
    this.negativeDisqualifies = b.negativeDisqualifies;
  }

  /** All four criteria mandatory and CONFIRMED (core's default {@code bant.qualified}). */
  public static QualificationPolicy allConfirmed() {
    return builder().build();
  }

  /** A builder starting from {@link #allConfirmed()}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The policy described by criterion params (see the class javadoc).
   *
   * @throws dev.salesops.core.validation.ValidationException listing every bad parameter
   */
  public static QualificationPolicy fromParams(CriterionParams params) {
    Objects.requireNonNull(params, "params");
    Problems problems = new Problems();
    Builder b = builder();
    for (String name : params.asMap().keySet()) {
      if (!PARAMS.contains(name)) {
        problems.add("params." + name, "is not a bant.qualified parameter " + new java.util.TreeSet<>(PARAMS), name);
      }
    }
    attempt(problems, () -> {
      if (params.has("mandatory")) {
        Set<BantCriterion> set = EnumSet.noneOf(BantCriterion.class);
        List<String> names = params.strings("mandatory");
        for (int i = 0; i < names.size(); i++) {
          try {
            set.add(BantCriterion.valueOf(names.get(i).toUpperCase(Locale.ROOT)));
          } catch (IllegalArgumentException e) {
            problems.add("params.mandatory[" + i + "]", "must be one of BUDGET, AUTHORITY, NEED, TIMELINE", names.get(i));
          }
        }
        b.mandatory(set);
      }
    });
    attempt(problems, () -> b.minMet(params.intOr("minMet", 0)));
    attempt(problems, () -> b.partialCounts(params.booleanOr("partialCounts", false)));
    attempt(problems, () -> params.optionalDecimal("minBudgetPercent").ifPresent(b::minBudgetPercent));
    attempt(problems, () -> params.optionalInt("maxTimelineMonths").ifPresent(b::maxTimelineMonths));
    attempt(problems, () -> b.requireEvidence(params.booleanOr("requireEvidence", false)));
    attempt(problems, () -> b.negativeDisqualifies(params.booleanOr("negativeDisqualifies", true)));
    problems.throwIfAny();
    return b.build();
  }

  private static void attempt(Problems problems, Runnable r) {
    try {
      r.run();
    } catch (dev.salesops.core.validation.ValidationException e) {
      e.problems().forEach(problems::add);
    }
  }

  /** The criteria that must be met. */
  public Set<BantCriterion> mandatory() {
    return mandatory;
  }

  /** How many criteria (mandatory or not) must be met at least. */
  public int minMet() {
    return minMet;
  }

  /** Whether PARTIAL counts as met. */
  public boolean partialCounts() {
    return partialCounts;
  }

  /** The budget must be at least this percentage of the deal amount, when set. */
  public Optional<BigDecimal> minBudgetPercent() {
    return minBudgetPercent;
  }

  /** The target date must be within this many months of the evaluation date, when set. */
  public Optional<Integer> maxTimelineMonths() {
    return maxTimelineMonths;
  }

  /** Whether a met criterion needs its evidence recorded. */
  public boolean requireEvidence() {
    return requireEvidence;
  }

  /** Whether a NEGATIVE criterion disqualifies even when it is not mandatory. */
  public boolean negativeDisqualifies() {
    return negativeDisqualifies;
  }

  /** Judges the BANT facts of {@code opportunity} (a library {@code Opportunity} or a host record implementing {@link DealFacts}) on {@code evaluationDate}. */
  public QualificationResult evaluate(DealFacts opportunity, LocalDate evaluationDate) {
    Objects.requireNonNull(opportunity, "opportunity");
    Objects.requireNonNull(evaluationDate, "evaluationDate");
    BantAssessment bant = opportunity.bant();
    List<CriterionVerdict> verdicts = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    int met = 0;
    for (BantCriterion c : BantCriterion.values()) {
      CriterionVerdict v = judge(c, bant, opportunity, evaluationDate);
      verdicts.add(v);
      if (v.met()) {
        met++;
      } else if (v.mandatory()) {
        failures.add(v.reason());
      } else if (negativeDisqualifies && v.status() == BantStatus.NEGATIVE) {
        failures.add(v.reason() + " (NEGATIVE disqualifies)");
      }
    }
    if (met < minMet) {
      failures.add(met + " of 4 criteria met, at least " + minMet + " required");
    }
    return new QualificationResult(failures.isEmpty(), verdicts, failures);
  }

  private CriterionVerdict judge(BantCriterion c, BantAssessment bant, DealFacts opp, LocalDate date) {
    BantStatus status = bant.status(c);
    boolean mandatoryOne = mandatory.contains(c);
    String head = c.label() + ": " + status + " — ";
    boolean statusOk = status == BantStatus.CONFIRMED || (partialCounts && status == BantStatus.PARTIAL);
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
    if (requireEvidence && !bant.hasEvidence(c)) {
      return new CriterionVerdict(c, status, false, mandatoryOne, head + "no " + evidenceName(c) + " recorded");
    }
    if (c == BantCriterion.BUDGET && minBudgetPercent.isPresent()) {
      String problem = budgetProblem(bant, opp);
      if (problem != null) {
        return new CriterionVerdict(c, status, false, mandatoryOne, head + problem);
      }
      return new CriterionVerdict(c, status, true, mandatoryOne, head + "budget " + bant.budgetAmount().orElseThrow()
          + " covers at least " + minBudgetPercent.get().toPlainString() + "% of the deal amount " + opp.amount().orElseThrow());
    }
    if (c == BantCriterion.TIMELINE && maxTimelineMonths.isPresent()) {
      Optional<LocalDate> target = bant.targetDate();
      if (target.isEmpty()) {
        return new CriterionVerdict(c, status, false, mandatoryOne, head + "no target date recorded");
      }
      LocalDate limit = date.plusMonths(maxTimelineMonths.get());
      if (target.get().isBefore(date)) {
        return new CriterionVerdict(c, status, false, mandatoryOne, head + "target date " + target.get() + " is before " + date);
      }
      if (target.get().isAfter(limit)) {
        return new CriterionVerdict(c, status, false, mandatoryOne, head + "target date " + target.get() + " is after "
            + limit + " (" + maxTimelineMonths.get() + " months from " + date + ")");
      }
      return new CriterionVerdict(c, status, true, mandatoryOne, head + "target date " + target.get() + " within "
          + maxTimelineMonths.get() + " months of " + date);
    }
    return new CriterionVerdict(c, status, true, mandatoryOne, head + (bant.hasEvidence(c) ? evidenceName(c) + " recorded" : "no " + evidenceName(c) + " recorded"));
  }

  private String budgetProblem(BantAssessment bant, DealFacts opp) {
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
    BigDecimal required = amount.getAmount().multiply(minBudgetPercent.get()).movePointLeft(2);
    if (budget.getAmount().compareTo(required) < 0) {
      String pct = amount.isZero() ? "n/a" : budget.getAmount().movePointRight(2).divide(amount.getAmount(), 1, RoundingMode.HALF_EVEN).toPlainString() + "%";
      return "budget " + budget + " is " + pct + " of the deal amount " + amount + ", below the required "
          + minBudgetPercent.get().toPlainString() + "%";
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

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof QualificationPolicy)) {
      return false;
    }
    QualificationPolicy p = (QualificationPolicy) o;
    return mandatory.equals(p.mandatory) && minMet == p.minMet && partialCounts == p.partialCounts
        && minBudgetPercent.map(BigDecimal::stripTrailingZeros).equals(p.minBudgetPercent.map(BigDecimal::stripTrailingZeros))
        && maxTimelineMonths.equals(p.maxTimelineMonths) && requireEvidence == p.requireEvidence
        && negativeDisqualifies == p.negativeDisqualifies;
  }

  @Override
  public int hashCode() {
    return Objects.hash(mandatory, minMet, partialCounts, minBudgetPercent.map(BigDecimal::stripTrailingZeros),
        maxTimelineMonths, requireEvidence, negativeDisqualifies);
  }

  @Override
  public String toString() {
    return "QualificationPolicy{mandatory=" + new java.util.TreeSet<>(mandatory) + ", minMet=" + minMet + ", partialCounts="
        + partialCounts + ", minBudgetPercent=" + minBudgetPercent.map(BigDecimal::toPlainString).orElse("-")
        + ", maxTimelineMonths=" + maxTimelineMonths.map(String::valueOf).orElse("-") + ", requireEvidence="
        + requireEvidence + ", negativeDisqualifies=" + negativeDisqualifies + "}";
  }

  /** Builds a {@link QualificationPolicy}. Not thread-safe. */
  public static final class Builder {
    private Set<BantCriterion> mandatory = EnumSet.allOf(BantCriterion.class);
    private int minMet;
    private boolean partialCounts;
    private Optional<BigDecimal> minBudgetPercent = Optional.empty();
    private Optional<Integer> maxTimelineMonths = Optional.empty();
    private boolean requireEvidence;
    private boolean negativeDisqualifies = true;

    private Builder() {}

    /** The mandatory criteria (may be empty). */
    public Builder mandatory(Set<BantCriterion> criteria) {
      Objects.requireNonNull(criteria, "criteria");
      criteria.forEach(c -> Objects.requireNonNull(c, "criteria element"));
      this.mandatory = criteria.isEmpty() ? EnumSet.noneOf(BantCriterion.class) : EnumSet.copyOf(criteria);
      return this;
    }

    /** How many criteria must be met at least, 0 to 4. */
    public Builder minMet(int value) {
      if (value < 0 || value > 4) {
        throw Checks.fail("minMet", "must be within [0, 4]", value);
      }
      this.minMet = value;
      return this;
    }

    /** Whether PARTIAL counts as met. */
    public Builder partialCounts(boolean value) {
      this.partialCounts = value;
      return this;
    }

    /** The budget must be at least {@code percent}% of the deal amount; in [0, 1000]. */
    public Builder minBudgetPercent(BigDecimal percent) {
      Checks.within(percent, BigDecimal.ZERO, BigDecimal.valueOf(1000), "minBudgetPercent");
      this.minBudgetPercent = Optional.of(percent);
      return this;
    }

    /** The target date must be within {@code months} of the evaluation date; not negative. */
    public Builder maxTimelineMonths(int months) {
      Checks.nonNegative(months, "maxTimelineMonths");
      this.maxTimelineMonths = Optional.of(months);
      return this;
    }

    /** Whether a met criterion needs its evidence recorded. */
    public Builder requireEvidence(boolean value) {
      this.requireEvidence = value;
      return this;
    }

    /** Whether a NEGATIVE criterion disqualifies even when it is not mandatory. */
    public Builder negativeDisqualifies(boolean value) {
      this.negativeDisqualifies = value;
      return this;
    }

    /** The policy. */
    public QualificationPolicy build() {
      return new QualificationPolicy(this);
    }
  }
}
