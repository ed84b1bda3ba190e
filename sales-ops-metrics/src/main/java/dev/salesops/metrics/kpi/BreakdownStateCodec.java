package dev.salesops.metrics.kpi;

import dev.salesops.core.accumulate.PortableStateException;
import dev.salesops.core.internal.accumulate.PortableStateKind;
import dev.salesops.core.internal.accumulate.StateReader;
import dev.salesops.core.internal.accumulate.StateWriter;
import dev.salesops.metrics.period.PeriodScheme;
import dev.salesops.metrics.period.ReportingPeriod;
import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The portable form of a {@link BreakdownAccumulator} (kind {@code KPI_BREAKDOWN}; envelope in
 * {@code StateWriter}, layout in {@code docs/ARCHITECTURE.md}).
 *
 * <p>Payload: records not placed in any period, the number of groups, then per group (sorted by dimension values,
 * then period start) one UTF-8 string per dimension, the period's first day as a zigzag epoch day when the
 * breakdown is by period, and the group's {@link KpiStateCodec KPI block}. A decoded period must be a period of
 * the scheme starting on that day; a group's options are derived from the breakdown's as {@link
 * BreakdownAccumulator#add} derives them. The fingerprint covers the KPI options, the dimension names and the
 * period scheme.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class BreakdownStateCodec {
  private BreakdownStateCodec() {}

  /** The configuration fingerprint of {@code acc}'s options, dimensions and period scheme. */
  public static long fingerprint(BreakdownAccumulator acc) {
    Objects.requireNonNull(acc, "acc");
    List<String> names = new ArrayList<>();
    acc.portableDimensions().forEach(d -> names.add(d.name()));
    PeriodScheme scheme = acc.portableScheme();
    return StateWriter.fingerprint("breakdown;" + KpiStateCodec.canonical(acc.portableOptions()) + ";dimensions=" + names
        + ";scheme=" + (scheme == null ? "none" : scheme.name()));
  }

  /** The portable bytes of {@code acc}. */
  public static byte[] encode(BreakdownAccumulator acc) {
    StateWriter w = new StateWriter(PortableStateKind.KPI_BREAKDOWN, fingerprint(acc));
    boolean byPeriod = acc.portableScheme() != null;
    w.writeCount(acc.portableUnplaced());
    List<BreakdownAccumulator.PortableGroup> groups = acc.portableGroups();
    Comparator<BreakdownAccumulator.PortableGroup> order = (a, b) -> {
      for (int i = 0; i < a.values().size(); i++) {
        int c = a.values().get(i).compareTo(b.values().get(i));
        if (c != 0) {
          return c;
        }
      }
      return byPeriod ? a.period().start().compareTo(b.period().start()) : 0;
    };
    groups.sort(order);
    w.writeCount(groups.size());
    for (BreakdownAccumulator.PortableGroup g : groups) {
      for (String v : g.values()) {
        w.writeString(v);
      }
      if (byPeriod) {
        w.writeSigned(g.period().start().toEpochDay());
      }
      KpiStateCodec.write(g.acc(), w);
    }
    return w.toByteArray();
  }

  /**
   * A new accumulator with {@code like}'s configuration holding the state in {@code bytes}.
   *
   * @throws PortableStateException when the bytes are not a breakdown state of that configuration
   */
  public static BreakdownAccumulator decode(byte[] bytes, BreakdownAccumulator like) {
    Objects.requireNonNull(bytes, "bytes");
    StateReader r = StateReader.open(bytes, PortableStateKind.KPI_BREAKDOWN, fingerprint(like));
    BreakdownAccumulator out = like.newEmpty();
    PeriodScheme scheme = out.portableScheme();
    int dims = out.portableDimensions().size();
    out.portableSetUnplaced(r.readCount());
    int n = r.readLength(dims + 18, Integer.MAX_VALUE);
    for (int i = 0; i < n; i++) {
      List<String> values = new ArrayList<>(dims);
      for (int d = 0; d < dims; d++) {
        values.add(r.readString());
      }
      ReportingPeriod period = null;
      if (scheme != null) {
        long day = r.readSigned();
        try {
          LocalDate start = LocalDate.ofEpochDay(day);
          period = scheme.periodOf(start);
          if (!period.start().equals(start)) {
            throw r.fail("has a group period that does not start a period of " + scheme.name());
          }
        } catch (DateTimeException | ArithmeticException e) {
          throw r.fail("has a group period outside the date range");
        }
      }
      KpiAccumulator acc = out.portableNewGroup(values, period);
      if (acc == null) {
        throw r.fail("has a group repeated or outside the window");
      }
      KpiStateCodec.read(r, acc);
    }
    r.end();
    return out;
  }
}
