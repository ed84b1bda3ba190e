package dev.salesops.jackson2;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.salesops.core.json.JsonValue;
import dev.salesops.json.JsonCodec;
import java.io.IOException;

/** Writes a model through its codec: the codec's tree, token by token. */
final class CodecSerializer<T> extends StdSerializer<T> {
  private static final long serialVersionUID = 1L;

  private final transient JsonCodec<T> codec;

  CodecSerializer(JsonCodec<T> codec) {
    super(codec.type());
    this.codec = codec;
  }

  @Override
  public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    JsonValue tree;
    try {
      tree = codec.encode(value);
    } catch (RuntimeException e) {
      // the model refused to be written (a codec bug or an invalid host subclass): say which type, not the value
      throw JsonMappingException.from(gen, "cannot write " + codec.type().getSimpleName() + " as JSON ("
          + e.getClass().getSimpleName() + ")", e);
    }
    TreeWriter.write(tree, gen);
  }
}
