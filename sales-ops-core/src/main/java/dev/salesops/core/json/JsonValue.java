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

  /** Compact JSON text of this value (no insignificant white space). */
  default String toJson() {
    return JsonWriter.compact(this);
  }
}
