package dev.salesops.json.testing;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.salesops.core.json.JsonArray;
import dev.salesops.core.json.JsonObject;
import dev.salesops.core.json.JsonReader;
import dev.salesops.core.json.JsonValue;
import dev.salesops.core.json.JsonWriter;
import dev.salesops.json.SalesOpsCodecs;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The tests' way to the codecs with the calls the tests of the former Jackson mapper made ({@code readValue},
 * {@code writeValueAsString}): models through {@link SalesOpsCodecs#standard()}, lists of models element by element,
 * anything else (plain maps and lists) through a plain Jackson mapper. Tests only.
 */
public final class CodecMapper {
  /** The one instance. */
  public static final CodecMapper INSTANCE = new CodecMapper();

  private static final ObjectMapper PLAIN = new ObjectMapper();
  private final SalesOpsCodecs codecs = SalesOpsCodecs.standard();

  private CodecMapper() {}

  /** Reads a model through its codec. */
  public <T> T readValue(String json, Class<T> type) {
    return codecs.read(json, type);
  }

  /** Reads a model from UTF-8 bytes through its codec. */
  public <T> T readValue(byte[] json, Class<T> type) {
    return codecs.decode(JsonReader.read(json), type);
  }

  /** Reads a list of models element by element; other generic types through a plain mapper. */
  @SuppressWarnings("unchecked")
  public <T> T readValue(String json, TypeReference<T> type) throws Exception {
    Type t = type.getType();
    if (t instanceof ParameterizedType p && p.getRawType() == List.class && p.getActualTypeArguments()[0] instanceof Class<?> e
        && codecs.find(e) != null) {
      JsonValue tree = JsonReader.read(json);
      List<Object> out = new ArrayList<>();
      for (JsonValue v : ((JsonArray) tree).elements()) {
        out.add(codecs.decode(v, e));
      }
      return (T) List.copyOf(out);
    }
    return PLAIN.readValue(json, type);
  }

  /** Reads a JSON array of {@code element} models. */
  public List<Object> readList(String json, Class<?> element) {
    List<Object> out = new ArrayList<>();
    for (JsonValue v : ((JsonArray) JsonReader.read(json)).elements()) {
      out.add(codecs.decode(v, element));
    }
    return out;
  }

  /** Writes a model (or a list or map of them) compactly through the codecs. */
  public String writeValueAsString(Object value) {
    return JsonWriter.compact(tree(value));
  }

  /** The codecs' tree of {@code value}, lists and maps of models included. */
  public JsonValue tree(Object value) {
    if (value instanceof Collection<?> c) {
      JsonArray.Builder b = JsonArray.builder();
      c.forEach(x -> b.add(tree(x)));
      return b.build();
    }
    if (value instanceof Map<?, ?> m) {
      JsonObject.Builder b = JsonObject.builder();
      m.forEach((k, v) -> b.put(String.valueOf(k), tree(v)));
      return b.build();
    }
    if (value instanceof String || value instanceof Number || value instanceof Boolean) {
      return JsonReader.read(PLAIN.valueToTree(value).toString().getBytes(StandardCharsets.UTF_8));
    }
    return codecs.encode(value);
  }
}
