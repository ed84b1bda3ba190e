package dev.salesops.metrics.kpi;

import dev.salesops.core.model.Outcome;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/** Random deal records for property tests, including missing fields, histories and two currencies. */
final class RandomDeals {
  private RandomDeals() {}

  static final List<String> STAGES = WorkedExample.STAGES;
  private static final String[] OWNERS = {"ann", "bob", "cho", "dan"};
  private static final String[] REASONS = {"PRICE", "NO_DECISION", "COMPETITOR"};
  private static final LocalDate BASE = LocalDate.of(2023, 1, 1);

  static List<DealRecord> list(Random random, int max) {
    int n = random.nextInt(max + 1);
    List<DealRecord> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(one(random, "D" + i));
    }
    return out;
  }

  static DealRecord one(Random random, String id) {
    DealRecord.Builder b = DealRecord.builder().id(id);
    if (random.nextInt(10) > 0) {
      b.owner(OWNERS[random.nextInt(OWNERS.length)]);
    }
    b.region(random.nextBoolean() ? "NORTH" : "SOUTH");
    b.account("A" + random.nextInt(8));
    Outcome outcome = Outcome.values()[random.nextInt(3)];
    b.outcome(outcome);
    LocalDate created = BASE.plusDays(random.nextInt(730));
    if (random.nextInt(12) > 0) {
      b.createdDate(created);
    }
    if (outcome != Outcome.OPEN && random.nextInt(12) > 0) {
      b.closedDate(created.plusDays(random.nextInt(120)));
    }
    if (outcome == Outcome.OPEN && random.nextBoolean()) {
      b.expectedCloseDate(created.plusDays(random.nextInt(200)));
    }
    if (random.nextInt(8) > 0) {
      CurrencyUnit c = random.nextBoolean() ? CurrencyUnit.USD : CurrencyUnit.EUR;
      b.amount(Money.ofMinor(c, random.nextInt(1_000_000)));
    }
    int stage = random.nextInt(STAGES.size() + 1);
    if (stage < STAGES.size()) {
      b.stage(STAGES.get(stage));
    } else if (random.nextBoolean()) {
      b.stage("OTHER");
    }
    if (outcome == Outcome.LOST) {
      b.lostReason(REASONS[random.nextInt(REASONS.length)]);
      if (random.nextBoolean()) {
        b.lostAtStage(STAGES.get(random.nextInt(STAGES.size())));
      }
    }
    if (random.nextInt(4) == 0) {
      Instant t = created.atStartOfDay().toInstant(ZoneOffset.UTC);
      int steps = 1 + random.nextInt(STAGES.size());
      for (int s = 0; s < steps; s++) {
        t = t.plusSeconds(random.nextInt(10 * 86_400));
        b.addStage(STAGES.get(random.nextInt(STAGES.size())), t);
      }
    }
    if (random.nextInt(5) == 0) {
      b.probability(BigDecimal.valueOf(random.nextInt(101), 2));
    }
    if (outcome == Outcome.WON && random.nextBoolean()) {
      b.newCustomer(random.nextBoolean());
    }
    if (random.nextBoolean()) {
      b.dimension("industry", random.nextBoolean() ? "retail" : "energy");
    }
    return b.build();
  }
}
