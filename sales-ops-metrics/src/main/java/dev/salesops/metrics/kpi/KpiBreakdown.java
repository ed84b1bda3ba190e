package dev.salesops.metrics.kpi;

import java.util.Arrays;
import java.util.List;
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
  public List<String> dimensions() {
    return dimensions;
  }

  /** The groups in key order. */
  public List<Group> groups() {
    return groups;
  }

  /** Records that fell in no period (a period breakdown of records without any date). */
  public long unplaced() {
    return unplaced;
  }

  /** The report of the group with {@code key} (values in dimension order). */
  public Optional<KpiReport> group(String... key) {
    List<String> k = Arrays.asList(key);
    return groups.stream().filter(g -> g.key().equals(k)).map(Group::report).findFirst();
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
