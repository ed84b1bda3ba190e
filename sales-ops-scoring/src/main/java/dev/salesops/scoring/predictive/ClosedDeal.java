package dev.salesops.scoring.predictive;

import dev.salesops.core.internal.Checks;
import dev.salesops.core.model.Outcome;
import java.util.Objects;

/**
 * A deal closed won or lost: one record of the training history.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param deal the deal's values as they were when it closed
 * @param outcome won or lost ({@link Outcome#OPEN} is refused: an open deal is not history)
 */
public record ClosedDeal(Deal deal, Outcome outcome) {

  /** Validates the parts. */
  public ClosedDeal {
    Objects.requireNonNull(deal, "deal");
    Objects.requireNonNull(outcome, "outcome");
    if (!outcome.isClosed()) {
      throw Checks.fail("outcome", "must be WON or LOST for a closed deal", outcome);
    }
  }

  /** A won deal. */
  public static ClosedDeal won(Deal deal) {
    return new ClosedDeal(deal, Outcome.WON);
  }

  /** A lost deal. */
  public static ClosedDeal lost(Deal deal) {
    return new ClosedDeal(deal, Outcome.LOST);
  }
}
