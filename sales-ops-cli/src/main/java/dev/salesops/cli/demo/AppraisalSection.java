package dev.salesops.cli.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salesops.core.model.UserId;
import dev.salesops.cli.TextTable;
import dev.salesops.core.model.Outcome;
import dev.salesops.metrics.appraisal.Appraisal;
import dev.salesops.metrics.appraisal.AppraisalInput;
import dev.salesops.metrics.appraisal.AppraisalScheme;
import dev.salesops.metrics.appraisal.AppraisalSchemes;
import dev.salesops.metrics.appraisal.CalendarPeriod;
import dev.salesops.metrics.appraisal.IndicatorResult;
import dev.salesops.metrics.appraisal.PeriodKind;
import dev.salesops.metrics.appraisal.WeekRule;
import dev.salesops.metrics.incentive.CommissionPlan;
import dev.salesops.metrics.incentive.CommissionPlans;
import dev.salesops.metrics.incentive.Payout;
import dev.salesops.metrics.incentive.PayoutLine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The demo's quarterly appraisal of one rep under the seed's scheme, and their commission.
 *
 * <p>Actuals come from the sample company for Q4 2025: revenue = won amounts in USD per month; collected
 * cash = amounts of deals that reached PAYMENT_AND_DELIVERY per month; new customers = accounts whose first
 * won deal is in the quarter; visits = MEETING and DEMO activities per ISO week; proposals = deals entering
 * PROPOSAL per ISO week; quotes = PRICE_DISCUSSION activities per month; the three capability ratings are the
 * manager's (fixed in the demo). Targets are the demo's quotas: USD 40,000 revenue and 35,000 cash a month,
 * 3 new customers a quarter, 3 visits and 1 proposal a week, 3 quotes a month, rating 4 of 5.
 */
final class AppraisalSection {
  static final CalendarPeriod QUARTER = CalendarPeriod.quarter(2025, 4);
  static final BigDecimal MONTHLY_REVENUE_TARGET = new BigDecimal("40000");

  private AppraisalSection() {}

  /** The rep with the most won revenue in the quarter (ties: lowest id). */
  static UserId topRep(DemoCompany c) {
    Map<UserId, BigDecimal> won = new TreeMap<>();
    for (DemoDeal d : c.deals()) {
      if (d.outcome() == Outcome.WON && QUARTER.contains(d.closedDate().get())) {
        won.merge(d.opportunity().ownerId(), usd(c, d, d.closedDate().get()), BigDecimal::add);
      }
    }
    return won.entrySet().stream().max(Map.Entry.<UserId, BigDecimal>comparingByValue()
        .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder()))).map(Map.Entry::getKey).orElseThrow();
  }

  static BigDecimal usd(DemoCompany c, DemoDeal d, LocalDate date) {
    return c.rates().convert(d.opportunity().amount().orElse(Money.zero(CurrencyUnit.USD)), CurrencyUnit.USD, date, RoundingMode.HALF_EVEN).getAmount();
  }

  static AppraisalInput input(DemoCompany c, UserId rep) {
    Map<CalendarPeriod, BigDecimal> revenue = new HashMap<>();
    Map<CalendarPeriod, BigDecimal> cash = new HashMap<>();
    Map<CalendarPeriod, Integer> visits = new HashMap<>();
    Map<CalendarPeriod, Integer> proposals = new HashMap<>();
    Map<CalendarPeriod, Integer> quotes = new HashMap<>();
    Set<String> seenAccounts = new HashSet<>();
    int newCustomers = 0;
    List<DemoDeal> byClose = c.deals().stream().filter(d -> d.outcome() == Outcome.WON)
        .sorted(java.util.Comparator.comparing((DemoDeal d) -> d.closedDate().get()).thenComparing(d -> d.opportunity().id())).toList();
    for (DemoDeal d : byClose) {
      String account = d.opportunity().accountId().map(Object::toString).orElse("");
      boolean first = seenAccounts.add(account);
      if (first && d.opportunity().ownerId().equals(rep) && QUARTER.contains(d.closedDate().get())) {
        newCustomers++;
      }
    }
    for (DemoDeal d : c.deals()) {
      if (!d.opportunity().ownerId().equals(rep)) {
        continue;
      }
      if (d.outcome() == Outcome.WON) {
        LocalDate closed = d.closedDate().get();
        revenue.merge(CalendarPeriod.month(YearMonth.from(closed)), usd(c, d, closed), BigDecimal::add);
      }
      for (DemoDeal.StageVisit v : d.history()) {
        if (v.stage().equals("PAYMENT_AND_DELIVERY")) {
          cash.merge(CalendarPeriod.month(YearMonth.from(v.entered())), usd(c, d, v.entered()), BigDecimal::add);
        }
        if (v.stage().equals("PROPOSAL")) {
          proposals.merge(CalendarPeriod.weekOf(v.entered()), 1, Integer::sum);
        }
      }
      for (DemoDeal.Activity a : d.activities()) {
        if (a.type().equals("MEETING") || a.type().equals("DEMO")) {
          visits.merge(CalendarPeriod.weekOf(a.date()), 1, Integer::sum);
        } else if (a.type().equals("PRICE_DISCUSSION")) {
          quotes.merge(CalendarPeriod.month(YearMonth.from(a.date())), 1, Integer::sum);
        }
      }
    }
    AppraisalInput.Builder b = AppraisalInput.builder();
    for (CalendarPeriod m : QUARTER.periodsOf(PeriodKind.MONTH, WeekRule.THURSDAY)) {
      b.add("revenue", m, revenue.getOrDefault(m, BigDecimal.ZERO), MONTHLY_REVENUE_TARGET);
      b.add("collected-cash", m, cash.getOrDefault(m, BigDecimal.ZERO), new BigDecimal("35000"));
      b.add("quotes", m, BigDecimal.valueOf(quotes.getOrDefault(m, 0)), new BigDecimal("3"));
    }
    for (CalendarPeriod w : QUARTER.periodsOf(PeriodKind.WEEK, WeekRule.THURSDAY)) {
      b.add("visits", w, BigDecimal.valueOf(visits.getOrDefault(w, 0)), new BigDecimal("3"));
      b.add("proposals", w, BigDecimal.valueOf(proposals.getOrDefault(w, 0)), BigDecimal.ONE);
    }
    b.add("new-customers", QUARTER, BigDecimal.valueOf(newCustomers), new BigDecimal("3"));
    b.add("product-knowledge", QUARTER, new BigDecimal("4.5"), new BigDecimal("4"));
    b.add("selling-skill", QUARTER, new BigDecimal("4"), new BigDecimal("4"));
    b.add("teamwork", QUARTER, new BigDecimal("3.5"), new BigDecimal("4"));
    return b.build();
  }

  static DemoRun.Section of(DemoCompany c, ObjectMapper json) {
    AppraisalScheme scheme = AppraisalSchemes.seedExample();
    UserId rep = topRep(c);
    Appraisal a = scheme.appraise(rep, QUARTER, input(c, rep));
    BigDecimal quarterRevenue = a.indicators().stream().filter(i -> i.name().equals("revenue")).findFirst().orElseThrow().actual();
    CommissionPlan plan = CommissionPlans.example(CurrencyUnit.USD);
    Money credited = Money.of(CurrencyUnit.USD, quarterRevenue, RoundingMode.HALF_EVEN);
    Money quota = Money.of(CurrencyUnit.USD, MONTHLY_REVENUE_TARGET.multiply(BigDecimal.valueOf(3)));
    Payout payout = plan.compute(credited, quota, a);

    StringBuilder text = new StringBuilder();
    text.append("Rep ").append(rep).append(" (most won revenue in the quarter), ").append(QUARTER).append(", scheme ")
        .append(a.scheme()).append(".\n\n");
    TextTable t = new TextTable("indicator", "type", "actual", "target", "achievement", "score", "weight", "weighted");
    for (IndicatorResult r : a.indicators()) {
      t.row(r.name(), r.type(), plain(r.actual(), 2), plain(r.target(), 2), pct(r.achievement()), pct(r.score()),
          pct(r.weight()), plain(r.weightedScore(), 4));
    }
    text.append(t.render());
    text.append("Total ").append(plain(a.total(), 4)).append(" -> rating band ").append(a.band())
        .append(a.totalZeroedBy().isEmpty() ? "" : " (total zeroed by gate " + String.join(", ", a.totalZeroedBy()) + ")").append(".\n\n");
    text.append("Commission (").append(payout.plan()).append("): credited ").append(payout.credited()).append(" against quota ")
        .append(payout.quota()).append(".\n");
    for (PayoutLine l : payout.lines()) {
      text.append("  ").append(l.kind()).append(": ").append(l.description()).append('\n');
    }
    text.append("  payout: ").append(payout.total()).append('\n');

    ObjectNode node = json.createObjectNode();
    node.put("rep", rep.value());
    node.put("period", QUARTER.toString());
    node.put("scheme", a.scheme());
    ArrayNode inds = node.putArray("indicators");
    for (IndicatorResult r : a.indicators()) {
      ObjectNode n = inds.addObject();
      n.put("name", r.name());
      n.put("type", r.type().name());
      n.put("actual", r.actual());
      n.put("target", r.target());
      n.put("achievement", r.achievement());
      n.put("score", r.score());
      n.put("weight", r.weight());
      n.put("weightedScore", r.weightedScore());
      n.set("periodsUsed", json.valueToTree(r.periodsUsed().stream().map(CalendarPeriod::toString).toList()));
    }
    node.put("total", a.total());
    node.put("band", a.band());
    ObjectNode p = node.putObject("commission");
    p.put("plan", payout.plan());
    p.set("credited", json.valueToTree(payout.credited()));
    p.set("quota", json.valueToTree(payout.quota()));
    ArrayNode lines = p.putArray("lines");
    for (PayoutLine l : payout.lines()) {
      ObjectNode n = lines.addObject();
      n.put("kind", l.kind().name());
      n.put("description", l.description());
      n.put("amount", l.amount());
    }
    p.set("total", json.valueToTree(payout.total()));
    return new DemoRun.Section("appraisal", "Quarterly appraisal and commission", text.toString(), node);
  }

  private static String plain(BigDecimal d, int scale) {
    return d.setScale(scale, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
  }

  private static String pct(BigDecimal d) {
    return d.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN).toPlainString() + "%";
  }
}
