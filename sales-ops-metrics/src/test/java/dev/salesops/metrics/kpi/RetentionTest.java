package dev.salesops.metrics.kpi;

import dev.salesops.core.model.Outcome;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salesops.core.money.MixedCurrencyException;
import dev.salesops.metrics.period.DateRange;
import dev.salesops.metrics.ratio.Ratio;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class RetentionTest {
  private static final DateRange H1 = DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 7, 1));
  private static final DateRange H2 = DateRange.of(LocalDate.of(2024, 7, 1), LocalDate.of(2025, 1, 1));

  private static DealRecord won(String id, String account, String closed, String amount) {
    return DealRecord.builder().id(id).account(account).outcome(Outcome.WON).closedDate(LocalDate.parse(closed))
        .amount(amount, "USD").build();
  }

  @Test
  void cohortRetentionByHand() {
    List<DealRecord> deals = List.of(
        won("1", "A", "2024-02-01", "100.00"), won("2", "A", "2024-08-01", "150.00"), // expansion 50
        won("3", "B", "2024-03-01", "200.00"), won("4", "B", "2024-09-01", "50.00"), won("5", "B", "2024-10-01", "30.00"), // contraction 120, repeat
        won("6", "C", "2024-04-01", "100.00"), // churned
        won("7", "D", "2024-11-01", "500.00"), // new in H2, not in the cohort
        DealRecord.builder().id("8").outcome(Outcome.WON).closedDate(LocalDate.of(2024, 8, 1)).amount("9.00", "USD").build()); // no account
    RetentionAccumulator acc = new RetentionAccumulator(CurrencyUnit.USD, H1, H2);
    deals.forEach(acc::add);
    Retention r = acc.finish();
    assertThat(r.cohortAccounts()).isEqualTo(3);
    assertThat(r.churnedAccounts()).isEqualTo(1);
    assertThat(r.logoChurn()).isEqualTo(Ratio.of(1, 3));
    assertThat(r.startRevenue()).isEqualByComparingTo("400");
    assertThat(r.periodRevenueOfCohort()).isEqualByComparingTo("230");
    assertThat(r.expansion()).isEqualByComparingTo("50");
    assertThat(r.contraction()).isEqualByComparingTo("120");
    assertThat(r.churnedRevenue()).isEqualByComparingTo("100");
    assertThat(r.revenueChurn().value()).contains(new BigDecimal("0.55")); // (120 + 100) / 400
    assertThat(r.grossRevenueRetention().value()).contains(new BigDecimal("0.45")); // (400 - 120 - 100) / 400
    assertThat(r.netRevenueRetention().value()).contains(new BigDecimal("0.575")); // 230 / 400
    assertThat(r.activeAccounts()).isEqualTo(3); // A, B, D
    assertThat(r.repeatPurchaseRate()).isEqualTo(Ratio.of(1, 3)); // B
    assertThat(r.averageRevenuePerAccount().value()).contains(new BigDecimal("243.3333333333333")); // 730 / 3
    assertThat(r.leftOut()).isEqualTo(1);
    // CLV = ARPA * margin / revenue churn = (730/3) * 0.6 / 0.55
    Ratio clv = KpiFormulas.customerLifetimeValue(r.averageRevenuePerAccount(), new BigDecimal("0.6"), r.revenueChurn());
    assertThat(clv.value(2, java.math.RoundingMode.HALF_EVEN)).contains(new BigDecimal("265.45"));
  }

  @Test
  void undefinedWhenNoChurnOrNoCohort() {
    Retention empty = new RetentionAccumulator(CurrencyUnit.USD, H1, H2).finish();
    assertThat(empty.logoChurn().isDefined()).isFalse();
    assertThat(empty.netRevenueRetention().isDefined()).isFalse();
    assertThat(KpiFormulas.customerLifetimeValue(Ratio.of(100, 1), new BigDecimal("0.5"), Ratio.of(0, 10)).isDefined()).isFalse();
  }

  @Test
  void otherCurrencyIsRefusedNamingBoth() {
    RetentionAccumulator acc = new RetentionAccumulator(CurrencyUnit.USD, H1, H2);
    DealRecord eur = DealRecord.builder().id("e").account("A").outcome(Outcome.WON).closedDate(LocalDate.of(2024, 2, 1))
        .amount("1.00", "EUR").build();
    assertThatThrownBy(() -> acc.add(eur)).isInstanceOf(MixedCurrencyException.class).hasMessageContaining("EUR, USD");
  }

  @Test
  void formulas() {
    Money usd100 = Money.of(CurrencyUnit.USD, 100);
    assertThat(KpiFormulas.targetAttainment(usd100, Money.of(CurrencyUnit.USD, 80)).value()).contains(new BigDecimal("1.25"));
    // YTD: (100 + 50) / (80 + 120) = 0.75, not the mean of 1.25 and 0.4167
    assertThat(KpiFormulas.targetAttainmentToDate(List.of(usd100, Money.of(CurrencyUnit.USD, 50)),
        List.of(Money.of(CurrencyUnit.USD, 80), Money.of(CurrencyUnit.USD, 120))).value()).contains(new BigDecimal("0.75"));
    assertThat(KpiFormulas.targetAttainment(usd100, Money.zero(CurrencyUnit.USD)).isDefined()).isFalse();
    assertThat(KpiFormulas.customerAcquisitionCost(Money.of(CurrencyUnit.USD, 1000), 4).value()).contains(new BigDecimal("250"));
    assertThat(KpiFormulas.customerAcquisitionCost(Money.of(CurrencyUnit.USD, 1000), 0).isDefined()).isFalse();
    assertThatThrownBy(() -> KpiFormulas.targetAttainment(usd100, Money.of(CurrencyUnit.EUR, 1)))
        .isInstanceOf(MixedCurrencyException.class).hasMessageContaining("EUR, USD");
  }
}
