package dev.salesops.core.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import dev.salesops.core.model.AccountId;
import dev.salesops.core.model.TeamId;
import dev.salesops.core.model.UserId;
import dev.salesops.core.validation.ValidationException;
import java.time.LocalDate;
import java.util.Optional;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * The values with optional parts that were records (issue 18: {@code Optional} only as an accessor's return type):
 * {@code null} is "absent" and reads back as an empty {@code Optional}, validation is the record's, equality is
 * by every part, and {@code toString} keeps the record's shape without free text.
 */
class OptionalPartsTest {
  private static final InvoiceId I = InvoiceId.of("INV-1");
  private static final LocalDate D = LocalDate.of(2026, 3, 1);

  @Test
  void nullIsAbsentAndValidationIsTheRecords() {
    Dispute open = new Dispute(I, D, null, "wrong quantity, call Mrs Example");
    assertThat(open.resolvedOn()).isEmpty();
    assertThat(open.isOpenOn(D.plusDays(10))).isTrue();
    Dispute resolved = new Dispute(I, D, D.plusDays(3), "x");
    assertThat(resolved.resolvedOn()).contains(D.plusDays(3));
    assertThat(resolved.isOpenOn(D.plusDays(3))).isFalse();
    assertThatThrownBy(() -> new Dispute(I, D, D.minusDays(1), "x")).isInstanceOf(ValidationException.class)
        .hasMessageContaining("resolvedOn");
    assertThatNullPointerException().isThrownBy(() -> new Dispute(I, null, null, "x")).withMessage("openedOn");

    Invoice inv = Invoice.of(I, AccountId.of("ACME"), UserId.of("rep-1"), null, Money.parse("USD 10.00"), D, D.plusDays(30));
    assertThat(inv.teamId()).isEmpty();
    assertThat(inv.contractId()).isEmpty();
    assertThat(Invoice.of(I, AccountId.of("ACME"), UserId.of("rep-1"), TeamId.of("t1"), Money.parse("USD 10.00"), D, D)
        .teamId()).contains(TeamId.of("t1"));
    assertThatThrownBy(() -> new Invoice(I, AccountId.of("ACME"), UserId.of("rep-1"), null, null, "m1", Money.parse("USD 10.00"), D, D))
        .isInstanceOf(ValidationException.class).hasMessageContaining("needs a contract id");

    assertThat(FollowUpStep.of("call", 7, "call", Responsible.OWNER).toDay()).isEqualTo(Optional.empty());
    assertThat(FollowUpStep.of("call", 7, 9, "call", Responsible.OWNER).toDay()).contains(9);
  }

  @Test
  void equalityIsByEveryPartAndToStringHasNoFreeText() {
    new EqualsTester()
        .addEqualityGroup(new Dispute(I, D, null, "a"), new Dispute(I, D, null, "a"))
        .addEqualityGroup(new Dispute(I, D, D, "a"))
        .addEqualityGroup(new Dispute(I, D, null, "b"))
        .addEqualityGroup(new Dispute(InvoiceId.of("INV-2"), D, null, "a"))
        .testEquals();
    String s = new Dispute(I, D, null, "call Mrs Example").toString();
    assertThat(s).isEqualTo("Dispute[invoiceId=INV-1, openedOn=2026-03-01, resolvedOn=Optional.empty, reason=(16 chars)]");
    assertThat(FollowUpStep.of("call", 7, 9, "call", Responsible.OWNER).toString())
        .isEqualTo("FollowUpStep[id=call, fromDay=7, toDay=Optional[9], action=call, responsible=OWNER]");
  }
}
