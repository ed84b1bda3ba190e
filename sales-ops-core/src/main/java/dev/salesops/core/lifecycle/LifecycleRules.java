package dev.salesops.core.lifecycle;

import dev.salesops.core.model.ProductLine;
import dev.salesops.core.validation.Problem;
import dev.salesops.core.validation.Problems;
import dev.salesops.core.validation.ValidationException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The configurable rules that derive a customer's lifecycle from its dated events, and the derivation.
 *
 * <p><b>Derivation</b> ({@link #derive}): events are taken in time order (ties keep their given order). Before
 * the first event the customer has no stage. For each event, the running {@link CustomerFact counts} are
 * updated to include it; then the <em>first</em> rule, in declared order, that is triggered by the event's
 * type, applies in the current stage and whose count minimums hold, fires: the customer moves to its
 * stage at the event's instant, with the rule's id and reason. Rules are then tried again on the same event
 * from the new stage (so a first ORDER can both acquire and convert a customer at the same instant); each
 * rule fires at most once per event, which bounds the chain, and a backward move ends the chain (a won-back
 * customer is seen re-entering its stage before later events move it on). Events that trigger no rule
 * change nothing.
 * Backward moves (churn, win-back) therefore only ever come from rules declared backward, and are kept in
 * the timeline with their reason: history is never rewound.
 *
 * <p><b>Validation</b> (all problems at once, {@link ValidationException}): 1 to 64 rules; ids are unique
 * codes; {@code on} is non-empty; every rule has {@code from} stages or {@code fromStart}; no rule moves a
 * stage to itself or from the start to CHURNED; {@code atLeast} minimums are at least 1; the reason is 1 to
 * 200 characters; a rule with a backward move is declared backward and a rule declared backward has one; at
 * least one rule applies from the start.
 *
 * <p><b>Shipped defaults</b> ({@link #defaults()}), in priority order:
 * <ol>
 *   <li>{@code acquired}: any event but CANCELLATION, from the start → ACQUISITION;
 *   <li>{@code first-purchase}: ORDER, UPSELL or RENEWAL in ACQUISITION → CONVERSION;
 *   <li>{@code growth-second-line}: ORDER or UPSELL with at least 2 distinct product lines, in CONVERSION or
 *       SERVICE → GROWTH;
 *   <li>{@code growth-upsell}: UPSELL in CONVERSION or SERVICE → GROWTH;
 *   <li>{@code service-support}: SUPPORT_CASE in CONVERSION → SERVICE;
 *   <li>{@code service-repeat-order}: ORDER with at least 2 orders, in CONVERSION → SERVICE;
 *   <li>{@code retention-renewal}: RENEWAL in CONVERSION, SERVICE or GROWTH → RETENTION;
 *   <li>{@code churn} (backward): CANCELLATION in any stage but CHURNED → CHURNED;
 *   <li>{@code win-back} (backward): ORDER, UPSELL or RENEWAL in CHURNED → CONVERSION;
 *   <li>{@code re-engaged} (backward): CONTACT in CHURNED → ACQUISITION.
 * </ol>
 *
 * <p>Not modelled (an honest limit): transitions caused by the passage of time without an event (e.g.
 * "churned after 12 months without an order"); hosts record such a decision as a CANCELLATION event.
 *
 * <p>JSON: {@code {"rules":[{...}, ...]}} (see {@link LifecycleRule}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LifecycleRules {
  /** The most rules a set may hold. */
  public static final int MAX_RULES = 64;

  private static final int START = LifecycleStage.values().length; // bit for "no stage yet"
  private static final int FACTS = CustomerFact.values().length;
  private static final LifecycleStage[] STAGES = LifecycleStage.values();

  private static final LifecycleRules DEFAULTS = buildDefaults();

  private final List<LifecycleRule> rules;
  // compiled form, for a derivation that allocates little
  private final int[] fromMask;
  private final int[] onMask;
  private final int[][] minFact;
  private final int[][] minCount;
  private final LifecycleStage[] to;
  private final boolean[][] backwardFrom;

  private LifecycleRules(List<LifecycleRule> rules) {
    this.rules = rules;
    int n = rules.size();
    fromMask = new int[n];
    onMask = new int[n];
    minFact = new int[n][];
    minCount = new int[n][];
    to = new LifecycleStage[n];
    backwardFrom = new boolean[n][START + 1];
    for (int r = 0; r < n; r++) {
      LifecycleRule rule = rules.get(r);
      for (LifecycleStage s : rule.from()) {
        fromMask[r] |= 1 << s.ordinal();
      }
      if (rule.fromStart()) {
        fromMask[r] |= 1 << START;
      }
      for (CustomerEventType t : rule.on()) {
        onMask[r] |= 1 << t.ordinal();
      }
      List<Map.Entry<CustomerFact, Integer>> mins = new ArrayList<>(rule.atLeast().entrySet());
      minFact[r] = new int[mins.size()];
      minCount[r] = new int[mins.size()];
      for (int i = 0; i < mins.size(); i++) {
        minFact[r][i] = mins.get(i).getKey().ordinal();
        minCount[r][i] = mins.get(i).getValue();
      }
      to[r] = rule.to();
      for (int s = 0; s <= START; s++) {
        backwardFrom[r][s] = !LifecycleStage.isForwardMove(s == START ? null : LifecycleStage.ofOrdinal(s), rule.to());
      }
    }
  }

  /**
   * The rules {@code rules}, validated (see the class documentation).
   *
   * @throws ValidationException listing every problem
   */
  public static LifecycleRules of(List<LifecycleRule> rules) {
    List<LifecycleRule> copy = Data.list(rules);
    List<Problem> problems = problemsOf(copy);
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    return new LifecycleRules(copy);
  }

  /** The shipped default rules (see the class documentation). */
  public static LifecycleRules defaults() {
    return DEFAULTS;
  }

  private static LifecycleRules buildDefaults() {
    List<LifecycleStage> notChurned = List.of(LifecycleStage.ACQUISITION, LifecycleStage.CONVERSION, LifecycleStage.SERVICE,
        LifecycleStage.GROWTH, LifecycleStage.RETENTION);
    List<CustomerEventType> purchases = List.of(CustomerEventType.ORDER, CustomerEventType.UPSELL, CustomerEventType.RENEWAL);
    List<CustomerEventType> anyButCancellation = new ArrayList<>(EnumSet.complementOf(EnumSet.of(CustomerEventType.CANCELLATION)));
    return of(List.of(
        LifecycleRule.of("acquired", anyButCancellation, List.of(), LifecycleStage.ACQUISITION, "first recorded activity of the customer")
            .withFromStart(),
        LifecycleRule.of("first-purchase", purchases, List.of(LifecycleStage.ACQUISITION), LifecycleStage.CONVERSION, "first purchase"),
        LifecycleRule.of("growth-second-line", List.of(CustomerEventType.ORDER, CustomerEventType.UPSELL),
            List.of(LifecycleStage.CONVERSION, LifecycleStage.SERVICE), LifecycleStage.GROWTH, "bought a second product line")
            .withAtLeast(CustomerFact.PRODUCT_LINES, 2),
        LifecycleRule.of("growth-upsell", List.of(CustomerEventType.UPSELL), List.of(LifecycleStage.CONVERSION, LifecycleStage.SERVICE),
            LifecycleStage.GROWTH, "upsell"),
        LifecycleRule.of("service-support", List.of(CustomerEventType.SUPPORT_CASE), List.of(LifecycleStage.CONVERSION),
            LifecycleStage.SERVICE, "being served: first support case after the purchase"),
        LifecycleRule.of("service-repeat-order", List.of(CustomerEventType.ORDER), List.of(LifecycleStage.CONVERSION),
            LifecycleStage.SERVICE, "being served: repeat order").withAtLeast(CustomerFact.ORDERS, 2),
        LifecycleRule.of("retention-renewal", List.of(CustomerEventType.RENEWAL),
            List.of(LifecycleStage.CONVERSION, LifecycleStage.SERVICE, LifecycleStage.GROWTH), LifecycleStage.RETENTION, "renewed"),
        LifecycleRule.of("churn", List.of(CustomerEventType.CANCELLATION), notChurned, LifecycleStage.CHURNED, "cancelled")
            .asBackward(),
        LifecycleRule.of("win-back", purchases, List.of(LifecycleStage.CHURNED), LifecycleStage.CONVERSION,
            "won back: purchase after churn").asBackward(),
        LifecycleRule.of("re-engaged", List.of(CustomerEventType.CONTACT), List.of(LifecycleStage.CHURNED), LifecycleStage.ACQUISITION,
            "re-engaged after churn").asBackward()));
  }

  private static List<Problem> problemsOf(List<LifecycleRule> rules) {
    Problems problems = new Problems();
    if (rules.isEmpty()) {
      problems.add("rules", "must not be empty");
    }
    if (rules.size() > MAX_RULES) {
      problems.add("rules", "must hold at most " + MAX_RULES + " rules", rules.size());
    }
    Set<String> ids = new HashSet<>();
    boolean anyStart = false;
    for (int r = 0; r < rules.size(); r++) {
      String path = "rules[" + r + "]";
      LifecycleRule rule = rules.get(r);
      if (rule == null) {
        problems.add(path, "must not be null");
        continue;
      }
      if (!Data.isCode(rule.id())) {
        problems.add(path + ".id", Data.CODE_RULE, rule.id());
      } else if (!ids.add(rule.id())) {
        problems.add(path + ".id", "must be unique", rule.id());
      }
      if (rule.on().isEmpty()) {
        problems.add(path + ".on", "must name at least one event type");
      }
      for (int i = 0; i < rule.on().size(); i++) {
        if (rule.on().get(i) == null) {
          problems.add(path + ".on[" + i + "]", "must not be null");
        }
      }
      if (rule.from().isEmpty() && !rule.fromStart()) {
        problems.add(path + ".from", "must name at least one stage, or fromStart must be true");
      }
      Set<LifecycleStage> seen = EnumSet.noneOf(LifecycleStage.class);
      for (int i = 0; i < rule.from().size(); i++) {
        LifecycleStage s = rule.from().get(i);
        if (s == null) {
          problems.add(path + ".from[" + i + "]", "must not be null");
        } else if (!seen.add(s)) {
          problems.add(path + ".from[" + i + "]", "must not repeat a stage", s);
        } else if (s == rule.to()) {
          problems.add(path + ".from[" + i + "]", "must not be the target stage (no move to itself)", s);
        }
      }
      rule.atLeast().forEach((fact, min) -> {
        if (fact == null) {
          problems.add(path + ".atLeast", "must not have a null fact");
        } else if (min == null || min < 1) {
          problems.add(path + ".atLeast." + fact, "must be at least 1", min);
        }
      });
      if (rule.reason() == null || rule.reason().isBlank() || rule.reason().length() > 200
          || rule.reason().chars().anyMatch(Character::isISOControl)) {
        problems.add(path + ".reason", "must be 1 to 200 characters without control characters", rule.reason());
      }
      if (rule.to() == null) {
        problems.add(path + ".to", "must be present");
        continue;
      }
      if (rule.fromStart()) {
        anyStart = true;
        if (rule.to() == LifecycleStage.CHURNED) {
          problems.add(path + ".to", "must not be CHURNED for a rule that applies from the start", rule.to());
        }
      }
      List<String> backwardMoves = new ArrayList<>();
      for (LifecycleStage s : seen) {
        if (s != rule.to() && !LifecycleStage.isForwardMove(s, rule.to())) {
          backwardMoves.add(s + "->" + rule.to());
        }
      }
      if (!backwardMoves.isEmpty() && !rule.backward()) {
        problems.add(path + ".backward", "must be true: the rule moves backward", String.join(", ", backwardMoves));
      }
      if (backwardMoves.isEmpty() && rule.backward() && !seen.isEmpty()) {
        problems.add(path + ".backward", "must be false: every move of the rule is forward", String.join(", ", rule.moves()));
      }
    }
    if (!rules.isEmpty() && !anyStart) {
      problems.add("rules", "must include a rule with fromStart true (else no customer ever gets a stage)");
    }
    return problems.toList();
  }

  /** The rules, in priority order. */
  public List<LifecycleRule> rules() {
    return rules;
  }

  /**
   * Derives the full timeline from a customer's events (see the class documentation). The events need not be
   * sorted; they are not modified.
   */
  public LifecycleTimeline derive(List<CustomerEvent> events) {
    Objects.requireNonNull(events, "events");
    List<CustomerEvent> ordered = events;
    for (int i = 0; i < events.size(); i++) {
      if (events.get(i) == null) {
        throw new NullPointerException("events[" + i + "]");
      }
      if (i > 0 && events.get(i).at().isBefore(events.get(i - 1).at())) {
        List<CustomerEvent> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing(CustomerEvent::at)); // stable: ties keep their order
        ordered = sorted;
        break;
      }
    }
    int[] counts = new int[FACTS];
    ProductLine[] lines = new ProductLine[4];
    int lineCount = 0;
    List<StageTransition> out = new ArrayList<>(8);
    int stage = START;
    int n = rules.size();
    for (int e = 0, size = ordered.size(); e < size; e++) {
      CustomerEvent event = ordered.get(e);
      CustomerEventType type = event.type();
      ProductLine line = event.productLineOrNull();
      if (line != null && !contains(lines, lineCount, line)) {
        if (lineCount == lines.length) {
          lines = java.util.Arrays.copyOf(lines, lineCount * 2);
        }
        lines[lineCount++] = line;
      }
      count(counts, type, lineCount);
      int typeBit = 1 << type.ordinal();
      long fired = 0;
      boolean moved = true;
      while (moved) {
        moved = false;
        for (int r = 0; r < n; r++) {
          if ((fired & (1L << r)) != 0 || (onMask[r] & typeBit) == 0 || (fromMask[r] & (1 << stage)) == 0 || !meets(r, counts)) {
            continue;
          }
          fired |= 1L << r;
          int from = stage;
          LifecycleRule rule = rules.get(r);
          out.add(new StageTransition(stage == START ? null : STAGES[stage], to[r], event.at(), type, rule.id(),
              backwardFrom[r][stage], rule.reason()));
          stage = to[r].ordinal();
          moved = !backwardFrom[r][from];
          break;
        }
      }
    }
    return LifecycleTimeline.trusted(out);
  }

  /** The stage at {@code instant} derived from {@code events}: {@code derive(events).stageAt(instant)}. */
  public Optional<LifecycleStage> stageAt(List<CustomerEvent> events, java.time.Instant instant) {
    Objects.requireNonNull(instant, "instant");
    return derive(events).stageAt(instant);
  }

  private static boolean contains(ProductLine[] lines, int count, ProductLine line) {
    for (int i = 0; i < count; i++) {
      if (lines[i].equals(line)) {
        return true;
      }
    }
    return false;
  }

  private static void count(int[] counts, CustomerEventType type, int lineCount) {
    switch (type) {
      case ORDER -> counts[CustomerFact.ORDERS.ordinal()]++;
      case UPSELL -> counts[CustomerFact.UPSELLS.ordinal()]++;
      case SUPPORT_CASE -> counts[CustomerFact.SUPPORT_CASES.ordinal()]++;
      case RENEWAL -> counts[CustomerFact.RENEWALS.ordinal()]++;
      case CANCELLATION -> counts[CustomerFact.CANCELLATIONS.ordinal()]++;
      case REFERRAL -> counts[CustomerFact.REFERRALS.ordinal()]++;
      case JOINT_PROJECT -> counts[CustomerFact.JOINT_PROJECTS.ordinal()]++;
      case CONTACT -> { }
      default -> throw new AssertionError(type);
    }
    if (type.isPurchase()) {
      counts[CustomerFact.PURCHASES.ordinal()]++;
    }
    counts[CustomerFact.PRODUCT_LINES.ordinal()] = lineCount;
  }

  private boolean meets(int r, int[] counts) {
    int[] facts = minFact[r];
    for (int i = 0; i < facts.length; i++) {
      if (counts[facts[i]] < minCount[r][i]) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LifecycleRules other && other.rules.equals(rules);
  }

  @Override
  public int hashCode() {
    return rules.hashCode();
  }

  @Override
  public String toString() {
    return "LifecycleRules" + rules.stream().map(LifecycleRule::id).toList();
  }
}
