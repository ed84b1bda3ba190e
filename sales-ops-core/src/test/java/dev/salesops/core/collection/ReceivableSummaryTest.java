package dev.salesops.core.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salesops.core.money.MoneyBag;
import dev.salesops.core.validation.ValidationException;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** A receivable summary's public constructor (also the JSON codec's) refuses counts no ledger can produce. */
class ReceivableSummaryTest {
  private static final MoneyBag BAG = MoneyBag.of(Money.parse("USD 10.00"));

  @Test
  void refusesImpossibleCounts() {
    assertThat(new ReceivableSummary(BAG, BAG, BAG, 2, 1, 30).overdueCount()).isEqualTo(1);
    assertThat(new ReceivableSummary(BAG, BAG, MoneyBag.empty(), 2, 0, 0).maxDaysOverdue()).isZero();
    assertThatThrownBy(() -> new ReceivableSummary(BAG, BAG, BAG, 1, 2, 30)).isInstanceOf(ValidationException.class)
        .hasMessage("overdueCount must not exceed openCount (1): 2");
    assertThatThrownBy(() -> new ReceivableSummary(BAG, BAG, BAG, -1, 0, 0)).isInstanceOf(ValidationException.class)
        .hasMessage("openCount must not be negative: -1");
    assertThatThrownBy(() -> new ReceivableSummary(BAG, BAG, BAG, 2, 0, 5)).isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("maxDaysOverdue must be positive exactly when some invoice is overdue");
    assertThatThrownBy(() -> new ReceivableSummary(BAG, BAG, BAG, 2, 1, 0)).isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("maxDaysOverdue must be positive exactly when some invoice is overdue");
  }
}
