package dev.salesops.core.validation;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Invalid data refused at the door, with <em>every</em> problem found (not just the first).
 *
 * <p>The message lists the problems one per line, each naming the field, the value and the rule. It is an
 * {@link IllegalArgumentException}, so callers that validate single arguments and callers that load whole
 * definitions catch the same type.
 */
public class ValidationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  /** An exception carrying at least one problem. */
  public ValidationException(List<Problem> problems) {
    super(render(problems));
    this.problems = List.copyOf(problems);
  }

  /** An exception carrying one problem. */
  public ValidationException(Problem problem) {
    this(List.of(problem));
  }

  /** The problems, in the order they were found; never empty. */
  public List<Problem> problems() {
    return problems;
  }

  /** The message in {@code locale}: one problem, or {@code "<n> problems:"} and one line per problem (English header). */
  public String message(java.util.Locale locale) {
    Objects.requireNonNull(locale, "locale");
    if (problems.size() == 1) {
      return problems.get(0).message(locale);
    }
    return problems.size() + " problems:\n" + problems.stream().map(p -> "- " + p.message(locale)).collect(Collectors.joining("\n"));
  }

  private static String render(List<Problem> problems) {
    Objects.requireNonNull(problems, "problems");
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("problems must not be empty");
    }
    if (problems.size() == 1) {
      return problems.get(0).message();
    }
    return problems.size() + " problems:\n" + problems.stream().map(p -> "- " + p.message()).collect(Collectors.joining("\n"));
  }
}
