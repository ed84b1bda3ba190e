package dev.salesops.scoring.bant;

import dev.salesops.core.message.Message;
import dev.salesops.core.model.DealFacts;
import dev.salesops.core.workflow.Criterion;
import dev.salesops.core.workflow.CriterionParams;
import dev.salesops.core.workflow.CriterionResult;
import dev.salesops.core.workflow.CriterionType;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The {@code bant.qualified} criterion type backed by a {@link QualificationPolicy} configured from the
 * criterion's params (see {@link QualificationPolicy#fromParams}); hosts install it over core's default with
 * {@code registry.toBuilder().replace(new BantQualifiedCriterionType()).build()}, or in one call with {@link
 * SalesPipelines#withQualification}.
 *
 * <p>The criterion reads the deal's facts from {@code GuardContext.subject(DealFacts.class)} — a library {@code
 * Opportunity} or the host's own record implementing {@link DealFacts} — and judges
 * it on the UTC date of {@code GuardContext.at()} (documented choice: guard contexts carry an instant, BANT
 * timelines are dates). Met: one reason {@code "BANT met: ..."} listing the verdicts. Unmet: one reason per
 * failure, each {@code "BANT not met: <reason>"}. A missing or non-opportunity subject is unmet, never an
 * exception.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BantQualifiedCriterionType implements CriterionType {
  /** {@code "bant.qualified"}. */
  public static final String NAME = "bant.qualified";

  private static final CriterionResult NOT_AN_OPPORTUNITY =
      CriterionResult.unmet(ScoringMessages.of(ScoringMessages.BANT_NOT_OPPORTUNITY));

  /** The type that builds each criterion's policy from its params. */
  public BantQualifiedCriterionType() {}

  /**
   * A type whose criteria use {@code policy} when the definition gives no params (as the shipped pipeline does),
   * and the policy described by the params otherwise.
   */
  public static CriterionType withDefault(QualificationPolicy policy) {
    java.util.Objects.requireNonNull(policy, "policy");
    Criterion fixed = of(policy);
    return new CriterionType() {
      @Override
      public String name() {
        return NAME;
      }

      @Override
      public Criterion create(CriterionParams params) {
        return params.asMap().isEmpty() ? fixed : of(QualificationPolicy.fromParams(params));
      }

      @Override
      public String toString() {
        return NAME + " (default " + policy + ")";
      }
    };
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Criterion create(CriterionParams params) {
    return of(QualificationPolicy.fromParams(params));
  }

  /** The criterion for {@code policy}. */
  public static Criterion of(QualificationPolicy policy) {
    java.util.Objects.requireNonNull(policy, "policy");
    return context -> {
      DealFacts opp = context.subject(DealFacts.class).orElse(null);
      if (opp == null) {
        return NOT_AN_OPPORTUNITY;
      }
      QualificationResult r = policy.evaluate(opp, LocalDate.ofInstant(context.at(), ZoneOffset.UTC));
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

  @Override
  public String toString() {
    return NAME;
  }
}
