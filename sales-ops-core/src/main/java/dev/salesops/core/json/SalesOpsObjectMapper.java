package dev.salesops.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * The mapper {@link SalesOpsJson#newObjectMapper()} builds: a plain {@link ObjectMapper} whose reads fail only
 * with {@link JsonInputException}, including failures after the root value (trailing tokens). Not API: the
 * declared type is {@link ObjectMapper}.
 */
final class SalesOpsObjectMapper extends ObjectMapper {
  private static final long serialVersionUID = 1L;

  SalesOpsObjectMapper(JsonFactory factory) {
    super(factory, null, new SalesOpsDeserializationContext());
  }

  private SalesOpsObjectMapper(SalesOpsObjectMapper src) {
    super(src);
  }

  @Override
  public ObjectMapper copy() {
    return new SalesOpsObjectMapper(this);
  }

  @Override
  protected Object _readMapAndClose(JsonParser p0, JavaType valueType) throws IOException {
    Object value;
    try {
      value = super._readMapAndClose(p0, valueType);
    } catch (JsonInputException e) {
      throw e;
    } catch (JsonProcessingException e) {
      throw SalesOpsDeserializationContext.translate(e, p0, valueType);
    } catch (RuntimeException e) {
      throw SalesOpsDeserializationContext.translate(e, p0, valueType);
    } catch (java.io.CharConversionException e) {
      throw SalesOpsDeserializationContext.encoding(e, p0, valueType);
    }
    return nonNull(value, p0, valueType);
  }

  @Override
  protected Object _readValue(DeserializationConfig cfg, JsonParser p, JavaType valueType) throws IOException {
    Object value;
    try {
      value = super._readValue(cfg, p, valueType);
    } catch (JsonInputException e) {
      throw e;
    } catch (JsonProcessingException e) {
      throw SalesOpsDeserializationContext.translate(e, p, valueType);
    } catch (RuntimeException e) {
      throw SalesOpsDeserializationContext.translate(e, p, valueType);
    } catch (java.io.CharConversionException e) {
      throw SalesOpsDeserializationContext.encoding(e, p, valueType);
    }
    return nonNull(value, p, valueType);
  }

  /** A document that is just {@code null} is refused for every sales-ops type (hosts never get a null back). */
  private static Object nonNull(Object value, JsonParser p, JavaType valueType) throws JsonInputException {
    if (value == null && valueType != null && !valueType.isTypeOrSubTypeOf(com.fasterxml.jackson.databind.JsonNode.class)) {
      throw SalesOpsDeserializationContext.input(valueType.getRawClass().getSimpleName(), "$", "must be a JSON value, not null", p == null ? null : p.currentLocation(), null);
    }
    return value;
  }
}
