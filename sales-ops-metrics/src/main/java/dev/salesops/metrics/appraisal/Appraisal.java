package dev.salesops.metrics.appraisal;

import dev.salesops.core.internal.Nullable;
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
 */
public final class Appraisal {
  private final UserId subject;
  private final CalendarPeriod period;
  private final String scheme;
  private final List<IndicatorResult> indicators;
  private final List<GateResult> gates;
  private final Map<IndicatorType, BigDecimal> subtotals;
  private final BigDecimal total;
  private final List<String> totalZeroedBy;
  private final String band;
  private final BigDecimal uncappedTotal;  // null when absent

  /**
   * Copies the collections.
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
   * @param uncappedTotal the total before the scheme's total cap, present only when the cap lowered it; {@code null} when absent
   */
  public Appraisal(UserId subject, CalendarPeriod period, String scheme, List<IndicatorResult> indicators, List<GateResult> gates, Map<IndicatorType, BigDecimal> subtotals, BigDecimal total, List<String> totalZeroedBy, String band, @Nullable BigDecimal uncappedTotal) {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(period, "period");
    indicators = List.copyOf(indicators);
    gates = List.copyOf(gates);
    EnumMap<IndicatorType, BigDecimal> sub = new EnumMap<>(IndicatorType.class); // new EnumMap<>(map) refuses an empty Map.of()
    sub.putAll(subtotals);
    subtotals = Collections.unmodifiableMap(sub);
    totalZeroedBy = List.copyOf(totalZeroedBy);
    this.subject = subject;
    this.period = period;
    this.scheme = scheme;
    this.indicators = indicators;
    this.gates = gates;
    this.subtotals = subtotals;
    this.total = total;
    this.totalZeroedBy = totalZeroedBy;
    this.band = band;
    this.uncappedTotal = uncappedTotal;
  }

  /** The {@code subject}: the person appraised. */
  public UserId subject() {
    return subject;
  }

  /** The {@code period}: the appraisal period. */
  public CalendarPeriod period() {
    return period;
  }

  /** The {@code scheme}: the scheme's name. */
  public String scheme() {
    return scheme;
  }

  /** The {@code indicators}: the indicator breakdowns, in scheme order. */
  public List<IndicatorResult> indicators() {
    return indicators;
  }

  /** The {@code gates}: the gate results, in scheme order. */
  public List<GateResult> gates() {
    return gates;
  }

  /** The {@code subtotals}: Σ weighted score per indicator type. */
  public Map<IndicatorType, BigDecimal> subtotals() {
    return subtotals;
  }

  /** The {@code total}: the total score (a fraction, 1 = 100 %). */
  public BigDecimal total() {
    return total;
  }

  /** The {@code totalZeroedBy}: the failed gates that zeroed the total. */
  public List<String> totalZeroedBy() {
    return totalZeroedBy;
  }

  /** The {@code band}: the rating band's name. */
  public String band() {
    return band;
  }

  /** The {@code uncappedTotal}: the total before the scheme's total cap, present only when the cap lowered it. */
  public Optional<BigDecimal> uncappedTotal() {
    return Optional.ofNullable(uncappedTotal);
  }

  /** An appraisal whose total was not capped. */
  public Appraisal(UserId subject, CalendarPeriod period, String scheme, List<IndicatorResult> indicators, List<GateResult> gates,
      Map<IndicatorType, BigDecimal> subtotals, BigDecimal total, List<String> totalZeroedBy, String band) {
    this(subject, period, scheme, indicators, gates, subtotals, total, totalZeroedBy, band, null);
  }

  /** JSON: the uncapped total as a plain number, omitted when the cap did not apply (see sales-ops-json). */
  BigDecimal uncappedTotalOrNull() {
    return uncappedTotal().orElse(null);
  }

  /** The breakdown of the indicator named {@code name}, if the scheme has it. */
  public Optional<IndicatorResult> indicator(String name) {
    Objects.requireNonNull(name, "name");
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
    uncappedTotal().ifPresent(u -> sb.append(" (capped from ").append(IndicatorResult.plain(u)).append(')'));
    if (!totalZeroedBy.isEmpty()) {
      sb.append(" (zeroed by gate ").append(String.join(", ", totalZeroedBy)).append(')');
    }
    return sb.append(", band ").append(band).toString();
  }

  /** Equal when every part is equal (as a record's equality). */
  @Override
  public boolean equals(Object obj) {
    return obj == this || obj instanceof Appraisal o
        && Objects.equals(subject, o.subject)
        && Objects.equals(period, o.period)
        && Objects.equals(scheme, o.scheme)
        && Objects.equals(indicators, o.indicators)
        && Objects.equals(gates, o.gates)
        && Objects.equals(subtotals, o.subtotals)
        && Objects.equals(total, o.total)
        && Objects.equals(totalZeroedBy, o.totalZeroedBy)
        && Objects.equals(band, o.band)
        && Objects.equals(uncappedTotal, o.uncappedTotal);
  }

  @Override
  public int hashCode() {
    return Objects.hash(subject, period, scheme, indicators, gates, subtotals, total, totalZeroedBy, band, uncappedTotal);
  }

  /** As a record's: {@code Appraisal[part=value, ...]}, absent parts as {@code Optional.empty}. */
  @Override
  public String toString() {
    return "Appraisal[subject=" + subject + ", period=" + period + ", scheme=" + scheme + ", indicators=" + indicators + ", gates=" + gates + ", subtotals=" + subtotals + ", total=" + total + ", totalZeroedBy=" + totalZeroedBy + ", band=" + band + ", uncappedTotal=" + uncappedTotal() + "]";
  }
}
