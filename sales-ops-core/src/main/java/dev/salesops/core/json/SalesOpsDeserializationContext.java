package dev.salesops.core.json;

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
  private static final Pattern LONG_QUOTE = Pattern.compile("\"([^\"]{40})[^\"]{10,}\"");
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
    }
  }

  @Override
  public <T> T reportTrailingTokens(Class<?> targetType, JsonParser p, JsonToken trailingToken) throws JsonMappingException {
    try {
      return super.reportTrailingTokens(targetType, p, trailingToken);
    } catch (JsonInputException e) {
      throw e;
    } catch (JsonMappingException e) {
      throw new JsonInputException(clean(targetType.getSimpleName()), "$", rule(e), e.getLocation(), e);
    }
  }

  static JsonInputException translate(JsonProcessingException e, JsonParser p, JavaType valueType) {
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
    return new JsonInputException(typeName(valueType), path, rule(e), e.getLocation(), e);
  }

  private static String pathOf(JsonStreamContext context) {
    if (context == null) {
      return "$";
    }
    StringBuilder b = new StringBuilder();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inObject() && c.getCurrentName() != null) {
        b.insert(0, "." + c.getCurrentName());
      } else if (c.inArray()) {
        b.insert(0, "[" + Math.max(0, c.getCurrentIndex()) + "]");
      }
    }
    return "$" + b;
  }

  private static String typeName(JavaType valueType) {
    if (valueType == null) {
      return "input";
    }
    return clean(valueType.getRawClass().getSimpleName());
  }

  private static String rule(JsonProcessingException e) {
    Throwable cause = e.getCause();
    String message;
    if (e instanceof ValueInstantiationException && cause != null && cause.getMessage() != null) {
      message = cause.getMessage();
    } else {
      message = e.getOriginalMessage();
      if (message == null) {
        message = e.getClass().getSimpleName();
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
    Matcher missing = MISSING.matcher(message);
    if (missing.find()) {
      message = "missing required field(s): " + missing.group(2);
    }
    return clean(message);
  }

  private static String clean(String message) {
    String s = GENERATED.matcher(message).replaceAll("$1");
    // long quoted input (a 3,000-character string) is abbreviated, so that messages stay short
    s = LONG_QUOTE.matcher(s).replaceAll("\"$1...\"");
    return s.length() <= 400 ? s : s.substring(0, 397) + "...";
  }
}
