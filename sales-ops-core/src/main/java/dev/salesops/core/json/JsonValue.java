package dev.salesops.core.json;

/**
 * A JSON value as sales-ops reads and writes it, without any JSON library: one of {@link JsonObject},
 * {@link JsonArray}, {@link JsonString}, {@link JsonNumber}, {@link JsonBoolean} or {@link JsonNull}.
 *
 * <p>Every value is immutable. Objects keep their members in insertion order and hold each name once (the
 * reader refuses duplicate names); numbers keep their literal text, so a value is written back exactly as it
 * was read and the same bytes come out of every JSON stack (the Jackson 2 and Jackson 3 modules write these
 * trees token by token). This is the one form of the library's JSON rules: codecs turn models into these
 * trees and back.
 */
public sealed interface JsonValue permits JsonObject, JsonArray, JsonString, JsonNumber, JsonBoolean, JsonNull {

  /** The JSON type's name as messages use it: {@code object}, {@code array}, {@code string}, {@code number},
   * {@code boolean} or {@code null}. */
  String typeName();

  /**
   * The member {@code name} of an object, or {@code null} when this is not an object or has no such member
   * (a JSON {@code null} member is {@link JsonNull#INSTANCE}).
   */
  default JsonValue get(String name) {
    java.util.Objects.requireNonNull(name, "name");
    return null;
  }

  /** Whether this is an object with a member {@code name} (even a JSON {@code null} one). */
  default boolean has(String name) {
    java.util.Objects.requireNonNull(name, "name");
    return false;
  }

  /** The element at {@code index} of an array, or {@code null} when this is not an array or the index is out of range. */
  default JsonValue get(int index) {
    return null;
  }

  /** The number of members of an object or elements of an array; 0 for any other value. */
  default int size() {
    return 0;
  }

  /** The members of an object, in order, unmodifiable; empty for any other value. */
  default java.util.Map<String, JsonValue> members() {
    return java.util.Map.of();
  }

  /** The elements of an array, unmodifiable; empty for any other value. */
  default java.util.List<JsonValue> elements() {
    return java.util.List.of();
  }

  /** Whether this is a {@link JsonObject}. */
  default boolean isObject() {
    return this instanceof JsonObject;
  }

  /** Whether this is a {@link JsonArray}. */
  default boolean isArray() {
    return this instanceof JsonArray;
  }

  /** Whether this is a {@link JsonString}. */
  default boolean isString() {
    return this instanceof JsonString;
  }

  /** Whether this is a {@link JsonNumber}. */
  default boolean isNumber() {
    return this instanceof JsonNumber;
  }

  /** Whether this is a {@link JsonBoolean}. */
  default boolean isBoolean() {
    return this instanceof JsonBoolean;
  }

  /** Whether this is the JSON {@code null}. */
  default boolean isNull() {
    return this instanceof JsonNull;
  }

  /** Whether this is an object or an array. */
  default boolean isContainer() {
    return this instanceof JsonObject || this instanceof JsonArray;
  }

  /** The text of a {@link JsonString}, or {@code null} for any other value. */
  default String stringValue() {
    return this instanceof JsonString s ? s.value() : null;
  }

  /** Compact JSON text of this value (no insignificant white space). */
  default String toJson() {
    return JsonWriter.compact(this);
  }
}
