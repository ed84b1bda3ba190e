package dev.salesops.spark;

import dev.salesops.cli.export.ExportRow;
import dev.salesops.cli.report.ExportReport;
import dev.salesops.metrics.funnel.FunnelAccumulator;
import dev.salesops.metrics.funnel.FunnelStateCodec;
import dev.salesops.scoring.predictive.ClosedDeal;
import dev.salesops.scoring.predictive.Deal;
import dev.salesops.scoring.predictive.FrequencyTables;
import dev.salesops.scoring.predictive.FrequencyTablesCodec;
import dev.salesops.scoring.predictive.NaiveBayesConfig;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Row;

/**
 * Typed Spark aggregators over the rows of {@link SparkKpiReport#mapped} (usable export rows, mapped by the CLI's
 * reader), each with a sales-ops accumulator as its buffer and its portable bytes as result:
 * <ul>
 *   <li>{@link #kpiReport}: the KPI report with the {@code --by} breakdowns (see {@link SparkKpiReport});
 *   <li>{@link #funnel}: the funnel over the mapping's stage order ({@link FunnelStateCodec#decode} reads the result);
 *   <li>{@link #frequencyTables}: the naive-Bayes frequency tables of the closed deals ({@link
 *       FrequencyTablesCodec#decode} reads the result), each row made a deal by {@link #closedDeal}.
 * </ul>
 */
public final class SalesOpsAggregators {
  private SalesOpsAggregators() {}

  /** The report with breakdowns; {@code firstWinIds} (account to first won deal id) may be null (no account column). */
  public static PortableAggregator<?> kpiReport(ReportSpec spec, HashMap<String, String> firstWinIds) {
    return new PortableAggregator<>(ReportState.kind(spec, firstWinIds));
  }

  /** The funnel of the report's options (the mapping's stage order and minimum deals, the report window). */
  public static PortableAggregator<FunnelAccumulator> funnel(ReportSpec spec) {
    return new PortableAggregator<>(new PortableAggregator.Kind<>() {
      private static final long serialVersionUID = 1L;

      @Override
      public FunnelAccumulator empty() {
        var o = spec.options().kpiOptions();
        return new FunnelAccumulator(o.funnelStages(), o.funnelMinDeals(), o.window());
      }

      @Override
      public void add(FunnelAccumulator acc, Row row) {
        acc.add(ExportReport.toRecord(MappedRows.exportRow(row)));
      }

      @Override
      public FunnelAccumulator merge(FunnelAccumulator acc, FunnelAccumulator other) {
        return acc.merge(other);
      }

      @Override
      public byte[] encode(FunnelAccumulator acc) {
        return FunnelStateCodec.encode(acc);
      }

      @Override
      public FunnelAccumulator decode(byte[] bytes) {
        return FunnelStateCodec.decode(bytes, empty());
      }
    });
  }

  /** The naive-Bayes frequency tables of the closed deals among the rows, for {@code config}. */
  public static PortableAggregator<FrequencyTables> frequencyTables(NaiveBayesConfig naiveBayesConfig, String segmentDimension) {
    // the configuration travels as its (serializable) parts and is rebuilt, equal, on each executor
    ArrayList<String> stages = new ArrayList<>(naiveBayesConfig.stages());
    ArrayList<String> fieldNames = new ArrayList<>(naiveBayesConfig.fields());
    ArrayList<String> tagFields = new ArrayList<>(naiveBayesConfig.tagFields());
    double[] numbers = {naiveBayesConfig.smoothing(), naiveBayesConfig.tagSupportThreshold(), naiveBayesConfig.minProbability(),
        naiveBayesConfig.maxProbability()};
    return new PortableAggregator<>(new PortableAggregator.Kind<>() {
      private static final long serialVersionUID = 1L;
      private transient NaiveBayesConfig config;

      private NaiveBayesConfig config() {
        if (config == null) {
          config = new NaiveBayesConfig(stages, fieldNames, tagFields, numbers[0], numbers[1], numbers[2], numbers[3]);
        }
        return config;
      }

      @Override
      public FrequencyTables empty() {
        return new FrequencyTables(config());
      }

      @Override
      public void add(FrequencyTables acc, Row row) {
        closedDeal(MappedRows.exportRow(row), config(), segmentDimension).ifPresent(acc::add);
      }

      @Override
      public FrequencyTables merge(FrequencyTables acc, FrequencyTables other) {
        return acc.merge(other);
      }

      @Override
      public byte[] encode(FrequencyTables acc) {
        return FrequencyTablesCodec.encode(acc);
      }

      @Override
      public FrequencyTables decode(byte[] bytes) {
        return FrequencyTablesCodec.decode(bytes, config());
      }
    });
  }

  /**
   * The closed deal of an export row for the tables: won rows, and lost rows with a lost-at stage among the
   * configured stages (a lost deal is counted in the stage it was lost in); the configured fields are read from
   * the row's dimensions (owner, team, region, product, channel, source, segment, account and extra ones), the
   * segment from {@code segmentDimension} (null: no segments). Open rows and lost rows without a usable stage
   * are not training data.
   */
  public static Optional<ClosedDeal> closedDeal(ExportRow row, NaiveBayesConfig config, String segmentDimension) {
    dev.salesops.core.model.Outcome outcome;
    String stage;
    switch (row.outcome()) {
      case WON -> {
        outcome = dev.salesops.core.model.Outcome.WON;
        stage = config.stages().get(config.stages().size() - 1);
      }
      case LOST -> {
        outcome = dev.salesops.core.model.Outcome.LOST;
        stage = row.lostAt().orElse(null);
        if (stage == null || !config.stages().contains(stage)) {
          return Optional.empty();
        }
      }
      default -> {
        return Optional.empty();
      }
    }
    Map<String, String> fields = new HashMap<>();
    for (String f : config.fields()) {
      row.dimension(f).ifPresent(v -> fields.put(f, v));
    }
    Optional<String> segment = segmentDimension == null ? Optional.empty() : row.dimension(segmentDimension);
    return Optional.of(new ClosedDeal(new Deal(segment.orElse(null), stage, fields, Map.of()), outcome));
  }
}
