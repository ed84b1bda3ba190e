package dev.salesops.metrics.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.salesops.core.model.Outcome;
import dev.salesops.metrics.period.DateRange;
import java.time.LocalDate;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Each exact sum that can overflow first is refused with its own KPI named, after exactly 92 deals of USD 10^15
 * (92 × 10^17 cents fit in a long, 93 do not), and a refused deal changes nothing; deals that join no sum never
 * overflow.
 */
class OverflowPerKpiTest {
  private static final String MAX = "1000000000000000";
  private static final LocalDate CREATED = LocalDate.parse("2024-01-02");

  private static DealRecord.Builder deal(int i) {
    return DealRecord.builder().id("d" + i).owner("ann").createdDate(CREATED).amount(MAX, "USD");
  }

  /** How many deals were added before the first refusal, and its message (null when none of 200 was refused). */
  private static Object[] fill(KpiOptions options, IntFunction<DealRecord> deals) {
    KpiAccumulator acc = new KpiAccumulator(options);
    for (int i = 0; i < 200; i++) {
      KpiReport before = acc.finish();
      try {
        acc.add(deals.apply(i));
      } catch (ArithmeticException e) {
        assertThat(acc.finish()).as("a refused deal changes nothing").isEqualTo(before);
        assertThat(before.records()).isEqualTo(i);
        return new Object[] {i, e.getMessage()};
      }
    }
    return new Object[] {200, null};
  }

  private static final KpiOptions ALL = KpiOptions.builder().window(DateRange.all()).build();
  private static final KpiOptions CREATED_BASIS = KpiOptions.builder().window(DateRange.all()).winRateBasis(WinRateBasis.CREATED).build();

  @Test
  void openPipeline() {
    Object[] r = fill(ALL, i -> deal(i).outcome(Outcome.OPEN).stage("s").build());
    assertThat(r[0]).isEqualTo(92);
    assertThat((String) r[1]).contains("open pipeline").contains("USD").contains("nothing was counted");
  }

  @Test
  void pipelineClosingInTheWindow() {
    KpiOptions q1 = KpiOptions.builder().window(DateRange.of(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-03-31"))).build();
    Object[] r = fill(q1, i -> deal(i).outcome(Outcome.OPEN).expectedCloseDate(LocalDate.parse("2024-02-01")).build());
    assertThat(r[0]).isEqualTo(92);
    assertThat((String) r[1]).contains("pipeline closing in the window").contains("USD");
  }

  @Test
  void closedAmountOfTheValueWeightedWinRate() {
    Object[] r = fill(ALL, i -> deal(i).outcome(Outcome.LOST).closedDate(LocalDate.parse("2024-01-12")).build());
    assertThat(r[0]).isEqualTo(92);
    assertThat((String) r[1]).contains("value-weighted win rate (closed amount)").contains("USD");
    Object[] created = fill(CREATED_BASIS, i -> deal(i).outcome(Outcome.LOST).closedDate(LocalDate.parse("2024-01-12")).build());
    assertThat(created[0]).isEqualTo(92);
    assertThat((String) created[1]).contains("value-weighted win rate (closed amount)");
  }

  @Test
  void wonAmountComesBeforeTheWinRateSums() {
    Object[] r = fill(ALL, i -> deal(i).outcome(Outcome.WON).closedDate(LocalDate.parse("2024-01-12")).build());
    assertThat(r[0]).isEqualTo(92);
    assertThat((String) r[1]).contains("won amount");
  }

  @Test
  void dealsThatJoinNoSumNeverOverflow() {
    KpiOptions excluding = KpiOptions.builder().window(DateRange.all()).excludeLostReasons("duplicate").build();
    assertThat(fill(excluding, i -> deal(i).outcome(Outcome.LOST).lostReason("duplicate").closedDate(LocalDate.parse("2024-01-12")).build())[0])
        .as("excluded lost deals join no amount").isEqualTo(200);
    KpiOptions january = KpiOptions.builder().window(DateRange.of(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-01-31"))).build();
    assertThat(fill(january, i -> deal(i).outcome(Outcome.LOST).createdDate(LocalDate.parse("2023-06-01"))
        .closedDate(LocalDate.parse("2023-07-01")).build())[0]).as("closed outside the window").isEqualTo(200);
    assertThat(fill(january, i -> deal(i).outcome(Outcome.OPEN).createdDate(LocalDate.parse("2024-03-01"))
        .expectedCloseDate(LocalDate.parse("2024-06-01")).build())[0]).as("created after the window, closing after it").isEqualTo(200);
  }
}
