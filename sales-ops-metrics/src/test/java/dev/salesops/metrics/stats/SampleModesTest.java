package dev.salesops.metrics.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salesops.core.validation.ValidationException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * {@link Sample} in the approximate mode merges the other sample's sketch (order statistics from both), an empty one
 * changes nothing; {@link QuantileMode}'s sketch size is within [8, 65535] inclusive; samples of different modes do
 * not merge.
 */
class SampleModesTest {
  @Test
  void approximateSamplesMergeTheirSketches() {
    QuantileMode mode = QuantileMode.approximate(200); // far more than the values: the sketch keeps every one
    Sample low = mode.newSample();
    Sample high = mode.newSample();
    for (long v = 1; v <= 5; v++) {
      low.add(v);
      high.add(100 * v);
    }
    low.merge(high);
    Distribution d = low.toDistribution(PercentileMethod.LINEAR);
    assertThat(d.count()).isEqualTo(10);
    assertThat(d.sum()).isEqualByComparingTo("1515");
    assertThat(d.min()).contains(BigDecimal.valueOf(1));
    assertThat(d.max()).contains(BigDecimal.valueOf(500));
    // nearest rank over 1..5, 100..500: the 5th value is the median, the 9th the p90
    assertThat(d.median()).contains(BigDecimal.valueOf(5));
    assertThat(d.p90()).contains(BigDecimal.valueOf(400));
    assertThat(d.approximate()).isTrue();
    assertThat(d.method()).isEqualTo(PercentileMethod.NEAREST_RANK);
    // merging an empty sample changes nothing; an empty one takes the other's values
    low.merge(mode.newSample());
    assertThat(low.toDistribution(PercentileMethod.LINEAR)).isEqualTo(d);
    Sample empty = mode.newSample();
    empty.merge(high);
    assertThat(empty.toDistribution(PercentileMethod.LINEAR).median()).contains(BigDecimal.valueOf(300));
    assertThatThrownBy(() -> low.merge(QuantileMode.exact().newSample())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("different modes");
    assertThatThrownBy(() -> low.merge(QuantileMode.approximate(201).newSample())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("different modes");
  }

  @Test
  void theSketchSizeIsWithinEightAnd65535() {
    assertThat(QuantileMode.approximate(8).k()).isEqualTo(8);
    assertThat(QuantileMode.approximate(65535).k()).isEqualTo(65535);
    assertThatThrownBy(() -> QuantileMode.approximate(7)).isInstanceOf(ValidationException.class).hasMessageContaining("[8, 65535]");
    assertThatThrownBy(() -> QuantileMode.approximate(65536)).isInstanceOf(ValidationException.class).hasMessageContaining("[8, 65535]");
    // the exact mode ignores k
    assertThat(new QuantileMode(false, 3).approximate()).isFalse();
    assertThat(QuantileMode.exact().rankError()).isZero();
    assertThat(QuantileMode.exact().toString()).isEqualTo("exact");
    assertThat(QuantileMode.approximate(200).rankError()).isBetween(0.01, 0.02); // about 1.33 % (javadoc)
  }
}
