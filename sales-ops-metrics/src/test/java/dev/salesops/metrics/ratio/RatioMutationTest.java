package dev.salesops.metrics.ratio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salesops.core.validation.ValidationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/**
 * Ratio's arithmetic, bounds and normalisation pinned exactly (written to kill PIT's surviving mutants: each
 * assertion fails if a comparison, a sign or a returned value in {@link Ratio} is changed).
 */
class RatioMutationTest {

  private static Ratio of(String numerator, String denominator) {
    return Ratio.of(new BigDecimal(numerator), new BigDecimal(denominator));
  }

  @Test
  void nullPartsAreRefusedByName() {
    assertThatThrownBy(() -> Ratio.of(null, BigDecimal.ONE)).isInstanceOf(NullPointerException.class).hasMessage("numerator");
    assertThatThrownBy(() -> Ratio.of(BigDecimal.ONE, null)).isInstanceOf(NullPointerException.class).hasMessage("denominator");
    assertThatThrownBy(() -> Ratio.of(1, 2).plus(null)).isInstanceOf(NullPointerException.class).hasMessage("other");
    assertThatThrownBy(() -> Ratio.of(1, 2).value(2, null)).isInstanceOf(NullPointerException.class).hasMessage("rounding");
  }

  @Test
  void integerDigitsAreBoundedAtExactlyOneHundred() {
    assertThat(of("1E+99", "1").numerator().toPlainString()).hasSize(100);
    assertThat(of("-1E+99", "1").numerator().signum()).isEqualTo(-1);
    assertThat(of("1", "9E+99").denominator().precision()).isEqualTo(100);
    assertThatThrownBy(() -> of("1E+100", "1")).isInstanceOf(ValidationException.class).hasMessageContaining("numerator")
        .hasMessageContaining("at most 100 integer digits and 100 decimal places");
    assertThatThrownBy(() -> of("1", "-1E+100")).isInstanceOf(ValidationException.class).hasMessageContaining("denominator");
  }

  @Test
  void decimalPlacesAreBoundedAtExactlyOneHundredAfterStrippingZeros() {
    assertThat(of("1E-100", "1").numerator().scale()).isEqualTo(100);
    // 101 places written, 100 after stripping the trailing zero: accepted
    assertThat(of("10E-101", "1").numerator()).isEqualByComparingTo("1E-100");
    assertThat(of("1." + "0".repeat(150), "1").numerator()).isEqualTo(BigDecimal.ONE);
    assertThatThrownBy(() -> of("1E-101", "1")).isInstanceOf(ValidationException.class).hasMessageContaining("numerator");
    assertThatThrownBy(() -> of("1", "1E-101")).isInstanceOf(ValidationException.class).hasMessageContaining("denominator");
  }

  @Test
  void zeroIsNeverOutOfBoundsAndIsNormalised() {
    Ratio zeroOverZero = of("0E-1000", "0E+1000");
    assertThat(zeroOverZero).isEqualTo(Ratio.undefined());
    assertThat(zeroOverZero.numerator()).isSameAs(BigDecimal.ZERO);
    assertThat(zeroOverZero.denominator().scale()).isZero();
    assertThat(of("0.000", "4").numerator().scale()).isZero();
  }

  @Test
  void partsAreStrippedOfTrailingZerosButNeverGetANegativeScale() {
    Ratio r = of("2.50", "1E+3");
    assertThat(r.numerator().toString()).isEqualTo("2.5");
    assertThat(r.denominator().toString()).isEqualTo("1000");
    assertThat(r.denominator().scale()).isZero();
    assertThat(r).isEqualTo(of("2.5", "1000"));
    assertThat(Ratio.of(3, 4).numerator()).isEqualTo(BigDecimal.valueOf(3));
    assertThat(Ratio.of(3, 4).denominator()).isEqualTo(BigDecimal.valueOf(4));
  }

  @Test
  void definednessFollowsTheDenominatorOfEitherSign() {
    assertThat(Ratio.of(1, -2).isDefined()).isTrue();
    assertThat(Ratio.of(1, -2).value()).contains(new BigDecimal("-0.5"));
    assertThat(Ratio.of(1, 2).isDefined()).isTrue();
    assertThat(Ratio.of(5, 0).isDefined()).isFalse();
    assertThat(Ratio.undefined().isDefined()).isFalse();
  }

  @Test
  void valueIsSixteenSignificantDigitsHalfEvenStripped() {
    assertThat(Ratio.of(1, 3).value()).contains(new BigDecimal("0.3333333333333333"));
    assertThat(Ratio.of(2, 3).value()).contains(new BigDecimal("0.6666666666666667"));
    assertThat(Ratio.of(2, 4).value().orElseThrow().toString()).isEqualTo("0.5");
    assertThat(Ratio.of(10, 1).value().orElseThrow().toString()).isEqualTo("10");
    assertThat(Ratio.of(-7, 20).value()).contains(new BigDecimal("-0.35"));
    assertThat(Ratio.of(5, 0).value()).isEmpty();
  }

  @Test
  void valueWithScaleUsesTheGivenRounding() {
    assertThat(Ratio.of(1, 8).value(2, RoundingMode.HALF_UP)).contains(new BigDecimal("0.13"));
    assertThat(Ratio.of(1, 8).value(2, RoundingMode.HALF_EVEN)).contains(new BigDecimal("0.12"));
    assertThat(Ratio.of(1, 8).value(0, RoundingMode.UP)).contains(BigDecimal.ONE);
    assertThat(Ratio.of(1, 0).value(2, RoundingMode.HALF_UP)).isEmpty();
  }

  @Test
  void toDoubleIsTheQuotient() {
    assertThat(Ratio.of(1, 4).toDouble().getAsDouble()).isEqualTo(0.25);
    assertThat(Ratio.of(-3, 2).toDouble().getAsDouble()).isEqualTo(-1.5);
    assertThat(Ratio.of(1, 0).toDouble()).isEmpty();
  }

  @Test
  void jsonValueIsTheQuotientOrNull() {
    assertThat(Ratio.of(7, 20).jsonValue()).isEqualTo(new BigDecimal("0.35"));
    assertThat(Ratio.undefined().jsonValue()).isNull();
  }

  @Test
  void plusAddsPartsNotQuotients() {
    Ratio sum = Ratio.of(1, 2).plus(Ratio.of(3, 4));
    assertThat(sum.numerator()).isEqualTo(BigDecimal.valueOf(4));
    assertThat(sum.denominator()).isEqualTo(BigDecimal.valueOf(6));
    assertThat(of("0.50", "1").plus(of("0.50", "1"))).isEqualTo(Ratio.of(1, 2));
    assertThat(of("0.50", "1").plus(of("0.50", "1")).numerator().toString()).isEqualTo("1");
    assertThat(of("5", "10").plus(of("5", "10")).denominator().toString()).isEqualTo("20");
    assertThat(Ratio.of(-1, 2).plus(Ratio.of(1, -2))).isEqualTo(Ratio.undefined());
    assertThat(Ratio.undefined().plus(Ratio.of(2, 3))).isEqualTo(Ratio.of(2, 3));
  }

  @Test
  void equalityIsOnBothStrippedParts() {
    Ratio half = Ratio.of(1, 2);
    assertThat(half).isEqualTo(of("1.0", "2.00")).hasSameHashCodeAs(of("1.0", "2.00"));
    assertThat(half).isNotEqualTo(Ratio.of(2, 4));
    assertThat(half).isNotEqualTo(Ratio.of(1, 3));
    assertThat(half).isNotEqualTo(Ratio.of(3, 2));
    assertThat(half.equals(null)).isFalse();
    assertThat(half.equals("1/2")).isFalse();
    assertThat(half.equals(half)).isTrue();
  }

  @Test
  void toStringShowsPartsAndValueInPlainNotation() {
    assertThat(Ratio.of(1, 4)).hasToString("1/4 = 0.25");
    assertThat(of("1E+3", "3")).hasToString("1000/3 = 333.3333333333333");
    assertThat(of("1E-7", "1")).hasToString("0.0000001/1 = 0.0000001");
    assertThat(Ratio.of(3, 0)).hasToString("3/0 = undefined");
    assertThat(Ratio.undefined()).hasToString("0/0 = undefined");
  }
}
