package dev.salesops.metrics.target;

import java.util.Objects;

/**
 * One finding of a {@link SmartCheck}: the criterion, how serious it is, a stable code for hosts and a
 * message for people.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param criterion the SMART criterion
 * @param severity {@link Severity#ERROR} (the target is not SMART) or {@link Severity#WARNING} (review it)
 * @param code a stable code such as {@code "metric-missing"}
 * @param message what was found, with the numbers
 */
public record SmartFinding(SmartCriterion criterion, Severity severity, String code, String message) {
  /** How serious a finding is. */
  public enum Severity {
    /** The criterion is not met. */
    ERROR,
    /** The criterion is met formally but the numbers deserve a look. */
    WARNING
  }

  /** Validates the parts. */
  public SmartFinding {
    Objects.requireNonNull(criterion, "criterion");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }
}
