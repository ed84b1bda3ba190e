package dev.salesops.metrics.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salesops.core.model.Outcome;
import dev.salesops.metrics.period.PeriodScheme;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A record that joins several period groups and overflows an exact sum in only one of them (its closed period or
 * its expected-close period, not its created period) is refused before any group changes, with and without a
 * dimension before the period.
 */
class BreakdownPeriodAtomicityTest {
  private static final String MAX_AMOUNT = "1000000000000000"; // USD 10^15 = 10^17 cents: 92 of them fit in a long

  private static DealRecord.Builder deal(String id) {
    return DealRecord.builder().id(id).owner("ann").amount(MAX_AMOUNT, "USD");
  }

  private static BreakdownAccumulator[] accumulators() {
    return new BreakdownAccumulator[] {BreakdownAccumulator.byPeriod(KpiOptions.defaults(), PeriodScheme.calendarMonth()),
        BreakdownAccumulator.byPeriod(KpiOptions.defaults(), PeriodScheme.calendarMonth(), Dimension.OWNER)};
  }

  @Test
  void anOverflowInTheClosedPeriodChangesNoOtherPeriod() {
    LocalDate march = LocalDate.of(2024, 3, 10);
    for (BreakdownAccumulator acc : accumulators()) {
      for (int i = 0; i < 92; i++) {
        acc.add(deal("m" + i).outcome(Outcome.WON).createdDate(march).closedDate(march).build());
      }
      KpiBreakdown before = acc.finish();
      DealRecord late = deal("late").outcome(Outcome.WON).createdDate(LocalDate.of(2024, 1, 5)).closedDate(march).build();
      assertThatThrownBy(() -> acc.add(late)).isInstanceOf(ArithmeticException.class).hasMessageContaining("won amount");
      assertThat(acc.finish()).isEqualTo(before);
      assertThat(acc.finish().groups()).hasSize(1);
    }
  }

  @Test
  void anOverflowInTheExpectedClosePeriodChangesNoOtherPeriod() {
    LocalDate april = LocalDate.of(2024, 4, 20);
    for (BreakdownAccumulator acc : accumulators()) {
      for (int i = 0; i < 92; i++) {
        acc.add(deal("a" + i).outcome(Outcome.OPEN).expectedCloseDate(april).build()); // no created date: only April
      }
      KpiBreakdown before = acc.finish();
      DealRecord open = deal("open").outcome(Outcome.OPEN).createdDate(LocalDate.of(2024, 1, 5)).expectedCloseDate(april).build();
      assertThatThrownBy(() -> acc.add(open)).isInstanceOf(ArithmeticException.class)
          .hasMessageContaining("pipeline closing in the window");
      assertThat(acc.finish()).isEqualTo(before);
      // a record that fits joins both of its periods
      acc.add(DealRecord.builder().id("small").owner("ann").outcome(Outcome.OPEN).createdDate(LocalDate.of(2024, 1, 5))
          .expectedCloseDate(april).build());
      assertThat(acc.finish().groups()).hasSize(2);
    }
  }
}
