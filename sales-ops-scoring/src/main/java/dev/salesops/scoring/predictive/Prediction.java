package dev.salesops.scoring.predictive;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A predicted win probability with its explanation: which segment's tables were used (or the fallback over all
 * segments), the prior, each factor's likelihood ratio, and the values skipped because they were never seen.
 *
 * <p>{@code probability = S_won / (S_won + S_lost)} with {@code S_won = P(won) × Π P(value | won)} (and
 * likewise for lost), clamped to the configured bounds; {@link #unclampedProbability()} is before the clamp.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param probability the clamped probability
 * @param unclampedProbability the probability before the clamp
 * @param segment the segment whose tables were used; empty when the fallback (all segments summed) was used
 * @param priorWon the prior P(won) of the tables used (first stage's won / (won + lost))
 * @param factors the factors, in order (stage first, then fields, then tag values)
 * @param skipped {@code field=value} pairs never seen in the tables used (skipped, as Odoo does)
 */
public record Prediction(double probability, double unclampedProbability, Optional<String> segment, double priorWon,
    List<Factor> factors, List<String> skipped) {

  /** Copies the lists. */
  public Prediction {
    Objects.requireNonNull(segment, "segment");
    factors = List.copyOf(factors);
    skipped = List.copyOf(skipped);
  }

  /** Whether the fallback over all segments was used (the deal's segment had no data, or it has none). */
  public boolean isFallback() {
    return segment.isEmpty();
  }

  /** The prior odds times every factor's likelihood ratio: the posterior odds of winning (before the clamp). */
  public double odds() {
    double odds = priorWon / (1 - priorWon);
    for (Factor f : factors) {
      odds *= f.likelihoodRatio();
    }
    return odds;
  }
}
