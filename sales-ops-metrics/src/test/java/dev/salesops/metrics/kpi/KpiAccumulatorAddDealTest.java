package dev.salesops.metrics.kpi;

import dev.salesops.core.model.ForecastCategory;
import dev.salesops.core.model.Outcome;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salesops.core.validation.ValidationException;
import dev.salesops.metrics.period.DateRange;
import dev.salesops.metrics.stats.PercentileMethod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * {@link KpiAccumulator#addDeal} (a deal given by its values) counts exactly as {@link KpiAccumulator#add(DealRecord)}
 * counts the record built from the same values (seeded property test; the seed is in the failure message), and
 * refuses what {@link DealRecord} refuses.
 */
class KpiAccumulatorAddDealTest {
  private static final List<CurrencyUnit> CURRENCIES = List.of(CurrencyUnit.USD, CurrencyUnit.EUR, CurrencyUnit.JPY, CurrencyUnit.of("BHD"));
  private static final List<String> STAGES = List.of("LEAD_CAPTURE", "QUALIFICATION", "PROPOSAL", "NEGOTIATION", "ELSEWHERE");
  private static final List<String> REASONS = List.of("PRICE", "NO_DECISION", "SPAM");
  private static final LocalDate BASE = LocalDate.of(2023, 1, 1);

  private static KpiOptions options(Random random) {
    KpiOptions.Builder b = KpiOptions.builder();
    if (random.nextBoolean()) {
      LocalDate start = BASE.plusDays(random.nextInt(600));
      b.window(DateRange.of(start, start.plusDays(1 + random.nextInt(300))));
    }
    b.winRateBasis(random.nextBoolean() ? WinRateBasis.CLOSED : WinRateBasis.CREATED);
    b.velocityBasis(random.nextBoolean() ? VelocityBasis.OPEN_QUALIFIED : VelocityBasis.ALL_NOT_DISQUALIFIED);
    if (random.nextBoolean()) {
      b.excludeLostReasons("NO_DECISION");
    }
    if (random.nextBoolean()) {
      b.disqualifiedLostReasons("SPAM");
    }
    b.percentileMethod(random.nextBoolean() ? PercentileMethod.LINEAR : PercentileMethod.NEAREST_RANK);
    b.cycleForAllClosed(random.nextBoolean());
    b.stageProbability("PROPOSAL", new BigDecimal("0.5")).stageForecastCategory("PROPOSAL", ForecastCategory.BEST_CASE);
    if (random.nextBoolean()) {
      b.funnelStages(List.of("LEAD_CAPTURE", "QUALIFICATION", "PROPOSAL", "NEGOTIATION"));
      if (random.nextBoolean()) {
        b.firstOpportunityStage("QUALIFICATION");
      }
    }
    return b.build();
  }

  @Test
  void addDealEqualsAddingTheRecordOfTheSameValues() {
    for (long seed = 1; seed <= 150; seed++) {
      Random random = new Random(seed);
      KpiOptions options = options(random);
      KpiAccumulator byRecord = new KpiAccumulator(options);
      KpiAccumulator byValues = new KpiAccumulator(options);
      int n = random.nextInt(400);
      for (int i = 0; i < n; i++) {
        Outcome outcome = Outcome.values()[random.nextInt(3)];
        LocalDate created = random.nextInt(10) == 0 ? null : BASE.plusDays(random.nextInt(800));
        LocalDate closed = outcome == Outcome.OPEN || random.nextInt(10) == 0 ? null
            : (created == null ? BASE : created).plusDays(random.nextInt(200));
        CurrencyUnit currency = random.nextInt(8) == 0 ? null : CURRENCIES.get(random.nextInt(CURRENCIES.size()));
        long minor = currency == null ? 0 : random.nextInt(3) == 0 ? 0 : random.nextInt(2_000_000);
        String stage = random.nextInt(6) == 0 ? null : STAGES.get(random.nextInt(STAGES.size()));
        String reason = random.nextInt(3) == 0 ? null : REASONS.get(random.nextInt(REASONS.size()));
        String lostAt = random.nextInt(3) == 0 ? null : STAGES.get(random.nextInt(STAGES.size()));
        Boolean newCustomer = random.nextInt(3) == 0 ? null : random.nextBoolean();
        byRecord.add(DealRecord.builder().id("D" + i).outcome(outcome).stage(stage).createdDate(created).closedDate(closed)
            .amount(currency == null ? null : Money.ofMinor(currency, minor)).lostReason(reason).lostAtStage(lostAt)
            .newCustomer(newCustomer).build());
        byValues.addDeal(outcome, stage, created == null ? KpiColumns.NO_DATE : (int) created.toEpochDay(),
            closed == null ? KpiColumns.NO_DATE : (int) closed.toEpochDay(), currency, minor, reason, lostAt, newCustomer);
      }
      KpiReport expected = byRecord.finish();
      KpiReport actual = byValues.finish();
      assertThat(actual).as("seed " + seed).isEqualTo(expected);
      assertThat(actual.toString()).as("seed " + seed).isEqualTo(expected.toString());
    }
  }

  @Test
  void addDealRefusesWhatARecordRefusesAndChangesNothing() {
    KpiAccumulator acc = new KpiAccumulator();
    int day = (int) BASE.toEpochDay();
    assertThatThrownBy(() -> acc.addDeal(null, null, day, day, null, 0, null, null, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> acc.addDeal(Outcome.OPEN, null, day, day, null, 0, null, null, null)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("closedDate");
    assertThatThrownBy(() -> acc.addDeal(Outcome.WON, null, day, day - 1, null, 0, null, null, null)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("before the created date");
    assertThatThrownBy(() -> acc.addDeal(Outcome.WON, null, (int) LocalDate.of(999, 1, 1).toEpochDay(), KpiColumns.NO_DATE, null, 0, null,
        null, null)).isInstanceOf(ValidationException.class).hasMessageContaining("1000..9999");
    assertThatThrownBy(() -> acc.addDeal(Outcome.WON, null, day, day, CurrencyUnit.USD, -1, null, null, null))
        .isInstanceOf(ValidationException.class).hasMessageContaining("negative");
    assertThatThrownBy(() -> acc.addDeal(Outcome.WON, null, day, day, null, 5, null, null, null)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("without a currency");
    assertThatThrownBy(() -> acc.addDeal(Outcome.WON, "x".repeat(65), day, day, null, 0, null, null, null))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> acc.addDeal(Outcome.LOST, null, day, day, null, 0, "a\u0001b", null, null)).isInstanceOf(ValidationException.class);
    assertThat(acc.finish()).isEqualTo(new KpiAccumulator().finish());
    acc.addDeal(Outcome.WON, "  ", day, day, null, 0, " PRICE ", null, true); // blank is absent, text is stripped
    KpiAccumulator viaRecord = new KpiAccumulator();
    viaRecord.add(DealRecord.builder().id("x").outcome(Outcome.WON).createdDate(BASE).closedDate(BASE).lostReason("PRICE").newCustomer(true)
        .build());
    assertThat(acc.finish()).isEqualTo(viaRecord.finish());
  }
}
