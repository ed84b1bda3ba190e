package dev.salesops.core.json;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A JSON object: members in insertion order, each name once. Written back in that order, so a codec's order is
 * the JSON's order.
 */
public final class JsonObject implements JsonValue {
  private static final JsonObject EMPTY = new JsonObject(Map.of());
  private final Map<String, JsonValue> members;

  private JsonObject(Map<String, JsonValue> members) {
    this.members = members;
  }

  /** The empty object. */
  public static JsonObject empty() {
    return EMPTY;
  }

  /** A builder; refuses a name added twice. */
  public static Builder builder() {
    return new Builder();
  }

  /** The members in order, unmodifiable. */
  @Override
  public Map<String, JsonValue> members() {
    return members;
  }

  /** The member {@code name}, or {@code null} when absent (a JSON {@code null} is {@link JsonNull#INSTANCE}). */
  @Override
  public JsonValue get(String name) {
    return members.get(Objects.requireNonNull(name, "name"));
  }

  /** Whether the member {@code name} is present (even as JSON {@code null}). */
  @Override
  public boolean has(String name) {
    return members.containsKey(Objects.requireNonNull(name, "name"));
  }

  /** The number of members. */
  @Override
  public int size() {
    return members.size();
  }

  @Override
  public String typeName() {
    return "object";
  }

  @Override
  public boolean equals(Object o) {
    // JSON objects are equal whatever their members' order
    return o instanceof JsonObject j && j.members.equals(members);
  }

  @Override
  public int hashCode() {
    return members.hashCode();
  }

  @Override
  public String toString() {
    // member names are schema, not data; values are not shown
    return "JsonObject" + members.keySet();
  }

  /** Adds members in order; {@link #build()} once. */
  public static final class Builder {
    private LinkedHashMap<String, JsonValue> members = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Adds the member {@code name}.
     *
     * @throws IllegalArgumentException if {@code name} was added already
     */
    public Builder put(String name, JsonValue value) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
      if (members.putIfAbsent(name, value) != null) {
        throw new IllegalArgumentException("duplicate member name (" + name.length() + " chars)");
      }
      return this;
    }

    /** Adds a string member. */
    public Builder put(String name, String value) {
      return put(name, JsonString.of(value));
    }

    /** Adds a number member. */
    public Builder put(String name, long value) {
      return put(name, JsonNumber.of(value));
    }

    /** Adds a boolean member. */
    public Builder put(String name, boolean value) {
      return put(name, JsonBoolean.of(value));
    }

    /** Adds {@code value} when it is not null; nothing otherwise (the "omit null" style). */
    public Builder putIfNotNull(String name, JsonValue value) {
      return value == null ? this : put(name, value);
    }

    /** Whether {@code name} was added. */
    public boolean has(String name) {
      return members.containsKey(name);
    }

    /** The object (the builder cannot be used afterwards). */
    public JsonObject build() {
      Map<String, JsonValue> done = members.isEmpty() ? Map.of() : Collections.unmodifiableMap(members);
      members = null;
      return done.isEmpty() ? EMPTY : new JsonObject(done);
    }
  }
}
