package dev.salesops.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.salesops.core.json.JsonArray;
import dev.salesops.core.json.JsonBoolean;
import dev.salesops.core.json.JsonNull;
import dev.salesops.core.json.JsonNumber;
import dev.salesops.core.json.JsonObject;
import dev.salesops.core.json.JsonString;
import dev.salesops.core.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * JSON text to a {@link JsonValue} tree for the tests, keeping number literals as written (Jackson's tokenizer
 * only: no mapper rules). To be replaced by core's {@code JsonReader} once it is merged.
 */
final class Trees {
  private static final JsonFactory FACTORY = new JsonFactory();

  private Trees() {}

  static JsonValue parse(String json) {
    try (JsonParser p = FACTORY.createParser(json)) {
      p.nextToken();
      return value(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonValue value(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT: {
        JsonObject.Builder b = JsonObject.builder();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          p.nextToken();
          b.put(name, value(p));
        }
        return b.build();
      }
      case START_ARRAY: {
        JsonArray.Builder b = JsonArray.builder();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          b.add(value(p));
        }
        return b.build();
      }
      case VALUE_STRING:
        return JsonString.of(p.getText());
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return JsonNumber.of(p.getText());
      case VALUE_TRUE:
        return JsonBoolean.TRUE;
      case VALUE_FALSE:
        return JsonBoolean.FALSE;
      default:
        return JsonNull.INSTANCE;
    }
  }
}
