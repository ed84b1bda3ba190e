package dev.salesops.jackson3;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamConstraintsException;
import dev.salesops.core.json.JsonArray;
import dev.salesops.core.json.JsonBoolean;
import dev.salesops.core.json.JsonInputException;
import dev.salesops.core.json.JsonNull;
import dev.salesops.core.json.JsonNumber;
import dev.salesops.core.json.JsonObject;
import dev.salesops.core.json.JsonString;
import dev.salesops.core.json.JsonValue;
import java.io.IOException;

/**
 * Reads the value at a parser's current token into a {@link JsonValue}, within {@link Limits} whatever the parser
 * allows: nesting depth, string, name and number length, total size, duplicate names, the JSON number grammar.
 * Every failure, the parser's own included, is a {@link JsonInputException} naming the path and the rule, never the
 * input's text (Jackson's own messages quote tokens of the input; they are not passed on).
 */
final class TreeReader {
  private final JsonParser p;
  private final String typeName;
  private long size;

  private TreeReader(JsonParser p, String typeName) {
    this.p = p;
    this.typeName = typeName;
  }

  /**
   * The value at {@code p}'s current token; on return the parser is at the value's last token.
   *
   * @param path the value's path in its document
   */
  static JsonValue read(JsonParser p, String typeName, String path) throws IOException {
    return new TreeReader(p, typeName).value(new Path(null, path, null, -1), 0);
  }

  private JsonValue value(Path at, int depth) throws IOException {
    JsonToken t = p.currentToken();
    if (t == null) {
      throw fail(at, "must be a JSON value, not the end of the input");
    }
    switch (t) {
      case START_OBJECT:
        return object(at, depth + 1);
      case START_ARRAY:
        return array(at, depth + 1);
      case VALUE_STRING: {
        int length = textLength(at);
        if (length > Limits.MAX_STRING) {
          throw fail(at, "exceeds the input bounds: a string of " + length + " characters (at most " + Limits.MAX_STRING + ")");
        }
        charge(at, length + 2L);
        return JsonString.of(text(at));
      }
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT: {
        String text = text(at);
        if (text.length() > Limits.MAX_NUMBER) {
          throw fail(at, "exceeds the input bounds: a number of " + text.length() + " characters (at most " + Limits.MAX_NUMBER + ")");
        }
        charge(at, text.length());
        try {
          return JsonNumber.of(text);
        } catch (IllegalArgumentException e) {
          throw fail(at, "must be a JSON number (such as 12.5 or 1e3)");
        }
      }
      case VALUE_TRUE:
        charge(at, 4);
        return JsonBoolean.TRUE;
      case VALUE_FALSE:
        charge(at, 5);
        return JsonBoolean.FALSE;
      case VALUE_NULL:
        charge(at, 4);
        return JsonNull.INSTANCE;
      default:
        throw fail(at, "must be JSON text, not " + t.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
    }
  }

  private int textLength(Path at) throws IOException {
    try {
      return p.getStringLength();
    } catch (JacksonException e) {
      throw parserFailure(at, e);
    }
  }

  private String text(Path at) throws IOException {
    try {
      return p.getString();
    } catch (JacksonException e) {
      throw parserFailure(at, e);
    }
  }

  private JsonObject object(Path at, int depth) throws IOException {
    if (depth > Limits.MAX_DEPTH) {
      throw fail(at, "exceeds the input bounds: nested deeper than " + Limits.MAX_DEPTH + " levels");
    }
    charge(at, 2);
    JsonObject.Builder b = JsonObject.builder();
    for (JsonToken t = next(at, true); t != JsonToken.END_OBJECT; t = next(at, true)) {
      if (t != JsonToken.PROPERTY_NAME) {
        throw fail(at, "must be a JSON object");
      }
      String name = p.currentName();
      Path member = new Path(at, null, name, -1);
      if (name.length() > Limits.MAX_NAME) {
        throw fail(member, "exceeds the input bounds: a name of " + name.length() + " characters (at most " + Limits.MAX_NAME + ")");
      }
      if (b.has(name)) {
        throw fail(member, "duplicate member name: each name may appear once in an object");
      }
      charge(member, name.length() + 4L);
      next(member, false);
      b.put(name, value(member, depth));
    }
    return b.build();
  }

  private JsonArray array(Path at, int depth) throws IOException {
    if (depth > Limits.MAX_DEPTH) {
      throw fail(at, "exceeds the input bounds: nested deeper than " + Limits.MAX_DEPTH + " levels");
    }
    charge(at, 2);
    JsonArray.Builder b = JsonArray.builder();
    int i = 0;
    for (JsonToken t = next(at, false); t != JsonToken.END_ARRAY; t = next(at, false)) {
      Path element = new Path(at, null, null, i++);
      charge(element, 1);
      b.add(value(element, depth));
    }
    return b.build();
  }

  /**
   * The next token. In an object ({@code member}), Jackson reads a name and its scalar value in one step: a
   * failure there is placed at the parser's current member.
   */
  private JsonToken next(Path at, boolean member) throws IOException {
    JsonToken t;
    try {
      t = p.nextToken();
    } catch (JacksonException e) {
      throw parserFailure(member ? currentMember(at) : at, e);
    }
    if (t == null) {
      throw fail(at, "must be complete JSON: the input ends inside it");
    }
    return t;
  }

  private void charge(Path at, long chars) throws IOException {
    size += chars;
    if (size > Limits.MAX_DOCUMENT) {
      throw fail(at, "exceeds the input bounds: a value larger than " + Limits.MAX_DOCUMENT + " characters");
    }
  }

  private Path currentMember(Path object) {
    String name;
    try {
      name = p.currentName();
    } catch (JacksonException e) {
      name = null;
    }
    return name == null ? object : new Path(object, null, name, -1);
  }

  private JsonInputException parserFailure(Path at, JacksonException e) {
    String where = where(e.getLocation());
    if (e instanceof StreamConstraintsException) {
      // Jackson's constraint messages name the limit, not the input
      return fail(at, "exceeds the input bounds of the parser" + where);
    }
    // Jackson's syntax messages quote input tokens: only the kind of failure and the position are kept
    if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate ")) {
      // the parser's duplicate detection (the library's readers turn it on)
      return fail(at, "duplicate member name: each name may appear once in an object" + where);
    }
    return fail(at, "must be well-formed JSON" + where);
  }

  private static String where(TokenStreamLocation l) {
    return l == null || l.getLineNr() < 0 ? "" : " (line " + l.getLineNr() + ", column " + l.getColumnNr() + ")";
  }

  private JsonInputException fail(Path at, String rule) {
    return JsonInputException.of(typeName, at.render(), rule);
  }

  /** A path as a linked list, rendered only for a message. */
  private record Path(Path parent, String root, String name, int index) {
    String render() {
      if (parent == null) {
        return root;
      }
      String up = parent.render();
      return name != null ? Paths.child(up, name) : Paths.index(up, index);
    }
  }
}
