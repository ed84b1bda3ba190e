package dev.salesops.core.json;

/** The JSON {@code null}. */
public enum JsonNull implements JsonValue {
  /** The only instance. */
  INSTANCE;

  @Override
  public String typeName() {
    return "null";
  }

  @Override
  public String toString() {
    return "null";
  }
}
