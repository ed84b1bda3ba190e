package dev.salesops.metrics.stats;

import dev.salesops.metrics.internal.Percentiles;
import dev.salesops.metrics.internal.LongSample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salesops.core.validation.ValidationException;
import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PercentilesTest {
  private static BigDecimal p(String s) {
    return new BigDecimal(s);
  }

  @Test
  void linearMatchesExcelPercentileInc() {
    long[] x = {1, 2, 3, 4};
    // Excel: PERCENTILE.INC({1,2,3,4}, 0.9) = 3.7; 0.5 -> 2.5; 0.25 -> 1.75; 0 -> 1; 1 -> 4
    assertThat(Percentiles.of(x, 4, p("0.9"), PercentileMethod.LINEAR)).contains(p("3.7"));
    assertThat(Percentiles.of(x, 4, p("0.5"), PercentileMethod.LINEAR)).contains(p("2.5"));
    assertThat(Percentiles.of(x, 4, p("0.25"), PercentileMethod.LINEAR)).contains(p("1.75"));
    assertThat(Percentiles.of(x, 4, BigDecimal.ZERO, PercentileMethod.LINEAR)).contains(p("1"));
    assertThat(Percentiles.of(x, 4, BigDecimal.ONE, PercentileMethod.LINEAR)).contains(p("4"));
    // R: quantile(c(15, 20, 35, 40, 50), 0.4, type = 7) = 29
    assertThat(Percentiles.of(new long[] {15, 20, 35, 40, 50}, 5, p("0.4"), PercentileMethod.LINEAR)).contains(p("29"));
  }

  @Test
  void nearestRank() {
    long[] x = {15, 20, 35, 40, 50};
    // Wikipedia's nearest-rank example: P30 = 20, P40 = 20, P50 = 35, P100 = 50
    assertThat(Percentiles.of(x, 5, p("0.3"), PercentileMethod.NEAREST_RANK)).contains(p("20"));
    assertThat(Percentiles.of(x, 5, p("0.4"), PercentileMethod.NEAREST_RANK)).contains(p("20"));
    assertThat(Percentiles.of(x, 5, p("0.5"), PercentileMethod.NEAREST_RANK)).contains(p("35"));
    assertThat(Percentiles.of(x, 5, BigDecimal.ONE, PercentileMethod.NEAREST_RANK)).contains(p("50"));
    assertThat(Percentiles.of(x, 5, BigDecimal.ZERO, PercentileMethod.NEAREST_RANK)).contains(p("15"));
  }

  @Test
  void emptyAndInvalid() {
    assertThat(Percentiles.of(new long[0], 0, p("0.5"), PercentileMethod.LINEAR)).isEmpty();
    assertThatThrownBy(() -> Percentiles.of(new long[] {1}, 1, p("1.5"), PercentileMethod.LINEAR))
        .isInstanceOf(ValidationException.class).hasMessageContaining("p").hasMessageContaining("1.5");
    Distribution d = new LongSample().toDistribution(PercentileMethod.LINEAR);
    assertThat(d.count()).isZero();
    assertThat(d.median()).isEmpty();
    assertThat(d.mean().isDefined()).isFalse();
  }

  @Test
  void distributionInMajorUnits() {
    LongSample s = new LongSample();
    s.add(150);
    s.add(101);
    Distribution d = s.toDistribution(PercentileMethod.LINEAR).movePointLeft(2);
    assertThat(d.median()).contains(p("1.255")); // half a cent: exact, not rounded
    assertThat(d.sum()).isEqualByComparingTo("2.51");
  }

  @Test
  void approximateQuantilesStayWithinTheStatedRankError() {
    QuantileMode mode = QuantileMode.approximate(200);
    assertThat(mode.rankError()).isBetween(0.005, 0.02);
    Sample a = mode.newSample();
    Sample b = mode.newSample();
    Random random = new Random(5);
    int n = 200_000;
    for (int i = 0; i < n; i++) {
      long v = random.nextInt(1_000_000);
      (i % 2 == 0 ? a : b).add(v);
    }
    a.merge(b);
    Distribution d = a.toDistribution(PercentileMethod.LINEAR);
    assertThat(d.approximate()).isTrue();
    assertThat(d.count()).isEqualTo(n);
    // uniform on [0, 1e6): the true median is about 500000; rank error e -> value error about e * 1e6
    double tolerance = (mode.rankError() + 0.01) * 1_000_000;
    assertThat(d.median().orElseThrow().doubleValue()).isCloseTo(500_000, org.assertj.core.data.Offset.offset(tolerance));
    assertThat(d.p90().orElseThrow().doubleValue()).isCloseTo(900_000, org.assertj.core.data.Offset.offset(tolerance));
  }
}
