package dev.salesops.core.model;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A sales region; hosts define their own, a few common ones are constants.
 *
 * <p>Well-known values are constants; hosts add their own with {@link #of}. This class is immutable and
 * thread-safe.
 */
public final class Region extends ReferenceCode {

  /** {@code NORTH}. */
  public static final Region NORTH = new Region("NORTH");
  /** {@code SOUTH}. */
  public static final Region SOUTH = new Region("SOUTH");
  /** {@code EAST}. */
  public static final Region EAST = new Region("EAST");
  /** {@code WEST}. */
  public static final Region WEST = new Region("WEST");
  /** {@code CENTRAL}. */
  public static final Region CENTRAL = new Region("CENTRAL");

  private static final List<Region> WELL_KNOWN = List.of(NORTH, SOUTH, EAST, WEST, CENTRAL);
  private static final Map<String, Region> BY_CODE =
      WELL_KNOWN.stream().collect(Collectors.toUnmodifiableMap(Region::code, Function.identity()));

  private Region(String code) {
    super(code, "region");
  }

  /** The value with {@code code}: the constant when it is well known, else a host-defined value. */
  public static Region of(String code) {
    Region known = code == null ? null : BY_CODE.get(code);
    return known != null ? known : new Region(code);
  }

  /** The well-known values, in declaration order. */
  public static List<Region> wellKnown() {
    return WELL_KNOWN;
  }

  /** Whether this is one of the well-known constants. */
  public boolean isWellKnown() {
    return BY_CODE.containsKey(code());
  }
}
