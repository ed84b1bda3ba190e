package dev.salesops.metrics.clv;

import static dev.salesops.metrics.clv.SpecialFunctions.lnGamma;

import dev.salesops.core.internal.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The Gamma-Gamma spend model and a monetary customer lifetime value (Fader, Hardie and Lee 2005, "RFM and CLV";
 * Fader and Hardie 2013, "The Gamma-Gamma Model of Monetary Value"). For a customer with {@code x} repeat
 * purchases of average value {@code m_x}:
 *
 * <ul>
 *   <li><b>Likelihood</b>: {@code ln L = ln Γ(px + q) − ln Γ(px) − ln Γ(q) + q ln γ + (px − 1) ln m_x + px ln x
 *       − (px + q) ln(γ + x m_x)}; only customers with {@code x > 0} and a known spend count (as in the paper).
 *   <li><b>Expected average spend</b>: {@code E[M | x, m_x] = p (γ + x m_x) / (px + q − 1)}, a weighted mean of
 *       the population mean {@code pγ / (q − 1)} and the customer's own {@code m_x}; a customer without repeat
 *       purchases gets the population mean. Needs {@code q > 1}.
 *   <li><b>Customer lifetime value</b> ({@link #customerLifetimeValue}): over {@code K} steps of length {@code Δ}
 *       (in the BG/NBD time unit), {@code CLV = Σ_{k=1..K} margin × E[M] × (E[Y(kΔ)] − E[Y((k − 1)Δ)]) / (1 +
 *       d)^k}, with {@code E[Y(t)]} the BG/NBD conditional expectation and {@code d} the discount rate per step:
 *       the discounted cash-flow form of the Python lifetimes package's {@code customer_lifetime_value} (which
 *       uses months as steps).
 * </ul>
 *
 * <p>The fit maximises the likelihood over {@code (ln p, ln q, ln γ)} with the same Nelder-Mead optimiser as
 * {@link BgNbd#fit} (start {@code (1, 1, 1)}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class GammaGamma {
  private final GammaGammaParameters p;

  private GammaGamma(GammaGammaParameters p) {
    this.p = p;
  }

  /** The model with {@code parameters}. */
  public static GammaGamma of(GammaGammaParameters parameters) {
    return new GammaGamma(Objects.requireNonNull(parameters, "parameters"));
  }

  /** The model with parameters {@code p, q, gamma}. */
  public static GammaGamma of(double p, double q, double gamma) {
    return of(new GammaGammaParameters(p, q, gamma));
  }

  /** The parameters. */
  public GammaGammaParameters parameters() {
    return p;
  }

  /** The population mean of a customer's average spend, {@code pγ / (q − 1)}. */
  public double populationMeanSpend() {
    needQAboveOne();
    return p.p() * p.gamma() / (p.q() - 1);
  }

  /** {@code E[M | x, m_x]}: the expected average spend of a customer with {@code x} repeat purchases averaging {@code m_x}. */
  public double expectedAverageSpend(int x, double averageSpend) {
    Checks.nonNegative(x, "x");
    if (!(averageSpend >= 0) || Double.isInfinite(averageSpend)) {
      throw Checks.fail("averageSpend", "must be a finite number >= 0", averageSpend);
    }
    needQAboveOne();
    return p.p() * (p.gamma() + x * averageSpend) / (p.p() * x + p.q() - 1);
  }

  /** {@code E[M | x, m_x]} of a summary; the population mean when it has no repeat purchase or no spend. */
  public double expectedAverageSpend(CustomerSummary s) {
    Objects.requireNonNull(s, "summary");
    return s.averageRepeatSpend().isEmpty() ? populationMeanSpend() : expectedAverageSpend(s.frequency(), s.averageRepeatSpend().get().doubleValue());
  }

  private void needQAboveOne() {
    if (!(p.q() > 1)) {
      throw Checks.fail("q", "must be > 1 for an expected spend (the mean is infinite otherwise)", p.q());
    }
  }

  /**
   * The discounted customer lifetime value (see the class documentation), as money rounded to the currency's
   * decimals with {@code rounding}.
   *
   * @param purchases the fitted BG/NBD model
   * @param customer the customer's summary (its spend, if any, in {@code currency})
   * @param steps the number of steps {@code K} (1 to 1,200)
   * @param stepLength the length {@code Δ} of a step in the BG/NBD time unit (e.g. 52/12 weeks for months)
   * @param discountRate the discount rate per step {@code d}, within [0, 1)
   * @param margin the profit margin applied to the spend, within [0, 1] (1 for revenue)
   */
  public Money customerLifetimeValue(BgNbd purchases, CustomerSummary customer, int steps, double stepLength, BigDecimal discountRate,
      BigDecimal margin, CurrencyUnit currency, RoundingMode rounding) {
    Objects.requireNonNull(purchases, "purchases");
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(rounding, "rounding");
    if (steps < 1 || steps > 1200) {
      throw Checks.fail("steps", "must be within [1, 1200]", steps);
    }
    if (!(stepLength > 0) || Double.isInfinite(stepLength)) {
      throw Checks.fail("stepLength", "must be a finite number > 0", stepLength);
    }
    Objects.requireNonNull(discountRate, "discountRate");
    if (discountRate.signum() < 0 || discountRate.compareTo(BigDecimal.ONE) >= 0) {
      throw Checks.fail("discountRate", "must be within [0, 1)", discountRate.toPlainString());
    }
    Checks.within(margin, BigDecimal.ZERO, BigDecimal.ONE, "margin");
    double spend = expectedAverageSpend(customer) * margin.doubleValue();
    double d = discountRate.doubleValue();
    double value = 0;
    double previous = 0;
    for (int k = 1; k <= steps; k++) {
      double cumulative = purchases.conditionalExpectedPurchases(k * stepLength, customer);
      value += spend * (cumulative - previous) / Math.pow(1 + d, k);
      previous = cumulative;
    }
    return Money.of(currency, BigDecimal.valueOf(value).setScale(currency.getDecimalPlaces(), rounding));
  }

  /** {@code ln L} of one customer with {@code x > 0} repeat purchases averaging {@code m > 0}. */
  static double logLikelihood(double pp, double q, double g, int x, double m) {
    double px = pp * x;
    return lnGamma(px + q) - lnGamma(px) - lnGamma(q) + q * Math.log(g) + (px - 1) * Math.log(m) + px * Math.log(x) - (px + q) * Math.log(g + x * m);
  }

  /**
   * Fits {@code (p, q, γ)} by maximum likelihood to the customers with repeat purchases and a positive average
   * spend (the others carry no information on spend and are skipped).
   *
   * @throws dev.salesops.core.validation.ValidationException when no customer qualifies
   */
  public static GammaGammaFit fit(Collection<CustomerSummary> customers) {
    Objects.requireNonNull(customers, "customers");
    List<double[]> rows = new ArrayList<>();
    for (CustomerSummary s : customers) {
      Objects.requireNonNull(s, "customers element");
      if (s.frequency() > 0 && s.averageRepeatSpend().isPresent() && s.averageRepeatSpend().get().signum() > 0) {
        rows.add(new double[] {s.frequency(), s.averageRepeatSpend().get().doubleValue()});
      }
    }
    if (rows.isEmpty()) {
      throw Checks.fail("customers", "must hold a customer with repeat purchases and a positive average spend", 0);
    }
    int n = rows.size();
    int[] x = new int[n];
    double[] m = new double[n];
    double[] lnM = new double[n];
    int maxX = 0;
    for (int i = 0; i < n; i++) {
      x[i] = (int) rows.get(i)[0];
      m[i] = rows.get(i)[1];
      lnM[i] = Math.log(m[i]);
      maxX = Math.max(maxX, x[i]);
    }
    double[] lnX = new double[maxX + 1];
    for (int v = 1; v <= maxX; v++) {
      lnX[v] = Math.log(v);
    }
    int top = maxX;
    NelderMead.Result res = NelderMead.minimize(lp -> {
      double pp = Math.exp(lp[0]);
      double q = Math.exp(lp[1]);
      double g = Math.exp(lp[2]);
      // ln Γ(px + q) − ln Γ(px) once per distinct x
      double[] head = new double[top + 1];
      boolean[] seen = new boolean[top + 1];
      double constant = -lnGamma(q) + q * Math.log(g);
      double sum = 0;
      for (int i = 0; i < n; i++) {
        int v = x[i];
        double px = pp * v;
        if (!seen[v]) {
          seen[v] = true;
          head[v] = lnGamma(px + q) - lnGamma(px) + px * lnX[v];
        }
        sum += head[v] + constant + (px - 1) * lnM[i] - (px + q) * Math.log(g + v * m[i]);
      }
      return -sum / n;
    }, new double[3], 0.5, 1e-12, 20_000);
    double[] e = res.point();
    return new GammaGammaFit(new GammaGammaParameters(Math.exp(e[0]), Math.exp(e[1]), Math.exp(e[2])), -res.value() * n, n, res.evaluations());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GammaGamma g && g.p.equals(p);
  }

  @Override
  public int hashCode() {
    return p.hashCode();
  }

  @Override
  public String toString() {
    return "GammaGamma" + p;
  }
}
