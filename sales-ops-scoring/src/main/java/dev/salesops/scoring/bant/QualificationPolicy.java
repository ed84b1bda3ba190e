package dev.salesops.scoring.bant;

import dev.salesops.core.model.BantAssessment;
import dev.salesops.core.model.BantCriterion;
import dev.salesops.core.model.BantStatus;
import dev.salesops.core.model.DealFacts;
import dev.salesops.core.internal.Checks;
import dev.salesops.core.validation.Problems;
import dev.salesops.core.definition.DefinitionParams;
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
  // the same, compiled once for evaluation: no Optional, boxing or set lookup per evaluation
  private final int mandatoryMask;
  private final BigDecimal budgetPercent;
  private final int timelineMonths;
  /**
   * The budget percentage as {@code pctUnscaled / 10^(pctScale)}, compared as {@code budget × pctFactor >= amount ×
   * pctUnscaled} on unscaled longs, where {@code pctFactor = 10^(pctScale + 2)}; {@link #NONE} when the
   * percentage has more than 6 decimals or 9 digits (then BigDecimal arithmetic decides).
   */
  private final long pctUnscaled;
  private final long pctFactor;

  private QualificationPolicy(Builder b) {
    this.mandatory = b.mandatory.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(b.mandatory));
    this.minMet = b.minMet;
    this.partialCounts = b.partialCounts;
    this.minBudgetPercent = b.minBudgetPercent;
    this.maxTimelineMonths = b.maxTimelineMonths;
    this.requireEvidence = b.requireEvidence;
    this.negativeDisqualifies = b.negativeDisqualifies;
    int mask = 0;
    for (BantCriterion c : mandatory) {
      mask |= 1 << c.ordinal();
    }
    this.mandatoryMask = mask;
    this.budgetPercent = minBudgetPercent.orElse(null);
    this.timelineMonths = maxTimelineMonths.orElse(-1);
    long pu = NONE;
    long pf = NONE;
    if (budgetPercent != null) {
      BigDecimal p = budgetPercent.scale() < 0 ? budgetPercent.setScale(0) : budgetPercent;
      if (p.scale() <= 6 && p.precision() <= 9) {
        pu = p.unscaledValue().longValueExact();
        pf = LONG_POW10[p.scale() + 2];
      }
    }
    this.pctUnscaled = pu;
    this.pctFactor = pf;
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
  public static QualificationPolicy fromParams(DefinitionParams params) {
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
    Money amount = budgetPercent == null ? null : opportunity.amountOrNull();
    long day = evaluationDate.toEpochDay();
    int key = verdicts(bant, amount, day, needsDate() ? limitDay(day) : 0);
    String[] texts = new String[CRITERIA.length];
    List<CriterionVerdict> verdicts = new ArrayList<>(CRITERIA.length);
    for (int i = 0; i < CRITERIA.length; i++) {
      int v = verdict(key, i);
      texts[i] = text(i, v, bant, amount, evaluationDate);
      verdicts.add(new CriterionVerdict(CRITERIA[i], STATUSES[v & 3], isMet(v >>> 2), (mandatoryMask & (1 << i)) != 0,
          texts[i]));
    }
    List<Object> found = failures(key, texts);
    List<String> failures = new ArrayList<>(found.size());
    for (Object f : found) {
      failures.add((String) f);
    }
    return new QualificationResult(failures.isEmpty(), verdicts, failures);
  }

  // ------------------------------------------------------------------ the judgement, without texts
  //
  // One decision procedure serves both the explained path (evaluate: verdict texts, failures) and the
  // bant.qualified criterion (BantQualifiedCriterionType), which needs only the packed verdicts and renders
  // texts when they are read. Per criterion, a verdict is its status (2 bits) and a kind (4 bits) naming which
  // sentence explains it; the four verdicts pack into one int, in BANT order, 6 bits each.

  static final BantCriterion[] CRITERIA = BantCriterion.values();
  static final BantStatus[] STATUSES = BantStatus.values();

  /** Kinds whose sentence depends only on the criterion and its status ({@code < FINITE}). */
  static final int K_NEGATIVE = 0;
  static final int K_PARTIAL = 1;
  static final int K_NOT_CONFIRMED = 2;
  static final int K_NO_EVIDENCE = 3;
  static final int K_MET_NO_EVIDENCE = 4;
  static final int K_MET_EVIDENCE = 5;
  static final int K_DEAL_NOT_ESTIMATED = 6;
  static final int FINITE = 7;
  /** Kinds whose sentence quotes amounts or dates (rendered only when read). */
  static final int K_BUDGET_CURRENCY = 7;
  static final int K_BUDGET_BELOW = 8;
  static final int K_BUDGET_COVERS = 9;
  static final int K_TIMELINE_BEFORE = 10;
  static final int K_TIMELINE_AFTER = 11;
  static final int K_TIMELINE_WITHIN = 12;

  /** Set in a packed key when a verdict quotes amounts or dates (its text is not a constant). */
  static final int QUOTES_DATA = 1 << 24;

  private static final String NEGATIVE_SUFFIX = " (NEGATIVE disqualifies)";
  /** [criterion * 4 + status][kind]: the constant verdict sentences. */
  private static final String[][] FINITE_TEXT = finiteTexts();
  /** [met][minMet]: {@code "1 of 4 criteria met, at least 3 required"}. */
  private static final String[][] MIN_MET_TEXT = minMetTexts();

  private static String[][] finiteTexts() {
    String[][] out = new String[CRITERIA.length * STATUSES.length][FINITE];
    for (BantCriterion c : CRITERIA) {
      for (BantStatus s : STATUSES) {
        String head = head(c, s);
        String[] t = out[c.ordinal() * STATUSES.length + s.ordinal()];
        t[K_NEGATIVE] = head + "recorded as not holding";
        t[K_PARTIAL] = head + "only partly known and PARTIAL does not count";
        t[K_NOT_CONFIRMED] = head + "not confirmed yet";
        t[K_NO_EVIDENCE] = head + "no " + evidenceName(c) + " recorded";
        t[K_MET_NO_EVIDENCE] = t[K_NO_EVIDENCE];
        t[K_MET_EVIDENCE] = head + evidenceName(c) + " recorded";
        t[K_DEAL_NOT_ESTIMATED] = head + "the deal amount is not estimated, so the budget cannot be compared with it";
      }
    }
    return out;
  }

  private static String[][] minMetTexts() {
    String[][] out = new String[CRITERIA.length + 1][CRITERIA.length + 1];
    for (int met = 0; met <= CRITERIA.length; met++) {
      for (int min = 0; min <= CRITERIA.length; min++) {
        out[met][min] = met + " of 4 criteria met, at least " + min + " required";
      }
    }
    return out;
  }

  private static String head(BantCriterion c, BantStatus status) {
    return c.label() + ": " + status + " — ";
  }

  static boolean isMet(int kind) {
    return kind == K_MET_NO_EVIDENCE || kind == K_MET_EVIDENCE || kind == K_BUDGET_COVERS || kind == K_TIMELINE_WITHIN;
  }

  /** The verdict (status | kind << 2) of criterion {@code i} in the packed {@code key}. */
  static int verdict(int key, int i) {
    return (key >>> (6 * i)) & 63;
  }

  /** Whether the budget rule needs the deal amount ({@link DealFacts#amount()}). */
  boolean needsAmount() {
    return budgetPercent != null;
  }

  /** Whether the timeline rule needs the evaluation date. */
  boolean needsDate() {
    return timelineMonths >= 0;
  }

  /**
   * The four packed verdicts on {@code bant} (with {@link #QUOTES_DATA} set when a text quotes amounts or dates);
   * {@code amount} is the deal amount or null ({@link #needsAmount()}); when {@link #needsDate()}, {@code day} is
   * the evaluation date as an epoch day and {@code limit} that of the date {@link #maxTimelineMonths()} later
   * ({@link #limitDay}), otherwise both are ignored. Allocates nothing unless the budget comparison needs more
   * than 15 digits.
   */
  int verdicts(BantAssessment bant, Money amount, long day, long limit) {
    int key = 0;
    for (int i = 0; i < CRITERIA.length; i++) {
      BantCriterion c = CRITERIA[i];
      BantStatus status = bant.status(c);
      int kind = kind(c, status, bant, amount, day, limit);
      key |= (status.ordinal() | kind << 2) << (6 * i);
      if (kind >= FINITE) {
        key |= QUOTES_DATA;
      }
    }
    return key;
  }

  private int kind(BantCriterion c, BantStatus status, BantAssessment bant, Money amount, long day, long limit) {
    if (status != BantStatus.CONFIRMED && !(partialCounts && status == BantStatus.PARTIAL)) {
      switch (status) {
        case NEGATIVE:
          return K_NEGATIVE;
        case PARTIAL:
          return K_PARTIAL;
        default:
          return bant.hasEvidence(c) ? K_NOT_CONFIRMED : K_NO_EVIDENCE;
      }
    }
    boolean evidence = bant.hasEvidence(c);
    if (requireEvidence && !evidence) {
      return K_NO_EVIDENCE;
    }
    if (c == BantCriterion.BUDGET && budgetPercent != null) {
      Money budget = bant.budgetAmountOrNull();
      if (budget == null) {
        return K_NO_EVIDENCE; // "no budget amount recorded"
      }
      if (amount == null) {
        return K_DEAL_NOT_ESTIMATED;
      }
      if (!budget.getCurrencyUnit().equals(amount.getCurrencyUnit())) {
        return K_BUDGET_CURRENCY;
      }
      return covers(budget.getAmount(), amount.getAmount()) ? K_BUDGET_COVERS : K_BUDGET_BELOW;
    }
    if (c == BantCriterion.TIMELINE && timelineMonths >= 0) {
      LocalDate target = bant.targetDateOrNull();
      if (target == null) {
        return K_NO_EVIDENCE; // "no target date recorded"
      }
      long t = target.toEpochDay();
      if (t < day) {
        return K_TIMELINE_BEFORE;
      }
      if (limit == NO_LIMIT) {
        LocalDate.ofEpochDay(day).plusMonths(timelineMonths); // beyond LocalDate's range: throws as it always did
      }
      return t > limit ? K_TIMELINE_AFTER : K_TIMELINE_WITHIN;
    }
    return evidence ? K_MET_EVIDENCE : K_MET_NO_EVIDENCE;
  }

  // ------------------------------------------------------------------ exact comparisons without allocating

  /** No value: a budget rule without a fast path, a number outside it, a limit beyond LocalDate's range. */
  static final long NONE = Long.MIN_VALUE;
  /** {@link #limitDay} of a date whose limit lies beyond {@code LocalDate.MAX}. */
  static final long NO_LIMIT = Long.MIN_VALUE;

  private static final long[] LONG_POW10 = new long[19];
  private static final double[] DOUBLE_POW10 = new double[16];

  static {
    long p = 1;
    for (int i = 0; i < LONG_POW10.length; i++) {
      LONG_POW10[i] = p;
      if (i < DOUBLE_POW10.length) {
        DOUBLE_POW10[i] = p; // exact: 10^15 < 2^53
      }
      p *= 10;
    }
  }

  /**
   * Whether {@code budget >= budgetPercent/100 × amount}, exactly. When both have the same scale (the case of two
   * {@code Money}s of one currency), at most 15 digits and a scale in [0, 15], and the percentage has a fast
   * form, the test is {@code budget_unscaled × 10^(pctScale + 2) >= amount_unscaled × pct_unscaled} in 128-bit
   * integer arithmetic, allocating nothing; otherwise it is BigDecimal arithmetic (the former formula).
   */
  boolean covers(BigDecimal budget, BigDecimal amount) {
    if (pctUnscaled != NONE && budget.scale() == amount.scale()) {
      long b = unscaled(budget);
      long a = unscaled(amount);
      if (b != NONE && a != NONE) {
        return compareProducts(b, pctFactor, a, pctUnscaled) >= 0;
      }
    }
    return budget.compareTo(amount.multiply(budgetPercent).movePointLeft(2)) >= 0;
  }

  /**
   * The unscaled value of {@code d} when it has at most 15 digits and a scale in [0, 15], found without
   * allocating ({@code unscaledValue()} builds a {@code BigInteger}); {@link #NONE} otherwise. Exact: {@code
   * doubleValue()} is within one ulp of {@code u / 10^s} (correctly rounded in the JDK), and {@code 10^s} is an
   * exact double, so {@code doubleValue() × 10^s} differs from {@code u} by at most {@code |u| × 3 × 2^-53 <
   * 10^15 × 3.4e-16 < 0.34}; rounding gives {@code u}.
   */
  static long unscaled(BigDecimal d) {
    int s = d.scale();
    if (s < 0 || s > 15 || d.precision() > 15) {
      return NONE;
    }
    return Math.round(d.doubleValue() * DOUBLE_POW10[s]);
  }

  /** {@code signum(a × b - c × d)} over the exact 128-bit products. */
  static int compareProducts(long a, long b, long c, long d) {
    long h1 = Math.multiplyHigh(a, b);
    long h2 = Math.multiplyHigh(c, d);
    if (h1 != h2) {
      return h1 < h2 ? -1 : 1;
    }
    return Long.compareUnsigned(a * b, c * d);
  }

  /**
   * The epoch day of the date {@link #maxTimelineMonths()} after the epoch day {@code day} ({@code
   * LocalDate.plusMonths}: the day of month clamped to the month's length), or {@link #NO_LIMIT} when that date
   * lies beyond {@code LocalDate.MAX}.
   *
   * @throws java.time.DateTimeException when {@code day} itself is outside LocalDate's range
   */
  long limitDay(long day) {
    LocalDate date = LocalDate.ofEpochDay(day);
    try {
      return date.plusMonths(timelineMonths).toEpochDay();
    } catch (java.time.DateTimeException e) {
      return NO_LIMIT;
    }
  }

  /** The sentence of criterion {@code i}'s verdict {@code v}: a constant unless it quotes amounts or dates. */
  String text(int i, int v, BantAssessment bant, Money amount, LocalDate date) {
    int kind = v >>> 2;
    if (kind < FINITE) {
      return FINITE_TEXT[i * STATUSES.length + (v & 3)][kind];
    }
    String head = head(CRITERIA[i], STATUSES[v & 3]);
    switch (kind) {
      case K_BUDGET_CURRENCY: {
        Money budget = bant.budgetAmountOrNull();
        return head + "budget " + budget + " is not in the deal's currency " + amount.getCurrencyUnit();
      }
      case K_BUDGET_BELOW: {
        Money budget = bant.budgetAmountOrNull();
        String pct = amount.isZero() ? "n/a" : budget.getAmount().movePointRight(2).divide(amount.getAmount(), 1,
            RoundingMode.HALF_EVEN).toPlainString() + "%";
        return head + "budget " + budget + " is " + pct + " of the deal amount " + amount + ", below the required "
            + budgetPercent.toPlainString() + "%";
      }
      case K_BUDGET_COVERS:
        return head + "budget " + bant.budgetAmountOrNull() + " covers at least " + budgetPercent.toPlainString()
            + "% of the deal amount " + amount;
      case K_TIMELINE_BEFORE:
        return head + "target date " + bant.targetDateOrNull() + " is before " + date;
      case K_TIMELINE_AFTER:
        return head + "target date " + bant.targetDateOrNull() + " is after " + date.plusMonths(timelineMonths)
            + " (" + timelineMonths + " months from " + date + ")";
      case K_TIMELINE_WITHIN:
        return head + "target date " + bant.targetDateOrNull() + " within " + timelineMonths + " months of " + date;
      default:
        throw new AssertionError(kind);
    }
  }

  /** Whether the packed verdicts qualify the opportunity (no failure). */
  boolean qualifies(int key) {
    int met = 0;
    for (int i = 0; i < CRITERIA.length; i++) {
      int v = verdict(key, i);
      if (isMet(v >>> 2)) {
        met++;
      } else if ((mandatoryMask & (1 << i)) != 0
          || (negativeDisqualifies && (v & 3) == BantStatus.NEGATIVE.ordinal())) {
        return false;
      }
    }
    return met >= minMet;
  }

  /** How criterion {@code i} of the packed verdicts fails: not at all, by its text, or by its text with " (NEGATIVE disqualifies)". */
  int failure(int key, int i) {
    int v = verdict(key, i);
    if (isMet(v >>> 2)) {
      return FAILS_NOT;
    }
    if ((mandatoryMask & (1 << i)) != 0) {
      return FAILS_TEXT;
    }
    return negativeDisqualifies && (v & 3) == BantStatus.NEGATIVE.ordinal() ? FAILS_NEGATIVE : FAILS_NOT;
  }

  static final int FAILS_NOT = 0;
  static final int FAILS_TEXT = 1;
  static final int FAILS_NEGATIVE = 2;

  /** How many criteria the packed verdicts meet. */
  static int metCount(int key) {
    int met = 0;
    for (int i = 0; i < CRITERIA.length; i++) {
      if (isMet(verdict(key, i) >>> 2)) {
        met++;
      }
    }
    return met;
  }

  /** Whether some reason the packed verdicts fail quotes amounts or dates (its text is not a constant). */
  boolean failureQuotes(int key) {
    if ((key & QUOTES_DATA) == 0) {
      return false;
    }
    for (int i = 0; i < CRITERIA.length; i++) {
      if (failure(key, i) == FAILS_TEXT && (verdict(key, i) >>> 2) >= FINITE) {
        return true;
      }
    }
    return false;
  }

  /** {@code "1 of 4 criteria met, at least 3 required"}. */
  static String minMetText(int met, int min) {
    return MIN_MET_TEXT[met][min];
  }

  /** The text of a NEGATIVE criterion that disqualifies without being mandatory (a constant). */
  String negativeText(int i, int v) {
    return text(i, v, null, null, null) + NEGATIVE_SUFFIX;
  }

  /**
   * Every reason the packed verdicts do not qualify, in order (empty when they do): the text of each failed
   * mandatory criterion ({@code texts[i]}, a {@code String} or a value rendered when read), each NEGATIVE
   * criterion when {@link #negativeDisqualifies()} (a constant), and the {@link #minMet()} shortfall.
   */
  List<Object> failures(int key, Object[] texts) {
    List<Object> out = new ArrayList<>(2);
    int met = 0;
    for (int i = 0; i < CRITERIA.length; i++) {
      int v = verdict(key, i);
      if (isMet(v >>> 2)) {
        met++;
      } else if ((mandatoryMask & (1 << i)) != 0) {
        out.add(texts[i]);
      } else if (negativeDisqualifies && (v & 3) == BantStatus.NEGATIVE.ordinal()) {
        out.add(texts[i] + NEGATIVE_SUFFIX); // a NEGATIVE verdict's text is a constant
      }
    }
    if (met < minMet) {
      out.add(MIN_MET_TEXT[met][minMet]);
    }
    return out;
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
