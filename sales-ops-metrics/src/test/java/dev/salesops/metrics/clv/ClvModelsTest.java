package dev.salesops.metrics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.salesops.core.lifecycle.CustomerEvent;
import dev.salesops.core.lifecycle.CustomerEventType;
import dev.salesops.core.model.ProductLine;
import dev.salesops.core.money.MixedCurrencyException;
import dev.salesops.core.testing.AccumulatorLaws;
import dev.salesops.core.validation.ValidationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.SplittableRandom;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class ClvModelsTest {
  static final BgNbd CDNOW = BgNbd.of(0.243, 4.414, 0.793, 2.426); // Fader, Hardie and Lee (2005), table 1
  static final GammaGamma CDNOW_SPEND = GammaGamma.of(6.25, 3.74, 15.44); // Fader and Hardie (2013), the Gamma-Gamma note
  static final CustomerSummary PAPER_CUSTOMER = CustomerSummary.of(2, 30.43, 38.86);

  @Test
  void probabilityAliveByHand() {
    // hand computation with the published parameters: a / (b + x − 1) = 0.793 / 3.426 = 0.231465;
    // ((α + T) / (α + t_x))^(r + x) = (43.274 / 34.844)^2.243 = 1.62576; P = 1 / (1 + 0.376310) = 0.72658
    assertThat(CDNOW.probabilityAliveValue(PAPER_CUSTOMER)).isCloseTo(0.72658, within(0.00002));
    assertThat(CDNOW.probabilityAlive(PAPER_CUSTOMER).toDouble()).isCloseTo(0.72658, within(0.00002));
    // no repeat purchase: alive for sure (BG/NBD drops out only after a repeat purchase); lifetimes' test asserts the same
    assertThat(CDNOW.probabilityAliveValue(CustomerSummary.of(0, 0, 1))).isEqualTo(1.0);
    // a long silence lowers it; a recent purchase raises it
    assertThat(CDNOW.probabilityAliveValue(CustomerSummary.of(2, 5, 38.86))).isLessThan(0.72658);
    assertThat(CDNOW.probabilityAliveValue(CustomerSummary.of(2, 38, 38.86))).isGreaterThan(0.72658);
  }

  @Test
  void probabilitiesStayWithinZeroAndOneAndExpectationsGrowWithTheHorizon() {
    for (int x = 0; x < 100; x += 10) {
      for (int tx = 0; tx < 100; tx += 10) {
        for (int age = Math.max(tx, 1); age < 100; age += 10) {
          CustomerSummary s = CustomerSummary.of(x, x == 0 ? 0 : tx, age);
          double p = CDNOW.probabilityAliveValue(s);
          assertThat(p).isBetween(0.0, 1.0);
          double e10 = CDNOW.conditionalExpectedPurchases(10, s);
          double e20 = CDNOW.conditionalExpectedPurchases(20, s);
          assertThat(e10).isGreaterThanOrEqualTo(0.0);
          assertThat(e20).isGreaterThanOrEqualTo(e10);
        }
      }
    }
    assertThat(CDNOW.expectedPurchases(0)).isZero();
    assertThat(CDNOW.conditionalExpectedPurchases(0, PAPER_CUSTOMER)).isZero();
  }

  @Test
  void likelihoodOfOneCustomerMatchesTheFormula() {
    // x = 0: ln L = ln[B(a, b)/B(a, b) · α^r/(α + T)^r] = r ln(α / (α + T))
    CustomerSummary zero = CustomerSummary.of(0, 0, 38.86);
    assertThat(CDNOW.logLikelihood(zero)).isCloseTo(0.243 * Math.log(4.414 / (4.414 + 38.86)), within(1e-12));
  }

  @Test
  void gammaGammaSpendByHand() {
    // population mean pγ / (q − 1) = 6.25 × 15.44 / 2.74 = 35.2190 (hand computation)
    assertThat(CDNOW_SPEND.populationMeanSpend()).isCloseTo(35.2190, within(0.0001));
    // x = 2, m_x = 50: p (γ + x m_x) / (px + q − 1) = 6.25 × 115.44 / 15.24 = 47.3425
    assertThat(CDNOW_SPEND.expectedAverageSpend(2, 50)).isCloseTo(47.3425, within(0.0001));
    assertThat(CDNOW_SPEND.expectedAverageSpend(CustomerSummary.of(2, 30.43, 38.86, new BigDecimal("50")))).isCloseTo(47.3425, within(0.0001));
    // a customer without a spend gets the population mean
    assertThat(CDNOW_SPEND.expectedAverageSpend(PAPER_CUSTOMER)).isCloseTo(35.2190, within(0.0001));
    assertThatThrownBy(() -> GammaGamma.of(1, 0.5, 1).populationMeanSpend()).isInstanceOf(ValidationException.class).hasMessageContaining("q");
  }

  @Test
  void lifetimeValueIsTheDiscountedSpendOfExpectedPurchases() {
    CustomerSummary c = CustomerSummary.of(2, 30.43, 38.86, new BigDecimal("50"));
    // one 39-week step, no discount, full margin: E[M] × E[Y(39)] = 47.3425 × 1.2259 = 58.04 (hand computation)
    double ey = CDNOW.conditionalExpectedPurchases(39, c);
    Money one = CDNOW_SPEND.customerLifetimeValue(CDNOW, c, 1, 39, BigDecimal.ZERO, BigDecimal.ONE, CurrencyUnit.USD, RoundingMode.HALF_EVEN);
    assertThat(one.getAmount().doubleValue()).isCloseTo(47.3425 * ey, within(0.006));
    // 9 monthly steps (52/12 weeks) add up to the same 39 weeks when nothing is discounted
    Money monthly = CDNOW_SPEND.customerLifetimeValue(CDNOW, c, 9, 52.0 / 12, BigDecimal.ZERO, BigDecimal.ONE, CurrencyUnit.USD, RoundingMode.HALF_EVEN);
    assertThat(monthly).isEqualTo(one);
    // discounting and margins only lower it
    Money discounted = CDNOW_SPEND.customerLifetimeValue(CDNOW, c, 9, 52.0 / 12, new BigDecimal("0.01"), BigDecimal.ONE, CurrencyUnit.USD, RoundingMode.HALF_EVEN);
    Money margin = CDNOW_SPEND.customerLifetimeValue(CDNOW, c, 9, 52.0 / 12, BigDecimal.ZERO, new BigDecimal("0.3"), CurrencyUnit.USD, RoundingMode.HALF_EVEN);
    assertThat(discounted.isLessThan(monthly)).isTrue();
    assertThat(margin.getAmount().doubleValue()).isCloseTo(monthly.getAmount().doubleValue() * 0.3, within(0.01));
    assertThatThrownBy(() -> CDNOW_SPEND.customerLifetimeValue(CDNOW, c, 1, 39, BigDecimal.ONE, BigDecimal.ONE, CurrencyUnit.USD, RoundingMode.HALF_EVEN))
        .isInstanceOf(ValidationException.class).hasMessageContaining("discountRate");
  }

  /**
   * Recovery of known parameters from simulated customers (no published fixture carries CDNOW spend per customer
   * here): 20,000 customers from the CDNOW parameters, ages uniform in [27, 39] weeks, seed 2005. Tolerance: 10 %
   * of each parameter (the sampling error of an ML fit on 20,000 customers; the seed is fixed, so the check is
   * deterministic), and the fit's log-likelihood at least the one of the true parameters.
   */
  @Test
  void fitsRecoverSimulatedParameters() {
    BgNbdParameters truth = new BgNbdParameters(0.243, 4.414, 0.793, 2.426);
    GammaGammaParameters spendTruth = new GammaGammaParameters(6.25, 3.74, 15.44);
    List<CustomerSummary> sim = ClvSimulation.customers(truth, spendTruth, 20_000, 27, 39, new SplittableRandom(2005));
    BgNbdFit fit = BgNbd.fit(sim);
    BgNbdParameters p = fit.parameters();
    assertThat(p.r()).isCloseTo(truth.r(), within(0.1 * truth.r()));
    assertThat(p.alpha()).isCloseTo(truth.alpha(), within(0.1 * truth.alpha()));
    assertThat(p.a()).isCloseTo(truth.a(), within(0.1 * truth.a()));
    assertThat(p.b()).isCloseTo(truth.b(), within(0.1 * truth.b()));
    double llTruth = sim.stream().mapToDouble(BgNbd.of(truth)::logLikelihood).sum();
    assertThat(fit.logLikelihood()).isGreaterThanOrEqualTo(llTruth);

    GammaGammaFit spend = GammaGamma.fit(sim);
    assertThat(spend.parameters().p()).isCloseTo(6.25, within(0.625));
    assertThat(spend.parameters().q()).isCloseTo(3.74, within(0.374));
    assertThat(spend.parameters().gamma()).isCloseTo(15.44, within(1.544));
    assertThat(spend.model().populationMeanSpend()).isCloseTo(35.219, within(3.5));
  }

  static Instant day(String d) {
    return Instant.parse(d + "T10:00:00Z");
  }

  @Test
  void summariesFromLifecycleEventsByHand() {
    ProductLine line = ProductLine.of("CORE");
    PurchaseSummaries<String> acc = PurchaseSummaries.weekly(Instant.parse("2026-03-29T23:00:00Z"), ZoneOffset.UTC, CurrencyUnit.USD);
    // first purchase 1 Jan; repeats on 15 Jan (two orders that day: one day, 30 + 20) and 12 Feb (40); a contact and
    // an order after the end are ignored. x = 2; t_x = 42 days = 6 weeks; T = 87 days = 12.428571 weeks; m_x = (50 + 40) / 2 = 45
    acc.add("ACME", CustomerEvent.order(day("2026-01-01"), line, Money.of(CurrencyUnit.USD, 100)));
    acc.add("ACME", CustomerEvent.order(day("2026-01-15"), line, Money.of(CurrencyUnit.USD, 30)));
    acc.add("ACME", CustomerEvent.upsell(day("2026-01-15"), line, Money.of(CurrencyUnit.USD, 20)));
    acc.add("ACME", CustomerEvent.renewal(day("2026-02-12"), Money.of(CurrencyUnit.USD, 40)));
    acc.add("ACME", CustomerEvent.contact(day("2026-03-01")));
    acc.add("ACME", CustomerEvent.order(day("2026-04-01"), line, Money.of(CurrencyUnit.USD, 999)));
    acc.add("BETA", CustomerEvent.of(CustomerEventType.ORDER, day("2026-03-01")));
    acc.add("GAMMA", CustomerEvent.contact(day("2026-03-01")));
    Map<String, CustomerSummary> s = acc.finish();
    assertThat(s).containsOnlyKeys("ACME", "BETA");
    CustomerSummary acme = s.get("ACME");
    assertThat(acme.frequency()).isEqualTo(2);
    assertThat(acme.recency()).isEqualTo(6.0);
    assertThat(acme.age()).isCloseTo(87 / 7.0, within(1e-12));
    assertThat(acme.averageRepeatSpend()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("45"));
    assertThat(s.get("BETA")).isEqualTo(CustomerSummary.of(0, 0, 28 / 7.0));
    assertThatThrownBy(() -> acc.add("ACME", CustomerEvent.renewal(day("2026-02-01"), Money.of(CurrencyUnit.EUR, 1))))
        .isInstanceOf(MixedCurrencyException.class);
    // one customer's events straight from the lifecycle list
    assertThat(acc.summarize(List.of(CustomerEvent.order(day("2026-01-01"), line, Money.of(CurrencyUnit.USD, 1)))))
        .contains(CustomerSummary.of(0, 0, 87 / 7.0));
    assertThat(acc.summarize(List.of(CustomerEvent.contact(day("2026-01-01"))))).isEmpty();
  }

  @Test
  void summariesAreMergeable() {
    ProductLine line = ProductLine.of("CORE");
    Instant end = Instant.parse("2026-06-30T00:00:00Z");
    AccumulatorLaws.check(2005L, 40, (Random r) -> {
      List<PurchaseSummaries.Purchase<Integer>> out = new ArrayList<>();
      int n = r.nextInt(60);
      for (int i = 0; i < n; i++) {
        Instant at = end.minusSeconds(r.nextInt(200 * 86_400)).plusSeconds(r.nextInt(30) * 86_400L);
        CustomerEvent e = r.nextInt(5) == 0 ? CustomerEvent.contact(at)
            : r.nextInt(10) == 0 ? CustomerEvent.of(CustomerEventType.RENEWAL, at)
            : CustomerEvent.order(at, line, Money.ofMinor(CurrencyUnit.USD, r.nextInt(100_000)));
        out.add(new PurchaseSummaries.Purchase<>(r.nextInt(8), e));
      }
      return out;
    }, () -> PurchaseSummaries.<Integer>weekly(end, ZoneOffset.UTC, CurrencyUnit.USD));
  }

  @Test
  void refusals() {
    assertThatThrownBy(() -> CustomerSummary.of(0, 1, 2)).isInstanceOf(ValidationException.class).hasMessageContaining("recency");
    assertThatThrownBy(() -> CustomerSummary.of(1, 3, 2)).isInstanceOf(ValidationException.class).hasMessageContaining("recency");
    assertThatThrownBy(() -> new BgNbdParameters(0, 1, 1, 1)).isInstanceOf(ValidationException.class).hasMessageContaining("r");
    assertThatThrownBy(() -> BgNbd.fit(List.of())).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> GammaGamma.fit(List.of(CustomerSummary.of(0, 0, 1)))).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> CDNOW.expectedPurchases(-1)).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> BgNbd.of(0.2, 4, 1, 2).expectedPurchases(1)).isInstanceOf(ValidationException.class).hasMessageContaining("a");
  }
}
