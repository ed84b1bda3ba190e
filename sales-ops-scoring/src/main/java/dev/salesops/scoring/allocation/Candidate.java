package dev.salesops.scoring.allocation;

import dev.salesops.core.internal.Nullable;
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
 */
public final class Candidate {
  private final String id;
  private final double score;
  private final Money amount;
  private final Probability probability;
  private final String territory;  // null when absent

  /**
   * Validates the parts.
   *
   * @param id the host's identifier of the opportunity or lead
   * @param score its score, finite
   * @param amount the deal amount (zero when not estimated)
   * @param probability the win probability
   * @param territory the territory (e.g. region code) a rep must cover; empty when any rep may take it; {@code null} when absent
   */
  public Candidate(String id, double score, Money amount, Probability probability, @Nullable String territory) {
    Checks.text(id, "candidate.id", 128);
    Checks.finite(score, "candidate.score");
    Objects.requireNonNull(amount, "amount");
    if (amount.isNegative()) {
      throw Checks.fail("candidate.amount", "must not be negative", amount);
    }
    Objects.requireNonNull(probability, "probability");
    this.id = id;
    this.score = score;
    this.amount = amount;
    this.probability = probability;
    this.territory = territory;
  }

  /** The {@code id}: the host's identifier of the opportunity or lead. */
  public String id() {
    return id;
  }

  /** The {@code score}: its score, finite. */
  public double score() {
    return score;
  }

  /** The {@code amount}: the deal amount (zero when not estimated). */
  public Money amount() {
    return amount;
  }

  /** The {@code probability}: the win probability. */
  public Probability probability() {
    return probability;
  }

  /** The {@code territory}: the territory (e.g. region code) a rep must cover; empty when any rep may take it. */
  public Optional<String> territory() {
    return Optional.ofNullable(territory);
  }

  /** A candidate any rep may take. */
  public static Candidate of(String id, double score, Money amount, Probability probability) {
    return new Candidate(id, score, amount, probability, null);
  }

  /** {@code amount × probability}, rounded half-even to the currency's minor unit. */
  public Money expectedValue() {
    return probability.times(amount, RoundingMode.HALF_EVEN);
  }

  /** Equal when every part is equal (as a record's equality). */
  @Override
  public boolean equals(Object obj) {
    return obj == this || obj instanceof Candidate o
        && Objects.equals(id, o.id)
        && Double.compare(score, o.score) == 0
        && Objects.equals(amount, o.amount)
        && Objects.equals(probability, o.probability)
        && Objects.equals(territory, o.territory);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, score, amount, probability, territory);
  }

  /** As a record's: {@code Candidate[part=value, ...]}, absent parts as {@code Optional.empty}. */
  @Override
  public String toString() {
    return "Candidate[id=" + id + ", score=" + score + ", amount=" + amount + ", probability=" + probability + ", territory=" + territory() + "]";
  }
}
