package dev.salesops.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The hardened {@link ObjectMapper} for sales-ops JSON.
 *
 * <ul>
 *   <li>{@link SalesOpsModule} and Java time (ISO-8601 dates and instants, never timestamps);
 *   <li>no polymorphic default typing (never enabled);
 *   <li>{@link StreamReadConstraints}: numbers of at most {@value #MAX_NUMBER_LENGTH} characters, nesting at
 *       most {@value #MAX_NESTING_DEPTH} deep, strings of at most {@value #MAX_STRING_LENGTH} characters, keys
 *       of at most {@value #MAX_NAME_LENGTH}, documents of at most {@value #MAX_DOCUMENT_LENGTH} bytes;
 *       <b>duplicate keys</b> refused (a second {@code "denominator"} cannot slip past the checks of the
 *       first); every decimal within {@link dev.salesops.core.validation.DecimalBounds} (at most 100
 *       significant digits and 100 decimal places or trailing zeros), checked before it can be expanded;
 *   <li>unknown properties fail (a misspelt field is an error, not silently ignored); trailing tokens fail;
 *       floats are read as {@link java.math.BigDecimal}; {@code null} for a primitive fails; a number or a
 *       boolean where text is expected fails (and text or a number where a boolean is expected), rather than
 *       being coerced;
 *   <li>errors: every failure of a read through {@link #newObjectMapper()} is a {@link JsonInputException}
 *       naming the type, the JSON path ({@code $.bant.budgetAmount}) and the rule; messages never quote the
 *       input document (it may hold personal data).
 * </ul>
 *
 * <p>{@link #configure} applies the modules and features to a host's own mapper, but not the error
 * translation (that needs the mapper to be built by {@link #newObjectMapper()}): a host mapper reports
 * Jackson's own {@link com.fasterxml.jackson.databind.JsonMappingException}s, which also name the path.
 *
 * <p>The mapper is thread-safe once built; hosts may use their own mapper with {@link #configure}.
 */
public final class SalesOpsJson {
  /** The longest number literal read. */
  public static final int MAX_NUMBER_LENGTH = JsonLimits.DEFAULT_MAX_NUMBER_LENGTH;
  /** The deepest nesting read. */
  public static final int MAX_NESTING_DEPTH = JsonLimits.DEFAULT_MAX_DEPTH;
  /** The longest string value read (free text included: notes longer than this belong in the host's store). */
  public static final int MAX_STRING_LENGTH = JsonLimits.DEFAULT_MAX_STRING_LENGTH;
  /** The longest key read. */
  public static final int MAX_NAME_LENGTH = JsonLimits.DEFAULT_MAX_NAME_LENGTH;
  /** The largest document read, in bytes (chars for text input). */
  public static final long MAX_DOCUMENT_LENGTH = JsonLimits.DEFAULT_MAX_DOCUMENT_LENGTH;

  private static final ObjectMapper SHARED = newObjectMapper();

  private SalesOpsJson() {}

  /** A new hardened mapper. */
  public static ObjectMapper newObjectMapper() {
    JsonFactory factory = new SalesOpsJsonFactory((com.fasterxml.jackson.core.JsonFactoryBuilder) JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxStringLength(MAX_STRING_LENGTH)
            .maxNameLength(MAX_NAME_LENGTH)
            .maxDocumentLength(MAX_DOCUMENT_LENGTH)
            .build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        // never quote the input in messages: it may hold personal data
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION));
    return configure(new SalesOpsObjectMapper(factory));
  }

  /** Applies the sales-ops modules and settings to a host's mapper and returns it. */
  public static ObjectMapper configure(ObjectMapper mapper) {
    mapper.registerModule(new JavaTimeModule());
    mapper.registerModule(new SalesOpsModule());
    // decimals out of bounds are refused as they are read into trees
    mapper.setNodeFactory(BoundedNodeFactory.INSTANCE);
    mapper.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    mapper.disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
    mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
    // a number or boolean where text is expected is an error, not silently turned into text
    mapper.coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    mapper.coercionConfigFor(LogicalType.Boolean)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
    mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
    mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
    return mapper;
  }

  /** A shared hardened mapper (thread-safe; do not reconfigure it). */
  public static ObjectMapper mapper() {
    return SHARED;
  }
}
