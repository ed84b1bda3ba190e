package dev.salesops.metrics.clv;

import dev.salesops.core.internal.Nullable;
import dev.salesops.core.internal.Checks;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Customers simulated from known BG/NBD (and optionally Gamma-Gamma) parameters, for checking fits and sizing
 * hosts' jobs: each customer draws {@code λ ~ Gamma(r, α)} and {@code p ~ Beta(a, b)}, makes a first purchase at
 * time 0, then buys at exponential intervals of rate {@code λ} and drops out after each repeat purchase with
 * probability {@code p} (as the BG/NBD likelihood and the lifetimes package's generator have it); its age {@code T} is uniform in {@code [minAge, maxAge]}. With spend parameters each transaction's
 * value is {@code Gamma(p, ν)} with {@code ν ~ Gamma(q, γ)} per customer, and the summary carries the mean of the
 * repeat transactions. Deterministic for a seeded {@link SplittableRandom} (the caller's: no global state).
 *
 * <p>This class is thread-safe (stateless).
 */
public final class ClvSimulation {
  private ClvSimulation() {}

  /**
   * {@code n} simulated customer summaries.
   *
   * @param spend the Gamma-Gamma spend parameters; {@code null} = absent (summaries without a mean spend)
   */
  public static List<CustomerSummary> customers(BgNbdParameters purchases, @Nullable GammaGammaParameters spend, int n, double minAge,
      double maxAge, SplittableRandom random) {
    Objects.requireNonNull(purchases, "purchases");
    Objects.requireNonNull(random, "random");
    Checks.positive(n, "n");
    if (!(minAge > 0) || !(maxAge >= minAge) || Double.isInfinite(maxAge)) {
      throw Checks.fail("maxAge", "must be finite, with 0 < minAge <= maxAge", minAge + ".." + maxAge);
    }
    List<CustomerSummary> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      double age = minAge + (maxAge - minAge) * random.nextDouble();
      double lambda = gamma(random, purchases.r()) / purchases.alpha();
      double ga = gamma(random, purchases.a());
      double p = ga / (ga + gamma(random, purchases.b()));
      double nu = spend == null ? 0.0 : gamma(random, spend.q()) / spend.gamma();
      int x = 0;
      double t = 0;
      double tx = 0;
      double spent = 0;
      while (true) {
        t += -Math.log(1 - random.nextDouble()) / lambda;
        if (t > age) {
          break;
        }
        x++;
        tx = t;
        if (spend != null) {
          spent += gamma(random, spend.p()) / nu;
        }
        if (random.nextDouble() < p) {
          break; // drops out after a repeat purchase (the likelihood's (1 − p)^x and p (1 − p)^(x − 1))
        }
      }
      out.add(x > 0 && spend != null ? CustomerSummary.of(x, tx, age, BigDecimal.valueOf(spent / x)) : CustomerSummary.of(x, tx, age));
    }
    return out;
  }

  /** A Gamma(shape, 1) draw (Marsaglia and Tsang 2000; shape below 1 by the boost U^(1/shape)). */
  static double gamma(SplittableRandom random, double shape) {
    if (shape < 1) {
      return gamma(random, shape + 1) * Math.pow(random.nextDouble(), 1 / shape);
    }
    double d = shape - 1.0 / 3;
    double c = 1 / Math.sqrt(9 * d);
    while (true) {
      double z;
      double v;
      do {
        z = normal(random);
        v = 1 + c * z;
      } while (v <= 0);
      v = v * v * v;
      double u = random.nextDouble();
      if (u < 1 - 0.0331 * z * z * z * z || Math.log(u) < 0.5 * z * z + d * (1 - v + Math.log(v))) {
        return d * v;
      }
    }
  }

  private static double normal(SplittableRandom random) {
    double u1 = 1 - random.nextDouble();
    double u2 = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  }
}
