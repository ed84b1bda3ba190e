package dev.salesops.core.model;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The channel a deal is sold through (銷售渠道管理, docs/DOMAIN.md §2): direct, distribution (agents, resellers, solution partners) or e-commerce.
 *
 * <p>Well-known values are constants; hosts add their own with {@link #of}. This class is immutable and
 * thread-safe.
 */
public final class SalesChannel extends ReferenceCode {

  /** {@code DIRECT}. */
  public static final SalesChannel DIRECT = new SalesChannel("DIRECT");
  /** {@code DISTRIBUTION}. */
  public static final SalesChannel DISTRIBUTION = new SalesChannel("DISTRIBUTION");
  /** {@code ECOMMERCE}. */
  public static final SalesChannel ECOMMERCE = new SalesChannel("ECOMMERCE");

  private static final List<SalesChannel> WELL_KNOWN = List.of(DIRECT, DISTRIBUTION, ECOMMERCE);
  private static final Map<String, SalesChannel> BY_CODE =
      WELL_KNOWN.stream().collect(Collectors.toUnmodifiableMap(SalesChannel::code, Function.identity()));

  private SalesChannel(String code) {
    super(code, "salesChannel");
  }

  /** The value with {@code code}: the constant when it is well known, else a host-defined value. */
  public static SalesChannel of(String code) {
    SalesChannel known = code == null ? null : BY_CODE.get(code);
    return known != null ? known : new SalesChannel(code);
  }

  /** The well-known values, in declaration order. */
  public static List<SalesChannel> wellKnown() {
    return WELL_KNOWN;
  }

  /** Whether this is one of the well-known constants. */
  public boolean isWellKnown() {
    return BY_CODE.containsKey(code());
  }
}
