package dev.salesops.core.validation;

import java.util.Objects;

/**
 * One thing wrong with a piece of data: where it is (a JSON-pointer-like path such as
 * {@code states[2].probability}, or a field name), the offending value as text (already redacted when it is
 * personal data) and the rule it breaks.
 *
 * <p>{@link #message()} reads {@code "<path> <rule>: <value>"}, e.g. {@code "probability must be within [0,
 * 1]: 1.2"}. Immutable and thread-safe.
 *
 * @param path where the problem is; never blank
 * @param rule the rule broken, phrased to follow the path ("must be within [0, 1]")
 * @param value the offending value as text, or {@code null} when there is no single value (a missing field)
 */
public record Problem(String path, String rule, String value) {

  /** Validates the parts. */
  public Problem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(rule, "rule");
    if (path.isBlank()) {
      throw new IllegalArgumentException("path must not be blank");
    }
  }

  /** The longest value text a problem keeps: longer values are cut to a prefix (input may be hostile). */
  public static final int MAX_VALUE_LENGTH = 100;

  /** A problem with an offending value; a value longer than {@value #MAX_VALUE_LENGTH} characters is cut. */
  public static Problem of(String path, String rule, Object value) {
    String text = value == null ? "null" : String.valueOf(value);
    if (text.length() > MAX_VALUE_LENGTH) {
      text = text.substring(0, MAX_VALUE_LENGTH - 3) + "...";
    }
    return new Problem(path, rule, text);
  }

  /** A problem with no single offending value (a missing field, a rule over several fields). */
  public static Problem of(String path, String rule) {
    return new Problem(path, rule, null);
  }

  /** This problem moved under a parent path: {@code under("states[2]")} turns {@code id} into {@code states[2].id}. */
  public Problem under(String parent) {
    Objects.requireNonNull(parent, "parent");
    if (parent.isEmpty()) {
      return this;
    }
    String joined = path.startsWith("[") ? parent + path : parent + "." + path;
    return new Problem(joined, rule, value);
  }

  /** {@code "<path> <rule>: <value>"}, or {@code "<path> <rule>"} without a value. */
  public String message() {
    return value == null ? path + " " + rule : path + " " + rule + ": " + value;
  }

  @Override
  public String toString() {
    return message();
  }
}
