package dev.salesops.scoring.bant;

import dev.salesops.core.message.Message;
import dev.salesops.core.model.BantAssessment;
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
 * {@link QualificationPolicy#verdicts}), formatting nothing. When no sentence quotes amounts or dates (always,
 * unless the policy has a budget or timeline rule), the result depends on that int alone: there are at most
 * 4 × 4 × 7 verdicts per criterion, and the results are kept, once built, in a bounded table (4,096 slots, a
 * result is rebuilt when its slot was taken by another key), so a guarded move allocates nothing here. Otherwise
 * the sentences that quote amounts or dates are values rendered only when read ({@link VerdictText}).
 * Message texts themselves ("BANT not met: {reason}") are always rendered only when read, from the bundles.
 *
 * <p>Immutable in what it returns and thread-safe: the table only ever holds immutable results, published safely.
 */
final class PolicyCriterion implements Criterion {
  static final CriterionResult NOT_AN_OPPORTUNITY =
      CriterionResult.unmet(ScoringMessages.of(ScoringMessages.BANT_NOT_OPPORTUNITY));

  private static final int SLOTS = 4096;

  private final QualificationPolicy policy;
  private final AtomicReferenceArray<Kept> kept = new AtomicReferenceArray<>(SLOTS);

  PolicyCriterion(QualificationPolicy policy) {
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  @Override
  public CriterionResult evaluate(GuardContext context) {
    DealFacts opp = context.subject(DealFacts.class).orElse(null);
    if (opp == null) {
      return NOT_AN_OPPORTUNITY;
    }
    BantAssessment bant = opp.bant();
    Money amount = policy.needsAmount() ? opp.amount().orElse(null) : null;
    LocalDate date = policy.needsDate() ? LocalDate.ofInstant(context.at(), ZoneOffset.UTC) : null;
    int key = policy.verdicts(bant, amount, date);
    if ((key & QualificationPolicy.QUOTES_DATA) != 0) {
      return quoting(key, bant, amount, date);
    }
    int slot = (key * 0x9E3779B9) >>> 20; // 12 bits
    Kept k = kept.get(slot);
    if (k != null && k.key == key) {
      return k.result;
    }
    CriterionResult r = constant(key);
    kept.lazySet(slot, new Kept(key, r));
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
