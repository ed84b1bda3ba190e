package dev.salesops.core.validation;

import dev.salesops.core.internal.CoreMessages;
import dev.salesops.core.message.Message;
import java.util.Locale;
import java.util.Objects;

/**
 * One thing wrong with a piece of data: where it is (a JSON-pointer-like path such as
 * {@code states[2].probability}, or a field name), the offending value as text (already redacted when it is
 * personal data) and the rule it breaks — a structured {@link Message} with a stable {@link #code()} and its
 * parameters, or free text ({@link Message#TEXT}) for rules that have no code yet.
 *
 * <p>{@link #message()} reads {@code "<path> <rule>: <value>"}, e.g. {@code "probability must be within [0,
 * 1]: 1.2"}; {@link #message(Locale)} renders the same in another language (Simplified Chinese:
 * {@code Locale.SIMPLIFIED_CHINESE}). Equality: path, rule message and value. Immutable and thread-safe.
 */
public final class Problem {
  private final String path;
  private final Message rule;
  private final String value;

  /**
   * A problem whose rule is free text.
   *
   * @param path where the problem is; never blank
   * @param rule the rule broken, phrased to follow the path ("must be within [0, 1]")
   * @param value the offending value as text, or {@code null} when there is no single value (a missing field)
   */
  public Problem(String path, String rule, String value) {
    this(path, Message.text(Objects.requireNonNull(rule, "rule")), value);
  }

  private Problem(String path, Message rule, String value) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(rule, "rule");
    if (path.isBlank()) {
      throw new IllegalArgumentException("path must not be blank");
    }
    this.path = path;
    this.rule = rule;
    this.value = value;
  }

  /** The longest value text a problem keeps: longer values are cut to a prefix (input may be hostile). */
  public static final int MAX_VALUE_LENGTH = 100;

  /**
   * A problem with an offending value; a value longer than {@value #MAX_VALUE_LENGTH} characters is cut, a
   * {@link dev.salesops.core.json.JsonValue} is shown as compact JSON of at most 40 characters.
   */
  public static Problem of(String path, String rule, Object value) {
    String text = text(value);
    if (text.length() > MAX_VALUE_LENGTH) {
      text = text.substring(0, MAX_VALUE_LENGTH - 3) + "...";
    }
    return new Problem(path, rule, text);
  }

  /** A problem with no single offending value (a missing field, a rule over several fields). */
  public static Problem of(String path, String rule) {
    return new Problem(path, rule, null);
  }

  /** A problem whose rule is a coded message; {@code value} as in {@link #of(String, String, Object)}. */
  public static Problem of(String path, Message rule, Object value) {
    return new Problem(path, rule, text(value));
  }

  /** A value as text: a JSON value as compact JSON of at most 40 characters ({@code "high"}, {@code [1,2]}). */
  private static String text(Object value) {
    if (value instanceof dev.salesops.core.json.JsonValue json) {
      return dev.salesops.core.internal.json.JsonFields.show(json);
    }
    return value == null ? "null" : String.valueOf(value);
  }

  /** Where the problem is. */
  public String path() {
    return path;
  }

  /** The rule broken, in English. */
  public String rule() {
    return rule.text();
  }

  /** The rule broken, as a structured message (code, parameters). */
  public Message ruleMessage() {
    return rule;
  }

  /** The rule's stable code ({@link Message#TEXT} for a free-text rule). */
  public String code() {
    return rule.code();
  }

  /** The offending value as text, or {@code null} when there is no single value. */
  public String value() {
    return value;
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

  /** The same problem at another path (e.g. prefixed with the file it was read from). */
  public Problem at(String newPath) {
    return new Problem(newPath, rule, value);
  }

  /** {@code "<path> <rule>: <value>"}, or {@code "<path> <rule>"} without a value. */
  public String message() {
    return value == null ? path + " " + rule.text() : path + " " + rule.text() + ": " + value;
  }

  /** {@link #message()} in {@code locale}. */
  public String message(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    Message m = value == null
        ? CoreMessages.of(CoreMessages.PROBLEM_NO_VALUE, path, "path", path, "rule", rule)
        : CoreMessages.of(CoreMessages.PROBLEM, path, "path", path, "rule", rule, "value", value);
    return m.text(locale);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Problem)) {
      return false;
    }
    Problem p = (Problem) o;
    return path.equals(p.path) && rule.equals(p.rule) && Objects.equals(value, p.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, rule, value);
  }

  @Override
  public String toString() {
    return message();
  }
}
