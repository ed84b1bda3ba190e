package dev.salesops.metrics.kpi;

import dev.salesops.core.model.ForecastCategory;
import dev.salesops.core.model.Outcome;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salesops.core.validation.ValidationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class DealRecordTest {
  @Test
  void blankOptionalFieldsAreAbsent() {
    DealRecord r = DealRecord.builder().id("1").owner(" ").team(null).region("").amount("", "USD").stage(" ").dimension("x", "").build();
    assertThat(r.owner()).isEmpty();
    assertThat(r.team()).isEmpty();
    assertThat(r.amount()).isEmpty();
    assertThat(r.stage()).isEmpty();
    assertThat(r.outcome()).isEqualTo(Outcome.OPEN);
    assertThat(r.dimensions()).isEmpty();
  }

  @Test
  void roundTripsThroughTheBuilder() {
    DealRecord r = DealRecord.builder().id("42").owner("ann").team("t1").region("NORTH").productLine("P").channel("DIRECT")
        .leadSource("REFERRAL").segment("SMB").account("acc").createdDate(LocalDate.of(2024, 1, 1))
        .closedDate(LocalDate.of(2024, 2, 1)).outcome(Outcome.LOST).lostReason("PRICE").lostAtStage("PROPOSAL")
        .amount("12.50", "EUR").probability(new BigDecimal("0.25")).forecastCategory(ForecastCategory.COMMIT)
        .addStage("LEAD", Instant.parse("2024-01-01T10:00:00Z")).dimension("industry", "retail").build();
    assertThat(r.toBuilder().build()).isEqualTo(r).hasSameHashCodeAs(r);
    assertThat(r.amount()).contains(Money.of(CurrencyUnit.EUR, new BigDecimal("12.50")));
    assertThat(r.probability()).contains(new BigDecimal("0.25"));
    assertThat(r.dimension("industry")).contains("retail");
    assertThat(r.dimension("owner")).contains("ann");
    assertThat(r.dimension("currency")).contains("EUR");
    assertThat(r.toString()).contains("42").doesNotContain("ann");
  }

  @Test
  void datesFromInstantsInAZone() {
    DealRecord r = DealRecord.builder().id("z").createdAt(Instant.parse("2024-03-31T20:00:00Z"), ZoneId.of("Asia/Tokyo")).build();
    assertThat(r.createdDate()).contains(LocalDate.of(2024, 4, 1));
  }

  @Test
  void refusesInvalidDataNamingFieldAndValue() {
    assertThatThrownBy(() -> DealRecord.builder().id("1").createdDate(LocalDate.of(2024, 2, 1)).closedDate(LocalDate.of(2024, 1, 1))
        .outcome(Outcome.WON).build()).isInstanceOf(ValidationException.class).hasMessageContaining("closedDate")
        .hasMessageContaining("2024-01-01");
    assertThatThrownBy(() -> DealRecord.builder().id("1").closedDate(LocalDate.of(2024, 1, 1)).build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("OPEN");
    assertThatThrownBy(() -> DealRecord.builder().id("1").amount("-1.00", "USD").build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("amount");
    assertThatThrownBy(() -> DealRecord.builder().id("1").amount("1.001", "USD").build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("decimal places");
    assertThatThrownBy(() -> DealRecord.builder().id("1").probability(new BigDecimal("1.2")).build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("probability").hasMessageContaining("1.2");
    assertThatThrownBy(() -> DealRecord.builder().id("1").probability(new BigDecimal("0.1234567")).build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("6 decimal places");
    assertThatThrownBy(() -> DealRecord.builder().build()).isInstanceOf(dev.salesops.core.validation.ValidationException.class).hasMessage("id is required: missing");
    assertThatThrownBy(() -> DealRecord.builder().id("1").amount("1", "XXY").build()).isInstanceOf(ValidationException.class)
        .hasMessageContaining("currency");
  }
}
