package dev.salesops.scoring.allocation;

import dev.salesops.core.model.Probability;
import dev.salesops.core.internal.Checks;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import org.joda.money.Money;

/**
 * An opportunity (or lead) to prioritise: its id, its score (e.g. a scorecard total), its amount and win
 * probability (e.g. predicted), and optionally the territory a rep must cover to take it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the host's identifier of the opportunity or lead
 * @param score its score, finite
 * @param amount the deal amount (zero when not estimated)
 * @param probability the win probability
 * @param territory the territory (e.g. region code) a rep must cover; empty when any rep may take it
 */
public record Candidate(String id, double score, Money amount, Probability probability, Optional<String> territory) {

  /** Validates the parts. */
  public Candidate {
    Checks.text(id, "candidate.id", 128);
    Checks.finite(score, "candidate.score");
    Objects.requireNonNull(amount, "amount");
    if (amount.isNegative()) {
      throw Checks.fail("candidate.amount", "must not be negative", amount);
    }
    Objects.requireNonNull(probability, "probability");
    Objects.requireNonNull(territory, "territory");
  }

  /** A candidate any rep may take. */
  public static Candidate of(String id, double score, Money amount, Probability probability) {
    return new Candidate(id, score, amount, probability, Optional.empty());
  }

  /** {@code amount × probability}, rounded half-even to the currency's minor unit. */
  public Money expectedValue() {
    return probability.times(amount, RoundingMode.HALF_EVEN);
  }
}
