package dev.salesops.core.lifecycle;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One derivation rule: on an event of one of the types {@code on}, a customer in one of the stages {@code
 * from} (or with no stage yet when {@code fromStart}) whose running {@link CustomerFact counts} reach every
 * {@code atLeast} minimum moves to {@code to}, for {@code reason}.
 *
 * <p>A rule that makes any backward move (see {@link LifecycleStage#isForwardMove}) must be declared {@code
 * backward}; a rule declared backward must make at least one backward move. Rules are plain data, validated
 * by the {@link LifecycleRules} holding them (all problems at once).
 *
 * <p>JSON: {@code {"id":"growth-second-line","on":["ORDER"],"from":["CONVERSION","SERVICE"],
 * "atLeast":{"PRODUCT_LINES":2},"to":"GROWTH","reason":"bought a second product line"}}; {@code fromStart}
 * and {@code backward} default to false, {@code atLeast} to no condition.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the rule id, a code, named in every transition it makes
 * @param on the event types that trigger the rule
 * @param from the stages the rule applies in
 * @param fromStart whether the rule also applies to a customer with no stage yet
 * @param atLeast minimum running counts, each at least 1
 * @param to the stage moved to
 * @param backward whether the rule is declared to make backward moves
 * @param reason why the move happens, recorded on the transition (1 to 200 characters)
 */
public record LifecycleRule(String id, List<CustomerEventType> on, List<LifecycleStage> from, boolean fromStart,
    Map<CustomerFact, Integer> atLeast, LifecycleStage to, boolean backward, String reason) {

  /** Copies the lists and map (keeping {@code null} elements for the validation to report). */
  public LifecycleRule {
    on = Data.list(on);
    from = Data.list(from);
    atLeast = Data.map(atLeast);
  }

  /** A forward rule with no count condition. */
  public static LifecycleRule of(String id, List<CustomerEventType> on, List<LifecycleStage> from, LifecycleStage to, String reason) {
    return new LifecycleRule(id, on, from, false, Map.of(), to, false, reason);
  }

  /** This rule also applying to customers with no stage yet. */
  public LifecycleRule withFromStart() {
    return new LifecycleRule(id, on, from, true, atLeast, to, backward, reason);
  }

  /** This rule declared backward. */
  public LifecycleRule asBackward() {
    return new LifecycleRule(id, on, from, fromStart, atLeast, to, true, reason);
  }

  /** This rule with the added condition {@code count(fact) >= minimum}. */
  public LifecycleRule withAtLeast(CustomerFact fact, int minimum) {
    Objects.requireNonNull(fact, "fact");
    Map<CustomerFact, Integer> copy = new EnumMap<>(CustomerFact.class);
    atLeast.forEach((k, v) -> {
      if (k != null) {
        copy.put(k, v);
      }
    });
    copy.put(fact, minimum);
    return new LifecycleRule(id, on, from, fromStart, copy, to, backward, reason);
  }

  /** The moves this rule can make, as {@code "FROM->TO"} ({@code "(start)->TO"} for {@code fromStart}). */
  public List<String> moves() {
    List<String> moves = new ArrayList<>();
    if (fromStart) {
      moves.add("(start)->" + to);
    }
    for (LifecycleStage s : from) {
      moves.add(s + "->" + to);
    }
    return List.copyOf(moves);
  }
}
