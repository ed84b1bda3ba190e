package dev.salesops.cli.demo;

import dev.salesops.core.pipeline.SalesPipeline;
import dev.salesops.core.workflow.State;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the demo reads from the shipped seven-stage sales pipeline definition. */
final class DemoPipeline {
  private DemoPipeline() {}

  /** The default win probability of each open stage. */
  static Map<String, BigDecimal> probabilities() {
    Map<String, BigDecimal> m = new LinkedHashMap<>();
    for (State s : SalesPipeline.definition().states()) {
      if (s.isOpen()) {
        s.probability().ifPresent(p -> m.put(s.id(), p));
      }
    }
    return m;
  }

  /** The forecast category of each open stage (PIPELINE, BEST_CASE, COMMIT). */
  static Map<String, String> categories() {
    Map<String, String> m = new LinkedHashMap<>();
    for (State s : SalesPipeline.definition().states()) {
      if (s.isOpen()) {
        s.forecastCategory().ifPresent(c -> m.put(s.id(), c.name()));
      }
    }
    return m;
  }
}
