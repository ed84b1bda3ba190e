package dev.salesops.examples.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.salesops.core.lifecycle.CustomerEvent;
import dev.salesops.core.lifecycle.ValueTier;
import dev.salesops.core.model.ProductLine;
import dev.salesops.metrics.clv.BgNbd;
import dev.salesops.scoring.health.ChurnRisk;
import dev.salesops.scoring.scorecard.EngagementEvent;
import dev.salesops.scoring.scorecard.ScoringSubject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class CustomerValueExampleTest {
  static final Instant AS_OF = Instant.parse("2026-09-30T12:00:00Z");

  static CustomerEvent order(int weeksAgo) {
    return CustomerEvent.order(AS_OF.minus(Duration.ofDays(7L * weeksAgo)), ProductLine.STANDARD, Money.of(CurrencyUnit.USD, 100));
  }

  @Test
  void pAliveFeedsHealthAndTheValuePyramid() {
    // the published CDNOW parameters (weeks); both customers bought 4 times over 40 weeks
    BgNbd model = BgNbd.of(0.243, 4.414, 0.793, 2.426);
    Map<String, List<CustomerEvent>> events = Map.of(
        "recent", List.of(order(40), order(20), order(10), order(1)),
        "silent", List.of(order(40), order(39), order(38), order(37)));
    ScoringSubject healthy = ScoringSubject.builder().attribute("usage.activeSeatsPct", "85").attribute("support.openTickets", "1")
        .attribute("satisfaction.csat", "5").attribute("payment.daysLate", "0").event(EngagementEvent.of("touchpoint", AS_OF.minus(Duration.ofDays(15)))).build();
    Map<String, CustomerValueExample.Result> r = CustomerValueExample.run(events, AS_OF, model, Map.of("recent", healthy, "silent", healthy));
    CustomerValueExample.Result recent = r.get("recent");
    CustomerValueExample.Result silent = r.get("silent");
    assertThat(recent.summary().frequency()).isEqualTo(3);
    assertThat(recent.summary().age()).isCloseTo(40, within(1e-9));
    assertThat(recent.probabilityAlive().toDouble()).isCloseTo(0.838, within(0.001)); // 1 / (1 + 0.793/4.426 × (44.414/43.414)^3.243)
    assertThat(silent.probabilityAlive().toDouble()).isCloseTo(0.0165, within(0.0005)); // (44.414/7.414)^3.243 = 332.5
    // same health score, same purchases: only P(alive) tells them apart
    assertThat(recent.health().risk()).isEqualTo(ChurnRisk.LOW);
    assertThat(silent.health().risk()).isEqualTo(ChurnRisk.HIGH);
    assertThat(recent.tier().tier()).contains(ValueTier.LOYAL);
    assertThat(silent.tier().tier()).contains(ValueTier.REPEAT);
    assertThat(silent.tier().missingForNext()).singleElement().asString().startsWith("probabilityAlive: ");
  }
}
