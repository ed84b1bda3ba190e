package dev.salesops.spring;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.config.BeanPostProcessor;

/** What the starter does with Jackson 2 (Boot 3, or Boot 4 with Jackson 2 put back). Loaded only when it is present. */
final class Jackson2Support {
  private Jackson2Support() {}

  /**
   * Applies the {@link InputBounds} to every JSON {@link ObjectMapper} bean of the application (Boot's own among them)
   * as it is created: its factory gets the stream read constraints, duplicate keys are refused, and parser
   * messages carry no excerpt of the input.
   */
  static final class BoundsPostProcessor implements BeanPostProcessor {
    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
      if (bean instanceof ObjectMapper && "JSON".equals(((ObjectMapper) bean).getFactory().getFormatName())) {
        harden((ObjectMapper) bean);
      }
      return bean;
    }
  }

  /** Applies the bounds to {@code mapper} and returns it. */
  static ObjectMapper harden(ObjectMapper mapper) {
    JsonFactory factory = mapper.getFactory();
    factory.setStreamReadConstraints(StreamReadConstraints.builder()
        .maxNumberLength(InputBounds.MAX_NUMBER_LENGTH)
        .maxNestingDepth(InputBounds.MAX_NESTING_DEPTH)
        .maxStringLength(InputBounds.MAX_STRING_LENGTH)
        .maxNameLength(InputBounds.MAX_NAME_LENGTH)
        .maxDocumentLength(InputBounds.MAX_DOCUMENT_LENGTH)
        .build());
    factory.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    factory.disable(JsonParser.Feature.INCLUDE_SOURCE_IN_LOCATION);
    return mapper;
  }

  /** The location and kind of a Jackson 2 failure, or {@code null} when {@code t} is not one. */
  static InputErrors.Located locate(Throwable t) {
    if (!(t instanceof com.fasterxml.jackson.core.JsonProcessingException)) {
      return null;
    }
    String path = "$";
    if (t instanceof JsonMappingException) {
      List<InputErrors.Step> steps = new ArrayList<>();
      for (JsonMappingException.Reference r : ((JsonMappingException) t).getPath()) {
        steps.add(new InputErrors.Step(r.getFieldName(), r.getIndex()));
      }
      path = InputErrors.path(steps);
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
    return new InputErrors.Located(path, kind, t instanceof StreamConstraintsException
        ? ((StreamConstraintsException) t).getOriginalMessage() : null);
  }
}
