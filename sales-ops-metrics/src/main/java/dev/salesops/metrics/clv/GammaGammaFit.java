package dev.salesops.metrics.clv;

import dev.salesops.core.internal.Checks;
import java.util.Objects;

/**
 * A maximum-likelihood fit of the Gamma-Gamma spend model.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param parameters the fitted parameters
 * @param logLikelihood the log-likelihood they reach
 * @param customers the customers fitted (those with repeat purchases and a positive spend)
 * @param evaluations the likelihood evaluations spent
 */
public record GammaGammaFit(GammaGammaParameters parameters, double logLikelihood, long customers, int evaluations) {
  /** Checks the parts. */
  public GammaGammaFit {
    Objects.requireNonNull(parameters, "parameters");
    Checks.nonNegative(customers, "customers");
    Checks.nonNegative(evaluations, "evaluations");
  }

  /** The fitted model. */
  public GammaGamma model() {
    return GammaGamma.of(parameters);
  }
}
