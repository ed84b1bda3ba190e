package dev.salesops.core.accumulate;

import dev.salesops.core.validation.Problem;
import dev.salesops.core.validation.ValidationException;

/**
 * Bytes that are not a readable portable partial state: corrupt (checksum or structure), truncated, of another
 * format or kind, of a newer format version, or encoded for another configuration. The <b>only</b> exception
 * decoding throws for bad bytes (never an index, buffer or allocation error). It is a {@link ValidationException}
 * (an {@link IllegalArgumentException}) with one {@link dev.salesops.core.validation.Problem} whose path is
 * {@code bytes[offset]} and whose rule says what was wrong; the bytes themselves are never quoted.
 */
public final class PortableStateException extends ValidationException {
  private static final long serialVersionUID = 1L;

  /** Bad bytes at {@code offset} (or -1 for the whole input), for the reason {@code rule}. */
  public PortableStateException(int offset, String rule) {
    super(Problem.of(offset < 0 ? "bytes" : "bytes[" + offset + "]", "portable state " + java.util.Objects.requireNonNull(rule, "rule")));
  }
}
