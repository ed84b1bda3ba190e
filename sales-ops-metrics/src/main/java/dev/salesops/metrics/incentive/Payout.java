package dev.salesops.metrics.incentive;

import dev.salesops.core.internal.Nullable;
import dev.salesops.metrics.ratio.Ratio;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.joda.money.Money;

/**
 * A commission payout with every calculation line, so that a rep can check it by hand.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Payout {
  private final String plan;
  private final Money credited;
  private final Money quota;
  private final Ratio attainment;
  private final String rating;  // null when absent
  private final List<PayoutLine> lines;
  private final Money total;

  /**
   * Copies the lines.
   *
   * @param plan the plan's name
   * @param credited the credited amount
   * @param quota the quota
   * @param attainment {@code credited / quota}
   * @param rating the appraisal rating applied, if the plan uses one; {@code null} when absent
   * @param lines the calculation lines, ending with the {@code TOTAL} line
   * @param total the payout
   */
  public Payout(String plan, Money credited, Money quota, Ratio attainment, @Nullable String rating, List<PayoutLine> lines, Money total) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(credited, "credited");
    Objects.requireNonNull(quota, "quota");
    Objects.requireNonNull(attainment, "attainment");
    lines = List.copyOf(lines);
    Objects.requireNonNull(total, "total");
    this.plan = plan;
    this.credited = credited;
    this.quota = quota;
    this.attainment = attainment;
    this.rating = rating;
    this.lines = lines;
    this.total = total;
  }

  /** The {@code plan}: the plan's name. */
  public String plan() {
    return plan;
  }

  /** The {@code credited}: the credited amount. */
  public Money credited() {
    return credited;
  }

  /** The {@code quota}: the quota. */
  public Money quota() {
    return quota;
  }

  /** The {@code attainment}: {@code credited / quota}. */
  public Ratio attainment() {
    return attainment;
  }

  /** The {@code rating}: the appraisal rating applied, if the plan uses one. */
  public Optional<String> rating() {
    return Optional.ofNullable(rating);
  }

  /** The {@code lines}: the calculation lines, ending with the {@code TOTAL} line. */
  public List<PayoutLine> lines() {
    return lines;
  }

  /** The {@code total}: the payout. */
  public Money total() {
    return total;
  }

  /** The lines, one per row, headed by the plan, amounts and attainment. */
  public String explain() {
    StringBuilder sb = new StringBuilder();
    sb.append("plan ").append(plan).append(": credited ").append(credited).append(" / quota ").append(quota)
        .append(" = attainment ").append(attainment.value().map(v -> v.toPlainString()).orElse("undefined"));
    rating().ifPresent(r -> sb.append(", rating ").append(r));
    for (PayoutLine l : lines) {
      sb.append("\n  ").append(l.kind()).append(": ").append(l.description());
    }
    return sb.toString();
  }

  /** Equal when every part is equal (as a record's equality). */
  @Override
  public boolean equals(Object obj) {
    return obj == this || obj instanceof Payout o
        && Objects.equals(plan, o.plan)
        && Objects.equals(credited, o.credited)
        && Objects.equals(quota, o.quota)
        && Objects.equals(attainment, o.attainment)
        && Objects.equals(rating, o.rating)
        && Objects.equals(lines, o.lines)
        && Objects.equals(total, o.total);
  }

  @Override
  public int hashCode() {
    return Objects.hash(plan, credited, quota, attainment, rating, lines, total);
  }

  /** As a record's: {@code Payout[part=value, ...]}, absent parts as {@code Optional.empty}. */
  @Override
  public String toString() {
    return "Payout[plan=" + plan + ", credited=" + credited + ", quota=" + quota + ", attainment=" + attainment + ", rating=" + rating() + ", lines=" + lines + ", total=" + total + "]";
  }
}
