package dev.salesops.core.collection;

import dev.salesops.core.internal.Checks;

/** The identifier rule of this package (the same as the model's ids). */
final class Ids {
  private Ids() {}

  static String check(String value, String field) {
    Checks.text(value, field, 128);
    if (!value.equals(value.strip())) {
      throw Checks.fail(field, "must not start or end with whitespace", "\"" + value + "\"");
    }
    return value;
  }
}
