package dev.salesops.scoring.predictive;

import java.util.Map;
import java.util.Objects;

/**
 * The net counts of one segment: per stage, and per field and value. An entry present with zero counts is
 * still "seen" (as a row of Odoo's frequency table stays after decrements).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param stages counts by stage code
 * @param fields counts by field name, then by value
 */
public record SegmentCounts(Map<String, Count> stages, Map<String, Map<String, Count>> fields) {

  /** Copies the maps. */
  public SegmentCounts {
    stages = Map.copyOf(Objects.requireNonNull(stages, "stages"));
    Objects.requireNonNull(fields, "fields");
    java.util.Map<String, Map<String, Count>> f = new java.util.HashMap<>();
    fields.forEach((k, v) -> f.put(k, Map.copyOf(v)));
    fields = Map.copyOf(f);
  }
}
