package dev.salesops.core.json;

import dev.salesops.core.internal.json.JsonFields;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.InjectableValues;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.cfg.CacheProvider;
import com.fasterxml.jackson.databind.deser.BeanDeserializerFactory;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.deser.DeserializerFactory;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jackson's default deserialization context, except that every failure of a root read is rethrown as a
 * {@link JsonInputException} naming the JSON path and the rule in the project's words (no generated
 * {@code Immutable*} class names, no source excerpt). Not API.
 */
final class SalesOpsDeserializationContext extends DefaultDeserializationContext {
  private static final long serialVersionUID = 1L;

  private static final Pattern MISSING = Pattern.compile("Cannot build (\\w+), some of required attributes are not set \\[(.*)\\]");
  private static final Pattern GENERATED = Pattern.compile("(?:[a-z][\\w]*\\.)*Immutable([A-Z]\\w*?)(?:\\$Json|\\$Builder)?(?=\\W|$)");
  /** Messages are cut to this length before any pattern runs on them, so cleaning is linear in the input. */
  private static final int RAW_LIMIT = 2_000;
  /** The longest message an input exception carries. */
  static final int MESSAGE_LIMIT = 600;
  private static final Pattern CONSTRUCT = Pattern.compile("^Cannot construct instance of `[^`]*`, problem: ");

  SalesOpsDeserializationContext() {
    super(BeanDeserializerFactory.instance, null);
  }

  private SalesOpsDeserializationContext(SalesOpsDeserializationContext src, DeserializationConfig config, JsonParser p, InjectableValues values) {
    super(src, config, p, values);
  }

  private SalesOpsDeserializationContext(SalesOpsDeserializationContext src, DeserializationConfig config) {
    super(src, config);
  }

  private SalesOpsDeserializationContext(SalesOpsDeserializationContext src, DeserializerFactory factory) {
    super(src, factory);
  }

  private SalesOpsDeserializationContext(SalesOpsDeserializationContext src) {
    super(src);
  }

  private SalesOpsDeserializationContext(SalesOpsDeserializationContext src, CacheProvider cacheProvider) {
    super(src, cacheProvider);
  }

  @Override
  public DefaultDeserializationContext copy() {
    return new SalesOpsDeserializationContext(this);
  }

  @Override
  public DefaultDeserializationContext with(DeserializerFactory factory) {
    return new SalesOpsDeserializationContext(this, factory);
  }

  @Override
  public DefaultDeserializationContext withCaches(CacheProvider cacheProvider) {
    return new SalesOpsDeserializationContext(this, cacheProvider);
  }

  @Override
  public DefaultDeserializationContext createInstance(DeserializationConfig config, JsonParser p, InjectableValues values) {
    return new SalesOpsDeserializationContext(this, config, p, values);
  }

  @Override
  public DefaultDeserializationContext createDummyInstance(DeserializationConfig config) {
    return new SalesOpsDeserializationContext(this, config);
  }

  @Override
  public Object readRootValue(JsonParser p, JavaType valueType, JsonDeserializer<Object> deser, Object valueToUpdate)
      throws IOException {
    try {
      return super.readRootValue(p, valueType, deser, valueToUpdate);
    } catch (JsonInputException e) {
      throw e;
    } catch (JsonProcessingException e) {
      throw translate(e, p, valueType);
    } catch (RuntimeException e) {
      throw translate(e, p, valueType);
    } catch (java.io.CharConversionException e) {
      throw encoding(e, p, valueType);
    }
  }

  @Override
  public <T> T reportTrailingTokens(Class<?> targetType, JsonParser p, JsonToken trailingToken) throws JsonMappingException {
    try {
      return super.reportTrailingTokens(targetType, p, trailingToken);
    } catch (JsonInputException e) {
      throw e;
    } catch (JsonMappingException e) {
      throw SalesOpsDeserializationContext.input(clean(targetType.getSimpleName()), "$", rule(e), e.getLocation(), e);
    }
  }

  /** An input exception at a Jackson location (line and column, or none). */
  static JsonInputException input(String typeName, String path, String rule, com.fasterxml.jackson.core.JsonLocation location, Throwable cause) {
    int line = location == null ? -1 : location.getLineNr();
    int column = location == null ? -1 : location.getColumnNr();
    return new JsonInputException(typeName, path, rule, line, column, cause);
  }

  static JsonInputException translate(JsonProcessingException e, JsonParser p, JavaType valueType) {
    for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
      if (t instanceof JsonInputException j) {
        // raised by a codec or reader inside the read: already in the project's words
        return j;
      }
    }
    String path = null;
    if (e instanceof JsonMappingException) {
      List<JsonMappingException.Reference> refs = ((JsonMappingException) e).getPath();
      if (!refs.isEmpty()) {
        StringBuilder b = new StringBuilder("$");
        for (JsonMappingException.Reference r : refs) {
          if (r.getFieldName() != null) {
            b.append('.').append(r.getFieldName());
          } else if (r.getIndex() >= 0) {
            b.append('[').append(r.getIndex()).append(']');
          }
        }
        path = b.toString();
      }
    }
    if (path == null) {
      path = pathOf(p == null ? null : p.getParsingContext());
    }
    return SalesOpsDeserializationContext.input(typeName(valueType), path, rule(e), e.getLocation(), e);
  }

  static String pathOf(JsonStreamContext context) {
    if (context == null) {
      return "$";
    }
    StringBuilder b = new StringBuilder();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inObject() && c.getCurrentName() != null) {
        String name = c.getCurrentName();
        b.insert(0, JsonFields.child("x", name).substring(1));
      } else if (c.inArray()) {
        b.insert(0, "[" + Math.max(0, c.getCurrentIndex()) + "]");
      }
    }
    return "$" + b;
  }

  /**
   * A runtime failure inside a read (a {@link dev.salesops.core.validation.ValidationException} from a custom
   * reader such as the workflow's, a number Jackson cannot represent, a decimal out of bounds) as an input
   * exception at the parser's path. Anything else is a defect and is rethrown as it is.
   */
  static JsonInputException translate(RuntimeException e, JsonParser p, JavaType valueType) {
    String path = pathOf(p == null ? null : p.getParsingContext());
    String rule;
    if (e instanceof JsonInputException j) {
      return j;
    }
    if (e instanceof dev.salesops.core.validation.ValidationException v) {
      dev.salesops.core.validation.Problem first = v.problems().get(0);
      String at = first.path();
      if (!at.equals("$") && !at.equals("json")) {
        path = at.startsWith("$") ? at : (at.startsWith("[") ? "$" + at : "$." + at);
      }
      rule = v.problems().size() == 1 ? first.rule() + (first.value() == null ? "" : ": " + first.value())
          : v.getMessage();
    } else if (e instanceof BoundedNodeFactory.OutOfBounds o) {
      rule = dev.salesops.core.validation.DecimalBounds.rule() + ": " + o.brief();
    } else if (e instanceof NumberFormatException || e instanceof ArithmeticException) {
      rule = dev.salesops.core.validation.DecimalBounds.rule();
    } else {
      throw e;
    }
    return SalesOpsDeserializationContext.input(typeName(valueType), path, clean(rule), p == null ? null : p.currentLocation(), e);
  }

  /** Bytes that are not text in the encoding Jackson detected (UTF-8, 16 or 32): refused as input. */
  static JsonInputException encoding(java.io.CharConversionException e, JsonParser p, JavaType valueType) {
    return SalesOpsDeserializationContext.input(typeName(valueType), pathOf(p == null ? null : p.getParsingContext()),
        "must be UTF-8 text: an invalid or truncated byte sequence", p == null ? null : p.currentLocation(), e);
  }

  private static String typeName(JavaType valueType) {
    if (valueType == null) {
      return "input";
    }
    return clean(valueType.getRawClass().getSimpleName());
  }

  private static String rule(JsonProcessingException e) {
    if (e instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException) {
      return "exceeds the input bounds: " + bounded(e.getOriginalMessage());
    }
    if (e instanceof com.fasterxml.jackson.core.JsonParseException
        || e instanceof com.fasterxml.jackson.core.exc.InputCoercionException) {
      return syntaxRule(e);
    }
    Throwable cause = e.getCause();
    String message;
    if (e instanceof ValueInstantiationException && cause != null && cause.getMessage() != null) {
      message = cause.getMessage();
    } else {
      message = e.getOriginalMessage();
      if (message == null) {
        message = e.getClass().getSimpleName();
      }
      if (message.length() > RAW_LIMIT) {
        message = message.substring(0, RAW_LIMIT);
      }
      message = CONSTRUCT.matcher(message).replaceFirst("");
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof NullPointerException) {
        // a null where the record needs a value: an element of a list, a value of a map
        message = "null is not allowed for " + (t.getMessage() == null ? "this value" : t.getMessage());
        break;
      }
    }
    if (message.length() > RAW_LIMIT) {
      message = message.substring(0, RAW_LIMIT);
    }
    Matcher missing = MISSING.matcher(message);
    if (missing.find()) {
      message = "missing required field(s): " + missing.group(2);
    }
    return clean(message);
  }

  /**
   * The rule for a syntax error, in the project's words: Jackson's parser messages quote the offending token
   * ({@code Unrecognized token 'JaneDoe'}), which may be personal data, so only the kind of error is kept. A
   * duplicate key is named (keys are field names, not values), shortened.
   */
  static String syntaxRule(JsonProcessingException e) {
    String m = e.getOriginalMessage();
    if (m != null && m.startsWith("Duplicate field '")) {
      int end = m.indexOf('\'', 17);
      String name = end < 0 ? "?" : m.substring(17, end);
      return "must not repeat a key: duplicate field \"" + JsonFields.shorten(name) + "\"";
    }
    if (e instanceof com.fasterxml.jackson.core.exc.InputCoercionException) {
      return "must be a number within the range of its field";
    }
    if (m != null && m.startsWith("Unexpected end-of-input")) {
      return "must be well-formed JSON: the document ends too early";
    }
    if (m != null && (m.startsWith("Unrecognized token") || m.startsWith("Unexpected character"))) {
      return "must be well-formed JSON: an unexpected token (text must be quoted)";
    }
    if (m != null && m.contains("control character")) {
      return "must be well-formed JSON: an unescaped control character in a string";
    }
    return "must be well-formed JSON";
  }

  /** A message of at most {@value #MESSAGE_LIMIT} characters. */
  static String bounded(String message) {
    if (message == null) {
      return "";
    }
    return message.length() <= MESSAGE_LIMIT ? message : message.substring(0, MESSAGE_LIMIT - 3) + "...";
  }

  /**
   * Generated class names replaced by the public ones, quoted input shortened, the whole bounded. Linear: the
   * message is cut before any pattern runs, and quoted runs are shortened by a single scan.
   */
  private static String clean(String message) {
    String s = message.length() <= RAW_LIMIT ? message : message.substring(0, RAW_LIMIT);
    s = GENERATED.matcher(s).replaceAll("$1");
    s = shortenQuotes(s);
    return bounded(s);
  }

  /** Each double-quoted run longer than 40 characters keeps its first 40 and {@code ...}; one pass. */
  static String shortenQuotes(String s) {
    StringBuilder b = new StringBuilder(Math.min(s.length(), RAW_LIMIT));
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c != '"') {
        b.append(c);
        i++;
        continue;
      }
      int end = s.indexOf('"', i + 1);
      if (end < 0) {
        end = s.length();
      }
      int len = end - i - 1;
      if (len > 50) {
        b.append('"').append(s, i + 1, i + 41).append("...");
      } else {
        b.append(s, i, end);
      }
      if (end < s.length()) {
        b.append('"');
      }
      i = end + 1;
    }
    return b.toString();
  }
}
