package dev.salesops.jackson2;

import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.salesops.json.SalesOpsCodecs;
import java.util.Objects;

/**
 * Immutable, thread-safe Jackson 2 readers and writers for sales-ops JSON (they replace the shared, reconfigurable
 * mapper of earlier versions). Nothing here can be reconfigured by another caller: {@link ObjectReader} and
 * {@link ObjectWriter} are immutable, and {@link #newMapper()} gives the caller a mapper of its own.
 *
 * <ul>
 *   <li>{@link SalesOpsJackson2Module} over {@link SalesOpsCodecs#standard()}, and Java time as ISO-8601 strings;
 *   <li>input bounds on the whole document ({@link #streamReadConstraints()}); duplicate names refused;
 *   <li>unknown properties and trailing tokens fail; floats read as {@code BigDecimal}; {@code null} for a
 *       primitive fails; numbers or booleans are not coerced to text, nor text to numbers or booleans;
 *   <li>{@link #writer()} writes compact JSON (storage), {@link #prettyWriter()} indented JSON byte for byte as
 *       {@link SalesOpsCodecs#writePretty} does.
 * </ul>
 */
public final class SalesOpsJackson2 {
  private static final JsonMapper MAPPER = newMapper();
  private static final ObjectWriter WRITER = MAPPER.writer();
  private static final ObjectWriter PRETTY = MAPPER.writer().with(new PrettyJson());

  private SalesOpsJackson2() {}

  /** A reader of {@code type} (a model type, or any type Jackson can read holding models). */
  public static <T> ObjectReader reader(Class<T> type) {
    return MAPPER.readerFor(Objects.requireNonNull(type, "type"));
  }

  /** A reader of a generic type, e.g. {@code new TypeReference<List<Opportunity>>() {}}. */
  public static <T> ObjectReader reader(TypeReference<T> type) {
    return MAPPER.readerFor(Objects.requireNonNull(type, "type"));
  }

  /** The compact writer (no insignificant white space: for storage). */
  public static ObjectWriter writer() {
    return WRITER;
  }

  /** The indented writer (two spaces, {@code "name": value}, {@code \n}): for people. */
  public static ObjectWriter prettyWriter() {
    return PRETTY;
  }

  /**
   * The indentation of {@link #prettyWriter()} (two spaces, {@code "name": value}, {@code \n}, empty containers as
   * {@code {}} and {@code []}), for a writer of the caller's mapper.
   */
  public static PrettyPrinter prettyPrinter() {
    return new PrettyJson();
  }

  /** The library's input bounds as Jackson 2 constraints (hosts may apply them to their own factory). */
  public static StreamReadConstraints streamReadConstraints() {
    return StreamReadConstraints.builder()
        .maxNumberLength(Limits.MAX_NUMBER)
        .maxNestingDepth(Limits.MAX_DEPTH)
        .maxStringLength(Limits.MAX_STRING)
        .maxNameLength(Limits.MAX_NAME)
        .maxDocumentLength(Limits.MAX_DOCUMENT)
        .build();
  }

  /** A new mapper, configured as the readers and writers here, owned by the caller. */
  public static JsonMapper newMapper() {
    return newMapper(SalesOpsCodecs.standard());
  }

  /** A new mapper over a host's {@code codecs}, configured as the readers and writers here, owned by the caller. */
  public static JsonMapper newMapper(SalesOpsCodecs codecs) {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(streamReadConstraints())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        // never quote the input in messages: it may hold personal data
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .build();
    return JsonMapper.builder(factory)
        .addModule(new JavaTimeModule())
        .addModule(new SalesOpsJackson2Module(codecs))
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .withCoercionConfig(LogicalType.Textual, c -> c
            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        .withCoercionConfig(LogicalType.Boolean, c -> c
            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
        .withCoercionConfig(LogicalType.Integer, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
        .withCoercionConfig(LogicalType.Float, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
        .build();
  }
}
