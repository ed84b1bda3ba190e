package dev.salesops.metrics.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.salesops.core.money.ExchangeRates;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.joda.money.CurrencyUnit;
import org.junit.jupiter.api.Test;

/** {@link MoneyPolicy}'s parts read back, per currency (all empty) and converting, and its text. */
class MoneyPolicyPartsTest {
  @Test
  void partsAndText() {
    MoneyPolicy per = MoneyPolicy.perCurrency();
    assertThat(per.target()).isEmpty();
    assertThat(per.rateDate()).isEmpty();
    assertThat(per.reportDate()).isEmpty();
    assertThat(per.toString()).isEqualTo("per-currency");
    MoneyPolicy usd = MoneyPolicy.convertTo(CurrencyUnit.USD, ExchangeRates.none(), MoneyPolicy.RateDate.CLOSE_DATE,
        LocalDate.of(2024, 3, 31), RoundingMode.HALF_EVEN);
    assertThat(usd.target()).contains(CurrencyUnit.USD);
    assertThat(usd.rateDate()).contains(MoneyPolicy.RateDate.CLOSE_DATE);
    assertThat(usd.reportDate()).contains(LocalDate.of(2024, 3, 31));
    assertThat(usd.toString()).isEqualTo("convert to USD at CLOSE_DATE (report date 2024-03-31, HALF_EVEN)");
  }
}
