package dev.salesops.examples.demo;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** The default win probabilities of the open stages of the sales pipeline, as the demo uses them. */
final class DemoPipeline {
  private DemoPipeline() {}

  static Map<String, BigDecimal> defaults() {
    Map<String, BigDecimal> m = new LinkedHashMap<>();
    m.put("LEAD_CAPTURE", new BigDecimal("0.05"));
    m.put("QUALIFICATION", new BigDecimal("0.10"));
    m.put("DISCOVERY", new BigDecimal("0.20"));
    m.put("PROPOSAL", new BigDecimal("0.50"));
    m.put("NEGOTIATION", new BigDecimal("0.75"));
    return m;
  }
}
