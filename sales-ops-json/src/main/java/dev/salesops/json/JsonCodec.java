package dev.salesops.json;

import dev.salesops.core.json.JsonInputException;
import dev.salesops.core.json.JsonValue;

/**
 * The JSON form of one model type: to a {@link JsonValue} tree and back. This is the library's one set of JSON
 * rules; the plain reader/writer ({@link SalesOpsCodecs#write}, {@code SalesOpsCodecs.read}) and the Jackson 2 and
 * Jackson 3 modules all go through it, so the three give the same bytes.
 *
 * @param <T> the model type
 */
public interface JsonCodec<T> {

  /** The model type this codec writes and reads (its subtypes too, e.g. an Immutables implementation). */
  Class<T> type();

  /** The JSON form of {@code value} (never null; the caller writes Java {@code null} as JSON {@code null}). */
  JsonValue encode(T value);

  /**
   * The value {@code json} stands for.
   *
   * @param json the JSON value, never {@link dev.salesops.core.json.JsonNull} (the caller maps JSON null to Java
   *     null where it is allowed)
   * @param path the JSON path of {@code json} in its document, e.g. {@code $.deals[3].amount}, for messages
   * @throws JsonInputException if {@code json} is not a valid {@code T}: the message names the path and the rule,
   *     never the input's personal data
   */
  T decode(JsonValue json, String path);
}
