package dev.salesops.metrics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.salesops.core.lifecycle.CustomerEvent;
import dev.salesops.core.model.ProductLine;
import dev.salesops.core.validation.ValidationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * The CLV models' formulas against independent values: mpmath at 40 digits (log-likelihoods from the papers'
 * formulas with {@code loggamma} and {@code beta}; the Gamma-Gamma density was checked to integrate to 1 over the
 * spend), the simulator against the model's own expectations, and the minimiser on functions with known minima.
 */
class ClvReferenceTest {
  private static final BgNbd CDNOW = BgNbd.of(0.243, 4.414, 0.793, 2.426);
  private static final GammaGamma SPEND = GammaGamma.of(6.25, 3.74, 15.44);

  // ---------------------------------------------------------------- likelihoods (mpmath, 40 digits)

  @Test
  void bgNbdLogLikelihoodOfRepeatCustomers() {
    // ln Γ(r+x) − ln Γ(r) + r ln α + ln B(a, b+x) − ln B(a, b) + ln[(α+T)^−(r+x) + a/(b+x−1)·(α+t_x)^−(r+x)]
    assertThat(CDNOW.logLikelihood(CustomerSummary.of(2, 30.43, 38.86))).isCloseTo(-9.4586063070662712, within(1e-12));
    assertThat(CDNOW.logLikelihood(CustomerSummary.of(1, 2, 30))).isCloseTo(-4.4435813861945661, within(1e-12));
    assertThat(CDNOW.logLikelihood(CustomerSummary.of(7, 35.5, 38))).isCloseTo(-22.025036079608597, within(1e-11));
  }

  @Test
  void gammaGammaLogLikelihoodOfOneCustomer() {
    assertThat(GammaGamma.logLikelihood(6.25, 3.74, 15.44, 2, 50)).isCloseTo(-4.8812648568341447, within(1e-12));
    assertThat(GammaGamma.logLikelihood(6.25, 3.74, 15.44, 1, 20)).isCloseTo(-3.5941964929491959, within(1e-12));
    assertThat(GammaGamma.logLikelihood(6.25, 3.74, 15.44, 5, 33.5)).isCloseTo(-3.9563133760661963, within(1e-12));
  }

  @Test
  void gammaGammaFitReportsTheLikelihoodOfItsParametersAndSkipsCustomersWithoutSpend() {
    List<CustomerSummary> some = List.of(
        CustomerSummary.of(2, 20, 30, new BigDecimal("50")),
        CustomerSummary.of(1, 10, 30, new BigDecimal("20")),
        CustomerSummary.of(5, 25, 30, new BigDecimal("33.5")),
        CustomerSummary.of(3, 28, 30, new BigDecimal("41")),
        CustomerSummary.of(1, 5, 30, new BigDecimal("12")),
        CustomerSummary.of(4, 29, 30, new BigDecimal("60")));
    GammaGammaFit fit = GammaGamma.fit(some);
    GammaGammaParameters p = fit.parameters();
    double ll = 0;
    for (CustomerSummary c : some) {
      ll += GammaGamma.logLikelihood(p.p(), p.q(), p.gamma(), c.frequency(), c.averageRepeatSpend().orElseThrow().doubleValue());
    }
    assertThat(fit.logLikelihood()).isCloseTo(ll, within(1e-9 * Math.abs(ll)));
    assertThat(fit.customers()).isEqualTo(6);
    assertThat(fit.evaluations()).isPositive();
    // the maximum: no better than the fitted point at small moves of each parameter
    for (int i = 0; i < 3; i++) {
      for (double f : new double[] {0.99, 1.01}) {
        double[] q = {p.p(), p.q(), p.gamma()};
        q[i] *= f;
        double other = 0;
        for (CustomerSummary c : some) {
          other += GammaGamma.logLikelihood(q[0], q[1], q[2], c.frequency(), c.averageRepeatSpend().orElseThrow().doubleValue());
        }
        assertThat(other).isLessThanOrEqualTo(fit.logLikelihood() + 1e-9);
      }
    }
    // customers without repeat purchase, without spend or with a zero spend carry no information on spend
    List<CustomerSummary> more = new ArrayList<>(some);
    more.add(CustomerSummary.of(0, 0, 30));
    more.add(CustomerSummary.of(3, 20, 30));
    more.add(CustomerSummary.of(2, 20, 30, BigDecimal.ZERO));
    GammaGammaFit same = GammaGamma.fit(more);
    assertThat(same.parameters()).isEqualTo(p);
    assertThat(same.customers()).isEqualTo(6);
    assertThat(same.model()).isEqualTo(GammaGamma.of(p));
  }

  @Test
  void bgNbdExpectationsOfThePapersCustomer() {
    CustomerSummary c = CustomerSummary.of(2, 30.43, 38.86);
    assertThat(CDNOW.conditionalExpectedPurchases(39, c)).isCloseTo(1.2260281747671444, within(1e-12));
    assertThat(CDNOW.probabilityAliveValue(c)).isCloseTo(0.72657857008067291, within(1e-14));
    assertThat(CDNOW.expectedPurchases(39)).isCloseTo(1.1967231933208168, within(1e-12));
  }

  @Test
  void bgNbdRefusesExpectationsWhereTheClosedFormsAreUndefined() {
    CustomerSummary c = CustomerSummary.of(2, 30.43, 38.86);
    assertThatThrownBy(() -> CDNOW.conditionalExpectedPurchases(-1, c)).isInstanceOf(ValidationException.class).hasMessageContaining("t");
    assertThatThrownBy(() -> CDNOW.conditionalExpectedPurchases(Double.POSITIVE_INFINITY, c)).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> BgNbd.of(0.2, 4, 1, 2).conditionalExpectedPurchases(1, c)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("a + b > 1");
    // a + b = 1 exactly: 2F1's c = a + b − 1 = 0, refused as a validation error (not an arithmetic failure)
    assertThatThrownBy(() -> BgNbd.of(0.2, 4, 0.5, 0.5).conditionalExpectedPurchases(1, c)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("a + b > 1");
    assertThatThrownBy(() -> BgNbd.of(0.2, 4, 0.5, 0.5).expectedPurchases(1)).isInstanceOf(ValidationException.class);
    assertThat(BgNbd.of(0.2, 4, 0.5, 0.51).expectedPurchases(1)).isPositive();
  }

  @Test
  void modelsAreValues() {
    assertThat(CDNOW).isEqualTo(BgNbd.of(new BgNbdParameters(0.243, 4.414, 0.793, 2.426)))
        .hasSameHashCodeAs(BgNbd.of(0.243, 4.414, 0.793, 2.426)).isNotEqualTo(BgNbd.of(0.243, 4.414, 0.793, 2.5)).isNotEqualTo("BgNbd");
    assertThat(CDNOW.parameters()).isEqualTo(new BgNbdParameters(0.243, 4.414, 0.793, 2.426));
    assertThat(CDNOW.toString()).isEqualTo("BgNbd" + new BgNbdParameters(0.243, 4.414, 0.793, 2.426));
    assertThat(SPEND).isEqualTo(GammaGamma.of(new GammaGammaParameters(6.25, 3.74, 15.44)))
        .hasSameHashCodeAs(GammaGamma.of(6.25, 3.74, 15.44)).isNotEqualTo(GammaGamma.of(6.25, 3.74, 15)).isNotEqualTo("GammaGamma");
    assertThat(SPEND.parameters()).isEqualTo(new GammaGammaParameters(6.25, 3.74, 15.44));
    assertThat(SPEND.toString()).isEqualTo("GammaGamma" + new GammaGammaParameters(6.25, 3.74, 15.44));
    CustomerSummary a = CustomerSummary.of(2, 30.43, 38.86, new BigDecimal("50"));
    assertThat(a).isEqualTo(CustomerSummary.of(2, 30.43, 38.86, new BigDecimal("50")))
        .isNotEqualTo(CustomerSummary.of(2, 30.43, 38.86, new BigDecimal("51")))
        .isNotEqualTo(CustomerSummary.of(2, 30.43, 38.86))
        .isNotEqualTo(CustomerSummary.of(2, 30.43, 38.9, new BigDecimal("50")))
        .isNotEqualTo(CustomerSummary.of(2, 30.4, 38.86, new BigDecimal("50")))
        .isNotEqualTo(CustomerSummary.of(3, 30.43, 38.86, new BigDecimal("50")))
        .isNotEqualTo("summary");
    assertThat(a.toString()).isEqualTo("CustomerSummary[frequency=2, recency=30.43, age=38.86, averageRepeatSpend=Optional[50]]");
  }

  @Test
  void expectedSpendAndLifetimeValueRefuseBadInputs() {
    CustomerSummary c = CustomerSummary.of(2, 30.43, 38.86, new BigDecimal("50"));
    // zero spend and zero repeat purchases are allowed: x = 0 gives p·γ/(q − 1), the population mean
    assertThat(SPEND.expectedAverageSpend(0, 0)).isCloseTo(6.25 * 15.44 / 2.74, within(1e-12));
    assertThatThrownBy(() -> SPEND.expectedAverageSpend(2, -0.01)).isInstanceOf(ValidationException.class).hasMessageContaining("averageSpend");
    assertThatThrownBy(() -> SPEND.expectedAverageSpend(2, Double.POSITIVE_INFINITY)).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> SPEND.expectedAverageSpend(2, Double.NaN)).isInstanceOf(ValidationException.class);
    // q = 1 exactly: the mean is infinite
    assertThatThrownBy(() -> GammaGamma.of(1, 1, 1).expectedAverageSpend(2, 5)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("q");
    assertThat(GammaGamma.of(1, 1.5, 1).populationMeanSpend()).isCloseTo(2, within(1e-15));
    // steps within [1, 1200]; step length finite and positive
    Money k1200 = SPEND.customerLifetimeValue(CDNOW, c, 1200, 0.01, BigDecimal.ZERO, BigDecimal.ONE, CurrencyUnit.USD, RoundingMode.HALF_EVEN);
    Money k1 = SPEND.customerLifetimeValue(CDNOW, c, 1, 12, BigDecimal.ZERO, BigDecimal.ONE, CurrencyUnit.USD, RoundingMode.HALF_EVEN);
    assertThat(k1200).isEqualTo(k1);
    assertThatThrownBy(() -> SPEND.customerLifetimeValue(CDNOW, c, 0, 1, BigDecimal.ZERO, BigDecimal.ONE, CurrencyUnit.USD, RoundingMode.HALF_EVEN))
        .isInstanceOf(ValidationException.class).hasMessageContaining("steps");
    assertThatThrownBy(() -> SPEND.customerLifetimeValue(CDNOW, c, 1201, 1, BigDecimal.ZERO, BigDecimal.ONE, CurrencyUnit.USD, RoundingMode.HALF_EVEN))
        .isInstanceOf(ValidationException.class).hasMessageContaining("steps");
    assertThatThrownBy(() -> SPEND.customerLifetimeValue(CDNOW, c, 1, 0, BigDecimal.ZERO, BigDecimal.ONE, CurrencyUnit.USD, RoundingMode.HALF_EVEN))
        .isInstanceOf(ValidationException.class).hasMessageContaining("stepLength");
    assertThatThrownBy(() -> SPEND.customerLifetimeValue(CDNOW, c, 1, Double.POSITIVE_INFINITY, BigDecimal.ZERO, BigDecimal.ONE, CurrencyUnit.USD,
        RoundingMode.HALF_EVEN)).isInstanceOf(ValidationException.class).hasMessageContaining("stepLength");
    assertThatThrownBy(() -> SPEND.customerLifetimeValue(CDNOW, c, 1, 1, new BigDecimal("-0.01"), BigDecimal.ONE, CurrencyUnit.USD,
        RoundingMode.HALF_EVEN)).isInstanceOf(ValidationException.class).hasMessageContaining("discountRate");
  }

  // ---------------------------------------------------------------- special functions

  @Test
  void lnGammaAtAndAroundTheReflectionPoint() {
    assertThat(SpecialFunctions.lnGamma(0.5)).isCloseTo(0.57236494292470009, within(1e-14));
    assertThat(SpecialFunctions.lnGamma(0.25)).isCloseTo(1.2880225246980775, within(1e-14));
    assertThat(SpecialFunctions.lnGamma(0.001)).isCloseTo(6.9071788853838537, within(1e-13));
    assertThat(SpecialFunctions.lnGamma(100.5)).isCloseTo(361.43554046777762, within(1e-11));
    assertThat(SpecialFunctions.lnGamma(1)).isCloseTo(0, within(1e-15));
    assertThatThrownBy(() -> SpecialFunctions.lnGamma(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SpecialFunctions.lnGamma(Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void hyp2f1WithinItsDomain() {
    assertThat(SpecialFunctions.hyp2f1(1, 2, 3, 0)).isEqualTo(1.0);
    // 2F1(1, 1; 2; z) = −ln(1 − z)/z
    assertThat(SpecialFunctions.hyp2f1(1, 1, 2, 0.5)).isCloseTo(-Math.log(0.5) / 0.5, within(1e-15));
    assertThat(SpecialFunctions.hyp2f1(0.243 + 2, 2.426 + 2, 0.793 + 2.426 + 1, 39 / (4.414 + 38.86 + 39)))
        .isCloseTo(4.5753158976436901, within(1e-14));
    assertThatThrownBy(() -> SpecialFunctions.hyp2f1(1, 1, 2, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SpecialFunctions.hyp2f1(1, 1, 2, -0.1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SpecialFunctions.hyp2f1(1, 1, 0, 0.5)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void logAddExp() {
    assertThat(SpecialFunctions.logAddExp(Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY)).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(SpecialFunctions.logAddExp(Double.NEGATIVE_INFINITY, 2)).isEqualTo(2.0);
    assertThat(SpecialFunctions.logAddExp(1000, 1000)).isCloseTo(1000 + Math.log(2), within(1e-12));
    assertThat(SpecialFunctions.logAddExp(0, Math.log(3))).isCloseTo(Math.log(4), within(1e-15));
  }

  // ---------------------------------------------------------------- simulation

  @Test
  void simulatedPurchasesAndSpendAverageTheModelsExpectations() {
    // seed 2013; 20,000 customers all aged 39 weeks: the mean number of repeat purchases estimates E[X(39)] =
    // 1.19672 (mpmath) with standard error below 0.015; the mean of the customers' average spends estimates the
    // population mean pγ/(q − 1) = 35.219
    long seed = 2013;
    List<CustomerSummary> sim = ClvSimulation.customers(CDNOW.parameters(), SPEND.parameters(), 20_000, 39, 39, new SplittableRandom(seed));
    assertThat(sim).hasSize(20_000);
    assertThat(sim).allSatisfy(c -> {
      assertThat(c.age()).isEqualTo(39.0);
      assertThat(c.recency()).isBetween(0.0, 39.0);
      assertThat(c.averageRepeatSpend().isPresent()).isEqualTo(c.frequency() > 0);
    });
    double meanX = sim.stream().mapToInt(CustomerSummary::frequency).average().orElseThrow();
    assertThat(meanX).as("seed %d", seed).isCloseTo(1.1967231933208168, within(0.06));
    double meanSpend = sim.stream().filter(c -> c.frequency() > 0)
        .mapToDouble(c -> c.averageRepeatSpend().orElseThrow().doubleValue()).average().orElseThrow();
    assertThat(meanSpend).as("seed %d", seed).isCloseTo(35.219, within(1.5));
    // without spend parameters no spend
    List<CustomerSummary> plain = ClvSimulation.customers(CDNOW.parameters(), null, 200, 27, 39, new SplittableRandom(seed));
    assertThat(plain).allSatisfy(c -> {
      assertThat(c.averageRepeatSpend()).isEmpty();
      assertThat(c.age()).isBetween(27.0, 39.0);
    });
    assertThat(plain.stream().mapToDouble(CustomerSummary::age).min().orElseThrow()).isLessThan(28.0);
    assertThat(plain.stream().mapToDouble(CustomerSummary::age).max().orElseThrow()).isGreaterThan(38.0);
  }

  @Test
  void gammaDrawsHaveTheGammaMoments() {
    // Gamma(k, 1): mean k, variance k; 100,000 draws, seed 77: standard errors sqrt(k/n) and about sqrt(2k²+6k)/sqrt(n)
    for (double k : new double[] {0.4, 1, 3.74}) {
      SplittableRandom random = new SplittableRandom(77);
      int n = 100_000;
      double sum = 0;
      double sum2 = 0;
      for (int i = 0; i < n; i++) {
        double g = ClvSimulation.gamma(random, k);
        assertThat(g).isPositive();
        sum += g;
        sum2 += g * g;
      }
      double mean = sum / n;
      double var = sum2 / n - mean * mean;
      assertThat(mean).as("shape %s, seed 77", k).isCloseTo(k, within(5 * Math.sqrt(k / n)));
      assertThat(var).as("shape %s, seed 77", k).isCloseTo(k, within(5 * Math.sqrt(2 * k * k + 6 * k) / Math.sqrt(n)));
    }
  }

  @Test
  void simulationRefusesBadAges() {
    BgNbdParameters p = CDNOW.parameters();
    assertThatThrownBy(() -> ClvSimulation.customers(p, null, 1, 0, 10, new SplittableRandom(1))).isInstanceOf(ValidationException.class)
        .hasMessageContaining("0 < minAge <= maxAge");
    assertThatThrownBy(() -> ClvSimulation.customers(p, null, 1, 10, 9.99, new SplittableRandom(1))).isInstanceOf(ValidationException.class)
        .hasMessageContaining("0 < minAge <= maxAge");
    assertThatThrownBy(() -> ClvSimulation.customers(p, null, 1, 10, Double.POSITIVE_INFINITY, new SplittableRandom(1)))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> ClvSimulation.customers(p, null, 0, 1, 2, new SplittableRandom(1))).isInstanceOf(ValidationException.class);
    assertThat(ClvSimulation.customers(p, null, 1, 1e-9, 1e-9, new SplittableRandom(1))).hasSize(1);
  }

  // ---------------------------------------------------------------- purchase summaries

  @Test
  void aRepeatPurchaseWithoutAmountLeavesTheSpendUnknownAlsoAfterMerging() {
    ProductLine line = ProductLine.of("CORE");
    Instant end = Instant.parse("2026-03-31T00:00:00Z");
    PurchaseSummaries<String> a = PurchaseSummaries.of(end, ZoneOffset.UTC, 1, CurrencyUnit.USD);
    a.add("ACME", CustomerEvent.order(Instant.parse("2026-01-01T10:00:00Z"), line, Money.of(CurrencyUnit.USD, 100)));
    a.add("ACME", CustomerEvent.order(Instant.parse("2026-01-11T10:00:00Z"), line, Money.of(CurrencyUnit.USD, 30)));
    a.add("ACME", CustomerEvent.of(dev.salesops.core.lifecycle.CustomerEventType.ORDER, Instant.parse("2026-01-21T10:00:00Z")));
    CustomerSummary s = a.finish().get("ACME");
    // daily units: x = 2, t_x = 20 days, T = 89 days
    assertThat(s).isEqualTo(CustomerSummary.of(2, 20, 89));
    // two partials, each with an amount-less purchase on the same repeat day: still unknown
    PurchaseSummaries<String> b = a.newEmpty();
    PurchaseSummaries<String> c = a.newEmpty();
    b.add("BETA", CustomerEvent.order(Instant.parse("2026-01-01T10:00:00Z"), line, Money.of(CurrencyUnit.USD, 1)));
    b.add("BETA", CustomerEvent.of(dev.salesops.core.lifecycle.CustomerEventType.ORDER, Instant.parse("2026-01-08T10:00:00Z")));
    c.add("BETA", CustomerEvent.of(dev.salesops.core.lifecycle.CustomerEventType.ORDER, Instant.parse("2026-01-08T11:00:00Z")));
    Map<String, CustomerSummary> merged = b.merge(c).finish();
    assertThat(merged.get("BETA")).isEqualTo(CustomerSummary.of(1, 7, 89));
    assertThatThrownBy(() -> PurchaseSummaries.of(end, ZoneOffset.UTC, 0, CurrencyUnit.USD)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("unitDays");
    assertThatThrownBy(() -> b.merge(PurchaseSummaries.weekly(end, ZoneOffset.UTC, CurrencyUnit.USD))).isInstanceOf(ValidationException.class);
    assertThat(a.toString()).isEqualTo("PurchaseSummaries{end 2026-03-31T00:00:00Z, Z, unit 1.0 days, USD, 1 customers}");
  }

  // ---------------------------------------------------------------- Nelder-Mead

  private static double rosenbrock(double[] p) {
    double a = 1 - p[0];
    double b = p[1] - p[0] * p[0];
    return a * a + 100 * b * b;
  }

  @Test
  void nelderMeadFindsTheRosenbrockMinimumAndCountsEveryEvaluation() {
    int[] calls = {0};
    NelderMead.Result r = NelderMead.minimize(p -> {
      calls[0]++;
      return rosenbrock(p);
    }, new double[] {-1.2, 1}, 0.5, 1e-12, 20_000);
    assertThat(r.evaluations()).isEqualTo(calls[0]).isLessThan(20_000);
    assertThat(r.point()[0]).isCloseTo(1, within(1e-5));
    assertThat(r.point()[1]).isCloseTo(1, within(1e-5));
    assertThat(r.value()).isLessThan(1e-10).isEqualTo(rosenbrock(r.point()));
  }

  @Test
  void nelderMeadLocatesAFlatBottomedMinimumPrecisely() {
    // (x − 3.7)⁴ + (y + 1.2)⁴ is below 1e-12 on a wide region; the point must still come out to 1e-6
    NelderMead.Result r = NelderMead.minimize(p -> Math.pow(p[0] - 3.7, 4) + Math.pow(p[1] + 1.2, 4), new double[2], 0.5, 1e-12, 20_000);
    assertThat(r.point()[0]).isCloseTo(3.7, within(1e-6));
    assertThat(r.point()[1]).isCloseTo(-1.2, within(1e-6));
  }

  @Test
  void nelderMeadTreatsNotANumberAsWorseAndKeepsTheStartWhenNothingIsBetter() {
    NelderMead.Result r = NelderMead.minimize(p -> p[0] < 0.5 ? Double.NaN : (p[0] - 2) * (p[0] - 2), new double[] {1}, 0.5, 1e-12, 5_000);
    assertThat(r.point()[0]).isCloseTo(2, within(1e-6));
    double[] start = {2, -3};
    NelderMead.Result at = NelderMead.minimize(p -> (p[0] - 2) * (p[0] - 2) + (p[1] + 3) * (p[1] + 3), start, 0.5, 1e-12, 5_000);
    assertThat(at.point()).containsExactly(2, -3);
    assertThat(at.value()).isZero();
    assertThat(start).containsExactly(2, -3);
  }

  @Test
  void nelderMeadStopsNearItsBudgetWithTheBestPointItEvaluated() {
    for (int budget : new int[] {10, 25, 40, 77}) {
      List<double[]> seen = new ArrayList<>();
      NelderMead.Result r = NelderMead.minimize(p -> {
        double v = rosenbrock(p);
        seen.add(new double[] {p[0], p[1], v});
        return v;
      }, new double[] {-1.2, 1}, 0.5, 1e-12, budget);
      // the budget is checked between steps: a step costs at most n + 2 = 4 evaluations, a fresh simplex n + 1 = 3
      assertThat(r.evaluations()).as("budget %d", budget).isEqualTo(seen.size()).isBetween(budget, budget + 7);
      double[] best = seen.stream().min((a, b) -> Double.compare(a[2], b[2])).orElseThrow();
      assertThat(r.value()).as("budget %d", budget).isEqualTo(best[2]).isLessThan(24.2);
      assertThat(r.point()).as("budget %d", budget).containsExactly(best[0], best[1]);
    }
  }

  @Test
  void parametersMustBeFinitePositive() {
    assertThatThrownBy(() -> new BgNbdParameters(1, 0, 1, 1)).isInstanceOf(ValidationException.class).hasMessageContaining("alpha");
    assertThatThrownBy(() -> new BgNbdParameters(1, 1, -1, 1)).isInstanceOf(ValidationException.class).hasMessageContaining("a must be");
    assertThatThrownBy(() -> new BgNbdParameters(1, 1, 1, Double.POSITIVE_INFINITY)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("b must be");
    assertThatThrownBy(() -> new GammaGammaParameters(0, 1, 1)).isInstanceOf(ValidationException.class).hasMessageContaining("p must be");
    assertThatThrownBy(() -> new GammaGammaParameters(1, Double.NaN, 1)).isInstanceOf(ValidationException.class).hasMessageContaining("q must be");
    assertThatThrownBy(() -> new GammaGammaParameters(1, 1, -2)).isInstanceOf(ValidationException.class).hasMessageContaining("gamma must be");
    // distinct models hash apart (a constant hash would still be legal, but would make every hash table degenerate)
    assertThat(CDNOW.hashCode()).isNotEqualTo(BgNbd.of(0.243, 4.414, 0.793, 2.5).hashCode());
    assertThat(SPEND.hashCode()).isNotEqualTo(GammaGamma.of(6.25, 3.74, 15).hashCode());
  }
}
