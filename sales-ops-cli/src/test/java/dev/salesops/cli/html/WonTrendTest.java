package dev.salesops.cli.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.salesops.cli.export.ExportRow;
import dev.salesops.core.model.Outcome;
import dev.salesops.cli.CliJson;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class WonTrendTest {

  private static ExportRow row(String id, Outcome outcome, String closed, String currency, String amount) {
    return new ExportRow(1, id, "X", outcome, Optional.empty(), Optional.ofNullable(closed).map(LocalDate::parse),
        Optional.ofNullable(amount).map(a -> Money.of(CurrencyUnit.of(currency), new BigDecimal(a))), Optional.empty(), Optional.empty(), Map.of());
  }

  @Test
  void wonAmountsAddUpPerCurrencyAndCloseMonthWithGapsAsZeros() {
    WonTrend t = new WonTrend();
    t.add(row("a", Outcome.WON, "2024-01-05", "USD", "100.00"));
    t.add(row("b", Outcome.WON, "2024-01-20", "USD", "50.50"));
    t.add(row("c", Outcome.WON, "2024-04-01", "USD", "10.00"));
    t.add(row("d", Outcome.LOST, "2024-02-01", "USD", "999.00"));   // lost: not counted
    t.add(row("e", Outcome.WON, null, "USD", "999.00"));            // no close date: not counted
    t.add(row("f", Outcome.WON, "2024-02-10", "EUR", "7.00"));      // EUR: its own series
    t.add(row("g", Outcome.WON, "2024-02-11", "JPY", "300"));       // JPY: no decimals
    JsonNode j = t.toJson(CliJson.mapper());
    JsonNode usd = j.at("/currencies/USD/history");
    assertThat(usd).hasSize(4);
    assertThat(usd.get(0).get("month").asText()).isEqualTo("2024-01");
    assertThat(usd.get(0).get("won").asText()).isEqualTo("150.50");
    assertThat(usd.get(1).get("won").asText()).isEqualTo("0.00");
    assertThat(usd.get(2).get("won").asText()).isEqualTo("0.00");
    assertThat(usd.get(3).get("won").asText()).isEqualTo("10.00");
    // 4 months: Holt's linear trend, 6 points with a 95 % interval
    JsonNode f = j.at("/currencies/USD/forecast");
    assertThat(f.get("method").asText()).containsIgnoringCase("holt");
    assertThat(f.get("points")).hasSize(WonTrend.HORIZON);
    assertThat(f.get("points").get(0).get("month").asText()).isEqualTo("2024-05");
    assertThat(f.get("points").get(0).get("mean").decimalValue().scale()).isEqualTo(2);
    // one month only: no forecast, and why
    assertThat(j.at("/currencies/EUR/forecast").isNull()).isTrue();
    assertThat(j.at("/currencies/EUR/note").asText()).contains("fewer than 2 months");
    assertThat(j.at("/currencies/JPY/history/0/won").asText()).isEqualTo("300");
    assertThat(j.get("level").asDouble()).isEqualTo(0.95);
  }
}
