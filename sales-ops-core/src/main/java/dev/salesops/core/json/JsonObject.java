package dev.salesops.core.json;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

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

  /**
   * The object {@link JsonReader} read as {@code count} names and values on its stacks (distinct names, in order):
   * kept in one exact-size array, found by comparing names (a small object has at most a few).
   */
  static JsonObject read(String[] names, int nameFrom, JsonValue[] values, int valueFrom, int count) {
    Object[] members = new Object[2 * count];
    for (int k = 0; k < count; k++) {
      members[2 * k] = names[nameFrom + k];
      members[2 * k + 1] = values[valueFrom + k];
    }
    return new JsonObject(new SmallMap(members));
  }

  /** The object {@link JsonReader} read into {@code members} (a larger one); the map is not used afterwards. */
  static JsonObject read(LinkedHashMap<String, JsonValue> members) {
    return new JsonObject(Collections.unmodifiableMap(members));
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

  /**
   * The members of a small object read by {@link JsonReader}: names and values alternating in one array, in
   * order; unmodifiable. Lookups compare names, which for a handful of members is cheaper than hashing.
   */
  private static final class SmallMap extends AbstractMap<String, JsonValue> {
    private final Object[] members;
    private Set<Map.Entry<String, JsonValue>> entries;
    private Set<String> names;

    SmallMap(Object[] members) {
      this.members = members;
    }

    @Override
    public int size() {
      return members.length / 2;
    }

    @Override
    public boolean isEmpty() {
      return members.length == 0;
    }

    @Override
    public JsonValue get(Object key) {
      Object[] m = members;
      for (int k = 0; k < m.length; k += 2) {
        if (m[k].equals(key)) {
          return (JsonValue) m[k + 1];
        }
      }
      return null;
    }

    @Override
    public boolean containsKey(Object key) {
      Object[] m = members;
      for (int k = 0; k < m.length; k += 2) {
        if (m[k].equals(key)) {
          return true;
        }
      }
      return false;
    }

    /** The names, in order, without an entry per name (loaders walk them to find unknown members). */
    @Override
    public Set<String> keySet() {
      Set<String> k = names;
      if (k == null) {
        k = new AbstractSet<>() {
          @Override
          public Iterator<String> iterator() {
            return new Iterator<>() {
              private int next;

              @Override
              public boolean hasNext() {
                return next < members.length;
              }

              @Override
              public String next() {
                if (next >= members.length) {
                  throw new NoSuchElementException();
                }
                String name = (String) members[next];
                next += 2;
                return name;
              }
            };
          }

          @Override
          public int size() {
            return members.length / 2;
          }

          @Override
          public boolean contains(Object o) {
            return containsKey(o);
          }
        };
        names = k;
      }
      return k;
    }

    @Override
    public Set<Map.Entry<String, JsonValue>> entrySet() {
      Set<Map.Entry<String, JsonValue>> e = entries;
      if (e == null) {
        e = new AbstractSet<>() {
          @Override
          public Iterator<Map.Entry<String, JsonValue>> iterator() {
            return new Iterator<>() {
              private int next;

              @Override
              public boolean hasNext() {
                return next < members.length;
              }

              @Override
              public Map.Entry<String, JsonValue> next() {
                if (next >= members.length) {
                  throw new NoSuchElementException();
                }
                Map.Entry<String, JsonValue> entry =
                    new AbstractMap.SimpleImmutableEntry<>((String) members[next], (JsonValue) members[next + 1]);
                next += 2;
                return entry;
              }
            };
          }

          @Override
          public int size() {
            return members.length / 2;
          }
        };
        entries = e;
      }
      return e;
    }
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
