package dev.salesops.core.model;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Why a deal was lost: the taxonomy every CLOSED_LOST move must name (docs/DOMAIN.md §1).
 *
 * <p>Well-known values are constants; hosts add their own with {@link #of}. This class is immutable and
 * thread-safe.
 */
public final class LostReason extends ReferenceCode {

  /** {@code PRICE}. */
  public static final LostReason PRICE = new LostReason("PRICE");
  /** {@code COMPETITOR}. */
  public static final LostReason COMPETITOR = new LostReason("COMPETITOR");
  /** {@code NO_BUDGET}. */
  public static final LostReason NO_BUDGET = new LostReason("NO_BUDGET");
  /** {@code NO_DECISION}. */
  public static final LostReason NO_DECISION = new LostReason("NO_DECISION");
  /** {@code TIMING}. */
  public static final LostReason TIMING = new LostReason("TIMING");
  /** {@code OTHER}. */
  public static final LostReason OTHER = new LostReason("OTHER");

  private static final List<LostReason> WELL_KNOWN = List.of(PRICE, COMPETITOR, NO_BUDGET, NO_DECISION, TIMING, OTHER);
  private static final Map<String, LostReason> BY_CODE =
      WELL_KNOWN.stream().collect(Collectors.toUnmodifiableMap(LostReason::code, Function.identity()));

  private LostReason(String code) {
    super(code, "lostReason");
  }

  /** The value with {@code code}: the constant when it is well known, else a host-defined value. */
  public static LostReason of(String code) {
    LostReason known = code == null ? null : BY_CODE.get(code);
    return known != null ? known : new LostReason(code);
  }

  /** The well-known values, in declaration order. */
  public static List<LostReason> wellKnown() {
    return WELL_KNOWN;
  }

  /** Whether this is one of the well-known constants. */
  public boolean isWellKnown() {
    return BY_CODE.containsKey(code());
  }
}
