package dev.salesops.benchmarks.portable;

import dev.salesops.metrics.kpi.DealRecord;
import dev.salesops.core.model.ForecastCategory;
import dev.salesops.metrics.kpi.KpiOptions;
import dev.salesops.core.model.Outcome;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Synthetic opportunities as a pure function of their index (so that shards, threads and Spark partitions
 * generate exactly the same records): 1,000 owners, 5 regions, 24 months, USD and EUR, 30% won, 30% lost, 40%
 * open — the distribution of {@code kpi.KpiVsDuckDbBenchmark}.
 */
public final class SyntheticDeals {
  static final List<String> STAGES = List.of("LEAD_CAPTURE", "QUALIFICATION", "DISCOVERY", "PROPOSAL", "NEGOTIATION");
  static final String[] REGIONS = {"NORTH", "SOUTH", "EAST", "WEST", "CENTRAL"};
  static final LocalDate START = LocalDate.of(2023, 1, 1);
  static final int DAYS = (int) (LocalDate.of(2025, 1, 1).toEpochDay() - START.toEpochDay());
  static final CurrencyUnit[] CURRENCIES = {CurrencyUnit.USD, CurrencyUnit.EUR};
  private static final String[] OWNERS = new String[1000];

  static {
    for (int i = 0; i < OWNERS.length; i++) {
      OWNERS[i] = "rep-" + i;
    }
  }

  private SyntheticDeals() {}

  /** Record {@code i}. */
  public static DealRecord deal(long i) {
    SplittableRandom random = new SplittableRandom(0x9E3779B97F4A7C15L * (i + 1));
    int o = random.nextInt(OWNERS.length);
    int createdDay = (int) START.toEpochDay() + random.nextInt(DAYS);
    int roll = random.nextInt(10);
    Outcome outcome = roll < 3 ? Outcome.WON : roll < 6 ? Outcome.LOST : Outcome.OPEN;
    String stage = STAGES.get(random.nextInt(STAGES.size()));
    CurrencyUnit currency = CURRENCIES[random.nextInt(2)];
    long amount = 10_000 + random.nextLong(5_000_000);
    DealRecord.Builder b = DealRecord.builder().id(Long.toString(i)).owner(OWNERS[o]).region(REGIONS[o % REGIONS.length])
        .createdDate(LocalDate.ofEpochDay(createdDay)).outcome(outcome).stage(stage).amount(Money.ofMinor(currency, amount));
    if (outcome != Outcome.OPEN) {
      b.closedDate(LocalDate.ofEpochDay(Math.min(createdDay + random.nextInt(120), (int) START.toEpochDay() + DAYS - 1)));
      if (outcome == Outcome.LOST) {
        b.lostAtStage(stage);
      }
    }
    return b.build();
  }

  /** The options of the benchmark's report: stage probabilities and categories, qualified stages, the funnel. */
  public static KpiOptions options() {
    KpiOptions.Builder ob = KpiOptions.builder().qualifiedStages("DISCOVERY", "PROPOSAL", "NEGOTIATION").funnelStages(STAGES);
    String[] probs = {"0.1", "0.2", "0.3", "0.5", "0.7"};
    ForecastCategory[] cats = {ForecastCategory.OMITTED, ForecastCategory.PIPELINE, ForecastCategory.PIPELINE,
        ForecastCategory.BEST_CASE, ForecastCategory.COMMIT};
    for (int i = 0; i < STAGES.size(); i++) {
      ob.stageProbability(STAGES.get(i), new BigDecimal(probs[i])).stageForecastCategory(STAGES.get(i), cats[i]);
    }
    return ob.build();
  }
}
