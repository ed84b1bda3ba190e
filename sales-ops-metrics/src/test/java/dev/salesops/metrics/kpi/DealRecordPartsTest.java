package dev.salesops.metrics.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salesops.core.model.ForecastCategory;
import dev.salesops.core.model.Outcome;
import dev.salesops.core.validation.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Every part of a deal record read back, by accessor and by dimension name; the date bounds; the text without personal data. */
class DealRecordPartsTest {
  @Test
  void everyPartReadsBackByAccessorAndByDimensionName() {
    DealRecord r = DealRecord.builder().id("d-1").owner("ann").team("north").region("EMEA").productLine("PRO").channel("DIRECT")
        .leadSource("EVENTS").segment("SMB").account("acme").stage("won").outcome(Outcome.LOST).lostReason("price")
        .createdDate(LocalDate.parse("2024-01-02")).closedDate(LocalDate.parse("2024-02-03")).amount("12.50", "EUR")
        .probability(new BigDecimal("0.25")).forecastCategory(ForecastCategory.BEST_CASE).newCustomer(true).dimension("tier", "gold").build();
    assertThat(r.id()).isEqualTo("d-1");
    assertThat(r.team()).contains("north");
    assertThat(r.region()).contains("EMEA");
    assertThat(r.productLine()).contains("PRO");
    assertThat(r.channel()).contains("DIRECT");
    assertThat(r.leadSource()).contains("EVENTS");
    assertThat(r.segment()).contains("SMB");
    assertThat(r.account()).contains("acme");
    assertThat(r.lostReason()).contains("price");
    assertThat(r.forecastCategory()).contains(ForecastCategory.BEST_CASE);
    assertThat(r.probability()).contains(new BigDecimal("0.25"));
    assertThat(r.newCustomer()).contains(true);
    assertThat(r.dimensions()).containsExactly(java.util.Map.entry("tier", "gold"));
    String[][] byName = {{"owner", "ann"}, {"team", "north"}, {"region", "EMEA"}, {"productLine", "PRO"}, {"channel", "DIRECT"},
        {"leadSource", "EVENTS"}, {"segment", "SMB"}, {"account", "acme"}, {"stage", "won"}, {"outcome", "LOST"}, {"currency", "EUR"},
        {"tier", "gold"}};
    for (String[] d : byName) {
      assertThat(r.dimension(d[0])).as(d[0]).contains(d[1]);
    }
    assertThat(r.dimension("nothing")).isEmpty();
    DealRecord bare = DealRecord.builder().id("d-2").owner("bob").outcome(Outcome.OPEN).build();
    assertThat(bare.probability()).isEmpty();
    assertThat(bare.newCustomer()).isEmpty();
    assertThat(bare.forecastCategory()).isEmpty();
    assertThat(bare.dimension("team")).isEmpty();
    assertThat(bare.dimension("currency")).isEmpty();
    assertThat(DealRecord.builder().id("d-3").owner("c").outcome(Outcome.WON).newCustomer(false).build().newCustomer()).contains(false);
    assertThat(DealRecord.builder().id("d-4").owner("c").outcome(Outcome.OPEN).probability(BigDecimal.ZERO).build().probability())
        .hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("0"));
    assertThat(r.toString()).isEqualTo("DealRecord{id=d-1, outcome=LOST, stage=won, created=2024-01-02, closed=2024-02-03, amount=EUR 12.50}")
        .doesNotContain("ann", "acme");
    assertThat(bare.toString()).isEqualTo("DealRecord{id=d-2, outcome=OPEN}");
    assertThat(r.hashCode()).isNotEqualTo(r.toBuilder().id("d-9").build().hashCode());
  }

  @Test
  void datesAreBoundedToYears1000To9999Inclusive() {
    assertThat(DealRecord.builder().id("a").owner("o").outcome(Outcome.OPEN).createdDate(LocalDate.of(1000, 1, 1)).build().createdDate())
        .contains(LocalDate.of(1000, 1, 1));
    assertThat(DealRecord.builder().id("a").owner("o").outcome(Outcome.OPEN).createdDate(LocalDate.of(9999, 12, 31)).build().createdDate())
        .contains(LocalDate.of(9999, 12, 31));
    assertThatThrownBy(() -> DealRecord.builder().id("a").owner("o").outcome(Outcome.OPEN).createdDate(LocalDate.of(999, 12, 31)).build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("must be within years 1000..9999");
    assertThatThrownBy(() -> DealRecord.builder().id("a").owner("o").outcome(Outcome.OPEN).createdDate(LocalDate.of(10000, 1, 1)).build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("must be within years 1000..9999");
    int min = (int) LocalDate.of(1000, 1, 1).toEpochDay();
    int max = (int) LocalDate.of(9999, 12, 31).toEpochDay();
    assertThat(DealRecord.validDay(min)).isTrue();
    assertThat(DealRecord.validDay(max)).isTrue();
    assertThat(DealRecord.validDay(min - 1)).isFalse();
    assertThat(DealRecord.validDay(max + 1)).isFalse();
  }
}
