package dev.salesops.scoring.predictive;

import dev.salesops.core.validation.Problems;
import java.util.Map;
import java.util.Set;

/**
 * A deal's fields against the configuration (untrusted-input issue: configuration refuses what it does not
 * understand): a field the configuration does not name (a typo) or a multi-valued tag field given as one value
 * (or the reverse) is refused with its path, instead of being silently ignored in training and scoring.
 */
final class NaiveBayesConfigChecks {
  private NaiveBayesConfigChecks() {}

  static void check(NaiveBayesConfig config, Deal deal) {
    Map<String, String> fields = deal.fields();
    Map<String, Set<String>> tags = deal.tags();
    if (fields.isEmpty() && tags.isEmpty()) {
      return;
    }
    Problems problems = null;
    for (String name : fields.keySet()) {
      if (!config.fields().contains(name)) {
        problems = problems == null ? new Problems() : problems;
        problems.add("deal.fields." + name, config.tagFields().contains(name)
            ? "is a tag field: give its values as a set (tags), not a single value"
            : "is not a field of the configuration (fields: " + config.fields() + ", tag fields: " + config.tagFields() + ")");
      }
    }
    for (String name : tags.keySet()) {
      if (!config.tagFields().contains(name)) {
        problems = problems == null ? new Problems() : problems;
        problems.add("deal.tags." + name, config.fields().contains(name)
            ? "is a single-valued field: give it in fields, not as tags"
            : "is not a tag field of the configuration (fields: " + config.fields() + ", tag fields: " + config.tagFields() + ")");
      }
    }
    if (problems != null) {
      problems.throwIfAny();
    }
  }
}
