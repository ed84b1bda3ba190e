package dev.salesops.core.lifecycle;

import static dev.salesops.core.lifecycle.LifecycleRulesTest.day;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.salesops.core.model.ProductLine;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class CustomerEventAndStageTest {

  @Test
  void eventsAreValues() {
    Money ten = Money.of(CurrencyUnit.USD, 10);
    new EqualsTester()
        .addEqualityGroup(CustomerEvent.order(day("2025-01-01"), ProductLine.STANDARD, ten),
            CustomerEvent.of(CustomerEventType.ORDER, day("2025-01-01")).withProductLine(ProductLine.STANDARD).withAmount(ten))
        .addEqualityGroup(CustomerEvent.order(day("2025-01-01"), ProductLine.PREMIUM, ten))
        .addEqualityGroup(CustomerEvent.upsell(day("2025-01-01"), ProductLine.STANDARD, ten))
        .addEqualityGroup(CustomerEvent.contact(day("2025-01-01")))
        .addEqualityGroup(CustomerEvent.contact(day("2025-01-02")))
        .testEquals();
    assertThat(CustomerEvent.renewal(day("2025-01-01"), ten).toString())
        .isEqualTo("CustomerEvent[RENEWAL at 2025-01-01T00:00:00Z, USD 10.00]");
    new NullPointerTester().setDefault(ProductLine.class, ProductLine.STANDARD).setDefault(Money.class, ten)
        .testAllPublicStaticMethods(CustomerEvent.class);
  }

  @Test
  void directionOfMoves() {
    assertThat(LifecycleStage.isForwardMove(null, LifecycleStage.GROWTH)).isTrue();
    assertThat(LifecycleStage.isForwardMove(null, LifecycleStage.CHURNED)).isFalse();
    assertThat(LifecycleStage.isForwardMove(LifecycleStage.ACQUISITION, LifecycleStage.RETENTION)).isTrue();
    assertThat(LifecycleStage.isForwardMove(LifecycleStage.RETENTION, LifecycleStage.GROWTH)).isFalse();
    assertThat(LifecycleStage.isForwardMove(LifecycleStage.SERVICE, LifecycleStage.SERVICE)).isFalse();
    assertThat(LifecycleStage.isForwardMove(LifecycleStage.GROWTH, LifecycleStage.CHURNED)).isFalse();
    assertThat(LifecycleStage.isForwardMove(LifecycleStage.CHURNED, LifecycleStage.RETENTION)).isFalse();
  }
}
