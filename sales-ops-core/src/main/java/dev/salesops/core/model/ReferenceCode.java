package dev.salesops.core.model;

import dev.salesops.core.internal.Checks;

/**
 * Reference data that hosts extend: a code such as {@code "PRICE"} or {@code "EMEA"}, with well-known
 * constants in each subtype and any host-defined value beside them (these are not closed enums).
 *
 * <p>A code is non-blank, at most 64 characters, without control characters or surrounding whitespace, and
 * compared exactly (case matters: map the host's spelling to one code at the door). Two codes are equal
 * when they are of the same type and have the same text. JSON form is the bare code.
 *
 * <p>Subtypes are immutable and thread-safe.
 */
public abstract class ReferenceCode {
  /** The longest code accepted. */
  public static final int MAX_LENGTH = 64;

  private final String code;

  ReferenceCode(String code, String field) {
    Checks.text(code, field, MAX_LENGTH);
    if (!code.equals(code.strip())) {
      throw Checks.fail(field, "must not start or end with whitespace", "\"" + code + "\"");
    }
    this.code = code;
  }

  /** The code. */
  public final String code() {
    return code;
  }

  @Override
  public final boolean equals(Object o) {
    return o != null && o.getClass() == getClass() && ((ReferenceCode) o).code.equals(code);
  }

  @Override
  public final int hashCode() {
    return getClass().hashCode() * 31 + code.hashCode();
  }

  @Override
  public final String toString() {
    return code;
  }
}
