package dev.salesops.metrics.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salesops.core.accumulate.PortableStateException;
import dev.salesops.core.internal.accumulate.PortableStateKind;
import dev.salesops.core.internal.accumulate.StateWriter;
import dev.salesops.core.model.Outcome;
import java.time.LocalDate;
import org.joda.money.CurrencyUnit;
import org.junit.jupiter.api.Test;

/** A KPI state whose envelope holds more than the accumulator's block is refused, not read in part. */
class KpiStateTrailingBytesTest {
  @Test
  void bytesAfterTheBlockAreRefused() {
    KpiOptions options = KpiOptions.defaults();
    KpiAccumulator acc = new KpiAccumulator(options);
    int day = (int) LocalDate.of(2024, 2, 1).toEpochDay();
    acc.addDeal(Outcome.WON, null, day, day + 3, CurrencyUnit.USD, 1200, null, null, true);
    StateWriter exact = new StateWriter(PortableStateKind.KPI, KpiStateCodec.fingerprint(options));
    KpiStateCodec.write(acc, exact);
    assertThat(exact.toByteArray()).isEqualTo(KpiStateCodec.encode(acc));
    StateWriter more = new StateWriter(PortableStateKind.KPI, KpiStateCodec.fingerprint(options));
    KpiStateCodec.write(acc, more);
    more.writeByte(7);
    assertThatThrownBy(() -> KpiStateCodec.decode(more.toByteArray(), options)).isInstanceOf(PortableStateException.class)
        .hasMessageContaining("1 unread bytes after its payload");
  }
}
