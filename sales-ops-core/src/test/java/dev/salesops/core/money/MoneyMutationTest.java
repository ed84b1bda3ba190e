package dev.salesops.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salesops.core.validation.ValidationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * Money's bounds, boundaries and bookkeeping pinned exactly (written to kill PIT's surviving mutants in
 * {@code core.money}: each assertion fails if a comparison, a bound or a returned value is changed).
 */
class MoneyMutationTest {
  private static final CurrencyUnit USD = CurrencyUnit.USD;
  private static final CurrencyUnit EUR = CurrencyUnit.EUR;
  private static final CurrencyUnit JPY = CurrencyUnit.JPY;
  private static final LocalDate DAY = LocalDate.of(2026, 1, 5);

  private static Money usd(String amount) {
    return Money.of(USD, new BigDecimal(amount));
  }

  private static Money eur(String amount) {
    return Money.of(EUR, new BigDecimal(amount));
  }

  // ---- Monies

  @Test
  void parseAcceptsFortyCharactersAndNoMore() {
    String forty = "0".repeat(36) + "1.00";
    assertThat(forty).hasSize(40);
    assertThat(Monies.parse(forty, USD, "amount")).isEqualTo(usd("1.00"));
    assertThatThrownBy(() -> Monies.parse("0" + forty, USD, "amount")).isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("amount must be a decimal of 1 to 40 characters");
    assertThatThrownBy(() -> Monies.parse("   ", USD, "amount")).hasMessageStartingWith("amount must be a decimal of 1 to 40");
    assertThatThrownBy(() -> Monies.parse("1x", USD, "amount")).hasMessage("amount must be a decimal number: \"1x\"");
  }

  @Test
  void nullsAreRefusedByName() {
    assertThatThrownBy(() -> Monies.parse(null, USD, "price")).isInstanceOf(NullPointerException.class).hasMessage("price");
    assertThatThrownBy(() -> Monies.parse("1", null, "price")).isInstanceOf(NullPointerException.class).hasMessage("currency");
    assertThatThrownBy(() -> Monies.parse("1", USD, null)).isInstanceOf(NullPointerException.class).hasMessage("field");
    assertThatThrownBy(() -> Monies.of(null, USD, "price")).isInstanceOf(NullPointerException.class).hasMessage("price");
    assertThatThrownBy(() -> Monies.of(BigDecimal.ONE, null, "price")).isInstanceOf(NullPointerException.class).hasMessage("currency");
    assertThatThrownBy(() -> Monies.requireBounded(null, "price")).isInstanceOf(NullPointerException.class).hasMessage("price");
    assertThatThrownBy(() -> Monies.currency(null, "ccy")).isInstanceOf(NullPointerException.class).hasMessage("ccy");
    assertThatThrownBy(() -> Monies.requireCurrency(null, USD, "price")).isInstanceOf(NullPointerException.class).hasMessage("price");
    assertThatThrownBy(() -> Monies.requireNonNegative(null, "price")).isInstanceOf(NullPointerException.class).hasMessage("price");
  }

  @Test
  void ofAcceptsTwentyExtraTrailingZerosBeforeStrippingAndRefusesMore() {
    // USD has 2 places: a scale of 22 is stripped (cheap check passes), 23 is refused from the scale alone
    assertThat(Monies.of(new BigDecimal("1." + "0".repeat(22)), USD, "amount")).isEqualTo(usd("1.00"));
    assertThatThrownBy(() -> Monies.of(new BigDecimal("1." + "0".repeat(23)), USD, "amount"))
        .isInstanceOf(ValidationException.class).hasMessageStartingWith("amount must have at most 2 decimal places for USD");
    assertThat(Monies.of(new BigDecimal("7.000"), JPY, "amount")).isEqualTo(Money.ofMajor(JPY, 7));
    assertThatThrownBy(() -> Monies.of(new BigDecimal("7.5"), JPY, "amount"))
        .hasMessageStartingWith("amount must have at most 0 decimal places for JPY");
  }

  @Test
  void ofNormalisesToTheCurrencyScale() {
    Money five = Monies.of(new BigDecimal("5"), USD, "amount");
    assertThat(five.getAmount().scale()).isEqualTo(2);
    assertThat(five.getAmount()).isEqualTo(new BigDecimal("5.00"));
    assertThat(Monies.of(new BigDecimal("5E+2"), USD, "amount").getAmount()).isEqualTo(new BigDecimal("500.00"));
    assertThat(Monies.of(new BigDecimal("0E-22"), USD, "amount")).isEqualTo(Money.zero(USD));
    assertThat(Monies.of(new BigDecimal("0E+30"), USD, "amount")).isEqualTo(Money.zero(USD));
    assertThat(Monies.of(new BigDecimal("-12.30"), USD, "amount")).isEqualTo(usd("-12.30"));
  }

  @Test
  void theLargestAmountIsExactlyTenToTheFifteenEitherSign() {
    assertThat(Monies.of(new BigDecimal("1000000000000000"), USD, "amount")).isEqualTo(usd("1000000000000000.00"));
    assertThat(Monies.of(new BigDecimal("-1000000000000000"), USD, "amount")).isEqualTo(usd("-1000000000000000.00"));
    assertThatThrownBy(() -> Monies.of(new BigDecimal("-1000000000000000.01"), USD, "amount"))
        .hasMessage("amount must be at most 1000000000000000 in absolute value: -1000000000000000.01");
    assertThatThrownBy(() -> Monies.of(new BigDecimal("1E+20"), USD, "amount"))
        .hasMessageStartingWith("amount must be at most 1000000000000000 in absolute value");
    assertThat(Monies.requireBounded(usd("1000000000000000"), "x")).isEqualTo(usd("1000000000000000"));
    assertThat(Monies.requireBounded(usd("-1000000000000000"), "x")).isEqualTo(usd("-1000000000000000"));
    Money over = usd("1000000000000000.01");
    assertThatThrownBy(() -> Monies.requireBounded(over, "x")).isInstanceOf(ValidationException.class)
        .hasMessage("x must be at most 1000000000000000 in absolute value: USD 1000000000000000.01");
    assertThatThrownBy(() -> Monies.requireBounded(over.negated(), "x")).isInstanceOf(ValidationException.class);
  }

  @Test
  void requireBoundedAndTheOtherChecksReturnTheirArgument() {
    Money m = usd("12.34");
    assertThat(Monies.requireBounded(m, "x")).isSameAs(m);
    assertThat(Monies.requireCurrency(m, USD, "x")).isSameAs(m);
    assertThat(Monies.requireNonNegative(m, "x")).isSameAs(m);
    Money zero = Money.zero(USD);
    assertThat(Monies.requireNonNegative(zero, "x")).isSameAs(zero);
    assertThatThrownBy(() -> Monies.requireNonNegative(usd("-0.01"), "x")).isInstanceOf(ValidationException.class)
        .hasMessage("x must not be negative: USD -0.01");
    assertThatThrownBy(() -> Monies.requireCurrency(m, EUR, "x")).isInstanceOf(ValidationException.class)
        .hasMessage("x must be in EUR: USD 12.34");
  }

  @Test
  void currencyCodesAreStrippedAndUnknownOnesRefused() {
    assertThat(Monies.currency(" EUR ", "ccy")).isEqualTo(EUR);
    assertThatThrownBy(() -> Monies.currency("XYZ1", "ccy")).isInstanceOf(ValidationException.class)
        .hasMessage("ccy must be a known ISO-4217 currency code: \"XYZ1\"");
    assertThat(Monies.abbreviate("abc")).isEqualTo("\"abc\"");
  }

  // ---- MoneySum

  @Test
  void moneySumCountsAndSumsInMinorUnits() {
    MoneySum s = MoneySum.of(USD);
    assertThat(s.add(usd("1.50"))).isSameAs(s);
    s.add(usd("1.50")).addMinor(1);
    assertThat(s.minorUnits()).isEqualTo(301);
    assertThat(s.count()).isEqualTo(3);
    assertThat(s.currency()).isEqualTo(USD);
    assertThat(s.toMoney()).isEqualTo(usd("3.01"));
    assertThat(s.toBigDecimal()).isEqualTo(new BigDecimal("3.01"));
    assertThat(s).hasToString("MoneySum{USD 3.01, count=3}");
    MoneySum yen = MoneySum.of(JPY).add(Money.ofMajor(JPY, 5));
    assertThat(yen.toBigDecimal()).isEqualTo(new BigDecimal("5"));
    assertThat(yen.toBigDecimal().scale()).isZero();
    assertThat(MoneySum.of(USD).addMinor(0).minorUnits()).isZero();
    assertThat(MoneySum.of(USD).addMinor(-5).addMinor(0).minorUnits()).isEqualTo(-5);
  }

  @Test
  void moneySumRefusesOtherCurrenciesNamingBoth() {
    MoneySum s = MoneySum.of(USD);
    assertThatThrownBy(() -> s.add(eur("1"))).isInstanceOf(ValidationException.class)
        .hasMessage("amount must be in USD to be added to a USD sum: EUR");
    assertThatThrownBy(() -> s.merge(MoneySum.of(EUR))).isInstanceOf(ValidationException.class)
        .hasMessage("other must be in USD to be merged into a USD sum: EUR");
    assertThat(s.count()).isZero();
    assertThatThrownBy(() -> MoneySum.of(null)).isInstanceOf(NullPointerException.class).hasMessage("currency");
  }

  @Test
  void moneySumOverflowIsDetectedAtTheExactEdgesAndLeavesTheSumUnchanged() {
    MoneySum top = MoneySum.of(USD).addMinor(Long.MAX_VALUE - 1).addMinor(1);
    assertThat(top.minorUnits()).isEqualTo(Long.MAX_VALUE);
    assertThatThrownBy(() -> top.addMinor(1)).isInstanceOf(ArithmeticException.class)
        .hasMessage("MoneySum in USD overflows: 9223372036854775807 + 1 minor units exceeds the range of a long; the sum is unchanged");
    assertThat(top.minorUnits()).isEqualTo(Long.MAX_VALUE);
    assertThat(top.count()).isEqualTo(2);
    MoneySum bottom = MoneySum.of(USD).addMinor(Long.MIN_VALUE + 1).addMinor(-1);
    assertThat(bottom.minorUnits()).isEqualTo(Long.MIN_VALUE);
    assertThatThrownBy(() -> bottom.addMinor(-1)).isInstanceOf(ArithmeticException.class);
    assertThat(top.addMinor(Long.MIN_VALUE).minorUnits()).isEqualTo(-1);
    MoneySum full = MoneySum.of(USD).addMinor(Long.MAX_VALUE);
    MoneySum one = MoneySum.of(USD).addMinor(1).addMinor(0);
    assertThatThrownBy(() -> full.merge(one)).isInstanceOf(ArithmeticException.class);
    assertThat(full.count()).isEqualTo(1);
    assertThat(full.minorUnits()).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void anAmountWhoseMinorUnitsDoNotFitALongIsRefused() {
    Money huge = Money.of(USD, new BigDecimal("100000000000000000"));
    MoneySum s = MoneySum.of(USD);
    assertThatThrownBy(() -> s.add(huge)).isInstanceOf(ArithmeticException.class)
        .hasMessage("MoneySum in USD: amount USD 100000000000000000.00 does not fit a long in minor units");
    assertThat(s.count()).isZero();
  }

  @Test
  void mergeAddsSumsAndCounts() {
    MoneySum a = MoneySum.of(USD).addMinor(100).addMinor(200);
    MoneySum b = MoneySum.of(USD).addMinor(5);
    assertThat(a.merge(b)).isSameAs(a);
    assertThat(a.minorUnits()).isEqualTo(305);
    assertThat(a.count()).isEqualTo(3);
    assertThat(b.minorUnits()).isEqualTo(5);
    assertThat(b.count()).isEqualTo(1);
  }

  // ---- MoneyTotals

  @Test
  void moneyTotalsKeepCurrenciesApartAndCountEverything() {
    MoneyTotals t = new MoneyTotals();
    assertThat(t.count()).isZero();
    assertThat(t.finish()).isEqualTo(MoneyBag.empty());
    t.add(usd("1"));
    t.add(eur("2"));
    t.add(usd("3"));
    t.add(Money.zero(JPY));
    assertThat(t.count()).isEqualTo(4);
    MoneyBag bag = t.finish();
    assertThat(bag.amountOf(USD)).isEqualTo(usd("4"));
    assertThat(bag.amountOf(EUR)).isEqualTo(eur("2"));
    assertThat(bag.currencies()).containsExactly(EUR, JPY, USD);
    // finish leaves it unchanged
    assertThat(t.finish()).isEqualTo(bag);
    assertThat(t.count()).isEqualTo(4);
    assertThat(t).hasToString("MoneyTotals[MoneySum{EUR 2.00, count=1}, MoneySum{JPY 0, count=1}, MoneySum{USD 4.00, count=2}]");
  }

  @Test
  void moneyTotalsMergeCopiesNewCurrenciesAndAddsKnownOnes() {
    MoneyTotals a = new MoneyTotals();
    a.add(usd("1"));
    MoneyTotals b = new MoneyTotals();
    b.add(usd("2"));
    b.add(eur("5"));
    assertThat(a.merge(b)).isSameAs(a);
    assertThat(a.count()).isEqualTo(3);
    assertThat(a.finish().amountOf(USD)).isEqualTo(usd("3"));
    // the merged-in EUR sum is a copy: adding to b afterwards does not change a
    b.add(eur("1"));
    assertThat(a.finish().amountOf(EUR)).isEqualTo(eur("5"));
    assertThat(a.count()).isEqualTo(3);
    // merging into itself doubles
    a.merge(a);
    assertThat(a.count()).isEqualTo(6);
    assertThat(a.finish().amountOf(USD)).isEqualTo(usd("6"));
    assertThat(a.finish().amountOf(EUR)).isEqualTo(eur("10"));
  }

  // ---- MoneyBag

  @Test
  void moneyBagSingleCurrencyAndToMoney() {
    assertThat(MoneyBag.empty().isEmpty()).isTrue();
    assertThat(MoneyBag.empty().isSingleCurrency()).isTrue();
    assertThat(MoneyBag.empty().toMoney()).isEmpty();
    MoneyBag one = MoneyBag.of(usd("2"));
    assertThat(one.isEmpty()).isFalse();
    assertThat(one.isSingleCurrency()).isTrue();
    assertThat(one.toMoney()).contains(usd("2"));
    MoneyBag two = one.plus(eur("0"));
    assertThat(two.isSingleCurrency()).isFalse();
    assertThat(two).isNotEqualTo(one);
    assertThatThrownBy(two::toMoney).isInstanceOf(MixedCurrencyException.class)
        .hasMessage("amounts in several currencies cannot be added without exchange rates: EUR, USD")
        .satisfies(e -> assertThat(((MixedCurrencyException) e).currencies()).containsExactlyInAnyOrder(EUR, USD));
  }

  @Test
  void moneyBagPlusAddsPerCurrency() {
    MoneyBag a = MoneyBag.of(List.of(usd("1"), eur("2"), usd("3")));
    assertThat(a.toMap()).containsExactly(java.util.Map.entry(EUR, eur("2")), java.util.Map.entry(USD, usd("4")));
    assertThat(a.plus(MoneyBag.empty())).isSameAs(a);
    assertThat(MoneyBag.empty().plus(a)).isSameAs(a);
    MoneyBag b = MoneyBag.of(List.of(usd("10"), Money.ofMajor(JPY, 7)));
    MoneyBag sum = a.plus(b);
    assertThat(sum.toMap()).containsExactly(java.util.Map.entry(EUR, eur("2")), java.util.Map.entry(JPY, Money.ofMajor(JPY, 7)),
        java.util.Map.entry(USD, usd("14")));
    assertThat(a.amountOf(USD)).isEqualTo(usd("4"));
    assertThat(a.amountOf(JPY)).isEqualTo(Money.zero(JPY));
    assertThat(a.plus(usd("1")).amountOf(USD)).isEqualTo(usd("5"));
    assertThat(a.amountOf(USD)).as("plus copies").isEqualTo(usd("4"));
    assertThat(a).hasToString("MoneyBag[EUR 2.00, USD 4.00]");
    assertThat(a).isEqualTo(MoneyBag.of(List.of(eur("2"), usd("4")))).hasSameHashCodeAs(MoneyBag.of(List.of(eur("2"), usd("4"))));
    assertThat(a.equals("MoneyBag[EUR 2.00, USD 4.00]")).isFalse();
    assertThatThrownBy(() -> MoneyBag.of(java.util.Arrays.asList(usd("1"), null))).isInstanceOf(NullPointerException.class)
        .hasMessage("amounts element");
  }

  @Test
  void moneyBagConvertsEachCurrencyOnceWithTheGivenRounding() {
    ExchangeRates rates = (from, to, date) -> from.equals(EUR) && to.equals(USD) && date.equals(DAY)
        ? Optional.of(new BigDecimal("1.005")) : Optional.empty();
    MoneyBag bag = MoneyBag.of(List.of(eur("1"), usd("10")));
    assertThat(bag.convertTo(USD, rates, DAY, RoundingMode.HALF_UP)).isEqualTo(usd("11.01"));
    assertThat(bag.convertTo(USD, rates, DAY, RoundingMode.HALF_DOWN)).isEqualTo(usd("11.00"));
    assertThat(MoneyBag.empty().convertTo(USD, rates, DAY, RoundingMode.HALF_UP)).isEqualTo(Money.zero(USD));
    assertThatThrownBy(() -> bag.convertTo(USD, rates, DAY.plusDays(1), RoundingMode.HALF_UP))
        .isInstanceOf(MissingExchangeRateException.class).hasMessage("no exchange rate EUR->USD on 2026-01-06");
  }

  // ---- ExchangeRates

  @Test
  void theSameCurrencyConvertsToItselfWithoutAskingForARate() {
    Money m = usd("3");
    assertThat(ExchangeRates.none().convert(m, USD, DAY, RoundingMode.UNNECESSARY)).isSameAs(m);
    ExchangeRates broken = (from, to, date) -> null;
    assertThatThrownBy(() -> broken.convert(eur("1"), USD, DAY, RoundingMode.HALF_UP)).isInstanceOf(NullPointerException.class)
        .hasMessage("ExchangeRates.rate returned null instead of Optional.empty()");
    MissingExchangeRateException e = org.junit.jupiter.api.Assertions.assertThrows(MissingExchangeRateException.class,
        () -> ExchangeRates.none().convert(eur("1"), USD, DAY, RoundingMode.HALF_UP));
    assertThat(e.from()).isEqualTo(EUR);
    assertThat(e.to()).isEqualTo(USD);
    assertThat(e.date()).isEqualTo(DAY);
  }

  private static ExchangeRates fixed(String rate) {
    return (from, to, date) -> Optional.of(new BigDecimal(rate));
  }

  @Test
  void ratesMustBePositiveAndOfBoundedScaleAndMagnitude() {
    assertThatThrownBy(() -> fixed("0").convert(eur("1"), USD, DAY, RoundingMode.HALF_UP)).isInstanceOf(ValidationException.class)
        .hasMessage("rate EUR->USD on 2026-01-05 must be positive: 0");
    assertThatThrownBy(() -> fixed("-1.1").convert(eur("1"), USD, DAY, RoundingMode.HALF_UP))
        .hasMessage("rate EUR->USD on 2026-01-05 must be positive: -1.1");
    // exactly 30 decimal places and exactly 20 integer digits are accepted
    assertThat(fixed("1E-30").convert(eur("1"), USD, DAY, RoundingMode.UP)).isEqualTo(usd("0.01"));
    assertThat(fixed("1E+19").convert(eur("0"), USD, DAY, RoundingMode.UP)).isEqualTo(usd("0"));
    assertThatThrownBy(() -> fixed("1E-31").convert(eur("1"), USD, DAY, RoundingMode.UP))
        .hasMessageStartingWith("rate EUR->USD on 2026-01-05 must have at most 30 decimal places and 20 integer digits");
    assertThatThrownBy(() -> fixed("1E+20").convert(eur("0"), USD, DAY, RoundingMode.UP))
        .hasMessageStartingWith("rate EUR->USD on 2026-01-05 must have at most 30 decimal places and 20 integer digits");
  }

  @Test
  void aConvertedAmountBeyondTheBoundIsRefused() {
    assertThat(fixed("1000").convert(eur("1000000000000"), USD, DAY, RoundingMode.UP)).isEqualTo(usd("1000000000000000"));
    assertThatThrownBy(() -> fixed("1000.00000001").convert(eur("1000000000000"), USD, DAY, RoundingMode.UP))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("amount converted at the rate EUR->USD on 2026-01-05 must be at most 1000000000000000");
    assertThat(fixed("1.005").convert(eur("1"), USD, DAY, RoundingMode.HALF_UP)).isEqualTo(usd("1.01"));
    assertThat(fixed("1.005").convert(eur("1"), USD, DAY, RoundingMode.HALF_DOWN)).isEqualTo(usd("1.00"));
    assertThat(fixed("150").convert(eur("1.01"), JPY, DAY, RoundingMode.HALF_UP)).isEqualTo(Money.ofMajor(JPY, 152));
  }

  @Test
  void exceptionsRefuseNulls() {
    assertThatThrownBy(() -> new MissingExchangeRateException(null, USD, DAY)).hasMessage("from");
    assertThatThrownBy(() -> new MissingExchangeRateException(EUR, null, DAY)).hasMessage("to");
    assertThatThrownBy(() -> new MissingExchangeRateException(EUR, USD, null)).hasMessage("date");
    assertThatThrownBy(() -> new MixedCurrencyException(null)).hasMessage("currencies");
    assertThat(new MixedCurrencyException(Set.of(USD, JPY, EUR)).getMessage()).endsWith(": EUR, JPY, USD");
  }

  // ---- LargestRemainder

  @Test
  void largestRemainderBoundsOnWeights() {
    assertThatThrownBy(() -> LargestRemainder.split(10, List.of())).isInstanceOf(ValidationException.class)
        .hasMessage("weights must not be empty: []");
    assertThatThrownBy(() -> LargestRemainder.split(10, java.util.Arrays.asList(BigDecimal.ONE, null)))
        .isInstanceOf(NullPointerException.class).hasMessage("weights[1]");
    assertThatThrownBy(() -> LargestRemainder.split(10, List.of(BigDecimal.ONE, new BigDecimal("-0.1"))))
        .hasMessage("weights[1] must not be negative: -0.1");
    assertThat(LargestRemainder.split(10, List.of(new BigDecimal("1E-1000"), new BigDecimal("1E-1000")))).containsExactly(5, 5);
    assertThat(LargestRemainder.split(10, List.of(new BigDecimal("1E+999"), new BigDecimal("1E+999")))).containsExactly(5, 5);
    assertThatThrownBy(() -> LargestRemainder.split(10, List.of(new BigDecimal("1E-1001"))))
        .hasMessageStartingWith("weights[0] must have a reasonable magnitude");
    assertThatThrownBy(() -> LargestRemainder.split(10, List.of(BigDecimal.ONE, new BigDecimal("1E+1000"))))
        .hasMessageStartingWith("weights[1] must have a reasonable magnitude");
    assertThatThrownBy(() -> LargestRemainder.split(10, List.of(BigDecimal.ZERO, new BigDecimal("0.00"))))
        .hasMessageStartingWith("weights must have a positive sum");
  }

  @Test
  void largestRemainderSplitsExactlyWithTiesToTheFirst() {
    assertThat(LargestRemainder.split(100, List.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE))).containsExactly(34, 33, 33);
    assertThat(LargestRemainder.split(-100, List.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE))).containsExactly(-34, -33, -33);
    assertThat(LargestRemainder.split(10, List.of(new BigDecimal("0.5"), new BigDecimal("0.25"), new BigDecimal("0.25"))))
        .containsExactly(5, 3, 2);
    // the larger remainder wins before the earlier position
    assertThat(LargestRemainder.split(1, List.of(BigDecimal.ONE, new BigDecimal("2")))).containsExactly(0, 1);
    assertThat(LargestRemainder.split(2, List.of(BigDecimal.ONE, new BigDecimal("1.5"), new BigDecimal("2")))).containsExactly(0, 1, 1);
    // negative scales (1E+2) become exact integers too
    assertThat(LargestRemainder.split(3, List.of(new BigDecimal("1E+2"), new BigDecimal("1E+2")))).containsExactly(2, 1);
    assertThat(LargestRemainder.split(3, List.of(new BigDecimal("1E+2"), new BigDecimal("2E+2")))).containsExactly(1, 2);
    assertThat(LargestRemainder.split(4, List.of(new BigDecimal("1.5"), new BigDecimal("0.5")))).containsExactly(3, 1);
    assertThat(LargestRemainder.split(0, List.of(BigDecimal.ONE, BigDecimal.TEN))).containsExactly(0, 0);
    assertThat(LargestRemainder.split(7, List.of(BigDecimal.ZERO, BigDecimal.ONE))).containsExactly(0, 7);
    assertThat(LargestRemainder.split(Long.MAX_VALUE, List.of(BigDecimal.ONE, BigDecimal.ONE)))
        .containsExactly(Long.MAX_VALUE / 2 + 1, Long.MAX_VALUE / 2);
  }

  @Test
  void largestRemainderSplitsMoneyInTheWholesCurrency() {
    List<Money> parts = LargestRemainder.split(usd("1.00"), List.of(BigDecimal.ONE, new BigDecimal("2")));
    assertThat(parts).containsExactly(usd("0.33"), usd("0.67"));
    assertThatThrownBy(() -> parts.add(usd("1"))).isInstanceOf(UnsupportedOperationException.class);
    assertThat(LargestRemainder.split(Money.ofMajor(JPY, -5), List.of(BigDecimal.ONE, BigDecimal.ONE)))
        .containsExactly(Money.ofMajor(JPY, -3), Money.ofMajor(JPY, -2));
    assertThatThrownBy(() -> LargestRemainder.split((Money) null, List.of(BigDecimal.ONE))).hasMessage("whole");
  }
}
