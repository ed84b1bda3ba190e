package dev.salesops.core.model;

import java.util.Optional;
import org.joda.money.Money;

/**
 * The facts of a deal that the pipeline's guards read: its BANT assessment and its amount. {@link Opportunity}
 * implements it; a host implements it on its own entity (or on a small adapter around it) and passes that
 * entity as the subject of {@code Workflow.evaluate}, so the {@code bant.qualified} guard — core's default and
 * scoring's policy-based one alike — judges the host's record without a library {@code Opportunity} being built.
 *
 * <pre>{@code
 * final class CrmDeal implements DealFacts {        // the host's own record
 *   public BantAssessment bant() { return bantFromColumns(); }
 *   public Optional<Money> amount() { return Optional.ofNullable(amount); }
 * }
 * pipeline.evaluate(snapshot, Command.advance(), now, actor, crmDeal);
 * }</pre>
 *
 * <p>Implementations should be immutable, or at least not change while a guard reads them.
 */
public interface DealFacts {
  /** The BANT assessment (budget, authority, need, timeline: status and evidence). */
  BantAssessment bant();

  /** The deal amount, when estimated (compared with the budget by policies that ask for it). */
  Optional<Money> amount();

  /**
   * {@link #amount()} without an {@code Optional}: the amount, or {@code null} when not estimated. Guards read it
   * on every evaluation; {@link Opportunity} answers without allocating, and a host record may override this
   * default (which unwraps {@link #amount()}) likewise.
   */
  default Money amountOrNull() {
    return amount().orElse(null);
  }
}
