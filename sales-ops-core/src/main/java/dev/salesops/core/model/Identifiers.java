package dev.salesops.core.model;

import dev.salesops.core.internal.Checks;

/** The validation shared by every typed identifier. */
final class Identifiers {
  /** The longest identifier accepted. */
  static final int MAX_LENGTH = 128;

  private Identifiers() {}

  static String check(String value, String field) {
    Checks.text(value, field, MAX_LENGTH);
    if (!value.equals(value.strip())) {
      throw Checks.fail(field, "must not start or end with whitespace", "\"" + value + "\"");
    }
    return value;
  }
}
