package dev.salesops.metrics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * BG/NBD against the published CDNOW figures.
 *
 * <p>Sources: Fader, Hardie and Lee (2005), "'Counting Your Customers' the Easy Way", Marketing Science 24(2)
 * 275-284 (parameters r = 0.243, α = 4.414, a = 0.793, b = 2.426, log-likelihood −9582.4 on 2,357 customers, 39-week
 * calibration); the expectations Bruce Hardie's BG/NBD Excel sheet prints, as the Python lifetimes package
 * checks them in tests/test_estimation.py ({@code test_params_out_is_close_to_Hardie_paper},
 * {@code test_conditional_expectation_returns_same_value_as_Hardie_excel_sheet}: x = 2, t_x = 30.43, T = 38.86,
 * next 39 weeks → 1.226; {@code test_expectation_returns_same_value_Hardie_excel_sheet}: E[X(t)] at t = 0.1429, 1,
 * 3, 31.8571, 32, 78 weeks → 0.0078, 0.0532, 0.1506, 1.0405, 1.0437, 1.8576). The fixture is the CDNOW summary
 * lifetimes ships (lifetimes/datasets/cdnow_customers.csv).
 */
class BgNbdCdnowTest {
  static final List<CustomerSummary> CDNOW = Cdnow.customers();

  @Test
  void fixtureIsTheWholeCdnowCalibrationSample() {
    assertThat(CDNOW).hasSize(2357);
    assertThat(CDNOW.stream().mapToInt(CustomerSummary::frequency).sum()).isEqualTo(2457); // repeat purchases in the paper's calibration period
    assertThat(CDNOW.stream().filter(c -> c.frequency() == 0).count()).isEqualTo(1411);
  }

  @Test
  void maximumLikelihoodFitReproducesThePaperToThreeDecimals() {
    BgNbdFit fit = BgNbd.fit(CDNOW);
    BgNbdParameters p = fit.parameters();
    assertThat(p.r()).isCloseTo(0.243, within(0.0005));
    assertThat(p.alpha()).isCloseTo(4.414, within(0.0005));
    assertThat(p.a()).isCloseTo(0.793, within(0.0005));
    assertThat(p.b()).isCloseTo(2.426, within(0.0005));
    assertThat(fit.logLikelihood()).isCloseTo(-9582.4, within(0.05));
    assertThat(fit.customers()).isEqualTo(2357);
  }

  @Test
  void conditionalExpectationOfThePapersExampleCustomer() {
    BgNbd fitted = BgNbd.fit(CDNOW).model();
    CustomerSummary c = CustomerSummary.of(2, 30.43, 38.86);
    assertThat(fitted.conditionalExpectedPurchases(39, c)).isCloseTo(1.226, within(0.001));
    BgNbd published = BgNbd.of(0.243, 4.414, 0.793, 2.426);
    assertThat(published.conditionalExpectedPurchases(39, c)).isCloseTo(1.226, within(0.001));
  }

  @Test
  void unconditionalExpectationsOfHardiesSheet() {
    BgNbd fitted = BgNbd.fit(CDNOW).model();
    double[] t = {0.1429, 1.0, 3.00, 31.8571, 32.00, 78.00};
    double[] expected = {0.0078, 0.0532, 0.1506, 1.0405, 1.0437, 1.8576};
    for (int i = 0; i < t.length; i++) {
      assertThat(fitted.expectedPurchases(t[i])).as("E[X(%s)]", t[i]).isCloseTo(expected[i], within(0.0005));
    }
  }
}
