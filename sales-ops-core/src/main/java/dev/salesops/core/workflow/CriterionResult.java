package dev.salesops.core.workflow;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of one criterion: met or not, and the human-readable reasons (why it is met, or <em>every</em>
 * reason it is not, e.g. {@code "BANT not met: Authority UNKNOWN — no decision-maker contact recorded"}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param met whether the criterion holds
 * @param reasons the reasons, in order; never empty when not met
 */
public record CriterionResult(boolean met, List<String> reasons) {

  /** Validates and copies the reasons. */
  public CriterionResult {
    reasons = List.copyOf(Objects.requireNonNull(reasons, "reasons"));
    if (!met && reasons.isEmpty()) {
      throw new IllegalArgumentException("reasons must not be empty when a criterion is not met");
    }
  }

  /** The criterion holds, for {@code reason}. */
  public static CriterionResult met(String reason) {
    return new CriterionResult(true, List.of(reason));
  }

  /** The criterion does not hold, for {@code reason}. */
  public static CriterionResult unmet(String reason) {
    return new CriterionResult(false, List.of(reason));
  }

  /** The criterion does not hold, for all of {@code reasons}. */
  public static CriterionResult unmet(List<String> reasons) {
    return new CriterionResult(false, reasons);
  }
}
