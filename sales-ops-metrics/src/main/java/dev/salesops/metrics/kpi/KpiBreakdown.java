package dev.salesops.metrics.kpi;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.salesops.core.json.SalesOpsJson;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link KpiReport} per group: the groups are the distinct combinations of the breakdown's dimension
 * values (and period label, last, when broken down by period), sorted by key. A missing dimension value is
 * {@code ""}.
 *
 * <p>JSON: {@code {"dimensions": ["owner", "period"], "unplaced": 0, "groups": [{"key": {"owner": "ann",
 * "period": "2024-01"}, "report": {...}}, ...]}}.
 *
 * <p>This class is immutable and thread-safe.
 */
@JsonPropertyOrder({"dimensions", "unplaced", "groups"})
public final class KpiBreakdown {
  private final List<String> dimensions;
  private final List<Group> groups;
  private final long unplaced;

  /**
   * One group.
   *
   * <p>This record is immutable and thread-safe.
   *
   * @param key the dimension values, in the order of {@link KpiBreakdown#dimensions()}
   * @param report the group's KPIs
   */
  public record Group(List<String> key, KpiReport report) {
    /** Copies the key. */
    public Group {
      key = List.copyOf(key);
      Objects.requireNonNull(report, "report");
    }
  }

  KpiBreakdown(List<String> dimensions, List<Group> groups, long unplaced) {
    this.dimensions = List.copyOf(dimensions);
    this.groups = List.copyOf(groups);
    this.unplaced = unplaced;
  }

  /** The dimension names ({@code "period"} for the period, last). */
  @JsonProperty("dimensions")
  public List<String> dimensions() {
    return dimensions;
  }

  /** The groups in key order. */
  @JsonIgnore
  public List<Group> groups() {
    return groups;
  }

  /** Records that fell in no period (a period breakdown of records without any date). */
  @JsonProperty("unplaced")
  public long unplaced() {
    return unplaced;
  }

  /** The report of the group with {@code key} (values in dimension order). */
  public Optional<KpiReport> group(String... key) {
    List<String> k = Arrays.asList(key);
    return groups.stream().filter(g -> g.key().equals(k)).map(Group::report).findFirst();
  }

  /** The groups as key maps and reports, for JSON. */
  @JsonProperty("groups")
  List<Map<String, Object>> jsonGroups() {
    return groups.stream().map(g -> {
      Map<String, String> key = new LinkedHashMap<>();
      for (int i = 0; i < dimensions.size(); i++) {
        key.put(dimensions.get(i), g.key().get(i));
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("key", key);
      m.put("report", g.report());
      return m;
    }).collect(java.util.stream.Collectors.toList());
  }

  /** This breakdown as JSON with the sales-ops mapper (pretty-printed). */
  public String toJson() {
    return toJson(SalesOpsJson.newObjectMapper());
  }

  /** This breakdown as JSON with {@code mapper}. */
  public String toJson(ObjectMapper mapper) {
    try {
      return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof KpiBreakdown && ((KpiBreakdown) o).dimensions.equals(dimensions) && ((KpiBreakdown) o).groups.equals(groups)
        && ((KpiBreakdown) o).unplaced == unplaced;
  }

  @Override
  public int hashCode() {
    return Objects.hash(dimensions, groups, unplaced);
  }

  @Override
  public String toString() {
    return "KpiBreakdown{dimensions=" + dimensions + ", groups=" + groups.size() + "}";
  }
}
