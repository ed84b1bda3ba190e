package dev.salesops.jackson3;

import tools.jackson.core.PrettyPrinter;
import dev.salesops.json.SalesOpsCodecs;
import java.util.Objects;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * Immutable, thread-safe Jackson 3 readers, writers and mappers for sales-ops JSON (Jackson 3's {@link JsonMapper}
 * is immutable itself: {@link #mapper()} may be shared).
 *
 * <ul>
 *   <li>{@link SalesOpsJackson3Module} over {@link SalesOpsCodecs#standard()}; Java time as ISO-8601 strings
 *       (Jackson 3's default, set explicitly);
 *   <li>input bounds on the whole document ({@link #streamReadConstraints()}); duplicate names refused;
 *   <li>unknown properties and trailing tokens fail; floats read as {@code BigDecimal}; {@code null} for a
 *       primitive fails; numbers or booleans are not coerced to text, nor text to numbers or booleans;
 *   <li>{@link #writer()} writes compact JSON (storage), {@link #prettyWriter()} indented JSON byte for byte as
 *       {@link SalesOpsCodecs#writePretty} does.
 * </ul>
 */
public final class SalesOpsJackson3 {
  private static final JsonMapper MAPPER = newMapper(SalesOpsCodecs.standard());
  private static final ObjectWriter PRETTY = MAPPER.writer().with(new PrettyJson());

  private SalesOpsJackson3() {}

  /** The shared, immutable mapper (Jackson 3 mappers cannot be reconfigured; {@code rebuild()} makes a copy). */
  public static JsonMapper mapper() {
    return MAPPER;
  }

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
    return MAPPER.writer();
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

  /** The library's input bounds as Jackson 3 constraints (hosts may apply them to their own factory). */
  public static StreamReadConstraints streamReadConstraints() {
    return StreamReadConstraints.builder()
        .maxNumberLength(Limits.MAX_NUMBER)
        .maxNestingDepth(Limits.MAX_DEPTH)
        .maxStringLength(Limits.MAX_STRING)
        .maxNameLength(Limits.MAX_NAME)
        .maxDocumentLength(Limits.MAX_DOCUMENT)
        .build();
  }

  /** A mapper over a host's {@code codecs}, configured as the readers and writers here. */
  public static JsonMapper newMapper(SalesOpsCodecs codecs) {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(streamReadConstraints())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        // never quote the input in messages: it may hold personal data
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .build();
    return JsonMapper.builder(factory)
        .addModule(new SalesOpsJackson3Module(codecs))
        .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
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
