package dev.salesops.spark;

import dev.salesops.cli.export.ExportRow;
import dev.salesops.cli.report.ExportReport;
import dev.salesops.cli.report.ReportOptions;
import dev.salesops.core.accumulate.PortableStateException;
import dev.salesops.metrics.kpi.BreakdownAccumulator;
import dev.salesops.metrics.kpi.BreakdownStateCodec;
import dev.salesops.metrics.kpi.DealRecord;
import dev.salesops.metrics.kpi.Dimension;
import dev.salesops.metrics.kpi.KpiAccumulator;
import dev.salesops.metrics.kpi.KpiStateCodec;
import dev.salesops.core.model.Outcome;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;

/**
 * The accumulators of one export report: the total {@link KpiAccumulator} and one {@link BreakdownAccumulator} per
 * {@code --by}, built exactly as the CLI's {@code ExportReport} builds them. Portable form: a 4-byte big-endian
 * count and, per accumulator, a 4-byte length and its codec bytes (KPI first, then the breakdowns in order).
 */
final class ReportState {
  final KpiAccumulator total;
  final List<BreakdownAccumulator> breakdowns;

  private ReportState(KpiAccumulator total, List<BreakdownAccumulator> breakdowns) {
    this.total = total;
    this.breakdowns = breakdowns;
  }

  static ReportState empty(ReportSpec spec) {
    ReportOptions options = spec.options();
    List<BreakdownAccumulator> bs = new ArrayList<>();
    for (ReportOptions.Breakdown b : options.breakdowns()) {
      bs.add(b.period().isPresent()
          ? BreakdownAccumulator.byPeriod(options.kpiOptions(), b.period().get(), b.dimensions().toArray(new Dimension[0]))
          : BreakdownAccumulator.by(options.kpiOptions(), b.dimensions().toArray(new Dimension[0])));
    }
    return new ReportState(new KpiAccumulator(options.kpiOptions()), bs);
  }

  /** Adds a usable row as {@code ExportReport.add} does; {@code firstWinIds} maps an account to its first won deal's id. */
  void add(ExportRow row, Map<String, String> firstWinIds) {
    DealRecord r = ExportReport.toRecord(row);
    if (firstWinIds != null && r.outcome() == Outcome.WON && row.closed().isPresent() && row.dimension("account").isPresent()) {
      String first = firstWinIds.get(row.dimension("account").get());
      r = r.toBuilder().newCustomer(first != null && first.equals(row.id())).build();
    }
    total.add(r);
    for (BreakdownAccumulator b : breakdowns) {
      b.add(r);
    }
  }

  ReportState merge(ReportState o) {
    total.merge(o.total);
    for (int i = 0; i < breakdowns.size(); i++) {
      breakdowns.get(i).merge(o.breakdowns.get(i));
    }
    return this;
  }

  byte[] encode() {
    List<byte[]> parts = new ArrayList<>();
    parts.add(KpiStateCodec.encode(total));
    breakdowns.forEach(b -> parts.add(BreakdownStateCodec.encode(b)));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(ByteBuffer.allocate(4).putInt(parts.size()).array());
    for (byte[] p : parts) {
      out.writeBytes(ByteBuffer.allocate(4).putInt(p.length).array());
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  static ReportState decode(byte[] bytes, ReportSpec spec) {
    ReportState like = empty(spec);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    if (in.remaining() < 4 || in.getInt() != 1 + like.breakdowns.size()) {
      throw new PortableStateException(0, "is not a report state of " + (1 + like.breakdowns.size()) + " parts");
    }
    List<byte[]> parts = new ArrayList<>();
    for (int i = 0; i <= like.breakdowns.size(); i++) {
      int at = in.position();
      int n = in.remaining() >= 4 ? in.getInt() : -1;
      if (n < 0 || n > in.remaining()) {
        throw new PortableStateException(at, "is truncated (report part " + i + ")");
      }
      byte[] p = new byte[n];
      in.get(p);
      parts.add(p);
    }
    if (in.hasRemaining()) {
      throw new PortableStateException(in.position(), "has bytes after the report's parts");
    }
    KpiAccumulator total = KpiStateCodec.decode(parts.get(0), spec.options().kpiOptions());
    List<BreakdownAccumulator> bs = new ArrayList<>();
    for (int i = 0; i < like.breakdowns.size(); i++) {
      bs.add(BreakdownStateCodec.decode(parts.get(i + 1), like.breakdowns.get(i)));
    }
    return new ReportState(total, bs);
  }

  /** The aggregator kind of a report over mapped rows. */
  static PortableAggregator.Kind<ReportState> kind(ReportSpec spec, HashMap<String, String> firstWinIds) {
    return new PortableAggregator.Kind<>() {
      private static final long serialVersionUID = 1L;

      @Override
      public ReportState empty() {
        return ReportState.empty(spec);
      }

      @Override
      public void add(ReportState acc, Row row) {
        acc.add(MappedRows.exportRow(row), firstWinIds);
      }

      @Override
      public ReportState merge(ReportState acc, ReportState other) {
        return acc.merge(other);
      }

      @Override
      public byte[] encode(ReportState acc) {
        return acc.encode();
      }

      @Override
      public ReportState decode(byte[] bytes) {
        return ReportState.decode(bytes, spec);
      }
    };
  }
}
