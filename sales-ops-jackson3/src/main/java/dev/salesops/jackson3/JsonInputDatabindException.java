package dev.salesops.jackson3;

import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;
import dev.salesops.core.json.JsonInputException;

/**
 * A sales-ops value refused while Jackson 3 read it: Jackson's mapping exception (so hosts and frameworks treat it
 * as bad input, e.g. HTTP 400), with the library's {@link JsonInputException} as its {@linkplain #getCause() cause}.
 *
 * <p>The message is the cause's — type, JSON path from the document root and rule, e.g.
 * {@code Invalid Money JSON at $.deal.amount: amount must have at most 2 decimal places for USD} — plus the line
 * and column; it never quotes the input (which may hold personal data).
 */
public final class JsonInputDatabindException extends DatabindException {
  private static final long serialVersionUID = 1L;

  JsonInputDatabindException(JsonParser p, JsonInputException cause) {
    super(p, cause.getMessage(), cause);
  }

  /** The library's exception: {@link JsonInputException#jsonPath()} and {@link JsonInputException#rule()}. */
  public JsonInputException input() {
    return (JsonInputException) getCause();
  }

  /** The JSON path of the refused value, e.g. {@code $.deal.amount}. */
  public String jsonPath() {
    return input().jsonPath();
  }

  /** The rule the value breaks. */
  public String rule() {
    return input().rule();
  }

  /** The cause's message and the position; no source excerpt, no reference chain (the path says where). */
  @Override
  public String getMessage() {
    TokenStreamLocation l = getLocation();
    String where = l == null || l.getLineNr() < 0 ? "" : " (line " + l.getLineNr() + ", column " + l.getColumnNr() + ")";
    return getOriginalMessage() + where;
  }

  @Override
  public String toString() {
    return getClass().getName() + ": " + getMessage();
  }
}
