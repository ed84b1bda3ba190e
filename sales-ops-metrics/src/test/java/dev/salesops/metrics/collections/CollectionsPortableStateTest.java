package dev.salesops.metrics.collections;

import static org.assertj.core.api.Assertions.assertThat;

import dev.salesops.core.collection.InvoiceState;
import dev.salesops.core.model.UserId;
import dev.salesops.metrics.testing.PortableLaws;
import java.time.LocalDate;
import org.joda.money.CurrencyUnit;
import org.junit.jupiter.api.Test;

/** Portable partial states of ageing, DSO and CEI: round trip, merge laws and fuzzing. */
class CollectionsPortableStateTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 31);

  @Test
  void ageingLaws() {
    PortableLaws.check(2500L, 25, RandomLedgers::records, () -> ReceivableAgeing.of(AS_OF, AgeingBuckets.standard(), InvoiceState::ownerId),
        a -> CollectionsStateCodec.encodeAgeing(a, UserId::value),
        (bytes, like) -> CollectionsStateCodec.decodeAgeing(bytes, like, UserId::of));
    PortableLaws.check(2501L, 15, RandomLedgers::records, () -> ReceivableAgeing.of(AS_OF, AgeingBuckets.standard(),
            s -> s.teamId().map(t -> t.value()).orElse("(no team)")),
        a -> CollectionsStateCodec.encodeAgeing(a, t -> t),
        (bytes, like) -> CollectionsStateCodec.decodeAgeing(bytes, like, t -> t));
    PortableLaws.check(2502L, 15, RandomLedgers::records, () -> ReceivableAgeing.byCurrency(AS_OF, AgeingBuckets.standard()),
        a -> CollectionsStateCodec.encodeAgeing(a, CurrencyUnit::getCode),
        (bytes, like) -> CollectionsStateCodec.decodeAgeing(bytes, like, CurrencyUnit::of));
  }

  @Test
  void dsoAndCeiLaws() {
    PortableLaws.check(2600L, 25, RandomLedgers::records, () -> Dso.of(LocalDate.of(2026, 1, 1), AS_OF, 6),
        CollectionsStateCodec::encodeDso, CollectionsStateCodec::decodeDso);
    PortableLaws.check(2700L, 25, RandomLedgers::records, () -> Cei.of(LocalDate.of(2026, 1, 1), AS_OF),
        CollectionsStateCodec::encodeCei, CollectionsStateCodec::decodeCei);
  }

  @Test
  void bytesPerCurrencyAreSmall() {
    Dso dso = Dso.of(LocalDate.of(2026, 1, 1), AS_OF, 12);
    RandomLedgers.records(new java.util.Random(1)).forEach(dso::add);
    // header 14 + checksum 4 + count 1 + per currency (4 + 14 amounts of at most 10 bytes)
    assertThat(CollectionsStateCodec.encodeDso(dso).length).isLessThanOrEqualTo(19 + 3 * (4 + 14 * 10));
  }
}
