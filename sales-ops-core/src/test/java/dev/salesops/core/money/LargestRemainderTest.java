package dev.salesops.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salesops.core.testing.Property;
import dev.salesops.core.validation.ValidationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class LargestRemainderTest {

  @Test
  void splitsOneHundredDollarsInThreeEqualPartsWithTheExtraCentToTheFirst() {
    List<Money> parts = LargestRemainder.split(Money.of(CurrencyUnit.USD, new BigDecimal("100.00")),
        List.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE));
    assertThat(parts).extracting(Money::getAmount)
        .containsExactly(new BigDecimal("33.34"), new BigDecimal("33.33"), new BigDecimal("33.33"));
  }

  @Test
  void largestRemainderWinsBeforeOrder() {
    // 10 units by 1:2:7 with weights 0.15 0.15 0.70 of 1 unit -> floor 0,0,0 remainders .15 .15 .7
    long[] parts = LargestRemainder.split(1, List.of(new BigDecimal("0.15"), new BigDecimal("0.15"), new BigDecimal("0.70")));
    assertThat(parts).containsExactly(0, 0, 1);
  }

  @Test
  void negativeWholesKeepTheirSign() {
    assertThat(LargestRemainder.split(-10, List.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE))).containsExactly(-4, -3, -3);
  }

  @Test
  void refusesNegativeAndAllZeroWeights() {
    assertThatThrownBy(() -> LargestRemainder.split(10, List.of(BigDecimal.ONE, new BigDecimal("-1"))))
        .isInstanceOf(ValidationException.class).hasMessage("weights[1] must not be negative: -1");
    assertThatThrownBy(() -> LargestRemainder.split(10, List.of(BigDecimal.ZERO)))
        .isInstanceOf(ValidationException.class).hasMessageStartingWith("weights must have a positive sum");
  }

  @Test
  void partsAlwaysAddUpToTheWholeAndAreNonNegative() {
    Property.forAll(42L, 500, r -> {
      long whole = r.nextInt(10_000_000);
      int n = 1 + r.nextInt(12);
      List<BigDecimal> weights = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        weights.add(BigDecimal.valueOf(r.nextInt(1000), r.nextInt(6)));
      }
      if (weights.stream().allMatch(w -> w.signum() == 0)) {
        weights.set(0, BigDecimal.ONE);
      }
      long[] parts = LargestRemainder.split(whole, weights);
      long sum = 0;
      for (long p : parts) {
        assertThat(p).isNotNegative();
        sum += p;
      }
      assertThat(sum).isEqualTo(whole);
    });
  }
}
