package dev.salesops.metrics.incentive;

import dev.salesops.metrics.ratio.Ratio;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.joda.money.Money;

/**
 * A commission payout with every calculation line, so that a rep can check it by hand.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param plan the plan's name
 * @param credited the credited amount
 * @param quota the quota
 * @param attainment {@code credited / quota}
 * @param rating the appraisal rating applied, if the plan uses one
 * @param lines the calculation lines, ending with the {@code TOTAL} line
 * @param total the payout
 */
public record Payout(String plan, Money credited, Money quota, Ratio attainment, Optional<String> rating, List<PayoutLine> lines, Money total) {

  /** Copies the lines. */
  public Payout {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(credited, "credited");
    Objects.requireNonNull(quota, "quota");
    Objects.requireNonNull(attainment, "attainment");
    Objects.requireNonNull(rating, "rating");
    lines = List.copyOf(lines);
    Objects.requireNonNull(total, "total");
  }

  /** The lines, one per row, headed by the plan, amounts and attainment. */
  public String explain() {
    StringBuilder sb = new StringBuilder();
    sb.append("plan ").append(plan).append(": credited ").append(credited).append(" / quota ").append(quota)
        .append(" = attainment ").append(attainment.value().map(v -> v.toPlainString()).orElse("undefined"));
    rating.ifPresent(r -> sb.append(", rating ").append(r));
    for (PayoutLine l : lines) {
      sb.append("\n  ").append(l.kind()).append(": ").append(l.description());
    }
    return sb.toString();
  }
}
