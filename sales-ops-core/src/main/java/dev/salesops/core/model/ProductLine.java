package dev.salesops.core.model;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A product line; hosts define their own (several pipelines and targets per product line).
 *
 * <p>Well-known values are constants; hosts add their own with {@link #of}. This class is immutable and
 * thread-safe.
 */
public final class ProductLine extends ReferenceCode {

  /** {@code STANDARD}. */
  public static final ProductLine STANDARD = new ProductLine("STANDARD");
  /** {@code PREMIUM}. */
  public static final ProductLine PREMIUM = new ProductLine("PREMIUM");
  /** {@code SERVICES}. */
  public static final ProductLine SERVICES = new ProductLine("SERVICES");

  private static final List<ProductLine> WELL_KNOWN = List.of(STANDARD, PREMIUM, SERVICES);
  private static final Map<String, ProductLine> BY_CODE =
      WELL_KNOWN.stream().collect(Collectors.toUnmodifiableMap(ProductLine::code, Function.identity()));

  private ProductLine(String code) {
    super(code, "productLine");
  }

  /** The value with {@code code}: the constant when it is well known, else a host-defined value. */
  public static ProductLine of(String code) {
    ProductLine known = code == null ? null : BY_CODE.get(code);
    return known != null ? known : new ProductLine(code);
  }

  /** The well-known values, in declaration order. */
  public static List<ProductLine> wellKnown() {
    return WELL_KNOWN;
  }

  /** Whether this is one of the well-known constants. */
  public boolean isWellKnown() {
    return BY_CODE.containsKey(code());
  }
}
