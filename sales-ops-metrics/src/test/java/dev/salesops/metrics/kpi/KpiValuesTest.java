package dev.salesops.metrics.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salesops.core.model.Outcome;
import dev.salesops.core.validation.ValidationException;
import dev.salesops.metrics.ratio.Ratio;
import dev.salesops.metrics.stats.Distribution;
import dev.salesops.metrics.stats.PercentileMethod;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * The small values of the KPI package: {@link HeadlineKpis}' rules, {@link KpiBreakdown}'s lookup and text, the
 * first won deal per account of {@link DealRecords#markNewCustomers} (earliest close, then smallest id).
 */
class KpiValuesTest {
  private static final Distribution NONE = Distribution.empty(PercentileMethod.LINEAR);

  @Test
  void headlineKpisCheckTheirParts() {
    HeadlineKpis h = new HeadlineKpis(List.of("ann"), 2, Ratio.of(2, 3), Map.of(CurrencyUnit.EUR, Money.of(CurrencyUnit.EUR, 5),
        CurrencyUnit.USD, Money.of(CurrencyUnit.USD, 7)), NONE);
    assertThat(h.wonSum().keySet()).containsExactly(CurrencyUnit.EUR, CurrencyUnit.USD); // sorted by currency
    assertThatThrownBy(() -> new HeadlineKpis(List.of("ann"), -1, Ratio.of(0, 0), Map.of(), NONE)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("won");
    assertThatThrownBy(() -> new HeadlineKpis(List.of("ann"), 1, Ratio.of(1, 1), Map.of(CurrencyUnit.USD, Money.of(CurrencyUnit.EUR, 1)),
        NONE)).isInstanceOf(ValidationException.class).hasMessageContaining("wonSum.USD").hasMessageContaining("must be in its key's currency");
    assertThat(new HeadlineKpis(List.of("ann"), 0, Ratio.undefined(), Map.of(), NONE).won()).isZero();
  }

  @Test
  void everyAmountOfCurrencyKpisIsInItsCurrency() {
    CurrencyUnit usd = CurrencyUnit.USD;
    Money eur = Money.zero(CurrencyUnit.EUR);
    assertThatThrownBy(() -> new CurrencyKpis(usd, 0, Money.zero(usd), Ratio.undefined(), NONE, 3, eur, 1, java.math.BigDecimal.ZERO,
        Map.of(), Map.of(), 0, Money.zero(usd), 1, Ratio.undefined(), 1)).isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("openPipeline must be in the record's currency USD");
    assertThatThrownBy(() -> new CurrencyKpis(usd, 0, Money.zero(usd), Ratio.undefined(), NONE, 3, Money.zero(usd), 1,
        java.math.BigDecimal.ZERO, Map.of(), Map.of(), 0, eur, 1, Ratio.undefined(), 1)).isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("pipelineClosingInWindow must be in the record's currency USD");
    assertThatThrownBy(() -> new CurrencyKpis(usd, 0, Money.zero(usd), Ratio.undefined(), NONE, 3, Money.zero(usd), 1,
        java.math.BigDecimal.ZERO, Map.of(), Map.of(dev.salesops.core.model.ForecastCategory.COMMIT, eur), 0, Money.zero(usd), 1,
        Ratio.undefined(), 1)).isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("forecastRollups.COMMIT must be in the record's currency USD");
  }

  @Test
  void headlineOfAReportKeepsOnlyCurrenciesWithWonDeals() {
    LocalDate d = LocalDate.of(2024, 5, 2);
    KpiReport r = KpiReport.of(List.of(
        DealRecord.builder().id("w").outcome(Outcome.WON).createdDate(d).closedDate(d.plusDays(4)).amount("3.00", "USD").build(),
        DealRecord.builder().id("l").outcome(Outcome.LOST).createdDate(d).closedDate(d).amount("9.00", "EUR").build()),
        KpiOptions.defaults());
    HeadlineKpis h = HeadlineKpis.of(List.of("x"), r);
    assertThat(h.key()).containsExactly("x");
    assertThat(h.won()).isEqualTo(1);
    assertThat(h.winRate()).isEqualTo(Ratio.of(1, 2));
    assertThat(h.wonSum()).isEqualTo(Map.of(CurrencyUnit.USD, Money.of(CurrencyUnit.USD, 3)));
    assertThat(h.salesCycleDays().sum()).isEqualByComparingTo("4");
  }

  @Test
  void aBreakdownFindsItsGroupsAndSaysHowMany() {
    BreakdownAccumulator acc = BreakdownAccumulator.by(KpiOptions.defaults(), Dimension.TEAM);
    acc.add(DealRecord.builder().id("1").team("north").outcome(Outcome.OPEN).build());
    acc.add(DealRecord.builder().id("2").team("south").outcome(Outcome.OPEN).build());
    acc.add(DealRecord.builder().id("3").team("south").outcome(Outcome.OPEN).build());
    KpiBreakdown b = acc.finish();
    assertThat(b.dimensions()).containsExactly("team");
    assertThat(b.group("south").orElseThrow().records()).isEqualTo(2);
    assertThat(b.group("east")).isEmpty();
    assertThat(b.unplaced()).isZero();
    assertThat(b.toString()).isEqualTo("KpiBreakdown{dimensions=[team], groups=2}");
    assertThat(b).isEqualTo(acc.finish()).hasSameHashCodeAs(acc.finish()).isNotEqualTo(BreakdownAccumulator.by(KpiOptions.defaults(),
        Dimension.REGION).finish());
  }

  @Test
  void theFirstWonDealOfAnAccountIsItsNewCustomerDeal() {
    LocalDate d = LocalDate.of(2024, 5, 2);
    DealRecord later = DealRecord.builder().id("a-later").account("acme").outcome(Outcome.WON).closedDate(d.plusDays(1)).build();
    DealRecord tieB = DealRecord.builder().id("b").account("acme").outcome(Outcome.WON).closedDate(d).build();
    DealRecord tieA = DealRecord.builder().id("a").account("acme").outcome(Outcome.WON).closedDate(d).build();
    DealRecord noDate = DealRecord.builder().id("c").account("acme").outcome(Outcome.WON).build();
    DealRecord noAccount = DealRecord.builder().id("d").outcome(Outcome.WON).closedDate(d).build();
    DealRecord lost = DealRecord.builder().id("e").account("acme").outcome(Outcome.LOST).closedDate(d.minusDays(9)).build();
    DealRecord other = DealRecord.builder().id("z").account("beta").outcome(Outcome.WON).closedDate(d.plusDays(5)).build();
    List<DealRecord> marked = DealRecords.markNewCustomers(List.of(later, tieB, tieA, noDate, noAccount, lost, other));
    assertThat(marked).extracting(DealRecord::id).containsExactly("a-later", "b", "a", "c", "d", "e", "z");
    assertThat(marked.get(0).newCustomer()).contains(false);
    assertThat(marked.get(1).newCustomer()).contains(false);
    assertThat(marked.get(2).newCustomer()).contains(true); // same day as b, smaller id
    assertThat(marked.get(3)).isSameAs(noDate);
    assertThat(marked.get(4)).isSameAs(noAccount);
    assertThat(marked.get(5)).isSameAs(lost);
    assertThat(marked.get(6).newCustomer()).contains(true);
    // the tie is broken the same way whatever the order
    List<DealRecord> reversed = DealRecords.markNewCustomers(List.of(tieA, tieB));
    assertThat(reversed.get(0).newCustomer()).contains(true);
    assertThat(reversed.get(1).newCustomer()).contains(false);
  }
}
