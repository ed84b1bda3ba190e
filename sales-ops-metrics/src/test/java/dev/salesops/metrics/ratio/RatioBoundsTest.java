package dev.salesops.metrics.ratio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The documented bound of a ratio's parts: at most 100 integer digits and 100 decimal places. */
class RatioBoundsTest {

  @Test
  void partsOfUpTo100DigitsEachWay() {
    BigDecimal hundredPlaces = new BigDecimal("0." + "0".repeat(99) + "1");
    BigDecimal hundredDigits = new BigDecimal("9".repeat(100));
    assertThatCode(() -> Ratio.of(hundredPlaces, hundredDigits)).doesNotThrowAnyException();
    assertThatThrownBy(() -> Ratio.of(new BigDecimal("0." + "0".repeat(100) + "1"), BigDecimal.ONE))
        .hasMessageStartingWith("numerator must have at most 100 integer digits and 100 decimal places");
    assertThatThrownBy(() -> Ratio.of(BigDecimal.ONE, new BigDecimal("1" + "0".repeat(100))))
        .hasMessageStartingWith("denominator must have at most 100 integer digits and 100 decimal places");
    // trailing zeros are not places: 1.000... with 150 zeros is 1, and 0.0...010 has 100 places
    assertThatCode(() -> Ratio.of(new BigDecimal("0." + "0".repeat(99) + "10"), BigDecimal.ONE)).doesNotThrowAnyException();
    assertThat(Ratio.of(new BigDecimal("1." + "0".repeat(150)), BigDecimal.ONE)).isEqualTo(Ratio.of(1, 1));
  }

  @Test
  void hashCodesTellRatiosApart() {
    assertThat(List.of(Ratio.of(1, 2), Ratio.of(2, 1), Ratio.of(1, 3), Ratio.of(3, 4)).stream().map(Ratio::hashCode).distinct()).hasSizeGreaterThan(1);
    assertThat(Ratio.of(new BigDecimal("1.50"), new BigDecimal("3"))).hasSameHashCodeAs(Ratio.of(new BigDecimal("1.5"), new BigDecimal("3.0")));
  }
}
