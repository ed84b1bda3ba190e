package dev.salesops.json.contract;

import dev.salesops.json.testing.ModelSamples;
import java.util.ArrayList;
import java.util.List;

/** The contract's samples: every model sample of sales-ops-json, and the host type's. */
final class Samples {
  private Samples() {}

  /** One sample: its model type, a short name and the value. */
  record Sample(Class<?> type, String name, Object value) {
    @Override
    public String toString() {
      return type.getSimpleName() + "/" + name;
    }
  }

  /** Types the codecs write but do not read back yet (sales-ops-json's {@code JsonChanges.WRITTEN_ONLY}). */
  static final java.util.Set<Class<?>> WRITTEN_ONLY = java.util.Set.of(dev.salesops.metrics.kpi.KpiReport.class,
      dev.salesops.metrics.kpi.KpiBreakdown.class, dev.salesops.metrics.period.ReportingPeriod.class);

  /** The samples of the types that are read as well as written. */
  static List<Sample> readable() {
    return all().stream().filter(s -> !WRITTEN_ONLY.contains(s.type())).toList();
  }

  static List<Sample> all() {
    List<Sample> all = new ArrayList<>();
    for (ModelSamples.Sample m : ModelSamples.golden()) {
      all.add(new Sample(m.type(), m.name(), m.value()));
    }
    List<HostDeal> deals = HostDeal.samples();
    for (int i = 0; i < deals.size(); i++) {
      all.add(new Sample(HostDeal.class, "host-" + i, deals.get(i)));
    }
    return all;
  }
}
