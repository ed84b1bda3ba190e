package dev.salesops.core.model;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A role of a user, for actor-aware guards (權限, docs/DOMAIN.md §1): e.g. only a MANAGER may reopen a lost deal.
 *
 * <p>Well-known values are constants; hosts add their own with {@link #of}. This class is immutable and
 * thread-safe.
 */
public final class Role extends ReferenceCode {

  /** {@code REP}. */
  public static final Role REP = new Role("REP");
  /** {@code MANAGER}. */
  public static final Role MANAGER = new Role("MANAGER");
  /** {@code DIRECTOR}. */
  public static final Role DIRECTOR = new Role("DIRECTOR");
  /** {@code FINANCE}. */
  public static final Role FINANCE = new Role("FINANCE");
  /** {@code ADMIN}. */
  public static final Role ADMIN = new Role("ADMIN");

  private static final List<Role> WELL_KNOWN = List.of(REP, MANAGER, DIRECTOR, FINANCE, ADMIN);
  private static final Map<String, Role> BY_CODE =
      WELL_KNOWN.stream().collect(Collectors.toUnmodifiableMap(Role::code, Function.identity()));

  private Role(String code) {
    super(code, "role");
  }

  /** The value with {@code code}: the constant when it is well known, else a host-defined value. */
  public static Role of(String code) {
    Role known = code == null ? null : BY_CODE.get(code);
    return known != null ? known : new Role(code);
  }

  /** The well-known values, in declaration order. */
  public static List<Role> wellKnown() {
    return WELL_KNOWN;
  }

  /** Whether this is one of the well-known constants. */
  public boolean isWellKnown() {
    return BY_CODE.containsKey(code());
  }
}
