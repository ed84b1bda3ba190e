package dev.salesops.json;

import dev.salesops.core.json.JsonValue;

/**
 * The JSON form of one Java type as it appears inside a model (a member's declared type: {@code List<Money>},
 * {@code Optional<LocalDate>}, {@code int}, a model type). Not API.
 */
interface Coder {

  /** The JSON form of {@code value} (never null). */
  JsonValue encode(Object value);

  /** The value {@code json} stands for ({@code json} is never JSON null: see {@link #absent()}). */
  Object decode(JsonValue json, String path);

  /**
   * The value of a member that is absent or JSON null: {@code Optional.empty()} for optionals, an empty
   * collection, {@code 0}/{@code false} for primitives, {@code null} (refused later, where required) otherwise.
   */
  default Object absent() {
    return null;
  }

  /** Whether JSON null is a valid way to write "no value" for this type (optionals). */
  default boolean acceptsNull() {
    return false;
  }

  /** Whether {@code value} is "absent" in Jackson's NON_ABSENT sense (null or an empty optional). */
  default boolean isAbsent(Object value) {
    return value == null;
  }

  /** Whether {@code value} is "empty" in Jackson's NON_EMPTY sense (absent, an empty collection, map or string). */
  default boolean isEmpty(Object value) {
    return isAbsent(value);
  }
}
