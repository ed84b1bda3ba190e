package dev.salesops.core.json;

import dev.salesops.core.internal.json.JsonFields;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.salesops.core.validation.DecimalBounds;
import dev.salesops.core.validation.Problem;
import dev.salesops.core.validation.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * The one way the definition loaders (workflow definitions and snapshots, scorecards, appraisal schemes,
 * commission plans, the CLI's mapping) turn JSON text into a tree, within the input bounds of
 * {@link SalesOpsJson}: document size, nesting, string, name and number length, <b>duplicate keys refused</b>,
 * and every decimal within {@link DecimalBounds} (checked as it is read, before anything can expand it).
 *
 * <p>Every failure is a {@link ValidationException} with one {@link Problem} naming the JSON path
 * ({@code $} for the document, {@code states[2].probability}), the rule, the line and column, and never the
 * input text beyond a short number: Jackson's own messages, which quote tokens of the input, are not passed on.
 */
public final class JsonTrees {
  private static final ObjectMapper MAPPER = SalesOpsJson.newObjectMapper();
  private static final com.fasterxml.jackson.databind.ObjectReader STRIPPED = MAPPER.reader();
  private static final com.fasterxml.jackson.databind.ObjectReader EXACT =
      MAPPER.reader().without(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES);

  private JsonTrees() {}

  /**
   * Reads a JSON document into a tree, decimals normalised (trailing zeros stripped: {@code 0.50} reads as
   * {@code 0.5}); see the class comment for what is refused.
   */
  public static JsonNode read(String json) {
    return read(json, STRIPPED);
  }

  /** As {@link #read(String)}, but decimals keep the scale they were written with ({@code 40.00} stays). */
  public static JsonNode readExact(String json) {
    return read(json, EXACT);
  }

  private static JsonNode read(String json, com.fasterxml.jackson.databind.ObjectReader reader) {
    Objects.requireNonNull(json, "json");
    try (JsonParser p = MAPPER.createParser(json)) {
      return read(p, reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // not reached: closing a parser over a String does not fail
    }
  }

  /** Reads a JSON document from a stream (UTF-8 or as detected by Jackson); the stream is not closed. */
  public static JsonNode read(InputStream json) {
    Objects.requireNonNull(json, "json");
    JsonParser p;
    try {
      p = MAPPER.createParser(json);
    } catch (JsonInputException e) {
      throw new ValidationException(Problem.of("$", e.rule()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return read(p, STRIPPED);
  }

  private static JsonNode read(JsonParser p, com.fasterxml.jackson.databind.ObjectReader reader) {
    try {
      JsonNode n = reader.readTree(p);
      if (n == null || n.isMissingNode()) {
        throw new ValidationException(Problem.of("$", "must be a JSON document, not empty input"));
      }
      if (p.nextToken() != null) {
        throw new ValidationException(Problem.of("$", "must hold one JSON value: trailing content" + where(p.currentLocation())));
      }
      return n;
    } catch (JsonInputException e) {
      // already translated by the mapper's context (path and rule in the project's words)
      String at = e.jsonPath();
      String path = at.equals("$") ? "$" : at.startsWith("$.") ? at.substring(2) : at.startsWith("$[") ? at.substring(1) : at;
      throw new ValidationException(Problem.of(path, e.rule() + (e.line() < 1 ? "" : " (line " + e.line() + ", column " + e.column() + ")")));
    } catch (BoundedNodeFactory.OutOfBounds e) {
      throw new ValidationException(Problem.of(path(p), DecimalBounds.rule() + where(p.currentLocation()), e.brief()));
    } catch (NumberFormatException | ArithmeticException e) {
      throw new ValidationException(Problem.of(path(p), DecimalBounds.rule() + where(p.currentLocation()), numberText(p)));
    } catch (StreamConstraintsException e) {
      throw new ValidationException(Problem.of(path(p), "exceeds the input bounds: " + SalesOpsDeserializationContext.bounded(e.getOriginalMessage())
          + where(e.getLocation())));
    } catch (JsonProcessingException e) {
      throw new ValidationException(Problem.of(path(p), SalesOpsDeserializationContext.syntaxRule(e) + where(e.getLocation())));
    } catch (java.io.CharConversionException e) {
      // bytes that are not UTF-8 (or the UTF-16/32 Jackson detects): input, not an I/O failure
      throw new ValidationException(Problem.of(path(p), "must be UTF-8 text: an invalid or truncated byte sequence"
          + where(p.currentLocation())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String numberText(JsonParser p) {
    try {
      String t = p.getText();
      return t == null ? "number" : JsonFields.shorten(t);
    } catch (IOException | RuntimeException e) {
      return "number";
    }
  }

  static String where(JsonLocation location) {
    if (location == null || location.getLineNr() < 0) {
      return "";
    }
    return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }

  /** The path of the parser's current position, {@code $} at the document. */
  static String path(JsonParser p) {
    return SalesOpsDeserializationContext.pathOf(p == null ? null : p.getParsingContext());
  }

  /**
   * The path of field {@code name} under {@code parent} ({@code ""} or {@code "$"} for the document): {@code a.b}
   * for ordinary names; a name that is empty, or holds characters that would make the path ambiguous, is
   * written quoted and shortened, {@code a[""]}, so that every key, however odd, has a non-blank path.
   */
  public static String child(String parent, String name) {
    Objects.requireNonNull(parent, "parent");
    Objects.requireNonNull(name, "name");
    boolean root = parent.isEmpty() || parent.equals("$");
    if (plain(name)) {
      return root ? name : parent + "." + name;
    }
    return (root ? "$" : parent) + "[\"" + JsonFields.shorten(name.replace("\"", "'")) + "\"]";
  }

  private static boolean plain(String name) {
    if (name.isEmpty() || name.length() > 64) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(Character.isLetterOrDigit(c) || c == '_' || c == '-')) {
        return false;
      }
    }
    return true;
  }

  static JsonStreamContext context(JsonParser p) {
    return p == null ? null : p.getParsingContext();
  }
}
