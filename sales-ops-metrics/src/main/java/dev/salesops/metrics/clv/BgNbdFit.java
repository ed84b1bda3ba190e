package dev.salesops.metrics.clv;

import dev.salesops.core.internal.Checks;
import java.util.Objects;

/**
 * A maximum-likelihood fit of the BG/NBD model: the parameters, the log-likelihood they reach on the data, the
 * number of customers and of likelihood evaluations the optimiser spent.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param parameters the fitted parameters
 * @param logLikelihood {@code Σ ln L(r, α, a, b | x, t_x, T)} over the customers
 * @param customers the number of customers fitted
 * @param evaluations the likelihood evaluations spent
 */
public record BgNbdFit(BgNbdParameters parameters, double logLikelihood, long customers, int evaluations) {
  /** Checks the parts. */
  public BgNbdFit {
    Objects.requireNonNull(parameters, "parameters");
    Checks.nonNegative(customers, "customers");
    Checks.nonNegative(evaluations, "evaluations");
  }

  /** The fitted model. */
  public BgNbd model() {
    return BgNbd.of(parameters);
  }
}
