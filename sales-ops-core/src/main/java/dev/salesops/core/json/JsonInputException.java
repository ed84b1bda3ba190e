package dev.salesops.core.json;

import dev.salesops.core.validation.Problem;
import dev.salesops.core.validation.ValidationException;
import java.util.List;
import java.util.Objects;

/**
 * Bad JSON refused by a sales-ops reader: {@link JsonReader} (text that is not JSON, or JSON outside the
 * {@linkplain JsonLimits input bounds}), a codec of {@code sales-ops-json}, or (as the cause of their exceptions) the Jackson modules. The message names the type read,
 * the JSON path of the offending value, the rule it breaks and, when the failure has a place in the text, its
 * line and column, e.g. {@code Invalid Opportunity JSON at $.amount: amount must have at most 2 decimal places
 * for USD: 12.345 (line 1, column 71)}.
 *
 * <p>Paths are written {@code $} (the document), {@code $.bant.budgetAmount}, {@code $.attributes.region},
 * {@code $.roles[2]}; a member name that is empty or holds characters that would make the path ambiguous is
 * written quoted and shortened, {@code $["a.b"]}. The message never quotes the document itself beyond a short
 * prefix of one value (so personal data in the input does not leak into logs) and is at most
 * {@value ValidationException#MAX_MESSAGE_LENGTH} characters long.
 *
 * <p><b>One contract.</b> It is a {@link ValidationException} (hence an unchecked
 * {@link IllegalArgumentException}) carrying exactly one {@link Problem}, whose path is the JSON path in the
 * loaders' form ({@code bant.budgetAmount}, {@code $} for the document) and whose rule ends with the line and
 * column. So a host that catches {@code ValidationException} catches every refusal of untrusted input, from a
 * Java constructor, a definition loader, a codec or a reader; one that wants the JSON specifics catches this
 * type. It does not depend on any JSON library.
 */
public final class JsonInputException extends ValidationException {
  private static final long serialVersionUID = 2L;

  private final String typeName;
  private final String jsonPath;
  private final String rule;
  private final int line;
  private final int column;
  private final String message;

  JsonInputException(String typeName, String jsonPath, String rule, int line, int column, Throwable cause) {
    super(List.of(Problem.of(problemPath(Objects.requireNonNull(jsonPath, "jsonPath")),
        Objects.requireNonNull(rule, "rule") + where(line, column))));
    this.typeName = Objects.requireNonNull(typeName, "typeName");
    this.jsonPath = jsonPath;
    this.rule = rule;
    this.line = line < 1 ? -1 : line;
    this.column = line < 1 || column < 1 ? -1 : column;
    String m = "Invalid " + typeName + " JSON at " + jsonPath + ": " + rule + where(this.line, this.column);
    this.message = m.length() <= MAX_MESSAGE_LENGTH ? m : m.substring(0, MAX_MESSAGE_LENGTH - 3) + "...";
    if (cause != null) {
      initCause(cause);
    }
  }

  /**
   * Bad JSON found by a codec or reader that has no place in the text: the value read as {@code typeName} broke
   * {@code rule} at {@code jsonPath} (e.g. {@code $.amount}). The rule must already be short and free of
   * personal data (quote no input value longer than a short prefix).
   */
  public static JsonInputException of(String typeName, String jsonPath, String rule) {
    return new JsonInputException(typeName, jsonPath, rule, -1, -1, null);
  }

  /** As {@link #of(String, String, String)}, at {@code line} and {@code column} of the text (1-based). */
  public static JsonInputException of(String typeName, String jsonPath, String rule, int line, int column) {
    return new JsonInputException(typeName, jsonPath, rule, line, column, null);
  }

  /** This refusal as one of reading {@code newTypeName} (e.g. a codec naming the type that {@link JsonReader} did not know). */
  public JsonInputException withTypeName(String newTypeName) {
    JsonInputException e = new JsonInputException(newTypeName, jsonPath, rule, line, column, getCause());
    e.setStackTrace(getStackTrace());
    return e;
  }

  /** The name of the type read, e.g. {@code Opportunity}; {@code input} when the reader did not know it. */
  public String typeName() {
    return typeName;
  }

  /** The JSON path of the offending value, e.g. {@code $.bant.budgetAmount}; {@code $} for the document. */
  public String jsonPath() {
    return jsonPath;
  }

  /** The rule broken, e.g. {@code "amount must have at most 2 decimal places for USD: 12.345"}. */
  public String rule() {
    return rule;
  }

  /** The line (1-based) of the failure in the text, or -1 when it has no place in the text. */
  public int line() {
    return line;
  }

  /** The column (1-based, in characters) of the failure in the text, or -1 when it has no place in the text. */
  public int column() {
    return column;
  }

  /** {@code Invalid <type> JSON at <path>: <rule>[ (line L, column C)]}, at most 1 KiB. */
  @Override
  public String getMessage() {
    return message;
  }

  @Override
  public String toString() {
    return getClass().getName() + ": " + getMessage();
  }

  private static String where(int line, int column) {
    if (line < 1) {
      return "";
    }
    return column < 1 ? " (line " + line + ")" : " (line " + line + ", column " + column + ")";
  }

  /** The loaders' form of a JSON path: {@code $.a.b} is {@code a.b}, {@code $[0]} is {@code [0]}, {@code $} stays. */
  static String problemPath(String jsonPath) {
    if (jsonPath.startsWith("$.") && jsonPath.length() > 2) {
      return jsonPath.substring(2);
    }
    if (jsonPath.startsWith("$[") && !jsonPath.startsWith("$[\"")) {
      return jsonPath.substring(1);
    }
    return jsonPath.isBlank() ? "$" : jsonPath;
  }
}
