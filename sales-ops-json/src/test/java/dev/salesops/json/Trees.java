package dev.salesops.json;

import dev.salesops.core.json.JsonReader;
import dev.salesops.core.json.JsonValue;

/** JSON text to a tree for the tests: core's {@link JsonReader}. */
final class Trees {
  private Trees() {}

  static JsonValue parse(String json) {
    return JsonReader.read(json);
  }
}
