package dev.salesops.scoring.bant;

import dev.salesops.core.model.DealFacts;
import dev.salesops.core.workflow.Criterion;
import dev.salesops.core.definition.DefinitionParams;
import dev.salesops.core.workflow.CriterionType;

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
      public Criterion create(DefinitionParams params) {
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
  public Criterion create(DefinitionParams params) {
    return of(QualificationPolicy.fromParams(params));
  }

  /**
   * The criterion for {@code policy}. Its results are those {@link QualificationPolicy#evaluate} explains (the
   * same verdicts, reasons, codes and texts in every language), but no text is built per evaluation: reasons
   * are constants or values rendered when read (see {@code PolicyCriterion}). The {@code reason} and {@code
   * verdicts} parameters of its messages render as their text with {@code String.valueOf}.
   */
  public static Criterion of(QualificationPolicy policy) {
    return new PolicyCriterion(java.util.Objects.requireNonNull(policy, "policy"));
  }

  @Override
  public String toString() {
    return NAME;
  }
}
