package dev.salesops.core.json;

import java.util.Objects;

/**
 * A JSON string. {@link #toString()} does not show the text (it may be personal data): it gives only its length.
 */
public final class JsonString implements JsonValue {
  private final String value;

  private JsonString(String value) {
    this.value = value;
  }

  /** The JSON string holding {@code value}. */
  public static JsonString of(String value) {
    return new JsonString(Objects.requireNonNull(value, "value"));
  }

  /** The text. */
  public String value() {
    return value;
  }

  @Override
  public String typeName() {
    return "string";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof JsonString s && s.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return "JsonString[" + value.length() + " chars]";
  }
}
