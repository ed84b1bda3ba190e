package dev.salesops.metrics.target;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import dev.salesops.metrics.ratio.Ratio;
import org.joda.money.Money;

/**
 * One node of a top-down decomposition: a unit's key, its exact share of the parent's amount, the weight and
 * share it was given, and its own parts. The children's amounts add up exactly to the node's amount.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Allocation {
  private final String key;
  private final Money amount;
  private final Ratio share;
  private final List<Allocation> children;

  Allocation(String key, Money amount, Ratio share, List<Allocation> children) {
    this.key = key;
    this.amount = amount;
    this.share = share;
    this.children = List.copyOf(children);
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
  public List<Allocation> children() {
    return children;
  }

  /** The node with {@code key} in this subtree. */
  public Optional<Allocation> find(String key) {
    Objects.requireNonNull(key, "key");
    if (this.key.equals(key)) {
      return Optional.of(this);
    }
    for (Allocation c : children) {
      Optional<Allocation> f = c.find(key);
      if (f.isPresent()) {
        return f;
      }
    }
    return Optional.empty();
  }

  /** The leaves of this subtree in depth-first order (their amounts add up to this node's amount). */
  public List<Allocation> leaves() {
    List<Allocation> out = new ArrayList<>();
    collect(this, out);
    return List.copyOf(out);
  }

  private static void collect(Allocation a, List<Allocation> out) {
    if (a.children.isEmpty()) {
      out.add(a);
    } else {
      for (Allocation c : a.children) {
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
    for (Allocation c : children) {
      if (!c.amount.getCurrencyUnit().equals(amount.getCurrencyUnit()) || !c.isExact()) {
        return false;
      }
      sum = sum.add(c.amount.getAmount());
    }
    return sum.compareTo(amount.getAmount()) == 0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Allocation && ((Allocation) o).key.equals(key) && ((Allocation) o).amount.equals(amount)
        && ((Allocation) o).share.equals(share) && ((Allocation) o).children.equals(children);
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
