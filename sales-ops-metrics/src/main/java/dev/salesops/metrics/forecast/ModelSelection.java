package dev.salesops.metrics.forecast;

import dev.salesops.core.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Automatic choice among exponential smoothing models by AICc, as R's {@code forecast::ets} chooses: every
 * candidate the series allows is fitted, and the one with the lowest AICc is chosen; the table of all
 * candidates with their criteria is kept.
 *
 * <h2>Candidates</h2>
 * Simple exponential smoothing, Holt, damped Holt (φ fitted within [0.8, 0.98], ets's bounds), Holt-Winters
 * additive, and Holt-Winters multiplicative when every value is positive — each with the start values and
 * equations of {@link ExponentialSmoothing} (R's {@code HoltWinters}). A candidate is left out when the series
 * is too short for it (seasonal: two full cycles) or when its AICc is undefined (n ≤ k + 1). Compared with
 * {@code ets}: only additive errors, no seasonal model without trend or with damping, and start values set from
 * the data (R's {@code HoltWinters} heuristics) rather than estimated — they are counted as parameters all the
 * same, as ets counts its estimated ones.
 *
 * <h2>Criteria (additive Gaussian errors; Hyndman, Koehler, Ord &amp; Snyder 2008, ch. 5 and 7)</h2>
 * All candidates are scored on the <em>same</em> observations: the periods from the latest first fitted period
 * among the candidates (period f + 1 when a seasonal candidate takes part, else period 3) to the end — the
 * likelihood conditional on the first periods, which set the start values. Each candidate's parameters are
 * fitted by minimising the SSE over exactly those {@code n} periods (conditional least squares = conditional
 * maximum likelihood). With {@code k} = fitted smoothing parameters + φ when fitted + start values (level, trend,
 * f − 1 seasonal terms) + 1 (σ²):
 * <pre>
 *   log L = −(n/2) · (log(2π · SSE/n) + 1)
 *   AIC   = −2 log L + 2k
 *   AICc  = AIC + 2k(k + 1) / (n − k − 1)
 *   BIC   = −2 log L + k · log(n)
 * </pre>
 * ({@code forecast::ets} writes {@code −2 log L} as {@code n·log(SSE)} for additive errors, which differs by a
 * constant for a given n and ranks candidates identically.) Ties go to the candidate listed first (simpler).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ModelSelection {
  /**
   * One candidate of the table.
   *
   * <p>This class is immutable and thread-safe.
   */
  public static final class Candidate {
    private final String method;
    private final FittedModel model;
    private final int parameterCount;
    private final int observations;
    private final double sse;
    private final double logLikelihood;
    private final double aic;
    private final double aicc;
    private final double bic;

    private Candidate(String method, FittedModel model, int k, int n, double sse) {
      this.method = method;
      this.model = model;
      this.parameterCount = k;
      this.observations = n;
      this.sse = sse;
      this.logLikelihood = -0.5 * n * (Math.log(2 * Math.PI * sse / n) + 1);
      this.aic = -2 * logLikelihood + 2 * k;
      this.aicc = aic + 2.0 * k * (k + 1) / (n - k - 1);
      this.bic = -2 * logLikelihood + k * Math.log(n);
    }

    /** The method's name, e.g. {@code "Holt damped"}. */
    public String method() {
      return method;
    }

    /** The candidate fitted (its parameters minimise the SSE over the common periods). */
    public FittedModel model() {
      return model;
    }

    /** The fitted parameters by name. */
    public Map<String, Double> parameters() {
      return model.parameters();
    }

    /** k: fitted smoothing parameters, φ when fitted, start values and σ². */
    public int parameterCount() {
      return parameterCount;
    }

    /** n: the number of periods scored (the same for every candidate). */
    public int observations() {
      return observations;
    }

    /** The sum of squared one-step errors over the n periods scored. */
    public double sse() {
      return sse;
    }

    /** The Gaussian log-likelihood (see the class javadoc); +∞ for a perfect fit (SSE 0: log(0) = −∞ in the formula). */
    public double logLikelihood() {
      return logLikelihood;
    }

    /** Akaike's information criterion. */
    public double aic() {
      return aic;
    }

    /** AIC corrected for small samples: the criterion the choice uses. */
    public double aicc() {
      return aicc;
    }

    /** The Bayesian information criterion. */
    public double bic() {
      return bic;
    }

    @Override
    public String toString() {
      return "Candidate[" + method + ", k=" + parameterCount + ", n=" + observations + ", AICc=" + aicc + "]";
    }
  }

  private final List<Candidate> candidates;
  private final Candidate chosen;

  private ModelSelection(List<Candidate> candidates, Candidate chosen) {
    this.candidates = List.copyOf(candidates);
    this.chosen = chosen;
  }

  /** The automatic choice as a {@link ForecastMethod}: {@code fit(series)} is {@code of(series).best()}. */
  public static ForecastMethod method() {
    return Automatic.INSTANCE;
  }

  private static final class Automatic implements ForecastMethod {
    static final Automatic INSTANCE = new Automatic();

    @Override
    public FittedModel fit(TimeSeries series) {
      return of(series).best();
    }

    @Override
    public String toString() {
      return "automatic exponential smoothing (AICc)";
    }
  }

  /**
   * Fits the candidates the series allows and chooses by AICc (see the class javadoc).
   *
   * @throws dev.salesops.core.validation.ValidationException when the series has gaps or is too short for
   *     every candidate (fewer than 7 periods)
   */
  public static ModelSelection of(TimeSeries series) {
    Objects.requireNonNull(series, "series");
    double[] x = series.toArray();
    int len = x.length;
    int f = series.frequency().periodsPerYear();
    boolean positive = true;
    for (double v : x) {
      positive &= v > 0;
    }
    List<ExponentialSmoothing> all = new ArrayList<>(List.of(ExponentialSmoothing.simple(), ExponentialSmoothing.holt(),
        ExponentialSmoothing.holt().damped(), ExponentialSmoothing.holtWinters(Seasonality.ADDITIVE)));
    if (positive) {
      all.add(ExponentialSmoothing.holtWinters(Seasonality.MULTIPLICATIVE));
    }
    // the common span: from period f + 1 when the seasonal candidates can be scored, else from period 3
    List<ExponentialSmoothing> eligible = new ArrayList<>();
    int from = 2;
    // (k of Holt-Winters is f + 5, so this also means at least two full cycles)
    if (len - f - k(all.get(3), f) - 1 > 0) {
      from = f;
    }
    for (ExponentialSmoothing m : all) {
      int first = m.firstFitted(f);
      // a seasonal candidate (first = f) only passes when from = f, i.e. when the series has two full cycles
      if (first > from) {
        continue;
      }
      if (len - from - k(m, f) - 1 > 0) {
        eligible.add(m);
      }
    }
    if (eligible.isEmpty()) {
      throw Checks.fail("series", "must have at least 7 periods for an automatic model choice", len + " periods");
    }
    List<Candidate> table = new ArrayList<>(eligible.size());
    Candidate best = null;
    for (ExponentialSmoothing m : eligible) {
      ExponentialSmoothing.Fit fit = m.fit(series, from);
      Candidate c = new Candidate(m.name(), fit.model(), k(m, f), fit.criterionCount(), fit.criterionSse());
      table.add(c);
      if (best == null || c.aicc() < best.aicc()) {
        best = c;
      }
    }
    return new ModelSelection(table, best);
  }

  private static int k(ExponentialSmoothing m, int f) {
    return m.freeParameters() + m.initialStates(f) + 1;
  }

  /** The candidates in order (simple, Holt, damped Holt, Holt-Winters additive, multiplicative), those the series allowed. */
  public List<Candidate> candidates() {
    return candidates;
  }

  /** The candidate with the lowest AICc. */
  public Candidate chosen() {
    return chosen;
  }

  /** The chosen candidate's fitted model. */
  public FittedModel best() {
    return chosen.model();
  }

  @Override
  public String toString() {
    return "ModelSelection[chosen " + chosen.method() + " of " + candidates.size() + " candidates]";
  }
}
