package dev.salesops.scoring.bant;

import dev.salesops.core.message.Message;
import dev.salesops.core.model.BantAssessment;
import dev.salesops.core.model.BantStatus;
import dev.salesops.core.model.DealFacts;
import dev.salesops.core.workflow.Criterion;
import dev.salesops.core.workflow.CriterionResult;
import dev.salesops.core.workflow.GuardContext;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.joda.money.Money;

/**
 * The {@code bant.qualified} criterion of one {@link QualificationPolicy}: the same verdicts, reasons and message
 * codes as {@link QualificationPolicy#evaluate} explains, without building a text per evaluation.
 *
 * <p>How: the policy judges the four criteria into one packed int (status and which sentence explains each,
 * {@link QualificationPolicy#verdicts}), formatting nothing. Without a budget or timeline rule, the result
 * depends only on each criterion's status and whether its evidence is recorded: 8<sup>4</sup> = 4,096 possible
 * results, each built the first time it occurs and kept in a table indexed by those facts (bounded, exact), so a
 * guarded move allocates nothing here. With rules, results whose sentences are all constants are kept likewise,
 * per packed verdicts (in a hashed table of 4,096 slots; a clash rebuilds), and the sentences that quote
 * amounts or dates are values rendered only when read ({@link VerdictText}).
 * Message texts themselves ("BANT not met: {reason}") are always rendered only when read, from the bundles.
 *
 * <p>Immutable in what it returns and thread-safe: the table only ever holds immutable results, published safely.
 */
final class PolicyCriterion implements Criterion {
  static final CriterionResult NOT_AN_OPPORTUNITY =
      CriterionResult.unmet(ScoringMessages.of(ScoringMessages.BANT_NOT_OPPORTUNITY));

  private static final int SLOTS = 4096;

  private final QualificationPolicy policy;
  /** Without budget and timeline rules: the result per status and evidence of the four criteria (3 bits each). */
  private final AtomicReferenceArray<CriterionResult> byFacts;
  /** With rules: results whose texts are constants, per packed verdicts (hashed; a clash rebuilds). */
  private final AtomicReferenceArray<Kept> byVerdicts;

  PolicyCriterion(QualificationPolicy policy) {
    this.policy = Objects.requireNonNull(policy, "policy");
    boolean rules = policy.needsAmount() || policy.needsDate();
    this.byFacts = rules ? null : new AtomicReferenceArray<>(SLOTS);
    this.byVerdicts = rules ? new AtomicReferenceArray<>(SLOTS) : null;
  }

  @Override
  public CriterionResult evaluate(GuardContext context) {
    DealFacts opp = context.subject(DealFacts.class).orElse(null);
    if (opp == null) {
      return NOT_AN_OPPORTUNITY;
    }
    BantAssessment bant = opp.bant();
    if (byFacts != null) {
      // no budget or timeline rule: the verdicts are a function of each criterion's status and evidence
      int facts = facts(bant.budget(), bant.budgetAmount().isPresent())
          | facts(bant.authority(), bant.decisionMaker().isPresent()) << 3
          | facts(bant.need(), bant.needStatement().isPresent()) << 6
          | facts(bant.timeline(), bant.targetDate().isPresent()) << 9;
      CriterionResult r = byFacts.get(facts);
      return r != null ? r : keep(facts, bant);
    }
    return withRules(context, opp, bant);
  }

  private static int facts(BantStatus status, boolean evidence) {
    return status.ordinal() << 1 | (evidence ? 1 : 0);
  }

  private CriterionResult keep(int facts, BantAssessment bant) {
    CriterionResult r = constant(policy.verdicts(bant, null, null));
    byFacts.lazySet(facts, r);
    return r;
  }

  private CriterionResult withRules(GuardContext context, DealFacts opp, BantAssessment bant) {
    Money amount = policy.needsAmount() ? opp.amount().orElse(null) : null;
    LocalDate date = policy.needsDate() ? LocalDate.ofInstant(context.at(), ZoneOffset.UTC) : null;
    int key = policy.verdicts(bant, amount, date);
    if ((key & QualificationPolicy.QUOTES_DATA) != 0) {
      return quoting(key, bant, amount, date);
    }
    int slot = (key * 0x9E3779B9) >>> 20; // 12 bits
    Kept k = byVerdicts.get(slot);
    if (k != null && k.key == key) {
      return k.result;
    }
    CriterionResult r = constant(key);
    byVerdicts.lazySet(slot, new Kept(key, r));
    return r;
  }

  /** The result of verdicts whose texts are all constants. */
  private CriterionResult constant(int key) {
    Object[] texts = new Object[QualificationPolicy.CRITERIA.length];
    for (int i = 0; i < texts.length; i++) {
      texts[i] = policy.text(i, QualificationPolicy.verdict(key, i), null, null, null);
    }
    List<Object> failures = policy.failures(key, texts);
    if (failures.isEmpty()) {
      return CriterionResult.met(ScoringMessages.of(ScoringMessages.BANT_MET, "verdicts", VerdictText.join(texts)));
    }
    return unmet(failures);
  }

  /** The result when some verdict quotes amounts or dates: those texts are rendered when read. */
  private CriterionResult quoting(int key, BantAssessment bant, Money amount, LocalDate date) {
    Object[] texts = new Object[QualificationPolicy.CRITERIA.length];
    for (int i = 0; i < texts.length; i++) {
      int v = QualificationPolicy.verdict(key, i);
      texts[i] = (v >>> 2) < QualificationPolicy.FINITE ? policy.text(i, v, null, null, null)
          : new VerdictText(policy, i, v, bant, amount, date);
    }
    List<Object> failures = policy.failures(key, texts);
    if (failures.isEmpty()) {
      return CriterionResult.met(ScoringMessages.of(ScoringMessages.BANT_MET, "verdicts", new VerdictText.Joined(texts)));
    }
    return unmet(failures);
  }

  private static CriterionResult unmet(List<Object> failures) {
    List<Message> reasons = new ArrayList<>(failures.size());
    for (Object f : failures) {
      reasons.add(ScoringMessages.of(ScoringMessages.BANT_NOT_MET, "reason", f));
    }
    return CriterionResult.of(false, reasons);
  }

  @Override
  public String toString() {
    return BantQualifiedCriterionType.NAME + " " + policy;
  }

  /** A result kept for one packed key. Immutable. */
  private static final class Kept {
    final int key;
    final CriterionResult result;

    Kept(int key, CriterionResult result) {
      this.key = key;
      this.result = result;
    }
  }
}
