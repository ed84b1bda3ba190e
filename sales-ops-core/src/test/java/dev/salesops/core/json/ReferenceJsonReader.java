package dev.salesops.core.json;

import dev.salesops.core.validation.DecimalBounds;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The JSON reader as it was before issue 13's tuning (commit c1c6184), kept unchanged as the oracle of
 * {@link JsonReaderEquivalenceTest}: the tuned {@link JsonReader} must give equal trees and the same errors
 * (message, path, rule, line, column). Not used by the library.
 */
final class ReferenceJsonReader {
  private static final String WELL_FORMED = "must be well-formed JSON";
  private static final String UNEXPECTED = WELL_FORMED + ": an unexpected token (text must be quoted)";
  private static final String ENDS_EARLY = WELL_FORMED + ": the document ends too early";
  private static final int SHORT = 40;

  private final String text;
  private final int end;
  private final JsonLimits limits;
  private int pos;
  private int values;
  // the path of the value being read, kept as a stack and rendered only for an error
  private final Object[] segments;
  private int depth;

  private ReferenceJsonReader(String text, int start, JsonLimits limits) {
    this.text = text;
    this.end = text.length();
    this.pos = start;
    this.limits = limits;
    this.segments = new Object[limits.maxDepth() + 1];
  }

  /** Reads {@code text} within {@link JsonLimits#DEFAULT}; see the class comment for what is refused. */
  static JsonValue read(CharSequence text) {
    return read(text, JsonLimits.DEFAULT);
  }

  /**
   * Reads {@code text} within {@code limits}.
   *
   * @throws JsonInputException if it is not one JSON value within the limits
   */
  static JsonValue read(CharSequence text, JsonLimits limits) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(limits, "limits");
    if (text.length() > limits.maxDocumentLength()) {
      throw JsonInputException.of("input", "$", "exceeds the input bounds: a document of " + text.length()
          + " characters, more than " + limits.maxDocumentLength());
    }
    String s = text.toString();
    int start = !s.isEmpty() && s.charAt(0) == '\uFEFF' ? 1 : 0;
    return new ReferenceJsonReader(s, start, limits).document();
  }

  /** Reads UTF-8 bytes within {@link JsonLimits#DEFAULT}; see the class comment for what is refused. */
  static JsonValue read(byte[] utf8) {
    return read(utf8, JsonLimits.DEFAULT);
  }

  /**
   * Reads UTF-8 bytes within {@code limits} ({@link JsonLimits#maxDocumentLength()} counts bytes here).
   *
   * @throws JsonInputException if they are not UTF-8, or not one JSON value within the limits
   */
  static JsonValue read(byte[] utf8, JsonLimits limits) {
    Objects.requireNonNull(utf8, "utf8");
    Objects.requireNonNull(limits, "limits");
    if (utf8.length > limits.maxDocumentLength()) {
      throw JsonInputException.of("input", "$", "exceeds the input bounds: a document of " + utf8.length
          + " bytes, more than " + limits.maxDocumentLength());
    }
    int start = utf8.length >= 3 && (utf8[0] & 0xFF) == 0xEF && (utf8[1] & 0xFF) == 0xBB && (utf8[2] & 0xFF) == 0xBF ? 3 : 0;
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(utf8, start, utf8.length - start);
    CharBuffer out = CharBuffer.allocate(utf8.length - start);
    java.nio.charset.CoderResult r = decoder.decode(in, out, true);
    if (!r.isError()) {
      r = decoder.flush(out);
    }
    if (r.isError()) {
      int bad = in.position();
      int line = 1;
      int column = 1;
      for (int i = start; i < bad; i++) {
        int b = utf8[i] & 0xFF;
        if (b == '\n') {
          line++;
          column = 1;
        } else if ((b & 0xC0) != 0x80) {
          column++;
        }
      }
      throw JsonInputException.of("input", "$", "must be UTF-8 text: an invalid or truncated byte sequence", line, column);
    }
    out.flip();
    return new ReferenceJsonReader(out.toString(), 0, limits).document();
  }

  // ---------------------------------------------------------------------------------------------------------

  private JsonValue document() {
    skipWhiteSpace();
    if (pos >= end) {
      throw fail("must be a JSON document, not empty input", pos);
    }
    JsonValue v = value();
    skipWhiteSpace();
    if (pos < end) {
      depth = 0;
      throw fail("must hold one JSON value: trailing content", pos);
    }
    return v;
  }

  private JsonValue value() {
    if (pos >= end) {
      throw fail(ENDS_EARLY, pos);
    }
    char c = text.charAt(pos);
    switch (c) {
      case '{':
        return object();
      case '[':
        return array();
      case '"':
        return JsonString.of(string(limits.maxStringLength(), "string"));
      case 't':
        literal("true");
        return JsonBoolean.TRUE;
      case 'f':
        literal("false");
        return JsonBoolean.FALSE;
      case 'n':
        literal("null");
        return JsonNull.INSTANCE;
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          return number();
        }
        throw fail(UNEXPECTED, pos);
    }
  }

  private void literal(String word) {
    int n = word.length();
    if (end - pos < n) {
      // a prefix of the word up to the end is a truncated document; anything else an unexpected token
      for (int i = 0; pos + i < end; i++) {
        if (text.charAt(pos + i) != word.charAt(i)) {
          throw fail(UNEXPECTED, pos);
        }
      }
      throw fail(ENDS_EARLY, end);
    }
    for (int i = 0; i < n; i++) {
      if (text.charAt(pos + i) != word.charAt(i)) {
        throw fail(UNEXPECTED, pos);
      }
    }
    pos += n;
    if (pos < end && isWordChar(text.charAt(pos))) {
      throw fail(UNEXPECTED, pos);
    }
  }

  private static boolean isWordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$' || c > 127;
  }

  private void enter(int at) {
    if (depth >= limits.maxDepth()) {
      throw fail("exceeds the input bounds: nesting deeper than " + limits.maxDepth(), at);
    }
    depth++;
    segments[depth] = null;
  }

  private void count(int at) {
    if (++values > limits.maxValues()) {
      throw fail("exceeds the input bounds: more than " + limits.maxValues() + " members and elements", at);
    }
  }

  private JsonObject object() {
    enter(pos);
    pos++; // {
    skipWhiteSpace();
    if (pos < end && text.charAt(pos) == '}') {
      pos++;
      depth--;
      return JsonObject.empty();
    }
    JsonObject.Builder b = JsonObject.builder();
    while (true) {
      if (pos >= end) {
        throw fail(ENDS_EARLY, pos);
      }
      if (text.charAt(pos) != '"') {
        throw fail(UNEXPECTED, pos);
      }
      int nameAt = pos;
      String name = string(limits.maxNameLength(), "name");
      segments[depth] = name;
      if (b.has(name)) {
        throw fail("must not repeat a key: duplicate field \"" + shorten(name) + "\"", nameAt);
      }
      count(nameAt);
      skipWhiteSpace();
      if (pos >= end) {
        throw fail(ENDS_EARLY, pos);
      }
      if (text.charAt(pos) != ':') {
        throw fail(UNEXPECTED, pos);
      }
      pos++;
      skipWhiteSpace();
      b.put(name, value());
      skipWhiteSpace();
      if (pos >= end) {
        throw fail(ENDS_EARLY, pos);
      }
      char c = text.charAt(pos);
      if (c == ',') {
        pos++;
        skipWhiteSpace();
      } else if (c == '}') {
        pos++;
        depth--;
        return b.build();
      } else {
        throw fail(UNEXPECTED, pos);
      }
    }
  }

  private JsonArray array() {
    enter(pos);
    pos++; // [
    skipWhiteSpace();
    if (pos < end && text.charAt(pos) == ']') {
      pos++;
      depth--;
      return JsonArray.empty();
    }
    JsonArray.Builder b = JsonArray.builder();
    int index = 0;
    while (true) {
      segments[depth] = index;
      count(pos);
      b.add(value());
      index++;
      skipWhiteSpace();
      if (pos >= end) {
        throw fail(ENDS_EARLY, pos);
      }
      char c = text.charAt(pos);
      if (c == ',') {
        pos++;
        skipWhiteSpace();
      } else if (c == ']') {
        pos++;
        depth--;
        return b.build();
      } else {
        throw fail(UNEXPECTED, pos);
      }
    }
  }

  /** The string starting at the quote at {@code pos}, unescaped, of at most {@code max} chars. */
  private String string(int max, String what) {
    int open = pos;
    int i = pos + 1;
    // fast path: no escapes
    int start = i;
    while (i < end) {
      char c = text.charAt(i);
      if (c == '"') {
        if (i - start > max) {
          throw tooLong(what, max, open);
        }
        pos = i + 1;
        return text.substring(start, i);
      }
      if (c == '\\') {
        break;
      }
      checkChar(c, i);
      i++;
      if (i - start > max) {
        throw tooLong(what, max, open);
      }
    }
    if (i >= end) {
      throw fail(ENDS_EARLY, end);
    }
    StringBuilder sb = new StringBuilder(Math.min(max, (i - start) + 16));
    sb.append(text, start, i);
    while (i < end) {
      char c = text.charAt(i);
      if (c == '"') {
        pos = i + 1;
        return sb.toString();
      }
      if (c == '\\') {
        if (i + 1 >= end) {
          throw fail(ENDS_EARLY, end);
        }
        char e = text.charAt(i + 1);
        switch (e) {
          case '"' -> sb.append('"');
          case '\\' -> sb.append('\\');
          case '/' -> sb.append('/');
          case 'b' -> sb.append('\b');
          case 'f' -> sb.append('\f');
          case 'n' -> sb.append('\n');
          case 'r' -> sb.append('\r');
          case 't' -> sb.append('\t');
          case 'u' -> {
            char u = hex4(i + 2);
            if (Character.isHighSurrogate(u)) {
              // must be followed by an escaped low surrogate
              if (i + 7 < end && text.charAt(i + 6) == '\\' && text.charAt(i + 7) == 'u') {
                char low = hex4(i + 8);
                if (!Character.isLowSurrogate(low)) {
                  throw fail(WELL_FORMED + ": an unpaired surrogate in a string", i);
                }
                sb.append(u).append(low);
                i += 6;
              } else if (i + 6 >= end || (i + 7 >= end && text.charAt(i + 6) == '\\')) {
                throw fail(ENDS_EARLY, end);
              } else {
                throw fail(WELL_FORMED + ": an unpaired surrogate in a string", i);
              }
            } else if (Character.isLowSurrogate(u)) {
              throw fail(WELL_FORMED + ": an unpaired surrogate in a string", i);
            } else {
              sb.append(u);
            }
            i += 4;
          }
          default -> throw fail(WELL_FORMED + ": an unknown escape in a string", i);
        }
        i += 2;
      } else {
        checkChar(c, i);
        if (Character.isHighSurrogate(c)) {
          sb.append(c).append(text.charAt(i + 1));
          i += 2;
        } else {
          sb.append(c);
          i++;
        }
      }
      if (sb.length() > max) {
        throw tooLong(what, max, open);
      }
    }
    throw fail(ENDS_EARLY, end);
  }

  /** Refuses control characters and unpaired surrogates (raw, in a string at {@code i}). */
  private void checkChar(char c, int i) {
    if (c < 0x20) {
      throw fail(WELL_FORMED + ": an unescaped control character in a string", i);
    }
    if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
      if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1))) {
        return;
      }
      if (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1))) {
        return;
      }
      throw fail(WELL_FORMED + ": an unpaired surrogate in a string", i);
    }
  }

  private char hex4(int at) {
    if (at + 4 > end) {
      throw fail(ENDS_EARLY, end);
    }
    int v = 0;
    for (int k = 0; k < 4; k++) {
      char h = text.charAt(at + k);
      int d;
      if (h >= '0' && h <= '9') {
        d = h - '0';
      } else if (h >= 'a' && h <= 'f') {
        d = h - 'a' + 10;
      } else if (h >= 'A' && h <= 'F') {
        d = h - 'A' + 10;
      } else {
        throw fail(WELL_FORMED + ": a \\u escape needs four hexadecimal digits", at - 2);
      }
      v = (v << 4) | d;
    }
    return (char) v;
  }

  private JsonInputException tooLong(String what, int max, int at) {
    return fail("exceeds the input bounds: a " + what + " longer than " + max + " characters", at);
  }

  private JsonNumber number() {
    int start = pos;
    int max = limits.maxNumberLength();
    int i = pos;
    if (text.charAt(i) == '-') {
      i++;
    }
    // integer part
    int intStart = i;
    if (i < end && text.charAt(i) == '0') {
      i++;
    } else {
      while (i < end && isDigit(text.charAt(i))) {
        i++;
        if (i - start > max) {
          throw numberTooLong(max, start);
        }
      }
    }
    if (i == intStart) {
      throw fail(i >= end ? ENDS_EARLY : UNEXPECTED, i);
    }
    int fracStart = -1;
    if (i < end && text.charAt(i) == '.') {
      i++;
      fracStart = i;
      while (i < end && isDigit(text.charAt(i))) {
        i++;
        if (i - start > max) {
          throw numberTooLong(max, start);
        }
      }
      if (i == fracStart) {
        throw fail(i >= end ? ENDS_EARLY : WELL_FORMED + ": a number needs digits after its decimal point", i);
      }
    }
    boolean hasExponent = false;
    if (i < end && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
      hasExponent = true;
      i++;
      if (i < end && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
        i++;
      }
      int expStart = i;
      while (i < end && isDigit(text.charAt(i))) {
        i++;
        if (i - start > max) {
          throw numberTooLong(max, start);
        }
      }
      if (i == expStart) {
        throw fail(i >= end ? ENDS_EARLY : WELL_FORMED + ": a number needs digits in its exponent", i);
      }
    }
    if (i - start > max) {
      throw numberTooLong(max, start);
    }
    if (i < end && isWordChar(text.charAt(i)) || i < end && (text.charAt(i) == '.' || text.charAt(i) == '-' || text.charAt(i) == '+')) {
      // 01, 1.2.3, 1e5e5, 12abc
      throw fail(UNEXPECTED, i);
    }
    pos = i;
    String literal = text.substring(start, i);
    if (!JsonNumber.withinBounds(literal)) {
      throw fail(DecimalBounds.rule() + ": " + brief(literal), start);
    }
    return JsonNumber.read(literal, fracStart < 0 && !hasExponent);
  }

  private JsonInputException numberTooLong(int max, int at) {
    return fail("exceeds the input bounds: a number longer than " + max + " characters", at);
  }

  /** A short rendering of a number literal out of bounds, never its expansion. */
  private static String brief(String literal) {
    try {
      return DecimalBounds.brief(new BigDecimal(literal));
    } catch (NumberFormatException e) {
      // an exponent beyond int range: the literal itself, shortened
      return shorten(literal);
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private void skipWhiteSpace() {
    while (pos < end) {
      char c = text.charAt(pos);
      if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
        pos++;
      } else {
        return;
      }
    }
  }

  private static String shorten(String s) {
    return s.length() <= SHORT ? s : s.substring(0, SHORT - 3) + "...";
  }

  // ---------------------------------------------------------------------------------------------------------

  /** An input exception at {@code at}, with the path of the value being read. Linear, once per read. */
  private JsonInputException fail(String rule, int at) {
    int line = 1;
    int lineStart = 0;
    int stop = Math.min(at, end);
    for (int k = 0; k < stop; k++) {
      char c = text.charAt(k);
      if (c == '\n') {
        line++;
        lineStart = k + 1;
      } else if (c == '\r' && (k + 1 >= end || text.charAt(k + 1) != '\n')) {
        line++;
        lineStart = k + 1;
      }
    }
    return JsonInputException.of("input", path(), rule, line, stop - lineStart + 1);
  }

  private String path() {
    StringBuilder b = new StringBuilder("$");
    for (int d = 1; d <= depth && d < segments.length; d++) {
      Object s = segments[d];
      if (s instanceof Integer index) {
        b.append('[').append(index).append(']');
      } else if (s instanceof String name) {
        appendName(b, name);
      }
    }
    return b.toString();
  }

  /**
   * Appends member {@code name} to a JSON path: {@code .name} for a plain name (letters, digits, {@code _} and
   * {@code -}, at most 64 chars), else {@code ["name"]} with the name shortened and {@code "} as {@code '}.
   */
  static void appendName(StringBuilder path, String name) {
    if (plain(name)) {
      path.append('.').append(name);
    } else {
      path.append("[\"").append(shorten(name.replace('"', '\''))).append("\"]");
    }
  }

  /** Whether {@code name} can stand in a path without quotes. */
  static boolean plain(String name) {
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
}
