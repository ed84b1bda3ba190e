package dev.salesops.metrics.kpi;

import dev.salesops.core.internal.Checks;
import java.util.Objects;
import java.util.function.Function;

/**
 * A dimension to break KPIs down by: one of the standard fields of {@link DealRecord} or a free dimension
 * by key. A record without a value for the dimension falls in the group with the empty value {@code ""}
 * (record values are never blank, so this cannot clash).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Dimension {
  /** The owning rep. */
  public static final Dimension OWNER = new Dimension("owner", r -> r.owner);
  /** The team. */
  public static final Dimension TEAM = new Dimension("team", r -> r.team);
  /** The region. */
  public static final Dimension REGION = new Dimension("region", r -> r.region);
  /** The product line. */
  public static final Dimension PRODUCT_LINE = new Dimension("productLine", r -> r.productLine);
  /** The sales channel. */
  public static final Dimension CHANNEL = new Dimension("channel", r -> r.channel);
  /** The lead source. */
  public static final Dimension LEAD_SOURCE = new Dimension("leadSource", r -> r.leadSource);
  /** The customer segment. */
  public static final Dimension SEGMENT = new Dimension("segment", r -> r.segment);
  /** The account (customer). */
  public static final Dimension ACCOUNT = new Dimension("account", r -> r.account);

  private final String name;
  private final Function<DealRecord, String> extractor;

  private Dimension(String name, Function<DealRecord, String> extractor) {
    this.name = name;
    this.extractor = extractor;
  }

  /**
   * The dimension {@code name}: a standard one ({@code owner}, {@code team}, {@code region}, {@code
   * productLine}, {@code channel}, {@code leadSource}, {@code segment}, {@code account}) or else the free
   * dimension with that key.
   */
  public static Dimension of(String name) {
    Checks.text(name, "dimension", 64);
    switch (name) {
      case "owner":
        return OWNER;
      case "team":
        return TEAM;
      case "region":
        return REGION;
      case "productLine":
        return PRODUCT_LINE;
      case "channel":
        return CHANNEL;
      case "leadSource":
        return LEAD_SOURCE;
      case "segment":
        return SEGMENT;
      case "account":
        return ACCOUNT;
      default:
        return new Dimension(name, r -> r.dimensions.get(name));
    }
  }

  /** The dimension's name. */
  public String name() {
    return name;
  }

  /** The value of {@code record} for this dimension; {@code ""} when absent. */
  public String valueOf(DealRecord record) {
    Objects.requireNonNull(record, "record");
    String v = extractor.apply(record);
    return v == null ? "" : v;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Dimension && ((Dimension) o).name.equals(name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  @Override
  public String toString() {
    return name;
  }
}
