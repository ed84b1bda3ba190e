package dev.salesops.scoring.allocation;

import dev.salesops.core.internal.Nullable;
import dev.salesops.core.model.UserId;
import java.util.Objects;
import java.util.Optional;
import org.joda.money.Money;

/**
 * Where one candidate went and why.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Assignment {
  private final int rank;
  private final Candidate candidate;
  private final Money expectedValue;
  private final UserId rep;  // null when absent
  private final String reason;

  /**
   * Validates the parts.
   *
   * @param rank 1 for the highest priority
   * @param candidate the candidate
   * @param expectedValue its expected value (amount × probability)
   * @param rep the rep it was assigned to; empty when no eligible rep had capacity left; {@code null} when absent
   * @param reason why, e.g. {@code "rank 1 (score 82, expected value EUR 40000.00): assigned to u2, the eligible rep with the most capacity left (3 of 3)"}
   */
  public Assignment(int rank, Candidate candidate, Money expectedValue, @Nullable UserId rep, String reason) {
    Objects.requireNonNull(candidate, "candidate");
    Objects.requireNonNull(expectedValue, "expectedValue");
    Objects.requireNonNull(reason, "reason");
    this.rank = rank;
    this.candidate = candidate;
    this.expectedValue = expectedValue;
    this.rep = rep;
    this.reason = reason;
  }

  /** The {@code rank}: 1 for the highest priority. */
  public int rank() {
    return rank;
  }

  /** The {@code candidate}: the candidate. */
  public Candidate candidate() {
    return candidate;
  }

  /** The {@code expectedValue}: its expected value (amount × probability). */
  public Money expectedValue() {
    return expectedValue;
  }

  /** The {@code rep}: the rep it was assigned to; empty when no eligible rep had capacity left. */
  public Optional<UserId> rep() {
    return Optional.ofNullable(rep);
  }

  /** The {@code reason}: why, e.g. {@code "rank 1 (score 82, expected value EUR 40000.00): assigned to u2, the eligible rep with the most capacity left (3 of 3)"}. */
  public String reason() {
    return reason;
  }

  /** Equal when every part is equal (as a record's equality). */
  @Override
  public boolean equals(Object obj) {
    return obj == this || obj instanceof Assignment o
        && rank == o.rank
        && Objects.equals(candidate, o.candidate)
        && Objects.equals(expectedValue, o.expectedValue)
        && Objects.equals(rep, o.rep)
        && Objects.equals(reason, o.reason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rank, candidate, expectedValue, rep, reason);
  }

  /** As a record's: {@code Assignment[part=value, ...]}, absent parts as {@code Optional.empty}. */
  @Override
  public String toString() {
    return "Assignment[rank=" + rank + ", candidate=" + candidate + ", expectedValue=" + expectedValue + ", rep=" + rep() + ", reason=" + reason + "]";
  }
}
