package dev.salesops.core.json;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;

/** A JSON array: an immutable list of values. */
public final class JsonArray implements JsonValue {
  private static final JsonArray EMPTY = new JsonArray(List.of());
  private final List<JsonValue> elements;

  private JsonArray(List<JsonValue> elements) {
    this.elements = elements;
  }

  /** The array of {@code elements} (copied; no element may be null — use {@link JsonNull#INSTANCE}). */
  public static JsonArray of(List<? extends JsonValue> elements) {
    return elements.isEmpty() ? EMPTY : new JsonArray(List.copyOf(elements));
  }

  /** The array {@link JsonReader} read into {@code elements} (exact size, not used afterwards). */
  static JsonArray read(JsonValue[] elements) {
    return new JsonArray(new Elements(elements));
  }

  /** The empty array. */
  public static JsonArray empty() {
    return EMPTY;
  }

  /** A builder, for readers and codecs that add one element at a time. */
  public static Builder builder() {
    return new Builder();
  }

  /** The elements, unmodifiable. */
  @Override
  public List<JsonValue> elements() {
    return elements;
  }

  /** The number of elements. */
  @Override
  public int size() {
    return elements.size();
  }

  /** The element at {@code index}, or {@code null} when out of range. */
  @Override
  public JsonValue get(int index) {
    return index >= 0 && index < elements.size() ? elements.get(index) : null;
  }

  @Override
  public String typeName() {
    return "array";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof JsonArray a && a.elements.equals(elements);
  }

  @Override
  public int hashCode() {
    return elements.hashCode();
  }

  @Override
  public String toString() {
    return "JsonArray[" + elements.size() + " elements]";
  }

  /** The elements of an array read by {@link JsonReader}: an unmodifiable view of an exact-size array. */
  private static final class Elements extends AbstractList<JsonValue> implements RandomAccess {
    private final JsonValue[] elements;

    Elements(JsonValue[] elements) {
      this.elements = elements;
    }

    @Override
    public JsonValue get(int index) {
      return elements[index];
    }

    @Override
    public int size() {
      return elements.length;
    }
  }

  /** Adds elements in order; {@link #build()} once. */
  public static final class Builder {
    private ArrayList<JsonValue> elements = new ArrayList<>();

    private Builder() {}

    /** Appends {@code value}. */
    public Builder add(JsonValue value) {
      elements.add(java.util.Objects.requireNonNull(value, "value"));
      return this;
    }

    /** The array (the builder cannot be used afterwards). */
    public JsonArray build() {
      List<JsonValue> done = elements.isEmpty() ? List.of() : java.util.Collections.unmodifiableList(elements);
      elements = null;
      return done.isEmpty() ? EMPTY : new JsonArray(done);
    }
  }
}
