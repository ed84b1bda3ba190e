package dev.salesops.scoring.predictive;

import dev.salesops.core.internal.Checks;
import java.util.Objects;

/** Validation of a deal given as the host's field values (the host-facing fast paths). Not API. */
final class HostValues {
  private HostValues() {}

  static void check(int fields, int tagFields, String[] fieldValues, String[][] tagValues) {
    Objects.requireNonNull(fieldValues, "fieldValues");
    Objects.requireNonNull(tagValues, "tagValues");
    if (fieldValues.length != fields) {
      throw Checks.fail("fieldValues.length", "must be the number of configured fields " + fields, fieldValues.length);
    }
    if (tagValues.length != tagFields) {
      throw Checks.fail("tagValues.length", "must be the number of configured tag fields " + tagFields, tagValues.length);
    }
    for (String[] values : tagValues) {
      if (values == null) {
        continue;
      }
      for (int i = 0; i < values.length; i++) {
        String v = Objects.requireNonNull(values[i], "tag value");
        for (int j = 0; j < i; j++) {
          if (values[j].equals(v)) {
            throw Checks.fail("tagValues", "must not repeat a value within a field", v);
          }
        }
      }
    }
  }
}
