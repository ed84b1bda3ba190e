package dev.salesops.metrics.appraisal;

import dev.salesops.core.model.UserId;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The appraisal of one person for one period: every indicator's breakdown, every gate, the weighted
 * subtotal per indicator type, the total and the rating band.
 *
 * <p>{@code total = Σ weightedScore} (exact), or 0 when a {@link GateEffect#ZERO_TOTAL} gate failed (then
 * {@code totalZeroedBy} names it and the indicator lines still show what would have counted), limited to the
 * scheme's total cap if it has one (then {@code uncappedTotal} holds the sum before the cap). The band is the
 * scheme's band for the total.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param subject the person appraised
 * @param period the appraisal period
 * @param scheme the scheme's name
 * @param indicators the indicator breakdowns, in scheme order
 * @param gates the gate results, in scheme order
 * @param subtotals Σ weighted score per indicator type
 * @param total the total score (a fraction, 1 = 100 %)
 * @param totalZeroedBy the failed gates that zeroed the total
 * @param band the rating band's name
 * @param uncappedTotal the total before the scheme's total cap, present only when the cap lowered it
 */
public record Appraisal(UserId subject, CalendarPeriod period, String scheme, List<IndicatorResult> indicators,
    List<GateResult> gates, Map<IndicatorType, BigDecimal> subtotals, BigDecimal total, List<String> totalZeroedBy, String band,
    Optional<BigDecimal> uncappedTotal) {

  /** An appraisal whose total was not capped. */
  public Appraisal(UserId subject, CalendarPeriod period, String scheme, List<IndicatorResult> indicators, List<GateResult> gates,
      Map<IndicatorType, BigDecimal> subtotals, BigDecimal total, List<String> totalZeroedBy, String band) {
    this(subject, period, scheme, indicators, gates, subtotals, total, totalZeroedBy, band, Optional.empty());
  }

  /** Copies the collections. */
  public Appraisal {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(period, "period");
    indicators = List.copyOf(indicators);
    gates = List.copyOf(gates);
    subtotals = Collections.unmodifiableMap(new EnumMap<>(subtotals));
    totalZeroedBy = List.copyOf(totalZeroedBy);
    Objects.requireNonNull(uncappedTotal, "uncappedTotal");
  }

  /** JSON: the uncapped total as a plain number, omitted when the cap did not apply (see sales-ops-json). */
  BigDecimal uncappedTotalOrNull() {
    return uncappedTotal.orElse(null);
  }

  /** The breakdown of the indicator named {@code name}, if the scheme has it. */
  public Optional<IndicatorResult> indicator(String name) {
    for (IndicatorResult r : indicators) {
      if (r.name().equals(name)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /** A multi-line explanation a rep can check by hand. */
  public String explain() {
    StringBuilder sb = new StringBuilder();
    sb.append("appraisal of ").append(subject).append(" for ").append(period).append(" under ").append(scheme).append('\n');
    for (IndicatorResult r : indicators) {
      sb.append("  ").append(r.explain()).append('\n');
    }
    for (GateResult g : gates) {
      sb.append("  ").append(g.explain()).append('\n');
    }
    subtotals.forEach((t, v) -> sb.append("  subtotal ").append(t).append(": ").append(IndicatorResult.plain(v)).append('\n'));
    sb.append("  total ").append(IndicatorResult.plain(total));
    uncappedTotal.ifPresent(u -> sb.append(" (capped from ").append(IndicatorResult.plain(u)).append(')'));
    if (!totalZeroedBy.isEmpty()) {
      sb.append(" (zeroed by gate ").append(String.join(", ", totalZeroedBy)).append(')');
    }
    return sb.append(", band ").append(band).toString();
  }
}
