package dev.salesops.metrics.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A distribution of no values keeps its approximate flag when built from its parts, as a stored one is read back. */
class DistributionEmptyApproximateTest {
  @Test
  void anEmptyDistributionReadBackKeepsItsFlag() {
    Distribution approximate = Distribution.of(0, BigDecimal.ZERO, null, null, null, null, PercentileMethod.NEAREST_RANK, true);
    assertThat(approximate.approximate()).isTrue();
    assertThat(approximate.count()).isZero();
    assertThat(approximate).isNotEqualTo(Distribution.empty(PercentileMethod.NEAREST_RANK));
    Distribution exact = Distribution.of(0, BigDecimal.ZERO, null, null, null, null, PercentileMethod.LINEAR, false);
    assertThat(exact).isEqualTo(Distribution.empty(PercentileMethod.LINEAR));
    assertThat(exact.approximate()).isFalse();
  }

  @Test
  void anEmptyApproximateSampleReadsBackEqual() {
    if (!QuantileMode.approximateSupported()) {
      return; // no DataSketches here (JDK 25): the exact half of the law is checked above
    }
    Distribution d = new Sample(QuantileMode.approximate(200)).toDistribution(PercentileMethod.LINEAR);
    assertThat(Distribution.of(d.count(), d.sum(), null, null, null, null, d.method(), d.approximate())).isEqualTo(d);
  }
}
