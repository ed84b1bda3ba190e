package dev.salesops.metrics.collections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salesops.core.accumulate.PortableStateException;
import dev.salesops.core.internal.accumulate.PortableStateKind;
import dev.salesops.core.internal.accumulate.StateWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.joda.money.CurrencyUnit;
import org.junit.jupiter.api.Test;

/**
 * Portable states of ageing, DSO and CEI written by hand in the documented layout (a count, then per group an absent
 * or present key, then per currency in code order its amounts): what decodes, and each refusal with its reason.
 */
class CollectionsStateRefusalsTest {
  static final LocalDate AS_OF = LocalDate.of(2026, 3, 31);
  static final ReceivableAgeing<String> LIKE = ReceivableAgeing.of(AS_OF, AgeingBuckets.standard(), s -> s.ownerId().value());
  static final int WIDTH = 2 * AgeingBuckets.standard().size();

  static byte[] ageing(Consumer<StateWriter> body) {
    StateWriter w = new StateWriter(PortableStateKind.AGEING, StateWriter.fingerprint(LIKE.portableConfiguration()));
    body.accept(w);
    return w.toByteArray();
  }

  /** One currency with amount {@code amount} and count {@code count} in the first bucket. */
  static void usd(StateWriter w, long amount, long count) {
    w.writeCount(1).writeCurrency(CurrencyUnit.USD);
    for (int j = 0; j < WIDTH; j++) {
      w.writeSigned(j == 0 ? amount : j == 1 ? count : 0);
    }
  }

  static void group(StateWriter w, String key) {
    if (key == null) {
      w.writeByte(0);
    } else {
      w.writeByte(1).writeString(key);
    }
    usd(w, 100, 1);
  }

  static ReceivableAgeing<String> decode(byte[] bytes) {
    return CollectionsStateCodec.decodeAgeing(bytes, LIKE, k -> k);
  }

  @Test
  void groupsInKeyOrderWithAnAbsentKeyFirstDecodeAndEncodeToTheSameBytes() {
    byte[] bytes = ageing(w -> {
      w.writeCount(3);
      group(w, null);
      group(w, "a");
      group(w, "b");
    });
    ReceivableAgeing<String> a = decode(bytes);
    assertThat(a.portableCells()).containsOnlyKeys(null, "a", "b");
    assertThat(CollectionsStateCodec.encodeAgeing(a, k -> k)).isEqualTo(bytes);
    // a credit (a negative amount) is a state; a negative count is not
    assertThat(decode(ageing(w -> {
      w.writeCount(1);
      w.writeByte(1).writeString("a");
      usd(w, -100, 1);
    })).portableCells().get("a").get(CurrencyUnit.USD)[0]).isEqualTo(-100);
    assertThatThrownBy(() -> decode(ageing(w -> {
      w.writeCount(1);
      w.writeByte(1).writeString("a");
      usd(w, 100, -1);
    }))).isInstanceOf(PortableStateException.class).hasMessageContaining("has a negative invoice count");
  }

  @Test
  void groupsOutOfOrderRepeatedOrWithAnAbsentKeyAfterTheFirstAreRefused() {
    for (List<String> keys : List.of(List.of("b", "a"), List.of("a", "a"))) {
      assertThatThrownBy(() -> decode(ageing(w -> {
        w.writeCount(keys.size());
        keys.forEach(k -> group(w, k));
      }))).as("%s", keys).isInstanceOf(PortableStateException.class).hasMessageContaining("has ageing groups out of order or repeated");
    }
    assertThatThrownBy(() -> decode(ageing(w -> {
      w.writeCount(2);
      group(w, "a");
      group(w, null);
    }))).hasMessageContaining("has ageing groups out of order or repeated");
    assertThatThrownBy(() -> decode(ageing(w -> {
      w.writeCount(2);
      group(w, null);
      group(w, null);
    }))).hasMessageContaining("has ageing groups out of order or repeated");
  }

  @Test
  void aKeyMarkerIsZeroOrOne() {
    assertThatThrownBy(() -> decode(ageing(w -> {
      w.writeCount(1);
      w.writeByte(2).writeString("a");
      usd(w, 100, 1);
    }))).isInstanceOf(PortableStateException.class).hasMessageContaining("has an invalid group key marker 2");
  }

  @Test
  void currenciesAreInCodeOrderOnce() {
    assertThatThrownBy(() -> decode(ageing(w -> {
      w.writeCount(1);
      w.writeByte(1).writeString("a");
      w.writeCount(2);
      for (int c = 0; c < 2; c++) {
        w.writeCurrency(CurrencyUnit.USD);
        for (int j = 0; j < WIDTH; j++) {
          w.writeSigned(0);
        }
      }
    }))).hasMessageContaining("has currencies out of order or repeated");
    // a currency count that the bytes cannot hold is refused before reading them
    assertThatThrownBy(() -> decode(ageing(w -> {
      w.writeCount(1);
      w.writeByte(1).writeString("a");
      w.writeCount(2);
      w.writeCurrency(CurrencyUnit.USD);
      for (int j = 0; j < WIDTH; j++) {
        w.writeSigned(0);
      }
    }))).hasMessageContaining("is truncated: a length of 2 does not fit in the");
  }

  @Test
  void bytesAfterThePayloadAreRefused() {
    assertThatThrownBy(() -> decode(ageing(w -> {
      w.writeCount(1);
      group(w, "a");
      w.writeByte(0);
    }))).hasMessageContaining("has 1 unread bytes after its payload");
    Dso dso = Dso.of(LocalDate.of(2026, 1, 1), AS_OF, 3);
    StateWriter d = new StateWriter(PortableStateKind.DSO, StateWriter.fingerprint(dso.portableConfiguration()));
    d.writeCount(0).writeByte(0);
    assertThatThrownBy(() -> CollectionsStateCodec.decodeDso(d.toByteArray(), dso)).hasMessageContaining("has 1 unread bytes after its payload");
    Cei cei = Cei.of(LocalDate.of(2026, 1, 1), AS_OF);
    StateWriter c = new StateWriter(PortableStateKind.CEI, StateWriter.fingerprint(cei.portableConfiguration()));
    c.writeCount(0).writeByte(0);
    assertThatThrownBy(() -> CollectionsStateCodec.decodeCei(c.toByteArray(), cei)).hasMessageContaining("has 1 unread bytes after its payload");
  }

  @Test
  void aStateIsReadOnlyByAnAccumulatorOfTheSameConfiguration() {
    LocalDate jan1 = LocalDate.of(2026, 1, 1);
    byte[] dso = CollectionsStateCodec.encodeDso(Dso.of(jan1, AS_OF, 3));
    assertThat(CollectionsStateCodec.decodeDso(dso, Dso.of(jan1, AS_OF, 3))).isNotNull();
    assertThatThrownBy(() -> CollectionsStateCodec.decodeDso(dso, Dso.of(jan1, AS_OF, 4))).isInstanceOf(PortableStateException.class);
    byte[] cei = CollectionsStateCodec.encodeCei(Cei.of(jan1, AS_OF));
    assertThatThrownBy(() -> CollectionsStateCodec.decodeCei(cei, Cei.of(jan1, AS_OF.minusDays(1)))).isInstanceOf(PortableStateException.class);
    // the averaged (Oracle) form never merges with the plain one
    assertThatThrownBy(() -> CollectionsStateCodec.decodeCei(cei, Cei.averagedOverMonths(jan1, AS_OF))).isInstanceOf(PortableStateException.class);
    byte[] averaged = CollectionsStateCodec.encodeCei(Cei.averagedOverMonths(jan1, AS_OF));
    assertThat(CollectionsStateCodec.decodeCei(averaged, Cei.averagedOverMonths(jan1, AS_OF))).isNotNull();
    assertThatThrownBy(() -> CollectionsStateCodec.decodeCei(averaged, Cei.of(jan1, AS_OF))).isInstanceOf(PortableStateException.class);
    byte[] ageing = CollectionsStateCodec.encodeAgeing(LIKE, k -> k);
    assertThatThrownBy(() -> CollectionsStateCodec.decodeAgeing(ageing, ReceivableAgeing.of(AS_OF.plusDays(1), AgeingBuckets.standard(), s -> "x"), k -> k))
        .isInstanceOf(PortableStateException.class);
    assertThatThrownBy(() -> CollectionsStateCodec.decodeAgeing(ageing, ReceivableAgeing.of(AS_OF, AgeingBuckets.of(List.of(0, 30)), s -> "x"), k -> k))
        .isInstanceOf(PortableStateException.class);
  }

  @Test
  void boundsOfBucketsAndCountback() {
    assertThat(AgeingBuckets.of(List.of(-3650, 36500)).upperBounds()).containsExactly(-3650, 36500);
    assertThatThrownBy(() -> AgeingBuckets.of(List.of(-3651))).hasMessage("ageing upperBounds[0] must be within [-3650, 36500]: -3651");
    assertThatThrownBy(() -> AgeingBuckets.of(List.of(0, 36501))).hasMessage("ageing upperBounds[1] must be within [-3650, 36500]: 36501");
    assertThat(AgeingBuckets.of(List.of(0, 30))).isEqualTo(AgeingBuckets.of(List.of(0, 30))).hasSameHashCodeAs(AgeingBuckets.of(List.of(0, 30)))
        .isNotEqualTo(AgeingBuckets.of(List.of(0, 31))).isNotEqualTo(AgeingBuckets.standard());
    assertThat(AgeingBuckets.of(List.of(0, 30)).hashCode()).isNotEqualTo(AgeingBuckets.of(List.of(0, 31)).hashCode());
    assertThat(AgeingBuckets.of(List.of(0, 30)).toString()).isEqualTo("AgeingBuckets" + AgeingBuckets.of(List.of(0, 30)).labels());
    LocalDate jan1 = LocalDate.of(2026, 1, 1);
    assertThat(Dso.of(jan1, AS_OF, 1).portableWidth()).isEqualTo(3);
    assertThat(Dso.of(jan1, AS_OF, 120).portableWidth()).isEqualTo(122);
    assertThatThrownBy(() -> Dso.of(jan1, AS_OF, 0)).hasMessage("countbackMonths must be within [1, 120]: 0");
    assertThatThrownBy(() -> Dso.of(jan1, AS_OF, 121)).hasMessage("countbackMonths must be within [1, 120]: 121");
  }

  @Test
  void theTotalAgeingHasOneGroupCalledAll() {
    ReceivableAgeing<String> total = ReceivableAgeing.total(AS_OF, AgeingBuckets.standard());
    RandomLedgers.records(new java.util.Random(5)).forEach(total::add);
    assertThat(total.finish().rows()).containsOnlyKeys("all");
  }

  @Test
  void accumulatorsDescribeTheirPeriodsWithoutData() {
    LocalDate jan1 = LocalDate.of(2026, 1, 1);
    assertThat(Dso.of(jan1, AS_OF, 3)).hasToString("Dso{2026-01-01..2026-03-31, countback 3 months, 0 currencies}");
    assertThat(Cei.of(jan1, AS_OF)).hasToString("Cei{2026-01-01..2026-03-31, 0 currencies}");
    assertThat(Cei.averagedOverMonths(jan1, AS_OF)).hasToString("Cei{2026-01-01..2026-03-31, sales / 3 months, 0 currencies}");
    assertThat(BadDebt.of(jan1, AS_OF)).hasToString("BadDebt{2026-01-01..2026-03-31, 0 currencies}");
    assertThat(ReceivableAgeing.total(AS_OF, AgeingBuckets.standard()))
        .hasToString("ReceivableAgeing{asOf 2026-03-31, " + AgeingBuckets.standard() + ", 0 groups}");
  }
}
