package dev.salesops.scoring.bant;

import dev.salesops.core.message.Message;
import dev.salesops.core.model.BantAssessment;
import dev.salesops.core.model.BantCriterion;
import dev.salesops.core.model.BantStatus;
import dev.salesops.core.model.DealFacts;
import dev.salesops.core.workflow.Criterion;
import dev.salesops.core.workflow.CriterionResult;
import dev.salesops.core.workflow.GuardContext;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.joda.money.Money;

/**
 * The {@code bant.qualified} criterion of one {@link QualificationPolicy}: the same verdicts, reasons and message
 * codes as {@link QualificationPolicy#evaluate} explains, without building a text per evaluation.
 *
 * <p>How: the policy judges the four criteria into one packed int (status and which sentence explains each,
 * {@link QualificationPolicy#verdicts}), formatting and allocating nothing: evidence is read without {@code
 * Optional}s, the budget rule compares unscaled longs exactly, the timeline rule compares epoch days (the limit
 * date is computed once per evaluation day). Without a budget or timeline rule, the result depends only on each
 * criterion's status and whether its evidence is recorded: 8<sup>4</sup> = 4,096 possible results, each built the
 * first time it occurs and kept in a table indexed by those facts (bounded, exact), so a guarded move allocates
 * nothing here. With rules, results whose reasons are all constants are kept likewise, per packed verdicts (in a
 * hashed table of 4,096 slots; a clash rebuilds): every refusal whose reasons quote no amount or date (the
 * sentences of met criteria are not reasons of a refusal), and every qualified result whose verdicts quote none.
 * A refusal whose reasons quote amounts or dates gets those reasons as values rendered only when read ({@link
 * VerdictText}), the other reasons as kept messages. A qualified result whose verdicts quote amounts or dates is
 * built with such values by {@link #evaluate}; for the engine ({@link #evaluateForMove}), which never reads the
 * reasons of a met criterion, it is one kept met result without reasons. Message texts themselves ("BANT not met:
 * {reason}") are always rendered only when read, from the bundles.
 *
 * <p>Immutable in what it returns and thread-safe: the tables only ever hold immutable values, published safely.
 */
final class PolicyCriterion implements Criterion {
  static final CriterionResult NOT_AN_OPPORTUNITY =
      CriterionResult.unmet(ScoringMessages.of(ScoringMessages.BANT_NOT_OPPORTUNITY));
  /** Met, for the engine only ({@link #evaluateForMove}): it discards a met criterion's reasons unread. */
  static final CriterionResult MET_FOR_MOVE = CriterionResult.of(true, List.of());

  private static final int SLOTS = 4096;
  private static final int SECONDS_PER_DAY = 86_400;
  /** Kept refusal messages: [criterion][verdict] (a mandatory criterion's constant sentence). */
  private static final int MSG_TEXT = 0;
  /** [criterion] with its NEGATIVE sentence and " (NEGATIVE disqualifies)". */
  private static final int MSG_NEGATIVE = 4 * 64;
  /** [met]: the {@code minMet} shortfall. */
  private static final int MSG_MIN_MET = MSG_NEGATIVE + 4;

  private final QualificationPolicy policy;
  /** Without budget and timeline rules: the result per status and evidence of the four criteria (3 bits each). */
  private final AtomicReferenceArray<CriterionResult> byFacts;
  /** With rules: results whose reasons are constants, per packed verdicts (hashed; a clash rebuilds). */
  private final AtomicReferenceArray<Kept> byVerdicts;
  /** With rules: the refusal messages whose texts are constants, built once each. */
  private final AtomicReferenceArray<Message> messages;
  /** With a timeline rule: the last evaluation day and its limit day (racy single-check of an immutable value). */
  private Day lastDay;

  PolicyCriterion(QualificationPolicy policy) {
    this.policy = Objects.requireNonNull(policy, "policy");
    boolean rules = policy.needsAmount() || policy.needsDate();
    this.byFacts = rules ? null : new AtomicReferenceArray<>(SLOTS);
    this.byVerdicts = rules ? new AtomicReferenceArray<>(SLOTS) : null;
    this.messages = rules ? new AtomicReferenceArray<>(MSG_MIN_MET + 5) : null;
  }

  @Override
  public CriterionResult evaluate(GuardContext context) {
    return evaluate(context, true);
  }

  /** As {@link #evaluate}, except that a met result whose verdicts quote amounts or dates comes without reasons. */
  @Override
  public CriterionResult evaluateForMove(GuardContext context) {
    return evaluate(context, false);
  }

  // The context is read here only (subject and instant), so that when the engine's call inlines this small method
  // the JIT can keep the engine's context off the heap; the judgement takes plain values.
  private CriterionResult evaluate(GuardContext context, boolean explainMet) {
    DealFacts opp = context.subject(DealFacts.class).orElse(null);
    if (opp == null) {
      return NOT_AN_OPPORTUNITY;
    }
    return byFacts != null ? byFacts(opp.bant()) : withRules(opp, policy.needsDate() ? context.at() : null, explainMet);
  }

  /** Without budget and timeline rules: the verdicts are a function of each criterion's status and evidence. */
  private CriterionResult byFacts(BantAssessment bant) {
    int facts = facts(bant.budget(), bant.hasEvidence(BantCriterion.BUDGET))
        | facts(bant.authority(), bant.hasEvidence(BantCriterion.AUTHORITY)) << 3
        | facts(bant.need(), bant.hasEvidence(BantCriterion.NEED)) << 6
        | facts(bant.timeline(), bant.hasEvidence(BantCriterion.TIMELINE)) << 9;
    CriterionResult r = byFacts.get(facts);
    return r != null ? r : keep(facts, bant);
  }

  private static int facts(BantStatus status, boolean evidence) {
    return status.ordinal() << 1 | (evidence ? 1 : 0);
  }

  private CriterionResult keep(int facts, BantAssessment bant) {
    CriterionResult r = constant(policy.verdicts(bant, null, 0, 0));
    byFacts.lazySet(facts, r);
    return r;
  }

  private CriterionResult withRules(DealFacts opp, Instant at, boolean explainMet) {
    BantAssessment bant = opp.bant();
    Money amount = policy.needsAmount() ? opp.amountOrNull() : null;
    long day = 0;
    long limit = 0;
    if (policy.needsDate()) {
      day = Math.floorDiv(at.getEpochSecond(), SECONDS_PER_DAY); // the UTC date, as LocalDate.ofInstant
      Day d = lastDay;
      if (d == null || d.day != day) {
        d = new Day(day, policy.limitDay(day));
        lastDay = d;
      }
      limit = d.limit;
    }
    int key = policy.verdicts(bant, amount, day, limit);
    if (policy.qualifies(key)) {
      if ((key & QualificationPolicy.QUOTES_DATA) != 0) {
        return explainMet ? quotingMet(key, bant, amount, day) : MET_FOR_MOVE;
      }
    } else if (policy.failureQuotes(key)) {
      return quotingRefusal(key, bant, amount, day);
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

  /** The result of verdicts whose reasons are all constants (all verdicts when met, the failures when not). */
  private CriterionResult constant(int key) {
    if (policy.qualifies(key)) {
      Object[] texts = new Object[QualificationPolicy.CRITERIA.length];
      for (int i = 0; i < texts.length; i++) {
        texts[i] = policy.text(i, QualificationPolicy.verdict(key, i), null, null, null);
      }
      return CriterionResult.met(ScoringMessages.of(ScoringMessages.BANT_MET, "verdicts", VerdictText.join(texts)));
    }
    return refusal(key, null, null, 0, false);
  }

  /** A qualified result whose verdicts quote amounts or dates: those texts are rendered when read. */
  private CriterionResult quotingMet(int key, BantAssessment bant, Money amount, long day) {
    Object[] texts = new Object[QualificationPolicy.CRITERIA.length];
    for (int i = 0; i < texts.length; i++) {
      int v = QualificationPolicy.verdict(key, i);
      texts[i] = (v >>> 2) < QualificationPolicy.FINITE ? policy.text(i, v, null, null, null)
          : new VerdictText(policy, i, v, bant, amount, day);
    }
    return CriterionResult.met(ScoringMessages.of(ScoringMessages.BANT_MET, "verdicts", new VerdictText.Joined(texts)));
  }

  /** A refusal some of whose reasons quote amounts or dates: those are rendered when read, the others are kept. */
  private CriterionResult quotingRefusal(int key, BantAssessment bant, Money amount, long day) {
    return refusal(key, bant, amount, day, true);
  }

  /**
   * The refusal of the packed verdicts: per failure, in order, a {@code bant.not.met} message (see {@link
   * QualificationPolicy#failures}); with {@code quoting}, the constant ones are kept messages and those quoting
   * amounts or dates are new, with a {@link VerdictText}.
   */
  private CriterionResult refusal(int key, BantAssessment bant, Money amount, long day, boolean quoting) {
    int n = 0;
    for (int i = 0; i < QualificationPolicy.CRITERIA.length; i++) {
      if (policy.failure(key, i) != QualificationPolicy.FAILS_NOT) {
        n++;
      }
    }
    int met = QualificationPolicy.metCount(key);
    boolean short_ = met < policy.minMet();
    if (short_) {
      n++;
    }
    // one or two reasons (the usual case) without an array
    Message first = null;
    Message second = null;
    Message[] all = n > 2 ? new Message[n] : null;
    int j = 0;
    for (int i = 0; i <= QualificationPolicy.CRITERIA.length; i++) {
      Message m;
      if (i == QualificationPolicy.CRITERIA.length) {
        if (!short_) {
          break;
        }
        String text = QualificationPolicy.minMetText(met, policy.minMet());
        m = quoting ? kept(MSG_MIN_MET + met, text) : notMet(text);
      } else {
        int f = policy.failure(key, i);
        if (f == QualificationPolicy.FAILS_NOT) {
          continue;
        }
        int v = QualificationPolicy.verdict(key, i);
        if (f == QualificationPolicy.FAILS_TEXT && (v >>> 2) >= QualificationPolicy.FINITE) {
          m = notMet(new VerdictText(policy, i, v, bant, amount, day));
        } else if (f == QualificationPolicy.FAILS_TEXT) {
          m = quoting ? kept(MSG_TEXT + i * 64 + v, policy.text(i, v, null, null, null))
              : notMet(policy.text(i, v, null, null, null));
        } else {
          m = quoting ? kept(MSG_NEGATIVE + i, policy.negativeText(i, v)) : notMet(policy.negativeText(i, v));
        }
      }
      if (all != null) {
        all[j] = m;
      } else if (j == 0) {
        first = m;
      } else {
        second = m;
      }
      j++;
    }
    return n == 1 ? CriterionResult.unmet(first)
        : CriterionResult.of(false, n == 2 ? List.of(first, second) : List.of(all));
  }

  private static Message notMet(Object reason) {
    return ScoringMessages.of(ScoringMessages.BANT_NOT_MET, "reason", reason);
  }

  /** The kept {@code bant.not.met} message of the constant {@code text} in {@code slot}. */
  private Message kept(int slot, String text) {
    Message m = messages.get(slot);
    if (m == null) {
      m = notMet(text);
      messages.lazySet(slot, m);
    }
    return m;
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

  /** An evaluation day (epoch day, UTC) and the epoch day of its timeline limit. Immutable. */
  private static final class Day {
    final long day;
    final long limit;

    Day(long day, long limit) {
      this.day = day;
      this.limit = limit;
    }
  }
}
