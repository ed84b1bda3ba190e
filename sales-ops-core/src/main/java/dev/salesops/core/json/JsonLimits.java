package dev.salesops.core.json;

/**
 * The bounds {@link JsonReader} reads untrusted JSON within. A document that exceeds one is refused with a
 * {@link JsonInputException} before the reader spends more than a constant amount of work on the excess.
 *
 * <p>{@link #DEFAULT} uses the library's documented input bounds (the same values the Jackson modules set as
 * {@code StreamReadConstraints}): documents of at most 16 MiB, nesting 64 deep, strings of
 * 65,536 characters, member names of 256, number literals of 100 characters, and at most 1,000,000 values (object
 * members and array elements, counted over the whole document).
 *
 * @param maxDocumentLength the longest document, in chars for text input and in bytes for UTF-8 input
 * @param maxDepth the deepest nesting of objects and arrays (the document's own value is depth 1); at most
 *     {@value #MAX_SUPPORTED_DEPTH}
 * @param maxStringLength the longest string value, in chars after unescaping
 * @param maxNameLength the longest member name, in chars after unescaping
 * @param maxNumberLength the longest number literal, in chars
 * @param maxValues the most object members plus array elements in one document
 */
public record JsonLimits(long maxDocumentLength, int maxDepth, int maxStringLength, int maxNameLength,
    int maxNumberLength, int maxValues) {

  /** The deepest nesting a limit may allow (the reader recurses once per level). */
  public static final int MAX_SUPPORTED_DEPTH = 1_000;
  /** The default {@link #maxDocumentLength()}: 16 MiB. */
  public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 16L * 1024 * 1024;
  /** The default {@link #maxDepth()}. */
  public static final int DEFAULT_MAX_DEPTH = 64;
  /** The default {@link #maxStringLength()}. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 65_536;
  /** The default {@link #maxNameLength()}. */
  public static final int DEFAULT_MAX_NAME_LENGTH = 256;
  /** The default {@link #maxNumberLength()}. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 100;
  /** The default {@link #maxValues()}. */
  public static final int DEFAULT_MAX_VALUES = 1_000_000;

  /** The library's documented bounds (see the class comment). */
  public static final JsonLimits DEFAULT = new JsonLimits(DEFAULT_MAX_DOCUMENT_LENGTH, DEFAULT_MAX_DEPTH,
      DEFAULT_MAX_STRING_LENGTH, DEFAULT_MAX_NAME_LENGTH, DEFAULT_MAX_NUMBER_LENGTH, DEFAULT_MAX_VALUES);

  /**
   * Limits as given.
   *
   * @throws IllegalArgumentException if one is not positive, or the depth is over {@value #MAX_SUPPORTED_DEPTH}
   */
  public JsonLimits {
    if (maxDocumentLength < 1 || maxDepth < 1 || maxStringLength < 1 || maxNameLength < 1 || maxNumberLength < 1
        || maxValues < 1) {
      throw new IllegalArgumentException("every JSON limit must be positive");
    }
    if (maxDepth > MAX_SUPPORTED_DEPTH) {
      throw new IllegalArgumentException("maxDepth must be at most " + MAX_SUPPORTED_DEPTH + ": " + maxDepth);
    }
  }

  /** These limits with another document length. */
  public JsonLimits withMaxDocumentLength(long value) {
    return new JsonLimits(value, maxDepth, maxStringLength, maxNameLength, maxNumberLength, maxValues);
  }

  /** These limits with another nesting depth. */
  public JsonLimits withMaxDepth(int value) {
    return new JsonLimits(maxDocumentLength, value, maxStringLength, maxNameLength, maxNumberLength, maxValues);
  }

  /** These limits with another string length. */
  public JsonLimits withMaxStringLength(int value) {
    return new JsonLimits(maxDocumentLength, maxDepth, value, maxNameLength, maxNumberLength, maxValues);
  }

  /** These limits with another name length. */
  public JsonLimits withMaxNameLength(int value) {
    return new JsonLimits(maxDocumentLength, maxDepth, maxStringLength, value, maxNumberLength, maxValues);
  }

  /** These limits with another number length. */
  public JsonLimits withMaxNumberLength(int value) {
    return new JsonLimits(maxDocumentLength, maxDepth, maxStringLength, maxNameLength, value, maxValues);
  }

  /** These limits with another count of values. */
  public JsonLimits withMaxValues(int value) {
    return new JsonLimits(maxDocumentLength, maxDepth, maxStringLength, maxNameLength, maxNumberLength, value);
  }
}
