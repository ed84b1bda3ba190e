package dev.salesops.scoring.allocation;

import dev.salesops.core.model.UserId;
import java.util.Objects;
import java.util.Optional;
import org.joda.money.Money;

/**
 * Where one candidate went and why.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param rank 1 for the highest priority
 * @param candidate the candidate
 * @param expectedValue its expected value (amount × probability)
 * @param rep the rep it was assigned to; empty when no eligible rep had capacity left
 * @param reason why, e.g. {@code "rank 1 (score 82, expected value EUR 40000.00): assigned to u2, the eligible rep
 *     with the most capacity left (3 of 3)"}
 */
public record Assignment(int rank, Candidate candidate, Money expectedValue, Optional<UserId> rep, String reason) {

  /** Validates the parts. */
  public Assignment {
    Objects.requireNonNull(candidate, "candidate");
    Objects.requireNonNull(expectedValue, "expectedValue");
    Objects.requireNonNull(rep, "rep");
    Objects.requireNonNull(reason, "reason");
  }
}
