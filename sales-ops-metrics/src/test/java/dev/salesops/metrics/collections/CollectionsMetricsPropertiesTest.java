package dev.salesops.metrics.collections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salesops.core.collection.InvoiceState;
import dev.salesops.core.collection.Ledger;
import dev.salesops.core.money.MoneyBag;
import dev.salesops.core.testing.AccumulatorLaws;
import dev.salesops.core.testing.Property;
import dev.salesops.core.validation.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.junit.jupiter.api.Test;

class CollectionsMetricsPropertiesTest {
  static final LocalDate AS_OF = LocalDate.of(2026, 3, 31);

  @Test
  void ageingBucketsPartitionTheOpenAmountExactly() {
    Property.forAll(4040L, 100, random -> {
      Ledger l = RandomLedgers.ledger(random);
      LocalDate asOf = RandomLedgers.START.plusDays(random.nextInt(400));
      AgeingBuckets buckets = random.nextBoolean() ? AgeingBuckets.standard() : AgeingBuckets.of(List.of(-10, 0, 7, 45));
      ReceivableAgeing<CurrencyUnit> ageing = ReceivableAgeing.byCurrency(asOf, buckets);
      l.records().forEach(ageing::add);
      AgeingReport<CurrencyUnit> r = ageing.finish();
      MoneyBag open = MoneyBag.empty();
      long openCount = 0;
      for (InvoiceState s : l.states(asOf)) {
        if (s.isOpen()) {
          open = open.plus(s.open());
          openCount++;
        }
      }
      MoneyBag bucketSum = r.all().amounts().stream().reduce(MoneyBag.empty(), MoneyBag::plus);
      assertThat(bucketSum).isEqualTo(open);
      assertThat(r.all().total()).isEqualTo(open);
      assertThat(r.all().counts().stream().mapToLong(Long::longValue).sum()).isEqualTo(openCount);
      for (CurrencyUnit c : open.currencies()) {
        assertThat(r.row(c).orElseThrow().total()).isEqualTo(MoneyBag.of(open.amountOf(c)));
      }
    });
  }

  @Test
  void ageingIsMergeable() {
    AccumulatorLaws.check(5050L, 40, RandomLedgers::records, () -> ReceivableAgeing.of(AS_OF, AgeingBuckets.standard(), InvoiceState::ownerId));
    AccumulatorLaws.check(5051L, 20, RandomLedgers::records, () -> ReceivableAgeing.of(AS_OF, AgeingBuckets.standard(), s -> s.teamId()));
  }

  @Test
  void dsoIsMergeable() {
    AccumulatorLaws.check(6060L, 40, RandomLedgers::records, () -> Dso.of(LocalDate.of(2026, 1, 1), AS_OF, 6));
  }

  @Test
  void ceiIsMergeable() {
    AccumulatorLaws.check(7070L, 40, RandomLedgers::records, () -> Cei.of(LocalDate.of(2026, 1, 1), AS_OF));
  }

  @Test
  void collectedCashIsMergeable() {
    AccumulatorLaws.check(8080L, 40, RandomLedgers::records, () -> CollectedCash.of(YearMonth::from));
  }

  @Test
  void badDebtIsMergeable() {
    AccumulatorLaws.check(9090L, 40, RandomLedgers::records, () -> BadDebt.of(LocalDate.of(2026, 1, 1), AS_OF));
  }

  @Test
  void countbackNeverExceedsTheDaysLookedBackAndStandardIsNonNegative() {
    Property.forAll(1111L, 100, random -> {
      Ledger l = RandomLedgers.ledger(random);
      Dso dso = Dso.of(LocalDate.of(2026, 1, 1), AS_OF, 12);
      l.records().forEach(dso::add);
      dso.finish().values().forEach(r -> {
        r.standard().value().ifPresent(v -> assertThat(v.signum()).isGreaterThanOrEqualTo(0));
        r.countback().flatMap(c -> c.value()).ifPresent(v -> assertThat(v).isLessThanOrEqualTo(BigDecimal.valueOf(366)));
        long absorbed = r.countbackMonths().stream().mapToLong(m -> m.absorbed().getAmountMinorLong()).sum();
        if (r.countback().isPresent()) {
          assertThat(absorbed).isEqualTo(r.endingReceivables().getAmountMinorLong());
        }
      });
    });
  }

  @Test
  void badParametersAreRefused() {
    assertThatThrownBy(() -> AgeingBuckets.of(List.of(0, 30, 30)))
        .isInstanceOf(ValidationException.class).hasMessage("ageing upperBounds[2] must be greater than the previous bound 30: 30");
    assertThatThrownBy(() -> AgeingBuckets.of(List.of())).hasMessage("ageing upperBounds must hold at least one bound: []");
    assertThatThrownBy(() -> Dso.of(AS_OF, AS_OF.minusDays(1))).hasMessage("period end must not be before the start 2026-03-31: 2026-03-30");
    assertThatThrownBy(() -> Dso.of(AS_OF, AS_OF, 0)).hasMessage("countbackMonths must be within [1, 120]: 0");
    assertThatThrownBy(() -> Cei.of(AS_OF, AS_OF).merge(Cei.of(AS_OF.minusDays(1), AS_OF)))
        .hasMessage("other must cover the same period 2026-03-31..2026-03-31: 2026-03-30..2026-03-31");
    assertThat(AgeingBuckets.of(List.of(5, 10)).labels()).containsExactly("<=5", "6-10", "10+");
  }
}
