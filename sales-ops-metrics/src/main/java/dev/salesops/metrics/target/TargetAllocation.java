package dev.salesops.metrics.target;

import dev.salesops.core.internal.Checks;
import dev.salesops.metrics.ratio.Ratio;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.joda.money.Money;

/**
 * One node of a top-down decomposition: a unit's key, its exact share of the parent's amount, the weight and
 * share it was given, and its own parts. The children's amounts add up exactly to the node's amount.
 *
 * <p>JSON: {@code {"key":"north","amount":{"amount":"500.00","currency":"USD"},"share":{...},"children":[...]}};
 * on input the children must be in the node's currency and add up exactly to its amount, and keys must be
 * unique in the tree (as {@link TargetDecomposition} guarantees); {@code children} may be omitted for a leaf.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TargetAllocation {
  private final String key;
  private final Money amount;
  private final Ratio share;
  private final List<TargetAllocation> children;

  TargetAllocation(String key, Money amount, Ratio share, List<TargetAllocation> children) {
    this.key = key;
    this.amount = amount;
    this.share = share;
    this.children = List.copyOf(children);
  }

  /**
   * The node with these parts, as a stored allocation is read back (json-codecs, issue 21), checked as
   * {@link TargetDecomposition} builds it.
   *
   * @throws dev.salesops.core.validation.ValidationException if the parts do not fit together
   */
  public static TargetAllocation of(String key, Money amount, Ratio share, List<TargetAllocation> children) {
    return fromJson(key, amount, share, Objects.requireNonNull(children, "children"));
  }

  /** The node read from JSON, checked as {@link TargetDecomposition} builds it. */
  static TargetAllocation fromJson(String key, Money amount, Ratio share,
      List<TargetAllocation> children) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(share, "share");
    dev.salesops.core.money.Monies.requireBounded(amount, "allocation amount");
    if (amount.isNegative()) {
      throw Checks.fail("allocation " + key + " amount", "must not be negative", amount);
    }
    // a share is a part of the parent: defined, within [0, 1] (0/0 or -3.5 is no share)
    if (!share.isDefined() || share.numerator().signum() < 0 || share.denominator().signum() < 0
        || share.numerator().compareTo(share.denominator()) > 0) {
      throw Checks.fail("allocation " + key + " share", "must be a defined ratio within [0, 1]", share);
    }
    List<TargetAllocation> kids = children;  // never null: of() requires it
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < kids.size(); i++) {
      TargetAllocation c = Objects.requireNonNull(kids.get(i), "children element");
      if (!c.amount.getCurrencyUnit().equals(amount.getCurrencyUnit())) {
        throw Checks.fail("allocation " + key + " children[" + i + "].amount", "must be in the currency " + amount.getCurrencyUnit(), c.amount);
      }
      sum = sum.add(c.amount.getAmount());
    }
    if (!kids.isEmpty() && sum.compareTo(amount.getAmount()) != 0) {
      throw Checks.fail("allocation " + key + " children", "must add up exactly to " + amount, sum.toPlainString());
    }
    Set<String> keys = new HashSet<>();
    keys.add(key);
    for (TargetAllocation c : kids) {
      c.collectKeys(keys, key);
    }
    return new TargetAllocation(key, amount, share, kids);
  }

  private void collectKeys(Set<String> keys, String root) {
    if (!keys.add(key)) {
      throw Checks.fail("allocation " + root + " key", "must be unique in the decomposition tree", key);
    }
    for (TargetAllocation c : children) {
      c.collectKeys(keys, root);
    }
  }

  /** The unit's key (e.g. {@code "north"}, {@code "north/team-a"}). */
  public String key() {
    return key;
  }

  /** The allocated amount. */
  public Money amount() {
    return amount;
  }

  /** The weight share this node got of its parent ({@code weight / Σ weights}); {@code 1/1} at the root. */
  public Ratio share() {
    return share;
  }

  /** The parts, in weight order; empty for a leaf. */
  public List<TargetAllocation> children() {
    return children;
  }

  /** The node with {@code key} in this subtree. */
  public Optional<TargetAllocation> find(String key) {
    Objects.requireNonNull(key, "key");
    if (this.key.equals(key)) {
      return Optional.of(this);
    }
    for (TargetAllocation c : children) {
      Optional<TargetAllocation> f = c.find(key);
      if (f.isPresent()) {
        return f;
      }
    }
    return Optional.empty();
  }

  /** The leaves of this subtree in depth-first order (their amounts add up to this node's amount). */
  public List<TargetAllocation> leaves() {
    List<TargetAllocation> out = new ArrayList<>();
    collect(this, out);
    return List.copyOf(out);
  }

  private static void collect(TargetAllocation a, List<TargetAllocation> out) {
    if (a.children.isEmpty()) {
      out.add(a);
    } else {
      for (TargetAllocation c : a.children) {
        collect(c, out);
      }
    }
  }

  /** Whether the children add up exactly to this node, all the way down (always true for results of {@link TargetDecomposition}). */
  public boolean isExact() {
    if (children.isEmpty()) {
      return true;
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (TargetAllocation c : children) {
      if (!c.amount.getCurrencyUnit().equals(amount.getCurrencyUnit()) || !c.isExact()) {
        return false;
      }
      sum = sum.add(c.amount.getAmount());
    }
    return sum.compareTo(amount.getAmount()) == 0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TargetAllocation && ((TargetAllocation) o).key.equals(key) && ((TargetAllocation) o).amount.equals(amount)
        && ((TargetAllocation) o).share.equals(share) && ((TargetAllocation) o).children.equals(children);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, amount, share, children);
  }

  @Override
  public String toString() {
    return key + "=" + amount + (children.isEmpty() ? "" : children.toString());
  }
}
