package dev.salesops.metrics.target;

import dev.salesops.core.money.LargestRemainder;
import dev.salesops.core.internal.Checks;
import dev.salesops.metrics.forecast.SeasonalIndices;
import dev.salesops.metrics.ratio.Ratio;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.joda.money.Money;

/**
 * Top-down target decomposition (目標分解) whose parts <b>always add up exactly</b> to the whole.
 *
 * <p>Money is split in the currency's minor units by the largest-remainder method
 * ({@link LargestRemainder}): each part first gets {@code floor(whole × w / Σw)} minor units; the leftover
 * units go one each to the parts with the largest remainders; <b>ties go to the part that comes first</b> in
 * the weights' order. The computation is exact whatever the weights' scale. Counts split the same way in
 * whole units. With non-negative weights every part is non-negative (a negative whole gives parts of its
 * sign). A part with weight 0 gets exactly 0.
 *
 * <p>Multi-level: {@link #decompose} splits the root by its weights, then every part by its own weights,
 * down as many levels as the weights function gives (company → region → team → rep); each level adds up
 * exactly to its parent, so the leaves add up exactly to the root. Across months: {@link #acrossMonths}
 * splits an amount by month weights (e.g. {@link Weights#seasonal} from seasonal indices); every row of
 * {@link #monthlyPlan} (one unit's months) adds up exactly to that unit's amount.
 *
 * <p>Stateless and thread-safe.
 */
public final class TargetDecomposition {
  private static final int MAX_DEPTH = 32;

  private TargetDecomposition() {}

  /** Splits {@code whole} by {@code weights}; the parts (in weight order) add up exactly to {@code whole}. */
  public static <K> Map<K, Money> split(Money whole, Weights<K> weights) {
    Objects.requireNonNull(whole, "whole");
    Objects.requireNonNull(weights, "weights");
    List<K> keys = new ArrayList<>(weights.asMap().keySet());
    List<Money> parts = LargestRemainder.split(whole, new ArrayList<>(weights.asMap().values()));
    LinkedHashMap<K, Money> out = new LinkedHashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      out.put(keys.get(i), parts.get(i));
    }
    return Collections.unmodifiableMap(out);
  }

  /** Splits a count by {@code weights} in whole units; the parts add up exactly to {@code whole}. */
  public static <K> Map<K, Long> split(long whole, Weights<K> weights) {
    Objects.requireNonNull(weights, "weights");
    List<K> keys = new ArrayList<>(weights.asMap().keySet());
    long[] parts = LargestRemainder.split(whole, new ArrayList<>(weights.asMap().values()));
    LinkedHashMap<K, Long> out = new LinkedHashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      out.put(keys.get(i), parts[i]);
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * Splits {@code whole} from {@code rootKey} down: {@code childWeights} gives each key's parts (empty for a
   * leaf). Keys must be unique in the tree (e.g. {@code "north/team-a"}); a key met twice (a cycle) or a tree
   * deeper than 32 levels is refused.
   */
  public static TargetAllocation decompose(String rootKey, Money whole, Function<String, Optional<Weights<String>>> childWeights) {
    Objects.requireNonNull(rootKey, "rootKey");
    Objects.requireNonNull(whole, "whole");
    Objects.requireNonNull(childWeights, "childWeights");
    return node(rootKey, whole, Ratio.of(1, 1), childWeights, new HashSet<>(), 0);
  }

  private static TargetAllocation node(String key, Money amount, Ratio share, Function<String, Optional<Weights<String>>> childWeights, Set<String> seen,
      int depth) {
    if (!seen.add(key)) {
      throw Checks.fail("key", "must be unique in the decomposition tree (cycle or repeated key)", key);
    }
    if (depth > MAX_DEPTH) {
      throw Checks.fail("depth", "must be at most " + MAX_DEPTH + " levels", key);
    }
    Optional<Weights<String>> w = Objects.requireNonNull(childWeights.apply(key), "childWeights result");
    if (w.isEmpty()) {
      return new TargetAllocation(key, amount, share, List.of());
    }
    Map<String, Money> parts = split(amount, w.get());
    List<TargetAllocation> children = new ArrayList<>(parts.size());
    for (Map.Entry<String, Money> e : parts.entrySet()) {
      children.add(node(e.getKey(), e.getValue(), w.get().share(e.getKey()), childWeights, seen, depth + 1));
    }
    return new TargetAllocation(key, amount, share, children);
  }

  /** Splits {@code whole} across months by month weights; the months add up exactly to {@code whole}. */
  public static SortedMap<YearMonth, Money> acrossMonths(Money whole, Weights<YearMonth> monthWeights) {
    return Collections.unmodifiableSortedMap(new TreeMap<>(split(whole, monthWeights)));
  }

  /**
   * Splits {@code whole} across the months of {@code period} by multiplicative seasonal indices (ties to the
   * earlier month).
   */
  public static SortedMap<YearMonth, Money> acrossMonths(Money whole, TargetPeriod period, SeasonalIndices indices) {
    return acrossMonths(whole, Weights.seasonal(period, indices));
  }

  /**
   * Each leaf of {@code allocation} across months by {@code monthWeights}: one row per leaf key, each adding up
   * exactly to the leaf's amount. (Column totals are each leaf's rounding summed, so they may differ by a few
   * minor units from splitting the root across months directly.)
   */
  public static Map<String, SortedMap<YearMonth, Money>> monthlyPlan(TargetAllocation allocation, Weights<YearMonth> monthWeights) {
    Objects.requireNonNull(allocation, "allocation");
    Objects.requireNonNull(monthWeights, "monthWeights");
    LinkedHashMap<String, SortedMap<YearMonth, Money>> out = new LinkedHashMap<>();
    for (TargetAllocation leaf : allocation.leaves()) {
      out.put(leaf.key(), acrossMonths(leaf.amount(), monthWeights));
    }
    return Collections.unmodifiableMap(out);
  }

  /** The sum of {@code parts} (all in one currency), for checks. */
  static BigDecimal sum(Iterable<Money> parts) {
    BigDecimal s = BigDecimal.ZERO;
    for (Money m : parts) {
      s = s.add(m.getAmount());
    }
    return s;
  }
}
