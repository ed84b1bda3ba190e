package dev.salesops.core.lifecycle;

import static dev.salesops.core.lifecycle.LifecycleRulesTest.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salesops.core.model.AccountId;
import dev.salesops.core.model.ProductLine;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class CohortsAndPeriodFactsTest {
  private static final Money USD_10 = Money.of(CurrencyUnit.USD, 10);

  @Test
  void cohortIsTheMonthOfFirstEntry() {
    LifecycleRules rules = LifecycleRules.defaults();
    Map<String, LifecycleTimeline> timelines = new LinkedHashMap<>();
    timelines.put("a", rules.derive(LifecycleRulesTest.fullHistory())); // CONVERSION first 2025-02-01, again 2026-09-01
    timelines.put("b", rules.derive(List.of(CustomerEvent.order(day("2025-02-28").plusSeconds(23 * 3600 + 30 * 60), ProductLine.STANDARD, USD_10))));
    timelines.put("c", rules.derive(List.of(CustomerEvent.contact(day("2025-02-10")))));
    assertThat(Cohorts.enteredIn(timelines, LifecycleStage.CONVERSION, YearMonth.of(2025, 2), ZoneOffset.UTC)).containsExactly("a", "b");
    assertThat(Cohorts.enteredIn(timelines, LifecycleStage.CONVERSION, YearMonth.of(2026, 9), ZoneOffset.UTC)).isEmpty();
    // 23:30 UTC on Feb 28 is already March in Shanghai
    assertThat(Cohorts.enteredIn(timelines, LifecycleStage.CONVERSION, YearMonth.of(2025, 3), ZoneId.of("Asia/Shanghai"))).containsExactly("b");
    assertThat(Cohorts.cohortOf(timelines.get("c"), LifecycleStage.ACQUISITION, ZoneOffset.UTC)).contains(YearMonth.of(2025, 2));
    assertThat(Cohorts.cohortOf(timelines.get("c"), LifecycleStage.CONVERSION, ZoneOffset.UTC)).isEmpty();
  }

  @Test
  void periodFactsCountRepeatPurchasesAndCrossSell() {
    AccountId id = AccountId.of("acme");
    List<CustomerEvent> events = List.of(
        CustomerEvent.order(day("2025-01-05"), ProductLine.STANDARD, USD_10),
        CustomerEvent.order(day("2025-02-05"), ProductLine.STANDARD, USD_10),
        CustomerEvent.order(day("2025-02-06"), ProductLine.PREMIUM, Money.of(CurrencyUnit.USD, 30)),
        CustomerEvent.upsell(day("2025-02-07"), ProductLine.STANDARD, Money.of(CurrencyUnit.USD, 5)),
        CustomerEvent.of(CustomerEventType.SUPPORT_CASE, day("2025-02-08")),
        CustomerEvent.order(day("2025-03-01"), ProductLine.SERVICES, USD_10));
    CustomerPeriodFacts feb = CustomerPeriodFacts.of(id, events, day("2025-02-01"), day("2025-03-01"), CurrencyUnit.USD);
    assertThat(feb.purchases()).isEqualTo(3);
    assertThat(feb.purchasesBefore()).isEqualTo(1);
    assertThat(feb.productLinesBefore()).isEqualTo(1);
    assertThat(feb.newProductLines()).isEqualTo(1);
    assertThat(feb.revenue()).isEqualTo(Money.of(CurrencyUnit.USD, 45));
    assertThat(feb.expansionRevenue()).isEqualTo(Money.of(CurrencyUnit.USD, 35));
    assertThat(feb.isRepeatPurchaser()).isTrue();
    assertThat(feb.isCrossSell()).isTrue();

    CustomerPeriodFacts jan = CustomerPeriodFacts.of(id, events, day("2025-01-01"), day("2025-02-01"), CurrencyUnit.USD);
    assertThat(jan.isPurchaser()).isTrue();
    assertThat(jan.isRepeatPurchaser()).isFalse();
    assertThat(jan.isCrossSell()).isFalse();
    assertThat(jan.expansionRevenue()).isEqualTo(Money.zero(CurrencyUnit.USD));

    assertThatThrownBy(() -> CustomerPeriodFacts.of(id, events, day("2025-02-01"), day("2025-02-01"), CurrencyUnit.USD))
        .hasMessage("until must be after from 2025-02-01T00:00:00Z: 2025-02-01T00:00:00Z");
  }
}
