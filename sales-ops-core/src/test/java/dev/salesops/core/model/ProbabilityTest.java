package dev.salesops.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.salesops.core.testing.Generators;
import dev.salesops.core.testing.Property;
import dev.salesops.core.validation.ValidationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class ProbabilityTest {

  @Test
  void parsesDecimalsAndPercentagesToTheSameExactValue() {
    Probability p = Probability.parse("35%");
    assertThat(p).isEqualTo(Probability.parse("0.35")).isEqualTo(Probability.parse(" 35 % "))
        .isEqualTo(Probability.of(0.35)).isEqualTo(Probability.of(new BigDecimal("0.350")))
        .isEqualTo(Probability.ofPercent(35)).isEqualTo(Probability.ofPercent(new BigDecimal("35.000")));
    assertThat(p.value()).isEqualTo(new BigDecimal("0.35"));
    assertThat(p.toPercent()).isEqualTo(new BigDecimal("35"));
    assertThat(p).hasToString("35%");
    assertThat(p.toDouble()).isEqualTo(0.35);
    assertThat(p.complement()).isEqualTo(Probability.parse("65%"));
    assertThat(Probability.parse("12.5%").value()).isEqualTo(new BigDecimal("0.125"));
    assertThat(Probability.parse("1")).isSameAs(Probability.ONE);
    assertThat(Probability.parse("0.000")).isSameAs(Probability.ZERO);
    assertThat(Probability.parse("100%")).isSameAs(Probability.ONE);
    assertThat(Probability.of(new BigDecimal("1E+0"))).isSameAs(Probability.ONE);
    assertThat(Probability.ZERO.isZero()).isTrue();
    assertThat(Probability.ONE).hasToString("100%");
    assertThat(Probability.parse("0.123456789012")).hasToString("12.3456789012%");
  }

  @Test
  void refusesOutOfRangeAndOverPreciseValuesWithClearMessages() {
    assertThatThrownBy(() -> Probability.parse("1.2")).isInstanceOf(ValidationException.class)
        .hasMessage("probability must be within [0, 1]: 1.2");
    assertThatThrownBy(() -> Probability.parse("-0.1")).hasMessage("probability must be within [0, 1]: -0.1");
    assertThatThrownBy(() -> Probability.parse("120%")).hasMessage("probability must be within [0%, 100%]: \"120%\"");
    assertThatThrownBy(() -> Probability.parse("35 percent"))
        .hasMessage("probability must be a decimal in [0, 1] or a percentage in [0%, 100%]: \"35 percent\"");
    assertThatThrownBy(() -> Probability.parse("%")).hasMessage("probability must be a decimal in [0, 1] or a percentage in [0%, 100%]: \"%\"");
    assertThatThrownBy(() -> Probability.parse("0.1234567890123"))
        .hasMessage("probability must have at most 12 decimal places: 0.1234567890123");
    assertThatThrownBy(() -> Probability.of(new BigDecimal("0.1234567890123")))
        .hasMessage("probability must have at most 12 decimal places: 0.1234567890123");
    assertThatThrownBy(() -> Probability.parse("12.12345678901%"))
        .hasMessage("probability must have at most 10 decimal places as a percentage: \"12.12345678901%\"");
    assertThatThrownBy(() -> Probability.ofPercent(101)).hasMessage("percent must be within [0, 100]: 101");
    assertThatThrownBy(() -> Probability.of(Double.NaN)).hasMessage("probability must be a finite number: NaN");
    assertThatThrownBy(() -> Probability.parse("0." + "1".repeat(40)))
        .hasMessageStartingWith("probability must be a decimal in [0, 1] or a percentage in [0%, 100%] of at most 40 characters: ");
    assertThat(Probability.parse("0.500000000000000")).isEqualTo(Probability.parse("50%"));
  }

  @Test
  void absurdExponentsAreRefusedFast() {
    assertThatThrownBy(() -> Probability.parse("1e-1000000")).hasMessage("probability must have at most 12 decimal places: 1E-1000000");
    assertThatThrownBy(() -> Probability.parse("1e1000000")).hasMessage("probability must be within [0, 1]: 1E+1000000");
    assertThatThrownBy(() -> Probability.parse("1e1000000%")).hasMessage("probability must be within [0%, 100%]: \"1e1000000%\"");
    assertThatThrownBy(() -> Probability.parse("1e-1000000%"))
        .hasMessage("probability must have at most 10 decimal places as a percentage: \"1e-1000000%\"");
    assertThatThrownBy(() -> Probability.ofPercent(new BigDecimal("1e-999999")))
        .hasMessage("percent must have at most 10 decimal places: 1E-999999");
  }

  @Test
  void equalityCompareAndMoney() {
    new EqualsTester()
        .addEqualityGroup(Probability.parse("0.5"), Probability.parse("50%"), Probability.of(new BigDecimal("0.50")))
        .addEqualityGroup(Probability.ZERO, Probability.parse("0%"), Probability.of(new BigDecimal("0E-10")))
        .addEqualityGroup(Probability.ONE)
        .testEquals();
    assertThat(Probability.parse("0.2")).isLessThan(Probability.parse("30%"));
    Money weighted = Probability.parse("35%").times(Money.of(CurrencyUnit.USD, new BigDecimal("1000.01")), RoundingMode.HALF_EVEN);
    assertThat(weighted).isEqualTo(Money.of(CurrencyUnit.USD, new BigDecimal("350.00")));
    new NullPointerTester().testAllPublicStaticMethods(Probability.class);
    new NullPointerTester().setDefault(Money.class, Money.zero(CurrencyUnit.USD)).setDefault(RoundingMode.class, RoundingMode.HALF_UP)
        .testAllPublicInstanceMethods(Probability.parse("0.5"));
  }

  @Test
  void parsingNeverThrowsAnythingButValidationExceptionAndRoundTrips() {
    String alphabet = "0123456789.-+eE% x";
    Property.forAll(31L, 3000, r -> {
      StringBuilder b = new StringBuilder();
      int n = r.nextInt(16);
      for (int i = 0; i < n; i++) {
        b.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      try {
        Probability p = Probability.parse(b);
        assertThat(p.value()).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
        assertThat(Probability.parse(p.toString())).isEqualTo(p);
        assertThat(Probability.of(p.value())).isEqualTo(p);
      } catch (ValidationException e) {
        assertThat(e.getMessage()).startsWith("probability must ");
      }
      Probability valid = Generators.probability(r);
      assertThat(Probability.parse(valid.toString())).isEqualTo(valid);
      assertThat(Probability.parse(valid.value().toPlainString())).isEqualTo(valid);
      assertThat(valid.complement().complement()).isEqualTo(valid);
    });
  }
}
