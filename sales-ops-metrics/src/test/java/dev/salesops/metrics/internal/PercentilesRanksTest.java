package dev.salesops.metrics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.salesops.metrics.stats.PercentileMethod;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The ranks a percentile reads ({@link Percentiles#ranksRead}), by the definitions of the two methods. */
class PercentilesRanksTest {

  @Test
  void linearReadsTheRankBelowAndTheOneAboveWhereThereIsOne() {
    // h = p (n - 1): 0.5 × 4 = 2 -> ranks 2 and 3; 0.3 × 4 = 1.2 -> 1 and 2
    assertThat(Percentiles.ranksRead(5, new BigDecimal("0.5"), PercentileMethod.LINEAR)).containsExactly(2, 3);
    assertThat(Percentiles.ranksRead(5, new BigDecimal("0.3"), PercentileMethod.LINEAR)).containsExactly(1, 2);
    // p = 1 reads the last rank only: there is no rank n
    assertThat(Percentiles.ranksRead(5, BigDecimal.ONE, PercentileMethod.LINEAR)).containsExactly(4);
    assertThat(Percentiles.ranksRead(1, new BigDecimal("0.5"), PercentileMethod.LINEAR)).containsExactly(0);
    // and the value read there: the linear percentile of 10, 20, 30, 40, 50 at 0.3 is 20 + 0.2 × 10 = 22
    assertThat(Percentiles.of(new long[] {10, 20, 30, 40, 50}, 5, new BigDecimal("0.3"), PercentileMethod.LINEAR)).contains(new BigDecimal("22"));
    assertThat(Percentiles.of(new long[] {10, 20, 30, 40, 50}, 5, BigDecimal.ONE, PercentileMethod.LINEAR)).contains(new BigDecimal("50"));
  }

  @Test
  void nearestRankReadsRankCeilPnAtLeastOne() {
    // ceil(0.5 × 5) = 3 -> 0-based 2; ceil(0 × 5) = 0 -> at least 1 -> 0
    assertThat(Percentiles.ranksRead(5, new BigDecimal("0.5"), PercentileMethod.NEAREST_RANK)).containsExactly(2);
    assertThat(Percentiles.ranksRead(5, BigDecimal.ZERO, PercentileMethod.NEAREST_RANK)).containsExactly(0);
    assertThat(Percentiles.ranksRead(5, BigDecimal.ONE, PercentileMethod.NEAREST_RANK)).containsExactly(4);
  }
}
