package dev.salesops.core.json;

import dev.salesops.core.validation.DecimalBounds;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Objects;

/**
 * Reads JSON text (RFC 8259) into a {@link JsonValue} tree, with no JSON library, treating the text as hostile.
 *
 * <p><b>What is refused</b>, each with a {@link JsonInputException} naming the JSON path, the rule, the line and
 * the column (1-based, in characters):
 * <ul>
 *   <li>anything that is not exactly one JSON value surrounded by optional white space (space, tab, line feed,
 *       carriage return): empty input, trailing content, comments, single quotes, unquoted names, trailing
 *       commas, {@code NaN}, leading zeros or {@code +} in numbers, unescaped control characters (NUL included)
 *       in strings, unknown escapes, unpaired surrogates (escaped as {@code \ud800} or raw);
 *   <li>a member name that occurs twice in one object (a second {@code "denominator"} cannot slip past the
 *       checks made on the first);
 *   <li>anything beyond the {@link JsonLimits} (document length, nesting depth, string, name and number
 *       length, total number of members and elements): {@link JsonLimits#DEFAULT} by default;
 *   <li>a number outside {@link DecimalBounds} (more than 100 significant digits, or more than 100 decimal places
 *       or trailing zeros: {@code 1e999999999}, {@code 1e-999999999}), checked on the literal before any
 *       {@link BigDecimal} is built, so {@link JsonNumber#decimal()} of a number read here never fails and never
 *       expands;
 *   <li>for {@link #read(byte[])}: bytes that are not UTF-8 (invalid or truncated sequences, overlong forms,
 *       encoded surrogates). A leading UTF-8 byte order mark is skipped, as RFC 8259 allows; UTF-16 and UTF-32
 *       are not read. For {@link #read(CharSequence)} a leading {@code U+FEFF} is skipped too.
 * </ul>
 *
 * <p><b>Messages</b> are at most 1 KiB and never quote the text beyond a short prefix of one number or member
 * name (a string value, which may be personal data, is never quoted): the rule names the kind of error, e.g.
 * {@code must be well-formed JSON: an unexpected token (text must be quoted)}.
 *
 * <p><b>Linear</b>: one pass over the text, no regular expression, no backtracking, each character looked at a
 * constant number of times, values built once (no per-element copying); the path of an error is built only when
 * the error is thrown. Nesting is bounded by {@link JsonLimits#maxDepth()}, so the recursion is too.
 *
 * <p>Thread-safe: every call reads on its own state.
 */
public final class JsonReader {
  private static final String WELL_FORMED = "must be well-formed JSON";
  private static final String UNEXPECTED = WELL_FORMED + ": an unexpected token (text must be quoted)";
  private static final String ENDS_EARLY = WELL_FORMED + ": the document ends too early";
  private static final int SHORT = 40;

  /** Small objects keep their members in arrays; an object with more switches to a hash map (see {@link #object()}). */
  private static final int SMALL_OBJECT = 8;
  /** Member names up to this length are shared through {@link #names} (a document repeats its names). */
  private static final int CACHED_NAME = 32;

  private final String text;
  private final char[] buf;
  private final int end;
  private final JsonLimits limits;
  private int pos;
  private int values;
  // the path of the value being read, kept as a stack (an index, or a member name) and rendered only for an error
  private final int[] pathIndex;
  private final String[] pathName;
  private int depth;
  // the members and elements of the containers being read, shared by every level (each level uses the top)
  private JsonValue[] stack = new JsonValue[32];
  private String[] nameStack = new String[16];
  private int sp;
  private int nsp;
  // member names seen in this document, by hash (a direct-mapped table: a collision replaces, never chains),
  // with their chars for the comparison
  private final String[] names = new String[256];
  private final char[][] nameChars = new char[256][];

  private JsonReader(String text, char[] buf, int start, int end, JsonLimits limits) {
    this.text = text;
    this.buf = buf;
    this.end = end;
    this.pos = start;
    this.limits = limits;
    this.pathIndex = new int[limits.maxDepth() + 1];
    this.pathName = new String[limits.maxDepth() + 1];
  }

  /** Reads {@code text} within {@link JsonLimits#DEFAULT}; see the class comment for what is refused. */
  public static JsonValue read(CharSequence text) {
    return read(text, JsonLimits.DEFAULT);
  }

  /**
   * Reads {@code text} within {@code limits}.
   *
   * @throws JsonInputException if it is not one JSON value within the limits
   */
  public static JsonValue read(CharSequence text, JsonLimits limits) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(limits, "limits");
    if (text.length() > limits.maxDocumentLength()) {
      throw JsonInputException.of("input", "$", "exceeds the input bounds: a document of " + text.length()
          + " characters, more than " + limits.maxDocumentLength());
    }
    String s = text.toString();
    int start = !s.isEmpty() && s.charAt(0) == '\uFEFF' ? 1 : 0;
    return new JsonReader(s, s.toCharArray(), start, s.length(), limits).document();
  }

  /** Reads UTF-8 bytes within {@link JsonLimits#DEFAULT}; see the class comment for what is refused. */
  public static JsonValue read(byte[] utf8) {
    return read(utf8, JsonLimits.DEFAULT);
  }

  /**
   * Reads UTF-8 bytes within {@code limits} ({@link JsonLimits#maxDocumentLength()} counts bytes here).
   *
   * @throws JsonInputException if they are not UTF-8, or not one JSON value within the limits
   */
  public static JsonValue read(byte[] utf8, JsonLimits limits) {
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
    return new JsonReader(out.toString(), out.array(), 0, out.limit(), limits).document();
  }

  /**
   * Whether {@code text} follows the JSON number grammar
   * ({@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?}); linear in its length.
   */
  public static boolean isNumber(CharSequence text) {
    return JsonNumber.isJsonNumber(Objects.requireNonNull(text, "text"));
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
    char c = buf[pos];
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
        if (buf[pos + i] != word.charAt(i)) {
          throw fail(UNEXPECTED, pos);
        }
      }
      throw fail(ENDS_EARLY, end);
    }
    for (int i = 0; i < n; i++) {
      if (buf[pos + i] != word.charAt(i)) {
        throw fail(UNEXPECTED, pos);
      }
    }
    pos += n;
    if (pos < end && isWordChar(buf[pos])) {
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
    pathIndex[depth] = -1;
    pathName[depth] = null;
  }

  private void count(int at) {
    if (++values > limits.maxValues()) {
      throw fail("exceeds the input bounds: more than " + limits.maxValues() + " members and elements", at);
    }
  }

  private void push(JsonValue v) {
    if (sp == stack.length) {
      stack = Arrays.copyOf(stack, sp * 2);
    }
    stack[sp++] = v;
  }

  private void pushName(String name) {
    if (nsp == nameStack.length) {
      nameStack = Arrays.copyOf(nameStack, nsp * 2);
    }
    nameStack[nsp++] = name;
  }

  /** Whether {@code name} is among the names of the small object whose names start at {@code from}. */
  private boolean repeated(String name, int from) {
    for (int k = from; k < nsp; k++) {
      if (nameStack[k].equals(name)) {
        return true;
      }
    }
    return false;
  }

  /**
   * An object. Its first {@value #SMALL_OBJECT} members are kept on the shared stacks (a duplicate found by
   * comparing names); from the next one on, in a {@link LinkedHashMap} (whose bins turn into trees, so even names
   * crafted to share one hash cost a logarithmic lookup, never a quadratic read).
   */
  private JsonObject object() {
    enter(pos);
    pos++; // {
    skipWhiteSpace();
    if (pos < end && buf[pos] == '}') {
      pos++;
      depth--;
      return JsonObject.empty();
    }
    int base = sp;
    int nameBase = nsp;
    LinkedHashMap<String, JsonValue> big = null;
    while (true) {
      if (pos >= end) {
        throw fail(ENDS_EARLY, pos);
      }
      if (buf[pos] != '"') {
        throw fail(UNEXPECTED, pos);
      }
      int nameAt = pos;
      String name = name();
      pathName[depth] = name;
      if (big == null ? repeated(name, nameBase) : big.containsKey(name)) {
        throw fail("must not repeat a key: duplicate field \"" + shorten(name) + "\"", nameAt);
      }
      count(nameAt);
      skipWhiteSpace();
      if (pos >= end) {
        throw fail(ENDS_EARLY, pos);
      }
      if (buf[pos] != ':') {
        throw fail(UNEXPECTED, pos);
      }
      pos++;
      skipWhiteSpace();
      JsonValue v = value();
      if (big != null) {
        big.put(name, v);
      } else if (nsp - nameBase < SMALL_OBJECT) {
        pushName(name);
        push(v);
      } else {
        big = new LinkedHashMap<>(4 * SMALL_OBJECT);
        for (int k = 0; k < SMALL_OBJECT; k++) {
          big.put(nameStack[nameBase + k], stack[base + k]);
        }
        big.put(name, v);
        sp = base;
        nsp = nameBase;
      }
      skipWhiteSpace();
      if (pos >= end) {
        throw fail(ENDS_EARLY, pos);
      }
      char c = buf[pos];
      if (c == ',') {
        pos++;
        skipWhiteSpace();
      } else if (c == '}') {
        pos++;
        depth--;
        if (big != null) {
          return JsonObject.read(big);
        }
        JsonObject o = JsonObject.read(nameStack, nameBase, stack, base, nsp - nameBase);
        sp = base;
        nsp = nameBase;
        return o;
      } else {
        throw fail(UNEXPECTED, pos);
      }
    }
  }

  private JsonArray array() {
    enter(pos);
    pos++; // [
    skipWhiteSpace();
    if (pos < end && buf[pos] == ']') {
      pos++;
      depth--;
      return JsonArray.empty();
    }
    int base = sp;
    int index = 0;
    while (true) {
      pathIndex[depth] = index;
      count(pos);
      JsonValue v = value();
      push(v);
      index++;
      skipWhiteSpace();
      if (pos >= end) {
        throw fail(ENDS_EARLY, pos);
      }
      char c = buf[pos];
      if (c == ',') {
        pos++;
        skipWhiteSpace();
      } else if (c == ']') {
        pos++;
        depth--;
        JsonArray a = JsonArray.read(Arrays.copyOfRange(stack, base, sp));
        sp = base;
        return a;
      } else {
        throw fail(UNEXPECTED, pos);
      }
    }
  }

  /**
   * The member name starting at the quote at {@code pos}. A short plain one (printable ASCII, no escape) is
   * looked up in {@link #names}, so a document that repeats a name holds it once; anything else is read by
   * {@link #string}, which gives the same errors as before (the fast look at most {@value #CACHED_NAME} chars).
   */
  private String name() {
    int max = limits.maxNameLength();
    char[] b = buf;
    int start = pos + 1;
    int stop = (int) Math.min(end, (long) start + Math.min(CACHED_NAME, max) + 1);
    int h = 0;
    for (int i = start; i < stop; i++) {
      char c = b[i];
      if (c == '"') {
        int slot = (h ^ (h >>> 7) ^ (h >>> 16)) & (names.length - 1);
        char[] seen = nameChars[slot];
        String s;
        if (seen != null && Arrays.equals(seen, 0, seen.length, b, start, i)) {
          s = names[slot];
        } else {
          s = text.substring(start, i);
          names[slot] = s;
          nameChars[slot] = Arrays.copyOfRange(b, start, i);
        }
        pos = i + 1;
        return s;
      }
      if (c < 0x20 || c == '\\' || c >= 0x7F) {
        break;
      }
      h = 31 * h + c;
    }
    return string(max, "name");
  }

  /** The string starting at the quote at {@code pos}, unescaped, of at most {@code max} chars. */
  private String string(int max, String what) {
    int open = pos;
    char[] b = buf;
    int i = pos + 1;
    // fast path: no escapes; looks at most max + 1 chars
    int start = i;
    int stop = (int) Math.min(end, (long) start + max + 1);
    while (i < stop) {
      char c = b[i];
      if (c == '"') {
        pos = i + 1;
        return text.substring(start, i);
      }
      if (c == '\\') {
        break;
      }
      if (c < 0x20 || (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE)) {
        checkChar(c, i);
      }
      i++;
    }
    if (i >= stop) {
      if (i - start > max) {
        throw tooLong(what, max, open);
      }
      throw fail(ENDS_EARLY, end);
    }
    StringBuilder sb = new StringBuilder(Math.min(max, (i - start) + 16));
    sb.append(b, start, i - start);
    while (i < end) {
      char c = b[i];
      if (c == '"') {
        pos = i + 1;
        return sb.toString();
      }
      if (c == '\\') {
        if (i + 1 >= end) {
          throw fail(ENDS_EARLY, end);
        }
        char e = b[i + 1];
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
              if (i + 7 < end && b[i + 6] == '\\' && b[i + 7] == 'u') {
                char low = hex4(i + 8);
                if (!Character.isLowSurrogate(low)) {
                  throw fail(WELL_FORMED + ": an unpaired surrogate in a string", i);
                }
                sb.append(u).append(low);
                i += 6;
              } else if (i + 6 >= end || (i + 7 >= end && b[i + 6] == '\\')) {
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
        // a run of plain chars, appended at once; it stops where the string would exceed max (as one char at a
        // time would have: the same chars are checked before the same error)
        int run = i;
        int runStop = (int) Math.min(end, (long) i + (max - sb.length()) + 1);
        while (i < runStop) {
          c = b[i];
          if (c == '"' || c == '\\') {
            break;
          }
          if (c < 0x20 || (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE)) {
            checkChar(c, i);
          }
          i++;
        }
        sb.append(b, run, i - run);
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
      if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(buf[i + 1])) {
        return;
      }
      if (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(buf[i - 1])) {
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
      char h = buf[at + k];
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

  /**
   * A number: grammar, length and {@link DecimalBounds} in one pass over the literal (the same counts as
   * {@link JsonNumber#withinBounds(String)}); an integer of up to 18 digits is kept as its {@code long} (no
   * substring), and one within the shared range is the shared {@link JsonNumber} (nothing is made for it).
   */
  private JsonValue number() {
    int start = pos;
    int max = limits.maxNumberLength();
    char[] b = buf;
    int i = pos;
    if (b[i] == '-') {
      i++;
    }
    // integer part
    int intStart = i;
    boolean zero = false;
    if (i < end && b[i] == '0') {
      i++;
      zero = true;
    } else {
      while (i < end && isDigit(b[i])) {
        i++;
        if (i - start > max) {
          throw numberTooLong(max, start);
        }
      }
    }
    if (i == intStart) {
      throw fail(i >= end ? ENDS_EARLY : UNEXPECTED, i);
    }
    int intDigits = i - intStart;
    int fracStart = -1;
    int fraction = 0;
    int fractionLeadingZeros = 0;
    if (i < end && b[i] == '.') {
      i++;
      fracStart = i;
      while (i < end && isDigit(b[i])) {
        i++;
        if (i - start > max) {
          throw numberTooLong(max, start);
        }
      }
      if (i == fracStart) {
        throw fail(i >= end ? ENDS_EARLY : WELL_FORMED + ": a number needs digits after its decimal point", i);
      }
      fraction = i - fracStart;
      if (zero) {
        int k = fracStart;
        while (k < i && b[k] == '0') {
          k++;
        }
        fractionLeadingZeros = k - fracStart;
      }
    }
    boolean hasExponent = false;
    long exponent = 0;
    if (i < end && (b[i] == 'e' || b[i] == 'E')) {
      hasExponent = true;
      i++;
      boolean negative = false;
      if (i < end && (b[i] == '+' || b[i] == '-')) {
        negative = b[i] == '-';
        i++;
      }
      int expStart = i;
      while (i < end && isDigit(b[i])) {
        if (exponent < 1_000_000_000L) {
          exponent = exponent * 10 + (b[i] - '0'); // saturates: the bound is far below
        }
        i++;
        if (i - start > max) {
          throw numberTooLong(max, start);
        }
      }
      if (i == expStart) {
        throw fail(i >= end ? ENDS_EARLY : WELL_FORMED + ": a number needs digits in its exponent", i);
      }
      if (negative) {
        exponent = -exponent;
      }
    }
    if (i - start > max) {
      throw numberTooLong(max, start);
    }
    if (i < end && (isWordChar(b[i]) || b[i] == '.' || b[i] == '-' || b[i] == '+')) {
      // 01, 1.2.3, 1e5e5, 12abc
      throw fail(UNEXPECTED, i);
    }
    pos = i;
    // DecimalBounds on the literal: significant digits (leading zeros not counted), scale = fraction - exponent
    int significant = zero ? fraction - fractionLeadingZeros : intDigits + fraction;
    long scale = fraction - exponent;
    if (significant > DecimalBounds.MAX_PRECISION || scale > DecimalBounds.MAX_SCALE || scale < -DecimalBounds.MAX_SCALE) {
      throw fail(DecimalBounds.rule() + ": " + brief(text.substring(start, i)), start);
    }
    boolean integral = fracStart < 0 && !hasExponent;
    if (integral && intDigits <= 18 && !(zero && intStart > start)) { // "-0" keeps its own text
      long v = 0;
      for (int k = intStart; k < i; k++) {
        v = v * 10 + (b[k] - '0');
      }
      if (intStart > start) {
        v = -v;
      }
      if (v >= JsonNumber.SHARED_MIN && v <= JsonNumber.SHARED_MAX) {
        return JsonNumber.shared((int) v);
      }
      return JsonNumber.read(v);
    }
    return JsonNumber.read(text.substring(start, i), integral);
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
    char[] b = buf;
    int i = pos;
    while (i < end) {
      char c = b[i];
      if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
        i++;
      } else {
        break;
      }
    }
    pos = i;
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
      char c = buf[k];
      if (c == '\n') {
        line++;
        lineStart = k + 1;
      } else if (c == '\r' && (k + 1 >= end || buf[k + 1] != '\n')) {
        line++;
        lineStart = k + 1;
      }
    }
    return JsonInputException.of("input", path(), rule, line, stop - lineStart + 1);
  }

  private String path() {
    StringBuilder b = new StringBuilder("$");
    for (int d = 1; d <= depth && d < pathName.length; d++) {
      if (pathName[d] != null) {
        appendName(b, pathName[d]);
      } else if (pathIndex[d] >= 0) {
        b.append('[').append(pathIndex[d]).append(']');
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
