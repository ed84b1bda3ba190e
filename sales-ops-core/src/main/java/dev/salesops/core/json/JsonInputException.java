package dev.salesops.core.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.Objects;

/**
 * Bad JSON refused by a sales-ops mapper ({@link SalesOpsJson#newObjectMapper()}): the message names the
 * type read, the JSON path of the offending value and the rule it breaks, e.g.
 * {@code Invalid Opportunity JSON at $.amount: amount must have at most 2 decimal places for USD: 12.345
 * (line 1, column 71)}.
 *
 * <p>Paths are written {@code $} (the document), {@code $.bant.budgetAmount}, {@code $.attributes.region},
 * {@code $.roles[2]}. The message never quotes the document itself (so personal data in the input does not
 * leak into logs); the original Jackson exception is the {@linkplain #getCause() cause}.
 *
 * <p>It is a {@link JsonMappingException}, hence a {@link com.fasterxml.jackson.core.JsonProcessingException}
 * and an {@link java.io.IOException}: {@code ObjectMapper.readValue} declares it already.
 */
public final class JsonInputException extends JsonMappingException {
  private static final long serialVersionUID = 1L;

  private final String jsonPath;
  private final String rule;

  JsonInputException(String typeName, String jsonPath, String rule, JsonLocation location, Throwable cause) {
    super(null, "Invalid " + typeName + " JSON at " + jsonPath + ": " + rule + where(location), cause);
    this.jsonPath = Objects.requireNonNull(jsonPath, "jsonPath");
    this.rule = Objects.requireNonNull(rule, "rule");
  }

  private static String where(JsonLocation location) {
    if (location == null || location.getLineNr() < 0) {
      return "";
    }
    return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }

  /**
   * Bad JSON found by a codec or reader that has no parser location: the value read as {@code typeName} broke
   * {@code rule} at {@code jsonPath} (e.g. {@code $.amount}). The rule must already be short and free of
   * personal data (quote no input value longer than a short prefix).
   */
  public static JsonInputException of(String typeName, String jsonPath, String rule) {
    return new JsonInputException(typeName, jsonPath, rule, null, null);
  }

  /** The JSON path of the offending value, e.g. {@code $.bant.budgetAmount}; {@code $} for the document. */
  public String jsonPath() {
    return jsonPath;
  }

  /** The rule broken, e.g. {@code "amount must have at most 2 decimal places for USD: 12.345"}. */
  public String rule() {
    return rule;
  }

  /** The message, without Jackson's source excerpt or reference chain. */
  @Override
  public String getMessage() {
    return getOriginalMessage();
  }

  @Override
  public String toString() {
    return getClass().getName() + ": " + getMessage();
  }
}
