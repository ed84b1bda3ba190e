package dev.salesops.core.model;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The industry of an account (a segmentation dimension, docs/DOMAIN.md §2).
 *
 * <p>Well-known values are constants; hosts add their own with {@link #of}. This class is immutable and
 * thread-safe.
 */
public final class Industry extends ReferenceCode {

  /** {@code MANUFACTURING}. */
  public static final Industry MANUFACTURING = new Industry("MANUFACTURING");
  /** {@code RETAIL}. */
  public static final Industry RETAIL = new Industry("RETAIL");
  /** {@code FINANCE}. */
  public static final Industry FINANCE = new Industry("FINANCE");
  /** {@code TECHNOLOGY}. */
  public static final Industry TECHNOLOGY = new Industry("TECHNOLOGY");
  /** {@code HEALTHCARE}. */
  public static final Industry HEALTHCARE = new Industry("HEALTHCARE");
  /** {@code EDUCATION}. */
  public static final Industry EDUCATION = new Industry("EDUCATION");
  /** {@code GOVERNMENT}. */
  public static final Industry GOVERNMENT = new Industry("GOVERNMENT");
  /** {@code ENERGY}. */
  public static final Industry ENERGY = new Industry("ENERGY");
  /** {@code LOGISTICS}. */
  public static final Industry LOGISTICS = new Industry("LOGISTICS");
  /** {@code PROFESSIONAL_SERVICES}. */
  public static final Industry PROFESSIONAL_SERVICES = new Industry("PROFESSIONAL_SERVICES");

  private static final List<Industry> WELL_KNOWN = List.of(MANUFACTURING, RETAIL, FINANCE, TECHNOLOGY, HEALTHCARE, EDUCATION, GOVERNMENT, ENERGY, LOGISTICS, PROFESSIONAL_SERVICES);
  private static final Map<String, Industry> BY_CODE =
      WELL_KNOWN.stream().collect(Collectors.toUnmodifiableMap(Industry::code, Function.identity()));

  private Industry(String code) {
    super(code, "industry");
  }

  /** The value with {@code code}: the constant when it is well known, else a host-defined value. */
  public static Industry of(String code) {
    Industry known = code == null ? null : BY_CODE.get(code);
    return known != null ? known : new Industry(code);
  }

  /** The well-known values, in declaration order. */
  public static List<Industry> wellKnown() {
    return WELL_KNOWN;
  }

  /** Whether this is one of the well-known constants. */
  public boolean isWellKnown() {
    return BY_CODE.containsKey(code());
  }
}
