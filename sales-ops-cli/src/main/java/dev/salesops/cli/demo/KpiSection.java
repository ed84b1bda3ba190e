package dev.salesops.cli.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salesops.cli.report.KpiText;
import dev.salesops.metrics.kpi.DealRecord;
import dev.salesops.metrics.kpi.Dimension;
import dev.salesops.core.model.ForecastCategory;
import dev.salesops.metrics.kpi.KpiBreakdown;
import dev.salesops.metrics.kpi.KpiCollectors;
import dev.salesops.metrics.kpi.KpiOptions;
import dev.salesops.metrics.kpi.KpiReport;
import dev.salesops.metrics.kpi.MoneyPolicy;
import dev.salesops.core.model.Outcome;
import java.io.UncheckedIOException;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;
import org.joda.money.CurrencyUnit;

/** The demo's KPI report: the whole company in USD (EUR at each deal's close-date rate), funnel, bottleneck, by team. */
final class KpiSection {
  private KpiSection() {}

  static KpiOptions options(DemoCompany c) {
    KpiOptions.Builder b = KpiOptions.builder()
        .funnelStages(DemoGenerator.OPEN_STAGES)
        .funnelMinDeals(50)
        .qualifiedStages("DISCOVERY", "PROPOSAL", "NEGOTIATION")
        .moneyPolicy(MoneyPolicy.convertTo(CurrencyUnit.USD, c.rates(), MoneyPolicy.RateDate.CLOSE_DATE, c.asOf(), RoundingMode.HALF_EVEN));
    DemoPipeline.probabilities().forEach(b::stageProbability);
    DemoPipeline.categories().forEach((stage, cat) -> b.stageForecastCategory(stage, ForecastCategory.valueOf(cat)));
    return b.build();
  }

  /**
   * Every won deal with an account marked as a new customer or not: the account's first win (earliest close
   * date, then smallest id) is new, as {@code report} counts it.
   */
  static List<DealRecord> markNewCustomers(List<DealRecord> records) {
    java.util.Map<String, DealRecord> first = new java.util.HashMap<>();
    for (DealRecord r : records) {
      if (r.outcome() == Outcome.WON && r.account().isPresent() && r.closedDate().isPresent()) {
        first.merge(r.account().get(), r, (a, b) -> {
          int cmp = b.closedDate().get().compareTo(a.closedDate().get());
          return cmp < 0 || cmp == 0 && b.id().compareTo(a.id()) < 0 ? b : a;
        });
      }
    }
    return records.stream().map(r -> r.outcome() == Outcome.WON && r.account().isPresent() && r.closedDate().isPresent()
        ? r.toBuilder().newCustomer(first.get(r.account().get()) == r).build() : r).collect(Collectors.toList());
  }

  static DemoRun.Section of(DemoCompany c, ObjectMapper json) {
    List<DealRecord> records = markNewCustomers(c.deals().stream().map(DemoDeal::toDealRecord).collect(Collectors.toList()));
    KpiOptions options = options(c);
    KpiReport report = records.parallelStream().collect(KpiCollectors.toReport(options));
    KpiBreakdown byTeam = records.parallelStream().collect(KpiCollectors.toBreakdown(options, Dimension.TEAM));
    StringBuilder text = new StringBuilder("All amounts in USD: " + report.moneyPolicy() + ".\n\n");
    text.append(KpiText.kpis(report));
    report.funnel().ifPresent(f -> text.append(KpiText.funnel(f)));
    text.append(KpiText.breakdown("team", byTeam));
    ObjectNode node = json.createObjectNode();
    try {
      node.set("report", json.readTree(dev.salesops.json.SalesOpsCodecs.standard().write(report)));
      node.set("byTeam", json.readTree(dev.salesops.json.SalesOpsCodecs.standard().write(byTeam)));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    return new DemoRun.Section("kpis", "KPI report", text.toString(), node);
  }
}
