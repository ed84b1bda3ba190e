package dev.salesops.core.validation;

import java.util.List;
import java.util.Objects;

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
    this(problems, 0);
  }

  /** An exception carrying the problems kept and the count of further ones not kept ({@link Problems#MAX_KEPT}). */
  ValidationException(List<Problem> problems, int omitted) {
    super(render(problems, omitted, Problem::message));
    this.problems = List.copyOf(problems);
    this.omitted = omitted;
  }

  private final int omitted;

  /** An exception carrying one problem. */
  public ValidationException(Problem problem) {
    this(List.of(problem));
  }

  /** The problems, in the order they were found; never empty. */
  public List<Problem> problems() {
    return problems;
  }

  /** The longest message: problems past it are counted, not listed ({@link #problems()} has them all). */
  public static final int MAX_MESSAGE_LENGTH = 1024;

  /**
   * The message in {@code locale}: one problem, or {@code "<n> problems:"} and one line per problem (English
   * header), bounded like {@link #getMessage()}.
   */
  public String message(java.util.Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return render(problems, omitted, p -> p.message(locale));
  }

  private static String render(List<Problem> problems, int omitted, java.util.function.Function<Problem, String> text) {
    Objects.requireNonNull(problems, "problems");
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("problems must not be empty");
    }
    if (problems.size() == 1 && omitted == 0) {
      return cut(text.apply(problems.get(0)), MAX_MESSAGE_LENGTH);
    }
    StringBuilder b = new StringBuilder((problems.size() + omitted) + (problems.size() >= Problems.MAX_KEPT
        ? " or more problems (reading stopped after " + Problems.MAX_KEPT + ")" : " problems") + ":");
    int shown = 0;
    for (Problem p : problems) {
      String line = "\n- " + cut(text.apply(p), 300);
      // keep room for the closing "... and N more" line
      if (b.length() + line.length() > MAX_MESSAGE_LENGTH - 40) {
        break;
      }
      b.append(line);
      shown++;
    }
    if (shown < problems.size() + omitted) {
      b.append("\n... and ").append(problems.size() + omitted - shown).append(" more");
    }
    return b.toString();
  }

  private static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 3) + "...";
  }
}
