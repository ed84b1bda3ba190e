package dev.salesops.metrics.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salesops.core.model.ForecastCategory;
import dev.salesops.core.model.Outcome;
import dev.salesops.core.validation.ValidationException;
import dev.salesops.metrics.period.PeriodScheme;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * {@link KpiColumns.Builder}: every id bound inclusive and exclusive (group, currency, stage, lost reason,
 * probability), the date bounds of years 1000..9999, the order rules (dictionaries before rows, optional fields
 * after a row), the returned row index and size, chained calls, growth past the initial capacity with optional
 * columns kept, and the columns' accessors.
 */
class KpiColumnsBuilderTest {
  private static final int DAY = (int) LocalDate.of(2024, 1, 10).toEpochDay();
  private static final int MIN_DAY = (int) LocalDate.of(1000, 1, 1).toEpochDay();
  private static final int MAX_DAY = (int) LocalDate.of(9999, 12, 31).toEpochDay();

  private static KpiColumns.Builder builder() {
    return KpiColumns.builder(Dimension.TEAM, List.of("north", "south"), List.of(CurrencyUnit.USD, CurrencyUnit.EUR))
        .stages(List.of("LEAD", "PROPOSAL")).lostReasons(List.of("PRICE", "TIMING"));
  }

  @Test
  void accessorsAndRowIndexes() {
    KpiColumns.Builder b = builder();
    assertThat(b.size()).isZero();
    assertThat(b.add(0, Outcome.WON, DAY, DAY + 1, KpiColumns.NO_DATE, 0, 10, 1)).isZero();
    assertThat(b.add(-1, Outcome.OPEN, DAY, KpiColumns.NO_DATE, DAY + 9, 1, 20, -1)).isEqualTo(1);
    assertThat(b.size()).isEqualTo(2);
    KpiColumns c = b.build();
    assertThat(c.size()).isEqualTo(2);
    assertThat(c.dimension()).isEqualTo(Dimension.TEAM);
    assertThat(c.groupLabels()).containsExactly("north", "south");
    assertThat(c.currencyOf(0)).isEqualTo(CurrencyUnit.USD);
    assertThat(c.currencyOf(1)).isEqualTo(CurrencyUnit.EUR);
    // the builder goes on independently of what it built
    b.add(1, Outcome.LOST, DAY, DAY, KpiColumns.NO_DATE, -1, 0, -1);
    assertThat(c.size()).isEqualTo(2);
    assertThat(b.build().size()).isEqualTo(3);
  }

  @Test
  void idsAreBoundedByTheirDictionaries() {
    KpiColumns.Builder b = builder();
    // group: -1 and the last index accepted, -2 and the size refused
    b.add(-1, Outcome.LOST, DAY, DAY, KpiColumns.NO_DATE, -1, 0, -1);
    b.add(1, Outcome.LOST, DAY, DAY, KpiColumns.NO_DATE, 1, 0, 1);
    assertThatThrownBy(() -> b.add(2, Outcome.LOST, DAY, DAY, KpiColumns.NO_DATE, -1, 0, -1))
        .isInstanceOf(ValidationException.class).hasMessageContaining("group").hasMessageContaining("(row 2)");
    assertThatThrownBy(() -> b.add(-2, Outcome.LOST, DAY, DAY, KpiColumns.NO_DATE, -1, 0, -1))
        .isInstanceOf(ValidationException.class).hasMessageContaining("group");
    assertThatThrownBy(() -> b.add(0, Outcome.LOST, DAY, DAY, KpiColumns.NO_DATE, 2, 0, -1))
        .isInstanceOf(ValidationException.class).hasMessageContaining("currencies");
    assertThatThrownBy(() -> b.add(0, Outcome.LOST, DAY, DAY, KpiColumns.NO_DATE, -2, 0, -1))
        .isInstanceOf(ValidationException.class).hasMessageContaining("currencies");
    assertThatThrownBy(() -> b.add(0, Outcome.LOST, DAY, DAY, KpiColumns.NO_DATE, -1, 0, 2))
        .isInstanceOf(ValidationException.class).hasMessageContaining("stages");
    assertThatThrownBy(() -> b.add(0, Outcome.LOST, DAY, DAY, KpiColumns.NO_DATE, -1, 0, -2))
        .isInstanceOf(ValidationException.class).hasMessageContaining("stages");
    // lost reason of the last row: -1, 0 and the last index accepted; -2 and the size refused, naming the row
    b.lostReason(-1).lostReason(0).lostReason(1);
    assertThatThrownBy(() -> b.lostReason(2)).isInstanceOf(ValidationException.class).hasMessageContaining("lostReason")
        .hasMessageContaining("(row 1)");
    assertThatThrownBy(() -> b.lostReason(-2)).isInstanceOf(ValidationException.class).hasMessageContaining("lostReason");
    // probability in millionths: -1 (none), 0 and 1,000,000 accepted
    b.probabilityMicro(-1).probabilityMicro(0).probabilityMicro(1_000_000);
    assertThatThrownBy(() -> b.probabilityMicro(1_000_001)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("probability").hasMessageContaining("(row 1)");
    assertThatThrownBy(() -> b.probabilityMicro(-2)).isInstanceOf(ValidationException.class).hasMessageContaining("probability");
    assertThat(b.forecastCategory(ForecastCategory.COMMIT).forecastCategory(null).newCustomer(true).newCustomer(null).size())
        .isEqualTo(2);
  }

  @Test
  void amountsAndDatesAreValidatedLikeRecords() {
    KpiColumns.Builder b = builder();
    b.add(0, Outcome.WON, DAY, DAY, KpiColumns.NO_DATE, 0, 0, -1); // a zero amount, closed on the created day
    b.add(0, Outcome.WON, DAY, DAY, KpiColumns.NO_DATE, -1, -5, -1); // no currency: the amount is ignored
    assertThatThrownBy(() -> b.add(0, Outcome.WON, DAY, DAY, KpiColumns.NO_DATE, 0, -1, -1))
        .isInstanceOf(ValidationException.class).hasMessageContaining("amount").hasMessageContaining("must not be negative");
    b.add(0, Outcome.WON, MIN_DAY, MAX_DAY, KpiColumns.NO_DATE, -1, 0, -1);
    b.add(0, Outcome.OPEN, MIN_DAY, KpiColumns.NO_DATE, MAX_DAY, -1, 0, -1);
    for (int bad : new int[] {MIN_DAY - 1, MAX_DAY + 1}) {
      assertThatThrownBy(() -> b.add(0, Outcome.OPEN, bad, KpiColumns.NO_DATE, KpiColumns.NO_DATE, -1, 0, -1))
          .isInstanceOf(ValidationException.class).hasMessageContaining("createdDate").hasMessageContaining("1000..9999");
      assertThatThrownBy(() -> b.add(0, Outcome.LOST, KpiColumns.NO_DATE, bad, KpiColumns.NO_DATE, -1, 0, -1))
          .isInstanceOf(ValidationException.class).hasMessageContaining("closedDate").hasMessageContaining("1000..9999");
      assertThatThrownBy(() -> b.add(0, Outcome.OPEN, KpiColumns.NO_DATE, KpiColumns.NO_DATE, bad, -1, 0, -1))
          .isInstanceOf(ValidationException.class).hasMessageContaining("expectedCloseDate").hasMessageContaining("1000..9999");
    }
    assertThat(b.size()).isEqualTo(4);
    // the row without a currency counts as a deal without an amount
    KpiReport r = KpiEngine.byGroup(KpiOptions.defaults(), b.build(), false).groups().get(0).report();
    assertThat(r.won()).isEqualTo(3);
    assertThat(r.missing()).containsEntry("amount", 3L);
    assertThat(r.currency(CurrencyUnit.USD).orElseThrow().wonAmount()).isEqualTo(Money.zero(CurrencyUnit.USD));
  }

  @Test
  void dictionariesComeBeforeRowsAndOptionalFieldsAfterOne() {
    KpiColumns.Builder b = KpiColumns.builder(Dimension.OWNER, List.of("ann"), List.of(CurrencyUnit.USD));
    assertThatThrownBy(() -> b.lostReason(-1)).isInstanceOf(IllegalStateException.class).hasMessage("no row added yet");
    assertThatThrownBy(() -> b.probabilityMicro(-1)).isInstanceOf(IllegalStateException.class).hasMessage("no row added yet");
    assertThatThrownBy(() -> b.forecastCategory(null)).isInstanceOf(IllegalStateException.class).hasMessage("no row added yet");
    assertThatThrownBy(() -> b.newCustomer(null)).isInstanceOf(IllegalStateException.class).hasMessage("no row added yet");
    assertThat(b.stages(List.of("LEAD")).lostReasons(List.of("PRICE")).ensureCapacity(100)).isSameAs(b);
    b.add(0, Outcome.OPEN, DAY, KpiColumns.NO_DATE, KpiColumns.NO_DATE, -1, 0, 0);
    assertThatThrownBy(() -> b.stages(List.of("LEAD"))).isInstanceOf(IllegalStateException.class)
        .hasMessage("stages must be set before the first row");
    assertThatThrownBy(() -> b.lostReasons(List.of("PRICE"))).isInstanceOf(IllegalStateException.class)
        .hasMessage("lostReasons must be set before the first row");
    assertThatThrownBy(() -> b.ensureCapacity(-1)).isInstanceOf(ValidationException.class).hasMessageContaining("rows");
    assertThat(b.size()).isEqualTo(1);
  }

  @Test
  void dictionarySizesAreBounded() {
    List<String> stages = new ArrayList<>();
    for (int i = 0; i < Short.MAX_VALUE; i++) {
      stages.add("S" + i);
    }
    KpiColumns.Builder b = KpiColumns.builder(Dimension.OWNER, List.of("ann"), List.of(CurrencyUnit.USD)).stages(stages)
        .lostReasons(stages);
    b.add(0, Outcome.OPEN, DAY, KpiColumns.NO_DATE, KpiColumns.NO_DATE, -1, 0, Short.MAX_VALUE - 1);
    b.lostReason(Short.MAX_VALUE - 1);
    stages.add("one more");
    KpiColumns.Builder c = KpiColumns.builder(Dimension.OWNER, List.of("ann"), List.of(CurrencyUnit.USD));
    assertThatThrownBy(() -> c.stages(stages)).isInstanceOf(ValidationException.class).hasMessageContaining("at most 32767");
    assertThatThrownBy(() -> c.lostReasons(stages)).isInstanceOf(ValidationException.class).hasMessageContaining("at most 32767");
    List<CurrencyUnit> currencies = CurrencyUnit.registeredCurrencies().subList(0, Byte.MAX_VALUE);
    KpiColumns.builder(Dimension.OWNER, List.of("ann"), currencies).add(0, Outcome.WON, DAY, DAY, KpiColumns.NO_DATE, 126, 1, -1);
    List<CurrencyUnit> tooMany = CurrencyUnit.registeredCurrencies().subList(0, Byte.MAX_VALUE + 1);
    assertThatThrownBy(() -> KpiColumns.builder(Dimension.OWNER, List.of("ann"), tooMany)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("at most 127 distinct currencies");
    assertThatThrownBy(() -> KpiColumns.builder(Dimension.OWNER, List.of("ann"), List.of(CurrencyUnit.USD, CurrencyUnit.USD)))
        .isInstanceOf(ValidationException.class).hasMessageContaining("at most 127 distinct currencies");
  }

  @Test
  void optionalColumnsSurviveGrowthAndDefaultToNone() {
    // 40 rows (past the initial capacity of 16, twice): optional fields set on the first and the last rows only
    KpiColumns.Builder b = KpiColumns.builder(Dimension.OWNER, List.of("ann"), List.of(CurrencyUnit.USD))
        .stages(List.of("PROPOSAL")).lostReasons(List.of("PRICE"));
    List<DealRecord> records = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      boolean flagged = i == 0 || i == 39;
      Outcome o = i % 3 == 0 ? Outcome.OPEN : i % 3 == 1 ? Outcome.WON : Outcome.LOST;
      int closed = o == Outcome.OPEN ? KpiColumns.NO_DATE : DAY + i;
      b.add(0, o, DAY, closed, KpiColumns.NO_DATE, 0, 100L * (i + 1), 0);
      DealRecord.Builder r = DealRecord.builder().id("D" + i).owner("ann").outcome(o).createdDate(LocalDate.ofEpochDay(DAY))
          .amount(Money.ofMinor(CurrencyUnit.USD, 100L * (i + 1))).stage("PROPOSAL");
      if (closed != KpiColumns.NO_DATE) {
        r.closedDate(LocalDate.ofEpochDay(closed));
      }
      if (flagged) {
        b.probabilityMicro(250_000).forecastCategory(ForecastCategory.COMMIT).newCustomer(o == Outcome.WON);
        r.probability(new BigDecimal("0.25")).forecastCategory(ForecastCategory.COMMIT).newCustomer(o == Outcome.WON);
        if (o == Outcome.LOST) {
          b.lostReason(0);
          r.lostReason("PRICE");
        }
      } else if (i == 2) {
        b.lostReason(0);
        r.lostReason("PRICE");
      }
      records.add(r.build());
    }
    KpiColumns c = b.build();
    KpiOptions options = KpiOptions.builder().excludeLostReasons("PRICE").stageProbability("PROPOSAL", new BigDecimal("0.5"))
        .build();
    KpiReport expected = KpiReport.of(records, options);
    assertThat(KpiEngine.byGroup(options, c, false).groups().get(0).report()).isEqualTo(expected);
    assertThat(KpiEngine.byGroupRows(options, c, false, 1 << 16).groups().get(0).report()).isEqualTo(expected);
    assertThat(KpiEngine.byPeriod(options, c, PeriodScheme.calendarYear(), false).groups().get(0).report().won())
        .isEqualTo(expected.won());
    // rows 0 and 39 are open: their weighted amounts at 25 %, the 11 other open rows at the stage's 50 %
    long weighted = (100 + 4000) / 4;
    for (int i = 3; i < 39; i += 3) {
      weighted += 100L * (i + 1) / 2;
    }
    assertThat(expected.currency(CurrencyUnit.USD).orElseThrow().weightedPipeline()).isEqualByComparingTo(BigDecimal.valueOf(weighted, 2));
  }
}
