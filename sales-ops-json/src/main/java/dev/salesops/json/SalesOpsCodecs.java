package dev.salesops.json;

import dev.salesops.core.json.JsonValue;
import dev.salesops.core.json.JsonWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An immutable set of {@link JsonCodec}s, one per model type: {@link #standard()} holds the JSON form of every
 * sales-ops model. Thread-safe; lookups of subtypes (e.g. an Immutables implementation class) find the codec of
 * their model type.
 */
public final class SalesOpsCodecs {
  private static final SalesOpsCodecs STANDARD = new SalesOpsCodecs(StandardCodecs.all());

  private final Map<Class<?>, JsonCodec<?>> byType;
  private final Map<Class<?>, JsonCodec<?>> resolved = new ConcurrentHashMap<>();

  private SalesOpsCodecs(List<JsonCodec<?>> codecs) {
    Map<Class<?>, JsonCodec<?>> m = new LinkedHashMap<>();
    for (JsonCodec<?> c : codecs) {
      if (m.putIfAbsent(c.type(), c) != null) {
        throw new IllegalArgumentException("two codecs for " + c.type().getName());
      }
    }
    this.byType = Collections.unmodifiableMap(m);
  }

  /** The codecs of every sales-ops model type. */
  public static SalesOpsCodecs standard() {
    return STANDARD;
  }

  /** These codecs plus {@code more} (a host's own types); a type may have one codec only. */
  public SalesOpsCodecs with(List<? extends JsonCodec<?>> more) {
    List<JsonCodec<?>> all = new ArrayList<>(byType.values());
    all.addAll(more);
    return new SalesOpsCodecs(all);
  }

  /** The model types with a codec, in registration order. */
  public List<Class<?>> types() {
    return List.copyOf(byType.keySet());
  }

  /**
   * The codec for {@code type} or its nearest registered supertype (superclasses first, then interfaces), or
   * {@code null} when {@code type} is not a sales-ops model.
   */
  @SuppressWarnings("unchecked")
  public <T> JsonCodec<? super T> find(Class<T> type) {
    Objects.requireNonNull(type, "type");
    JsonCodec<?> c = byType.get(type);
    if (c != null) {
      return (JsonCodec<? super T>) c;
    }
    c = resolved.get(type);
    if (c == null) {
      c = search(type);
      if (c != null) {
        resolved.putIfAbsent(type, c);
      }
    }
    return (JsonCodec<? super T>) c;
  }

  private JsonCodec<?> search(Class<?> type) {
    for (Class<?> k = type.getSuperclass(); k != null && k != Object.class; k = k.getSuperclass()) {
      JsonCodec<?> c = byType.get(k);
      if (c != null) {
        return c;
      }
    }
    for (Class<?> k = type; k != null; k = k.getSuperclass()) {
      for (Class<?> i : k.getInterfaces()) {
        JsonCodec<?> c = byType.get(i);
        if (c == null) {
          c = search(i);
        }
        if (c != null) {
          return c;
        }
      }
    }
    return null;
  }

  /**
   * The JSON tree of {@code value}.
   *
   * @throws IllegalArgumentException if its type has no codec
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public JsonValue encode(Object value) {
    Objects.requireNonNull(value, "value");
    JsonCodec c = find(value.getClass());
    if (c == null) {
      throw new IllegalArgumentException("no JSON codec for " + value.getClass().getName());
    }
    return c.encode(value);
  }

  /**
   * The {@code type} value {@code json} stands for (JSON null is refused: a model is never null).
   *
   * <p>Throws {@link dev.salesops.core.json.JsonInputException} if {@code json} is not a valid {@code type}: the
   * message names the JSON path ({@code $} for the document) and the rule broken, never the input's values.
   *
   * @throws IllegalArgumentException if {@code type} has no codec
   */
  public <T> T decode(JsonValue json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    JsonCodec<? super T> c = find(type);
    if (c == null) {
      throw new IllegalArgumentException("no JSON codec for " + type.getName());
    }
    if (json instanceof dev.salesops.core.json.JsonNull) {
      throw Fail.of(type.getSimpleName(), "$", "must not be null");
    }
    Object v = c.decode(json, "$");
    if (!type.isInstance(v)) {
      throw new IllegalArgumentException("the codec of " + c.type().getName() + " does not give a " + type.getName());
    }
    return type.cast(v);
  }

  /**
   * The {@code type} value the JSON text {@code json} stands for: read by {@link dev.salesops.core.json.JsonReader}
   * within its input bounds, then decoded.
   *
   * @throws dev.salesops.core.json.JsonInputException if the text is not JSON, exceeds the bounds or is not a
   *     valid {@code type} (path and rule named, never the input's values)
   * @throws IllegalArgumentException if {@code type} has no codec
   */
  public <T> T read(String json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(type, "type");
    return decode(dev.salesops.core.json.JsonReader.read(json), type);
  }

  /** Compact JSON text of {@code value} (for storage). */
  public String write(Object value) {
    return JsonWriter.compact(encode(value));
  }

  /** Indented JSON text of {@code value} (for people). */
  public String writePretty(Object value) {
    return JsonWriter.pretty(encode(value));
  }
}
