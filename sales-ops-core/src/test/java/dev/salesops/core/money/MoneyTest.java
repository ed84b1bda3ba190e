package dev.salesops.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.salesops.core.testing.Generators;
import dev.salesops.core.testing.Property;
import dev.salesops.core.validation.ValidationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class MoneyTest {
  private static final CurrencyUnit USD = CurrencyUnit.USD;
  private static final CurrencyUnit EUR = CurrencyUnit.EUR;
  private static final CurrencyUnit JPY = CurrencyUnit.JPY;
  private static final LocalDate DAY = LocalDate.of(2024, 3, 1);

  private static Money usd(String amount) {
    return Money.of(USD, new BigDecimal(amount));
  }

  // ---- Monies

  @Test
  void parsesExactAmountsAndRefusesWhatWouldNeedRounding() {
    assertThat(Monies.parse("1234.5", USD, "amount")).isEqualTo(usd("1234.50"));
    assertThat(Monies.parse(" 1234.500 ", USD, "amount")).isEqualTo(usd("1234.50"));
    assertThat(Monies.parse("1E+3", USD, "amount")).isEqualTo(usd("1000.00"));
    assertThat(Monies.parse("-0.01", USD, "amount")).isEqualTo(usd("-0.01"));
    assertThat(Monies.parse("0", JPY, "amount")).isEqualTo(Money.zero(JPY));
    assertThatThrownBy(() -> Monies.parse("12.345", USD, "amount")).isInstanceOf(ValidationException.class)
        .hasMessage("amount must have at most 2 decimal places for USD: 12.345");
    assertThatThrownBy(() -> Monies.parse("1.5", JPY, "price"))
        .hasMessage("price must have at most 0 decimal places for JPY: 1.5");
    assertThatThrownBy(() -> Monies.parse("12,50", USD, "amount")).hasMessage("amount must be a decimal number: \"12,50\"");
    assertThatThrownBy(() -> Monies.parse("", USD, "amount")).hasMessage("amount must be a decimal of 1 to 40 characters: \"\"");
    assertThatThrownBy(() -> Monies.parse("1".repeat(41), USD, "amount"))
        .hasMessage("amount must be a decimal of 1 to 40 characters: \"" + "1".repeat(41) + "\"");
    assertThatThrownBy(() -> Monies.parse("1000000000000000.01", USD, "amount"))
        .hasMessage("amount must be at most 1000000000000000 in absolute value: 1000000000000000.01");
  }

  @Test
  void absurdScalesAreRefusedFromTheScaleAlone() {
    assertThatThrownBy(() -> Monies.parse("1e-1000000", USD, "amount"))
        .hasMessage("amount must have at most 2 decimal places for USD: 1E-1000000");
    assertThatThrownBy(() -> Monies.parse("1e1000000", USD, "amount"))
        .hasMessage("amount must be at most 1000000000000000 in absolute value: 1E+1000000");
    assertThatThrownBy(() -> Monies.parse("1e-2147483648", USD, "amount")).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> Monies.parse("1e99999999999", USD, "amount")).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> Monies.of(new BigDecimal("-1e1000000"), USD, "amount"))
        .hasMessage("amount must be at most 1000000000000000 in absolute value: -1E+1000000");
  }

  @Test
  void currencies() {
    assertThat(Monies.currency("EUR", "currency")).isEqualTo(EUR);
    assertThatThrownBy(() -> Monies.currency("XYZ", "currency")).hasMessage("currency must be a known ISO-4217 currency code: \"XYZ\"");
    assertThatThrownBy(() -> Monies.currency("usd", "currency")).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> Monies.requireCurrency(usd("1"), EUR, "price")).hasMessage("price must be in EUR: USD 1.00");
    assertThatThrownBy(() -> Monies.requireNonNegative(usd("-1"), "amount")).hasMessage("amount must not be negative: USD -1.00");
    assertThatThrownBy(() -> Monies.requireBounded(Money.of(JPY, new BigDecimal("1e16")), "amount"))
        .hasMessage("amount must be at most 1000000000000000 in absolute value: JPY 10000000000000000");
    new NullPointerTester().setDefault(CurrencyUnit.class, USD).setDefault(Money.class, usd("1"))
        .setDefault(String.class, "1").testAllPublicStaticMethods(Monies.class);
  }

  @Test
  void parseNeverThrowsAnythingButValidationException() {
    String alphabet = "0123456789.-+eE ,x%";
    Property.forAll(11L, 2000, r -> {
      int n = r.nextInt(30);
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < n; i++) {
        b.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      CurrencyUnit c = Generators.oneOf(r, Generators.CURRENCIES);
      try {
        Money m = Monies.parse(b.toString(), c, "amount");
        assertThat(m.getCurrencyUnit()).isEqualTo(c);
        assertThat(m.getAmount().abs()).isLessThanOrEqualTo(Monies.MAX_ABS_AMOUNT);
        assertThat(Monies.parse(m.getAmount().toPlainString(), c, "amount")).isEqualTo(m);
      } catch (ValidationException e) {
        assertThat(e.getMessage()).startsWith("amount must ");
      }
    });
  }

  // ---- MoneySum

  @Test
  void moneySumAddsMinorUnitsExactly() {
    MoneySum sum = MoneySum.of(USD).add(usd("0.10")).add(usd("0.20")).addMinor(5);
    assertThat(sum.toMoney()).isEqualTo(usd("0.35"));
    assertThat(sum.minorUnits()).isEqualTo(35);
    assertThat(sum.count()).isEqualTo(3);
    assertThat(sum.toBigDecimal()).isEqualTo(new BigDecimal("0.35"));
    assertThat(sum.currency()).isEqualTo(USD);
    assertThat(sum).hasToString("MoneySum{USD 0.35, count=3}");
    assertThat(MoneySum.of(JPY).add(Money.ofMajor(JPY, 500)).toBigDecimal()).isEqualTo(new BigDecimal("500"));
  }

  @Test
  void moneySumRefusesOtherCurrenciesAndOverflow() {
    MoneySum sum = MoneySum.of(USD).add(usd("1.00"));
    assertThatThrownBy(() -> sum.add(Money.of(EUR, 1))).isInstanceOf(ValidationException.class)
        .hasMessage("amount must be in USD to be added to a USD sum: EUR");
    assertThatThrownBy(() -> sum.merge(MoneySum.of(EUR))).isInstanceOf(ValidationException.class)
        .hasMessage("other must be in USD to be merged into a USD sum: EUR");
    MoneySum big = MoneySum.of(USD).addMinor(Long.MAX_VALUE - 1);
    assertThatThrownBy(() -> big.addMinor(2)).isInstanceOf(ArithmeticException.class)
        .hasMessage("MoneySum in USD overflows: 9223372036854775806 + 2 minor units exceeds the range of a long; the sum is unchanged");
    assertThat(big.minorUnits()).isEqualTo(Long.MAX_VALUE - 1);
    assertThat(big.count()).isEqualTo(1);
    assertThatThrownBy(() -> big.merge(MoneySum.of(USD).addMinor(10))).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> MoneySum.of(USD).addMinor(Long.MIN_VALUE).addMinor(-1)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> MoneySum.of(USD).add(Money.of(USD, new BigDecimal("1e20"))))
        .isInstanceOf(ArithmeticException.class).hasMessage("MoneySum in USD: amount USD 100000000000000000000.00 does not fit a long in minor units");
    new NullPointerTester().testAllPublicInstanceMethods(MoneySum.of(USD));
    new NullPointerTester().testAllPublicStaticMethods(MoneySum.class);
  }

  @Test
  void moneySumEqualsMoneyPlusAndMergesInAnyGrouping() {
    Property.forAll(5L, 200, r -> {
      CurrencyUnit c = Generators.oneOf(r, Generators.CURRENCIES);
      int n = r.nextInt(50);
      MoneySum whole = MoneySum.of(c);
      MoneySum left = MoneySum.of(c);
      MoneySum right = MoneySum.of(c);
      Money expected = Money.zero(c);
      for (int i = 0; i < n; i++) {
        Money m = Generators.money(r, c);
        if (r.nextBoolean()) {
          m = m.negated();
        }
        whole.add(m);
        (r.nextBoolean() ? left : right).add(m);
        expected = expected.plus(m);
      }
      assertThat(whole.toMoney()).isEqualTo(expected);
      assertThat(left.merge(right).toMoney()).isEqualTo(expected);
      assertThat(left.count()).isEqualTo(n);
    });
  }

  // ---- MoneyBag

  @Test
  void moneyBagKeepsCurrenciesApart() {
    MoneyBag bag = MoneyBag.empty().plus(usd("10.00")).plus(Money.of(EUR, 5)).plus(usd("2.50"));
    assertThat(bag.currencies()).containsExactly(EUR, USD);
    assertThat(bag.amountOf(USD)).isEqualTo(usd("12.50"));
    assertThat(bag.amountOf(JPY)).isEqualTo(Money.zero(JPY));
    assertThat(bag.toMap()).containsExactly(Map.entry(EUR, Money.of(EUR, 5)), Map.entry(USD, usd("12.50")));
    assertThat(bag.isSingleCurrency()).isFalse();
    assertThat(bag).hasToString("MoneyBag[EUR 5.00, USD 12.50]");
    assertThatThrownBy(bag::toMoney).isInstanceOfSatisfying(MixedCurrencyException.class, e -> {
      assertThat(e).hasMessage("amounts in several currencies cannot be added without exchange rates: EUR, USD");
      assertThat(e.currencies()).containsExactlyInAnyOrder(EUR, USD);
    });
    assertThat(MoneyBag.empty().toMoney()).isEmpty();
    assertThat(MoneyBag.empty().isEmpty()).isTrue();
    assertThat(MoneyBag.of(usd("1")).toMoney()).contains(usd("1"));
    assertThat(MoneyBag.of(List.of(usd("1"), Money.of(EUR, 2), usd("3")))).isEqualTo(bag.plus(usd("-8.50")).plus(Money.of(EUR, -3)));
    assertThat(bag.plus(MoneyBag.empty())).isSameAs(bag);
    assertThat(MoneyBag.empty().plus(bag)).isSameAs(bag);
    assertThatThrownBy(() -> bag.toMap().put(JPY, Money.zero(JPY))).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void moneyBagEqualityAndNulls() {
    new EqualsTester()
        .addEqualityGroup(MoneyBag.empty(), MoneyBag.of(List.of()))
        .addEqualityGroup(MoneyBag.of(usd("1")), MoneyBag.of(usd("0.40")).plus(usd("0.60")))
        .addEqualityGroup(MoneyBag.of(usd("1")).plus(Money.zero(EUR)))
        .addEqualityGroup(MoneyBag.of(Money.of(EUR, 1)))
        .testEquals();
    new NullPointerTester().setDefault(Money.class, usd("1")).setDefault(CurrencyUnit.class, USD)
        .setDefault(LocalDate.class, DAY).setDefault(ExchangeRates.class, ExchangeRates.none())
        .setDefault(MoneyBag.class, MoneyBag.empty())
        .testAllPublicInstanceMethods(MoneyBag.of(usd("1")));
    new NullPointerTester().testAllPublicStaticMethods(MoneyBag.class);
    List<Money> withNull = new ArrayList<>();
    withNull.add(null);
    assertThatThrownBy(() -> MoneyBag.of(withNull)).isInstanceOf(NullPointerException.class).hasMessage("amounts element");
  }

  @Test
  void moneyBagIsTheSameWhateverTheOrderAndGrouping() {
    Property.forAll(13L, 200, r -> {
      List<Money> amounts = new ArrayList<>();
      int n = r.nextInt(30);
      for (int i = 0; i < n; i++) {
        amounts.add(Generators.money(r));
      }
      MoneyBag one = MoneyBag.of(amounts);
      MoneyBag folded = MoneyBag.empty();
      MoneyBag left = MoneyBag.empty();
      MoneyBag right = MoneyBag.empty();
      for (Money m : amounts) {
        folded = folded.plus(m);
        if (r.nextBoolean()) {
          left = left.plus(m);
        } else {
          right = right.plus(m);
        }
      }
      assertThat(folded).isEqualTo(one);
      assertThat(right.plus(left)).isEqualTo(one);
      for (CurrencyUnit c : one.currencies()) {
        Money expected = amounts.stream().filter(m -> m.getCurrencyUnit().equals(c)).reduce(Money.zero(c), Money::plus);
        assertThat(one.amountOf(c)).isEqualTo(expected);
      }
    });
  }

  // ---- LargestRemainder (more in LargestRemainderTest)

  @Test
  void largestRemainderSplitsMoneyExactlyAndRefusesBadWeights() {
    assertThat(LargestRemainder.split(Money.ofMajor(JPY, 100), List.of(new BigDecimal("0.5"), new BigDecimal("0.25"), new BigDecimal("0.25"))))
        .containsExactly(Money.ofMajor(JPY, 50), Money.ofMajor(JPY, 25), Money.ofMajor(JPY, 25));
    assertThat(LargestRemainder.split(usd("-0.05"), List.of(BigDecimal.ONE, BigDecimal.ONE)))
        .containsExactly(usd("-0.03"), usd("-0.02"));
    assertThat(LargestRemainder.split(Long.MAX_VALUE, List.of(BigDecimal.ONE, BigDecimal.ONE)))
        .containsExactly(Long.MAX_VALUE / 2 + 1, Long.MAX_VALUE / 2);
    assertThat(LargestRemainder.split(7, List.of(new BigDecimal("1E+3"), new BigDecimal("1000")))).containsExactly(4, 3);
    assertThatThrownBy(() -> LargestRemainder.split(1, List.of())).hasMessage("weights must not be empty: []");
    assertThatThrownBy(() -> LargestRemainder.split(1, List.of(new BigDecimal("1e-1000000"))))
        .isInstanceOf(ValidationException.class).hasMessage("weights[0] must have a reasonable magnitude: 1E-1000000");
    List<BigDecimal> withNull = new ArrayList<>(List.of(BigDecimal.ONE));
    withNull.add(null);
    assertThatThrownBy(() -> LargestRemainder.split(1, withNull)).isInstanceOf(NullPointerException.class).hasMessage("weights[1]");
    new NullPointerTester().setDefault(Money.class, usd("1")).setDefault(List.class, List.of(BigDecimal.ONE))
        .testAllPublicStaticMethods(LargestRemainder.class);
  }

  @Test
  void largestRemainderPartsAreWithinOneUnitOfTheExactShare() {
    Property.forAll(17L, 300, r -> {
      long whole = r.nextLong() % 1_000_000_000_000L;
      int n = 1 + r.nextInt(8);
      List<BigDecimal> weights = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        weights.add(BigDecimal.valueOf(1 + r.nextInt(1000), r.nextInt(4)));
      }
      long[] parts = LargestRemainder.split(whole, weights);
      BigDecimal total = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      long sum = 0;
      for (int i = 0; i < n; i++) {
        BigDecimal exact = BigDecimal.valueOf(whole).multiply(weights.get(i)).divide(total, 10, RoundingMode.HALF_EVEN);
        assertThat(BigDecimal.valueOf(parts[i]).subtract(exact).abs()).isLessThan(BigDecimal.ONE);
        sum += parts[i];
      }
      assertThat(sum).isEqualTo(whole);
    });
  }

  // ---- ExchangeRates

  private static final ExchangeRates RATES = (from, to, date) -> {
    if (from.equals(EUR) && to.equals(USD) && date.equals(DAY)) {
      return Optional.of(new BigDecimal("1.08345"));
    }
    if (from.equals(JPY) && to.equals(USD)) {
      return Optional.of(new BigDecimal("0.0066667"));
    }
    if (from.equals(USD) && to.equals(CurrencyUnit.GBP)) {
      return Optional.of(BigDecimal.ZERO);
    }
    if (from.equals(USD) && to.equals(JPY)) {
      return Optional.of(new BigDecimal("1e-1000000"));
    }
    return Optional.empty();
  };

  @Test
  void convertsWithExplicitRoundingOnlyThroughTheHostsRates() throws Exception {
    Money eur = Money.of(EUR, new BigDecimal("10.01"));
    // 10.01 x 1.08345 = 10.8453345
    assertThat(RATES.convert(eur, USD, DAY, RoundingMode.HALF_EVEN)).isEqualTo(usd("10.85"));
    assertThat(RATES.convert(eur, USD, DAY, RoundingMode.DOWN)).isEqualTo(usd("10.84"));
    assertThat(RATES.convert(usd("3.00"), USD, DAY, RoundingMode.UNNECESSARY)).isEqualTo(usd("3.00"));
    assertThatThrownBy(() -> RATES.convert(eur, USD, DAY, RoundingMode.UNNECESSARY)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> RATES.convert(eur, USD, DAY.plusDays(1), RoundingMode.HALF_EVEN))
        .isInstanceOfSatisfying(MissingExchangeRateException.class, e -> {
          assertThat(e).hasMessage("no exchange rate EUR->USD on 2024-03-02");
          assertThat(e.from()).isEqualTo(EUR);
          assertThat(e.to()).isEqualTo(USD);
          assertThat(e.date()).isEqualTo(DAY.plusDays(1));
        });
    assertThatThrownBy(() -> RATES.convert(usd("1"), CurrencyUnit.GBP, DAY, RoundingMode.HALF_EVEN))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("rate USD->GBP on 2024-03-01 must be positive: 0");
    assertThatThrownBy(() -> RATES.convert(usd("1"), JPY, DAY, RoundingMode.HALF_EVEN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rate USD->JPY on 2024-03-01 must have at most 30 decimal places and 20 integer digits: 1E-1000000");
    ExchangeRates broken = (from, to, date) -> null;
    assertThatThrownBy(() -> broken.convert(eur, USD, DAY, RoundingMode.HALF_EVEN)).isInstanceOf(NullPointerException.class)
        .hasMessage("ExchangeRates.rate returned null instead of Optional.empty()");
    assertThatThrownBy(() -> ExchangeRates.none().convert(eur, USD, DAY, RoundingMode.HALF_EVEN))
        .isInstanceOf(MissingExchangeRateException.class);
    new NullPointerTester().setDefault(Money.class, usd("1")).setDefault(CurrencyUnit.class, USD)
        .setDefault(LocalDate.class, DAY).setDefault(RoundingMode.class, RoundingMode.HALF_EVEN)
        .testMethod(RATES, ExchangeRates.class.getMethod("convert", Money.class, CurrencyUnit.class, LocalDate.class, RoundingMode.class));
  }

  @Test
  void moneyBagConvertsOncePerCurrency() {
    MoneyBag bag = MoneyBag.of(List.of(Money.of(EUR, new BigDecimal("0.01")), Money.of(EUR, new BigDecimal("0.01")),
        usd("1.00"), Money.ofMajor(JPY, 150)));
    // EUR 0.02 x 1.08345 = 0.021669 -> 0.02; JPY 150 x 0.0066667 = 1.000005 -> 1.00; USD 1.00
    assertThat(bag.convertTo(USD, RATES, DAY, RoundingMode.HALF_EVEN)).isEqualTo(usd("2.02"));
    assertThat(bag.convertTo(USD, RATES, DAY, RoundingMode.UP)).isEqualTo(usd("2.04"));
    assertThat(MoneyBag.empty().convertTo(EUR, RATES, DAY, RoundingMode.HALF_EVEN)).isEqualTo(Money.zero(EUR));
    assertThatThrownBy(() -> bag.convertTo(EUR, RATES, DAY, RoundingMode.HALF_EVEN))
        .isInstanceOf(MissingExchangeRateException.class).hasMessage("no exchange rate JPY->EUR on 2024-03-01");
  }

  @Test
  void exceptionsNameTheirParts() {
    assertThat(new MixedCurrencyException(Set.of(USD, JPY, EUR)))
        .hasMessage("amounts in several currencies cannot be added without exchange rates: EUR, JPY, USD");
    new NullPointerTester().setDefault(CurrencyUnit.class, USD).setDefault(LocalDate.class, DAY)
        .testAllPublicConstructors(MissingExchangeRateException.class);
    new NullPointerTester().testAllPublicConstructors(MixedCurrencyException.class);
  }
}
