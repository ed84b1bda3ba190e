package dev.salesops.metrics.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salesops.core.accumulate.PortableStateException;
import dev.salesops.core.internal.accumulate.PortableStateKind;
import dev.salesops.core.internal.accumulate.StateWriter;
import dev.salesops.core.model.Outcome;
import dev.salesops.core.validation.ValidationException;
import dev.salesops.metrics.period.DateRange;
import dev.salesops.metrics.ratio.Ratio;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.junit.jupiter.api.Test;

/**
 * {@link Retention}: new accounts and logo churn over the accounts serviced by hand, an account whose revenue stays
 * the same, the record's own rules; {@link RetentionStateCodec} refuses a state of another configuration.
 */
class RetentionAccountsTest {
  private static final DateRange H1 = DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 7, 1));
  private static final DateRange H2 = DateRange.of(LocalDate.of(2024, 7, 1), LocalDate.of(2025, 1, 1));

  private static DealRecord won(String id, String account, String closed, String amount) {
    return DealRecord.builder().id(id).account(account).outcome(Outcome.WON).closedDate(LocalDate.parse(closed)).amount(amount, "USD")
        .build();
  }

  private static RetentionAccumulator sample() {
    RetentionAccumulator acc = new RetentionAccumulator(CurrencyUnit.USD, H1, H2);
    List.of(won("1", "A", "2024-02-01", "100.00"), won("2", "A", "2024-08-01", "100.00"), // the same revenue: kept, no change
        won("3", "B", "2024-03-01", "80.00"), // churned
        won("4", "C", "2024-09-01", "40.00"), won("5", "D", "2024-10-01", "60.00"), // two new accounts in the period
        won("6", "E", "2023-10-01", "999.00")) // before both windows: not counted anywhere
        .forEach(acc::add);
    return acc;
  }

  @Test
  void newAccountsAndChurnOverTheAccountsServicedByHand() {
    Retention r = sample().finish();
    assertThat(r.cohortAccounts()).isEqualTo(2); // A, B
    assertThat(r.churnedAccounts()).isEqualTo(1); // B
    assertThat(r.activeAccounts()).isEqualTo(3); // A, C, D
    assertThat(r.newAccounts()).isEqualTo(2); // C, D
    assertThat(r.logoChurn()).isEqualTo(Ratio.of(1, 2));
    assertThat(r.logoChurnOverServiced()).isEqualTo(Ratio.of(1, 4)); // 1 / (2 + 2)
    assertThat(r.expansion()).isEqualByComparingTo("0");
    assertThat(r.contraction()).isEqualByComparingTo("0");
    assertThat(r.churnedRevenue()).isEqualByComparingTo("80");
    assertThat(r.startRevenue()).isEqualByComparingTo("180");
    assertThat(r.netRevenueRetention().value()).contains(new BigDecimal("0.5555555555555556")); // 100 / 180
    assertThat(r.averageRevenuePerAccount().value()).contains(new BigDecimal("66.66666666666667")); // 200 / 3
  }

  @Test
  void aStateOfAnotherConfigurationIsRefused() {
    RetentionAccumulator acc = sample();
    byte[] bytes = RetentionStateCodec.encode(acc);
    assertThat(RetentionStateCodec.decode(bytes, acc.newEmpty()).finish()).isEqualTo(acc.finish());
    List<RetentionAccumulator> others = List.of(new RetentionAccumulator(CurrencyUnit.EUR, H1, H2),
        new RetentionAccumulator(CurrencyUnit.USD, H2, H2), new RetentionAccumulator(CurrencyUnit.USD, H1, H1));
    for (RetentionAccumulator other : others) {
      assertThat(RetentionStateCodec.fingerprint(other)).isNotEqualTo(RetentionStateCodec.fingerprint(acc));
      assertThatThrownBy(() -> RetentionStateCodec.decode(bytes, other)).isInstanceOf(PortableStateException.class)
          .hasMessageContaining("another configuration");
    }
    assertThat(RetentionStateCodec.fingerprint(new RetentionAccumulator(CurrencyUnit.USD, H1, H2)))
        .isEqualTo(RetentionStateCodec.fingerprint(acc));
  }

  @Test
  void aStateWithRepeatedAccountsOrTrailingBytesIsRefused() {
    RetentionAccumulator like = new RetentionAccumulator(CurrencyUnit.USD, H1, H2);
    java.util.function.Function<java.util.function.Consumer<StateWriter>, byte[]> state = body -> {
      StateWriter w = new StateWriter(PortableStateKind.RETENTION, RetentionStateCodec.fingerprint(like));
      body.accept(w);
      return w.toByteArray();
    };
    byte[] good = state.apply(w -> w.writeCount(1).writeCount(2).writeString("A").writeSigned(100).writeSigned(0).writeCount(0)
        .writeString("B").writeSigned(0).writeSigned(50).writeCount(1));
    Retention r = RetentionStateCodec.decode(good, like).finish();
    assertThat(r.cohortAccounts()).isEqualTo(1);
    assertThat(r.newAccounts()).isEqualTo(1);
    assertThat(r.leftOut()).isEqualTo(1);
    byte[] repeated = state.apply(w -> w.writeCount(0).writeCount(2).writeString("A").writeSigned(100).writeSigned(0).writeCount(0)
        .writeString("A").writeSigned(0).writeSigned(50).writeCount(1));
    assertThatThrownBy(() -> RetentionStateCodec.decode(repeated, like)).isInstanceOf(PortableStateException.class)
        .hasMessageContaining("out of order or repeated");
    byte[] trailing = state.apply(w -> w.writeCount(0).writeCount(0).writeByte(0));
    assertThatThrownBy(() -> RetentionStateCodec.decode(trailing, like)).isInstanceOf(PortableStateException.class)
        .hasMessageContaining("unread bytes");
  }

  @Test
  void aRetentionRecordChecksItsCounts() {
    Ratio u = Ratio.undefined();
    BigDecimal z = BigDecimal.ZERO;
    Retention ok = new Retention(CurrencyUnit.USD, 2, 2, u, z, z, z, z, z, u, u, u, 3, u, u, 0, 3, u);
    assertThat(ok.newAccounts()).isEqualTo(3);
    assertThatThrownBy(() -> new Retention(CurrencyUnit.USD, 2, 3, u, z, z, z, z, z, u, u, u, 3, u, u, 0, 3, u))
        .isInstanceOf(ValidationException.class).hasMessageContaining("churnedAccounts").hasMessageContaining("must not exceed cohortAccounts");
    assertThatThrownBy(() -> new Retention(CurrencyUnit.USD, 2, 2, u, z, z, z, z, z, u, u, u, 3, u, u, 0, 4, u))
        .isInstanceOf(ValidationException.class).hasMessageContaining("newAccounts").hasMessageContaining("must not exceed activeAccounts");
    assertThatThrownBy(() -> new Retention(CurrencyUnit.USD, -1, 0, u, z, z, z, z, z, u, u, u, 3, u, u, 0, 3, u))
        .isInstanceOf(ValidationException.class).hasMessageContaining("cohortAccounts");
    assertThatThrownBy(() -> new Retention(CurrencyUnit.USD, 2, 2, u, z, z, z, z, z, u, u, u, 3, u, u, -1, 3, u))
        .isInstanceOf(ValidationException.class).hasMessageContaining("leftOut");
  }
}
