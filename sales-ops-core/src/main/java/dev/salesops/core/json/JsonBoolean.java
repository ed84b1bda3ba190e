package dev.salesops.core.json;

/** A JSON {@code true} or {@code false}. */
public enum JsonBoolean implements JsonValue {
  /** {@code true}. */
  TRUE,
  /** {@code false}. */
  FALSE;

  /** The value for {@code b}. */
  public static JsonBoolean of(boolean b) {
    return b ? TRUE : FALSE;
  }

  /** This value as a Java boolean. */
  public boolean value() {
    return this == TRUE;
  }

  @Override
  public String typeName() {
    return "boolean";
  }

  @Override
  public String toString() {
    return value() ? "true" : "false";
  }
}
