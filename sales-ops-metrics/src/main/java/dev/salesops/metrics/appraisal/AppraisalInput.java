package dev.salesops.metrics.appraisal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The measured values of one person for one appraisal: per indicator name, the measurements of its
 * sub-periods (e.g. thirteen weekly visit counts, three monthly revenues, one quarterly rating). The values
 * come from the KPI engine or the host; the appraisal only scores them.
 *
 * <p>Measurements of sub-periods not assigned to the appraisal period are ignored and reported as such.
 *
 * <p>JSON (sales-ops-json's codecs): {@code {"measurements": {"revenue": [{"period":
 * "2026-04", "actual": 100000, "target": 100000}, ...], "visits": [{"period": "2026-W14", ...}]}}}; periods
 * are {@link CalendarPeriod} labels.
 *
 * <p>This class is immutable and thread-safe; its {@link Builder} is not.
 *
 * @param measurements per indicator name, its measurements
 */
public record AppraisalInput(Map<String, List<Measurement>> measurements) {

  /** Copies the map. */
  public AppraisalInput {
    Objects.requireNonNull(measurements, "measurements");
    Map<String, List<Measurement>> copy = new LinkedHashMap<>();
    measurements.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "indicator"), List.copyOf(v)));
    measurements = Collections.unmodifiableMap(copy);
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AppraisalInput}. Not thread-safe. */
  public static final class Builder {
    private final Map<String, List<Measurement>> map = new LinkedHashMap<>();

    Builder() {}

    /** Adds a measurement of {@code indicator}. */
    public Builder add(String indicator, Measurement measurement) {
      Objects.requireNonNull(indicator, "indicator");
      Objects.requireNonNull(measurement, "measurement");
      map.computeIfAbsent(indicator, k -> new ArrayList<>()).add(measurement);
      return this;
    }

    /** Adds a measurement of {@code indicator} for {@code period}. */
    public Builder add(String indicator, CalendarPeriod period, BigDecimal actual, BigDecimal target) {
      return add(indicator, Measurement.of(period, actual, target));
    }

    /** Adds a measurement of {@code indicator} for {@code period} from decimal texts. */
    public Builder add(String indicator, CalendarPeriod period, String actual, String target) {
      return add(indicator, Measurement.of(period, new BigDecimal(actual), new BigDecimal(target)));
    }

    /** The input. */
    public AppraisalInput build() {
      return new AppraisalInput(map);
    }
  }
}
