package dev.salesops.spring;

/**
 * The library's bounds on untrusted JSON, as the starter applies them to the application's own mapper (both
 * Jackson lines). They are the bounds of the library's own readers (docs/ARCHITECTURE.md, "Untrusted input").
 */
public final class InputBounds {
  /** The longest number literal read. */
  public static final int MAX_NUMBER_LENGTH = 100;
  /** The deepest nesting read. */
  public static final int MAX_NESTING_DEPTH = 64;
  /** The longest string value read. */
  public static final int MAX_STRING_LENGTH = 65_536;
  /** The longest key read. */
  public static final int MAX_NAME_LENGTH = 256;
  /** The largest document read, in bytes (chars for text input). */
  public static final long MAX_DOCUMENT_LENGTH = 16L * 1024 * 1024;

  private InputBounds() {}
}
