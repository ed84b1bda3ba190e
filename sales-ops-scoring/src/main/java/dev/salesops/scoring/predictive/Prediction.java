package dev.salesops.scoring.predictive;

import dev.salesops.core.internal.Nullable;
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
 */
public final class Prediction {
  private final double probability;
  private final double unclampedProbability;
  private final String segment;  // null when absent
  private final double priorWon;
  private final List<Factor> factors;
  private final List<String> skipped;

  /**
   * Copies the lists.
   *
   * @param probability the clamped probability
   * @param unclampedProbability the probability before the clamp
   * @param segment the segment whose tables were used; empty when the fallback (all segments summed) was used; {@code null} when absent
   * @param priorWon the prior P(won) of the tables used (first stage's won / (won + lost))
   * @param factors the factors, in order (stage first, then fields, then tag values)
   * @param skipped {@code field=value} pairs never seen in the tables used (skipped, as Odoo does)
   */
  public Prediction(double probability, double unclampedProbability, @Nullable String segment, double priorWon, List<Factor> factors, List<String> skipped) {
    factors = List.copyOf(factors);
    skipped = List.copyOf(skipped);
    this.probability = probability;
    this.unclampedProbability = unclampedProbability;
    this.segment = segment;
    this.priorWon = priorWon;
    this.factors = factors;
    this.skipped = skipped;
  }

  /** The {@code probability}: the clamped probability. */
  public double probability() {
    return probability;
  }

  /** The {@code unclampedProbability}: the probability before the clamp. */
  public double unclampedProbability() {
    return unclampedProbability;
  }

  /** The {@code segment}: the segment whose tables were used; empty when the fallback (all segments summed) was used. */
  public Optional<String> segment() {
    return Optional.ofNullable(segment);
  }

  /** The {@code priorWon}: the prior P(won) of the tables used (first stage's won / (won + lost)). */
  public double priorWon() {
    return priorWon;
  }

  /** The {@code factors}: the factors, in order (stage first, then fields, then tag values). */
  public List<Factor> factors() {
    return factors;
  }

  /** The {@code skipped}: {@code field=value} pairs never seen in the tables used (skipped, as Odoo does). */
  public List<String> skipped() {
    return skipped;
  }

  /** Whether the fallback over all segments was used (the deal's segment had no data, or it has none). */
  public boolean isFallback() {
    return segment().isEmpty();
  }

  /** The prior odds times every factor's likelihood ratio: the posterior odds of winning (before the clamp). */
  public double odds() {
    double odds = priorWon / (1 - priorWon);
    for (Factor f : factors) {
      odds *= f.likelihoodRatio();
    }
    return odds;
  }

  /** Equal when every part is equal (as a record's equality). */
  @Override
  public boolean equals(Object obj) {
    return obj == this || obj instanceof Prediction o
        && Double.compare(probability, o.probability) == 0
        && Double.compare(unclampedProbability, o.unclampedProbability) == 0
        && Objects.equals(segment, o.segment)
        && Double.compare(priorWon, o.priorWon) == 0
        && Objects.equals(factors, o.factors)
        && Objects.equals(skipped, o.skipped);
  }

  @Override
  public int hashCode() {
    return Objects.hash(probability, unclampedProbability, segment, priorWon, factors, skipped);
  }

  /** As a record's: {@code Prediction[part=value, ...]}, absent parts as {@code Optional.empty}. */
  @Override
  public String toString() {
    return "Prediction[probability=" + probability + ", unclampedProbability=" + unclampedProbability + ", segment=" + segment() + ", priorWon=" + priorWon + ", factors=" + factors + ", skipped=" + skipped + "]";
  }
}
