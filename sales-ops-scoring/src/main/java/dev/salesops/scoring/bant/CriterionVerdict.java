package dev.salesops.scoring.bant;

import dev.salesops.core.model.BantCriterion;
import dev.salesops.core.model.BantStatus;
import java.util.Objects;

/**
 * How one BANT criterion was judged.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param criterion the criterion
 * @param status its recorded status
 * @param met whether it counts as met under the policy
 * @param mandatory whether the policy requires it
 * @param reason why, e.g. {@code "Authority: UNKNOWN — no decision-maker contact recorded"}
 */
public record CriterionVerdict(BantCriterion criterion, BantStatus status, boolean met, boolean mandatory, String reason) {

  /** Validates the parts. */
  public CriterionVerdict {
    Objects.requireNonNull(criterion, "criterion");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(reason, "reason");
  }
}
