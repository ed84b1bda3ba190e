package dev.salesops.core.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Collects problems while a definition is checked, so that all of them are reported at once.
 *
 * <p><b>Not thread-safe</b>: one collector per validation run.
 *
 * <pre>{@code
 * Problems problems = new Problems();
 * if (weight.signum() < 0) problems.add("weight", "must not be negative", weight);
 * problems.throwIfAny();
 * }</pre>
 */
public final class Problems {
  /**
   * The most problems kept: a hostile document can hold a million mistakes, and reporting the first thousand is
   * enough to act on. Past it problems are only counted, and loaders stop reading ({@link #full()}).
   */
  public static final int MAX_KEPT = 1_000;

  private final List<Problem> list = new ArrayList<>();
  private int omitted;

  /** An empty collector. */
  public Problems() {}

  /** Adds a problem. */
  public Problems add(Problem problem) {
    Objects.requireNonNull(problem, "problem");
    if (list.size() >= MAX_KEPT) {
      omitted++;
    } else {
      list.add(problem);
    }
    return this;
  }

  /** Whether {@link #MAX_KEPT} problems are kept already: a loader may stop reading (the rest would only be counted). */
  public boolean full() {
    return list.size() >= MAX_KEPT;
  }

  /** Adds a problem with an offending value. */
  public Problems add(String path, String rule, Object value) {
    return add(Problem.of(path, rule, value));
  }

  /** Adds a problem whose rule is a coded message. */
  public Problems add(String path, dev.salesops.core.message.Message rule, Object value) {
    return add(Problem.of(path, rule, value));
  }

  /** Adds a problem without a single offending value. */
  public Problems add(String path, String rule) {
    return add(Problem.of(path, rule));
  }

  /** Adds all problems, each moved under {@code parent}. */
  public Problems addAll(String parent, List<Problem> problems) {
    Objects.requireNonNull(parent, "parent");
    Objects.requireNonNull(problems, "problems");
    for (Problem p : problems) {
      add(p.under(parent));
    }
    return this;
  }

  /** How many problems were found so far (constant time: loaders compare counts before and after a part). */
  public int size() {
    return list.size() + omitted;
  }

  /** Whether nothing was found. */
  public boolean isEmpty() {
    return list.isEmpty();
  }

  /** The problems so far, as an unmodifiable copy. */
  public List<Problem> toList() {
    return List.copyOf(list);
  }

  /** Throws a {@link ValidationException} listing every problem kept (and counting the others), if there is any. */
  public void throwIfAny() {
    if (!list.isEmpty()) {
      throw new ValidationException(list, omitted);
    }
  }
}
