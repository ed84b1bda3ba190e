package dev.salesops.metrics.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salesops.core.validation.ValidationException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * {@link Distribution#of} (a stored summary read back): every rule of its javadoc, equal order statistics allowed;
 * the accessors, equality and text of exact and approximate distributions.
 */
class DistributionOfSummaryTest {
  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  @Test
  void aSummaryReadsBackPartByPart() {
    Distribution x = Distribution.of(4, d("20"), d("1"), d("4.5"), d("8.2"), d("9"), PercentileMethod.NEAREST_RANK, true);
    assertThat(x.count()).isEqualTo(4);
    assertThat(x.sum()).isEqualByComparingTo("20");
    assertThat(x.min()).contains(d("1"));
    assertThat(x.median()).contains(d("4.5"));
    assertThat(x.p90()).contains(d("8.2"));
    assertThat(x.max()).contains(d("9"));
    assertThat(x.method()).isEqualTo(PercentileMethod.NEAREST_RANK);
    assertThat(x.approximate()).isTrue();
    assertThat(x.toString()).isEqualTo("Distribution{count=4, sum=20, median=4.5, p90=8.2, approximate}");
    // equal order statistics are non-decreasing
    Distribution flat = Distribution.of(3, d("21"), d("7"), d("7"), d("7"), d("7"), PercentileMethod.LINEAR, false);
    assertThat(flat.approximate()).isFalse();
    assertThat(flat.toString()).isEqualTo("Distribution{count=3, sum=21, median=7, p90=7}");
    assertThat(flat).isEqualTo(Distribution.ofSorted(new long[] {7, 7, 7}, 21, PercentileMethod.LINEAR));
    assertThat(Distribution.of(0, BigDecimal.ZERO, null, null, null, null, PercentileMethod.LINEAR, false))
        .isEqualTo(Distribution.empty(PercentileMethod.LINEAR));
  }

  @Test
  void partsThatDoNotFitAreRefused() {
    PercentileMethod m = PercentileMethod.LINEAR;
    assertThatThrownBy(() -> Distribution.of(-1, BigDecimal.ZERO, null, null, null, null, m, false))
        .isInstanceOf(ValidationException.class).hasMessageContaining("distribution.count").hasMessageContaining("must not be negative");
    assertThatThrownBy(() -> Distribution.of(0, BigDecimal.ONE, null, null, null, null, m, false))
        .isInstanceOf(ValidationException.class).hasMessageContaining("of no values must have sum 0");
    BigDecimal one = BigDecimal.ONE;
    BigDecimal[][] lonely = {{one, null, null, null}, {null, one, null, null}, {null, null, one, null}, {null, null, null, one}};
    for (BigDecimal[] q : lonely) {
      assertThatThrownBy(() -> Distribution.of(0, BigDecimal.ZERO, q[0], q[1], q[2], q[3], m, false))
          .isInstanceOf(ValidationException.class).hasMessageContaining("of no values must have sum 0");
      BigDecimal[] missingOne = {one, one, one, one};
      for (int i = 0; i < 4; i++) {
        if (q[i] != null) {
          missingOne[i] = null;
        }
      }
      assertThatThrownBy(() -> Distribution.of(2, d("2"), missingOne[0], missingOne[1], missingOne[2], missingOne[3], m, false))
          .isInstanceOf(ValidationException.class).hasMessageContaining("of 2 values must have min, median, p90 and max");
    }
    assertThatThrownBy(() -> Distribution.of(2, d("3"), d("2"), d("1"), d("2"), d("2"), m, false))
        .isInstanceOf(ValidationException.class).hasMessageContaining("must not decrease");
    assertThatThrownBy(() -> Distribution.of(2, d("3"), d("1"), d("2"), d("1.5"), d("2"), m, false))
        .isInstanceOf(ValidationException.class).hasMessageContaining("must not decrease");
    assertThatThrownBy(() -> Distribution.of(2, d("3"), d("1"), d("1"), d("2"), d("1.9"), m, false))
        .isInstanceOf(ValidationException.class).hasMessageContaining("must not decrease");
  }

  @Test
  void equalityComparesEveryPart() {
    Distribution base = Distribution.of(2, d("3"), d("1"), d("1.5"), d("1.9"), d("2"), PercentileMethod.LINEAR, false);
    assertThat(base).isEqualTo(Distribution.of(2, d("3"), d("1"), d("1.5"), d("1.9"), d("2"), PercentileMethod.LINEAR, false))
        .hasSameHashCodeAs(Distribution.of(2, d("3"), d("1"), d("1.5"), d("1.9"), d("2"), PercentileMethod.LINEAR, false));
    assertThat(base).isNotEqualTo(Distribution.of(3, d("3"), d("1"), d("1.5"), d("1.9"), d("2"), PercentileMethod.LINEAR, false))
        .isNotEqualTo(Distribution.of(2, d("4"), d("1"), d("1.5"), d("1.9"), d("2"), PercentileMethod.LINEAR, false))
        .isNotEqualTo(Distribution.of(2, d("3"), d("0"), d("1.5"), d("1.9"), d("2"), PercentileMethod.LINEAR, false))
        .isNotEqualTo(Distribution.of(2, d("3"), d("1"), d("1.6"), d("1.9"), d("2"), PercentileMethod.LINEAR, false))
        .isNotEqualTo(Distribution.of(2, d("3"), d("1"), d("1.5"), d("1.8"), d("2"), PercentileMethod.LINEAR, false))
        .isNotEqualTo(Distribution.of(2, d("3"), d("1"), d("1.5"), d("1.9"), d("2.5"), PercentileMethod.LINEAR, false))
        .isNotEqualTo(Distribution.of(2, d("3"), d("1"), d("1.5"), d("1.9"), d("2"), PercentileMethod.NEAREST_RANK, false))
        .isNotEqualTo(Distribution.of(2, d("3"), d("1"), d("1.5"), d("1.9"), d("2"), PercentileMethod.LINEAR, true))
        .isNotEqualTo("Distribution{count=2, sum=3, median=1.5, p90=1.9}").isNotEqualTo(null);
    assertThat(Distribution.empty(PercentileMethod.LINEAR)).isNotEqualTo(Distribution.empty(PercentileMethod.NEAREST_RANK));
    assertThat(Distribution.empty(PercentileMethod.LINEAR).toString()).isEqualTo("Distribution{count=0, sum=0, median=null, p90=null}");
    assertThat(Distribution.empty(PercentileMethod.LINEAR).method()).isEqualTo(PercentileMethod.LINEAR);
  }

  @Test
  void movingThePointKeepsEveryPart() {
    // cents to units: 150, 250, 1000 cents → 1.5, 2.5, 10; linear median 2.5, p90 at h = 1.8: 2.5 + 0.8 × 7.5 = 8.5
    Distribution cents = Distribution.ofSorted(new long[] {150, 250, 1000}, 1400, PercentileMethod.LINEAR);
    Distribution units = cents.movePointLeft(2);
    assertThat(units).isEqualTo(Distribution.of(3, d("14"), d("1.5"), d("2.5"), d("8.5"), d("10"), PercentileMethod.LINEAR, false));
    assertThat(Distribution.empty(PercentileMethod.LINEAR).movePointLeft(2)).isEqualTo(Distribution.empty(PercentileMethod.LINEAR));
  }
}
