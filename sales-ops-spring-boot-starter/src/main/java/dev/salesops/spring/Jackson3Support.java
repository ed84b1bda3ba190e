package dev.salesops.spring;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/** What the starter does with Jackson 3 (Boot 4). Loaded only when it is present. */
final class Jackson3Support {
  private Jackson3Support() {}

  /**
   * The builder of the application's {@link JsonMapper}, as Boot 4 makes it ({@code JsonMapper.builder()} and every
   * {@link JsonMapperBuilderCustomizer} bean in order, Boot's own included), on a factory with the
   * {@link InputBounds}: Jackson 3 factories are immutable and a builder cannot change its factory's constraints, so
   * the bounds are set where the builder is made. Boot's {@code jacksonJsonMapper} then builds the application's one
   * mapper from it, as usual.
   */
  static JsonMapper.Builder boundedBuilder(List<JsonMapperBuilderCustomizer> customizers) {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNumberLength(InputBounds.MAX_NUMBER_LENGTH)
            .maxNestingDepth(InputBounds.MAX_NESTING_DEPTH)
            .maxStringLength(InputBounds.MAX_STRING_LENGTH)
            .maxNameLength(InputBounds.MAX_NAME_LENGTH)
            .maxDocumentLength(InputBounds.MAX_DOCUMENT_LENGTH)
            .build())
        .build();
    JsonMapper.Builder builder = JsonMapper.builder(factory);
    for (JsonMapperBuilderCustomizer c : customizers) {
      c.customize(builder);
    }
    return builder;
  }

  /** Duplicate keys refused and no input excerpt in parser messages, on whichever builder the application uses. */
  static JsonMapperBuilderCustomizer features() {
    return builder -> builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION);
  }

  /** The location and kind of a Jackson 3 failure, or {@code null} when {@code t} is not one. */
  static InputErrors.Located locate(Throwable t) {
    if (!(t instanceof JacksonException)) {
      return null;
    }
    List<InputErrors.Step> steps = new ArrayList<>();
    for (JacksonException.Reference r : ((JacksonException) t).getPath()) {
      steps.add(new InputErrors.Step(r.getPropertyName(), r.getIndex()));
    }
    String kind;
    if (t instanceof StreamConstraintsException) {
      kind = InputErrors.BOUNDS;
    } else if (t instanceof UnrecognizedPropertyException) {
      kind = InputErrors.UNKNOWN_FIELD;
    } else if (t instanceof InvalidFormatException) {
      kind = InputErrors.INVALID_VALUE;
    } else if (t instanceof MismatchedInputException) {
      kind = InputErrors.WRONG_TYPE;
    } else if (t instanceof StreamReadException) {
      kind = t.getMessage() != null && t.getMessage().startsWith("Duplicate") ? InputErrors.DUPLICATE_KEY
          : InputErrors.SYNTAX;
    } else {
      kind = InputErrors.INVALID_VALUE;
    }
    return new InputErrors.Located(InputErrors.path(steps), kind, t instanceof StreamConstraintsException
        ? ((StreamConstraintsException) t).getOriginalMessage() : null);
  }
}
