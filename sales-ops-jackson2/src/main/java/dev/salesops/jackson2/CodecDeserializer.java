package dev.salesops.jackson2;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.salesops.core.json.JsonInputException;
import dev.salesops.core.json.JsonNull;
import dev.salesops.core.json.JsonValue;
import dev.salesops.core.validation.ValidationException;
import dev.salesops.json.JsonCodec;
import java.io.IOException;

/**
 * Reads a model through its codec: the token stream into a bounded {@link JsonValue} ({@link TreeReader}), then
 * {@link JsonCodec#decode}. Every refusal is a {@link JsonInputMappingException} whose cause is the
 * {@link JsonInputException} (path and rule).
 */
final class CodecDeserializer<T> extends StdDeserializer<T> {
  private static final long serialVersionUID = 1L;

  private final transient JsonCodec<? super T> codec;
  private final Class<T> target;

  CodecDeserializer(JsonCodec<? super T> codec, Class<T> target) {
    super(target);
    this.codec = codec;
    this.target = target;
  }

  private String typeName() {
    return codec.type().getSimpleName();
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    String path = Paths.of(p);
    JsonValue tree;
    try {
      tree = TreeReader.read(p, typeName(), path);
    } catch (IOException | RuntimeException e) {
      throw translate(p, e);
    }
    if (tree == JsonNull.INSTANCE) {
      return getNullValue(ctxt);
    }
    Object v;
    try {
      v = codec.decode(tree, path);
    } catch (Exception e) { // JsonInputException is checked in some builds of core: catch what codecs throw
      throw translate(p, refusal(e, path));
    }
    if (!target.isInstance(v)) {
      throw translate(p, refusal(new IllegalArgumentException("not a " + target.getSimpleName()), path));
    }
    return target.cast(v);
  }

  /** The library's exception for what a codec threw. */
  private Throwable refusal(Exception e, String path) {
    Throwable t = e;
    if (t instanceof JsonInputException) {
      return t;
    }
    if (e instanceof ValidationException) {
      // the domain's own validation: its messages name the rule, never personal data
      return JsonInputException.of(typeName(), path, e.getMessage());
    }
    return JsonInputException.of(typeName(), path, "is not a valid " + typeName() + " (" + e.getClass().getSimpleName() + ")");
  }

  /** A {@link JsonInputException} as Jackson's mapping exception; anything else (real I/O failures) as it is. */
  private static IOException translate(JsonParser p, Throwable e) {
    if (e instanceof JsonInputException j) {
      return new JsonInputMappingException(p, j);
    }
    if (e instanceof IOException io) {
      return io;
    }
    throw (RuntimeException) e;
  }

  /** JSON {@code null} is Java {@code null} inside a document; a document that is only {@code null} is refused. */
  @Override
  public T getNullValue(DeserializationContext ctxt) throws JsonMappingException {
    JsonParser p = ctxt.getParser();
    JsonStreamContext c = p == null ? null : p.getParsingContext();
    if (c == null || c.inRoot()) {
      throw new JsonInputMappingException(p, JsonInputException.of(typeName(), "$", "must be a " + typeName() + ", not null"));
    }
    return null;
  }

  @Override
  public LogicalType logicalType() {
    return LogicalType.POJO;
  }

  @Override
  public boolean isCachable() {
    return true;
  }
}
