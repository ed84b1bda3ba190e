package dev.salesops.metrics.collections;

import dev.salesops.core.model.UserId;
import java.util.Objects;

/**
 * A rep and a period (e.g. a {@link java.time.YearMonth}), the key of collected cash.
 *
 * <p>This class is immutable and thread-safe when {@code P} is.
 *
 * @param rep the rep
 * @param period the period
 * @param <P> the period type
 */
public record RepPeriod<P>(UserId rep, P period) {

  /** Validates the parts. */
  public RepPeriod {
    Objects.requireNonNull(rep, "rep");
    Objects.requireNonNull(period, "period");
  }
}
