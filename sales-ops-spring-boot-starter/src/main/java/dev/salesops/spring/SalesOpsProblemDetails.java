package dev.salesops.spring;

import dev.salesops.core.validation.ValidationException;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The web mapping of the library's input errors, registered by {@link SalesOpsAutoConfiguration} in servlet web
 * applications: {@link ValidationException} — thrown by a controller — and the library's JSON input errors met while
 * Spring reads a request body ({@link HttpMessageNotReadableException}, whatever Jackson line wrapped them) — become
 * HTTP 400 {@link ProblemDetail}s with the JSON path, the code and the rule (see {@link InputErrors}); other
 * unreadable bodies get the same shape with Jackson's failure kind and path.
 *
 * <p>Lowest precedence: a host's own {@code @ExceptionHandler} for these types (or a
 * {@code ResponseEntityExceptionHandler}) comes first. {@code sales-ops.web.problem-details=false} turns it off.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class SalesOpsProblemDetails {

  /** The library refused a value (a controller's own construction, or a reader). */
  @ExceptionHandler(ValidationException.class)
  public ProblemDetail validation(ValidationException e, Locale locale) {
    return InputErrors.problem(e, locale);
  }

  /** A request body that could not be read: the library's error inside it, or Jackson's kind and path. */
  @ExceptionHandler(HttpMessageNotReadableException.class)
  public ProblemDetail unreadable(HttpMessageNotReadableException e, Locale locale) {
    ProblemDetail pd = InputErrors.problem(e, locale);
    if (pd != null) {
      return pd;
    }
    // what Spring itself answers (no message of the cause: it may quote the input)
    return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Failed to read request");
  }
}
