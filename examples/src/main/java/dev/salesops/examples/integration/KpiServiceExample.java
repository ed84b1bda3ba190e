package dev.salesops.examples.integration;

import dev.salesops.cli.demo.DemoCompany;
import dev.salesops.cli.demo.DemoDeal;
import dev.salesops.cli.demo.DemoGenerator;
import dev.salesops.metrics.kpi.DealRecord;
import dev.salesops.metrics.kpi.Dimension;
import dev.salesops.metrics.kpi.KpiBreakdown;
import dev.salesops.metrics.kpi.KpiCollectors;
import dev.salesops.metrics.kpi.KpiOptions;
import dev.salesops.metrics.period.PeriodScheme;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Integration example — a KPI service: the host's own records are mapped to {@link DealRecord}s (see
 * {@link DemoDeal#toDealRecord()} for the mapping) and
 * streamed through the {@link KpiCollectors} with a breakdown (team by quarter), once sequentially and once
 * on a parallel stream; merging the per-thread accumulators gives exactly the sequential result.
 *
 * <p>Run: {@code java -cp sales-ops-cli/target/sales-ops.jar dev.salesops.examples.integration.KpiServiceExample}.
 */
public final class KpiServiceExample {
  private KpiServiceExample() {}

  /** The two results, which are equal. */
  public record Result(KpiBreakdown sequential, KpiBreakdown parallel) {}

  /** Computes team-by-quarter KPIs of {@code company} sequentially and in parallel. */
  public static Result run(DemoCompany company) {
    List<DealRecord> records = company.deals().stream().map(DemoDeal::toDealRecord).collect(Collectors.toList());
    KpiOptions options = KpiOptions.builder().funnelStages(DemoGenerator.OPEN_STAGES).funnelMinDeals(20).build();
    KpiBreakdown sequential = records.stream()
        .collect(KpiCollectors.toBreakdown(options, PeriodScheme.calendarQuarter(), Dimension.TEAM));
    KpiBreakdown parallel = records.parallelStream()
        .collect(KpiCollectors.toBreakdown(options, PeriodScheme.calendarQuarter(), Dimension.TEAM));
    return new Result(sequential, parallel);
  }

  /** Prints the breakdown and whether both results are equal. */
  public static void main(String[] args) {
    Result r = run(DemoGenerator.generate());
    for (KpiBreakdown.Group g : r.sequential().groups()) {
      System.out.println(g.key() + ": won " + g.report().won() + ", lost " + g.report().lost() + ", win rate " + g.report().winRate());
    }
    System.out.println("parallel equals sequential: " + r.parallel().equals(r.sequential()));
  }
}
