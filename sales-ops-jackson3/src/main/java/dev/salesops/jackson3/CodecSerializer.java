package dev.salesops.jackson3;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;
import dev.salesops.core.json.JsonValue;
import dev.salesops.json.JsonCodec;

/** Writes a model through its codec: the codec's tree, token by token. */
final class CodecSerializer<T> extends StdSerializer<T> {
  private static final long serialVersionUID = 1L;

  private final transient JsonCodec<T> codec;

  CodecSerializer(JsonCodec<T> codec) {
    super(codec.type());
    this.codec = codec;
  }

  @Override
  public void serialize(T value, JsonGenerator gen, SerializationContext provider) {
    JsonValue tree;
    try {
      tree = codec.encode(value);
    } catch (RuntimeException e) {
      // the model refused to be written (a codec bug or an invalid host subclass): say which type, not the value
      throw DatabindException.from(gen, "cannot write " + codec.type().getSimpleName() + " as JSON ("
          + e.getClass().getSimpleName() + ")", e);
    }
    TreeWriter.write(tree, gen);
  }
}
