package dev.salesops.scoring.predictive;

import dev.salesops.core.validation.Problems;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the naive Bayes model learns from and how it smooths.
 *
 * <ul>
 *   <li>{@code stages}: the open pipeline stages in order; counted cumulatively (a won deal counts as won in
 *       every stage, a lost deal as lost in its stage and every earlier one), so the first stage holds the
 *       segment's won/lost totals and is the prior;
 *   <li>{@code fields}: single-valued fields (one count per deal);
 *   <li>{@code tagFields}: multi-valued fields (one count per value), ignored per (segment, field, value) while
 *       their smoothed support {@code won + lost} is below {@code tagSupportThreshold};
 *   <li>{@code smoothing}: the count every (segment, field, value) starts at (Odoo: 0.1; add-one: 1), and the
 *       floor a count never goes below when decremented; must be positive so that no likelihood is 0;
 *   <li>{@code minProbability}, {@code maxProbability}: the clamp of the result (Odoo: 0.0001 and 0.9999).
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param stages the open stages in pipeline order (at least one)
 * @param fields the single-valued fields
 * @param tagFields the multi-valued fields
 * @param smoothing the initial count and floor, positive
 * @param tagSupportThreshold the minimum smoothed won+lost count for a tag value to be used, not negative
 * @param minProbability the lower clamp, in [0, 1]
 * @param maxProbability the upper clamp, in [minProbability, 1]
 */
public record NaiveBayesConfig(List<String> stages, List<String> fields, List<String> tagFields, double smoothing,
    double tagSupportThreshold, double minProbability, double maxProbability) {

  /** Odoo's smoothing: counts start at 0.1. */
  public static final double ODOO_SMOOTHING = 0.1;
  /** Odoo's tag support threshold: 50. */
  public static final double ODOO_TAG_SUPPORT = 50;

  /** Validates (all problems at once) and copies. */
  public NaiveBayesConfig {
    Objects.requireNonNull(stages, "stages");
    Objects.requireNonNull(fields, "fields");
    Objects.requireNonNull(tagFields, "tagFields");
    stages = List.copyOf(stages);
    fields = List.copyOf(fields);
    tagFields = List.copyOf(tagFields);
    Problems problems = new Problems();
    if (stages.isEmpty()) {
      problems.add("stages", "must name at least one stage", "[]");
    }
    if (new HashSet<>(stages).size() != stages.size()) {
      problems.add("stages", "must not repeat a stage", stages);
    }
    Set<String> seen = new HashSet<>();
    for (String f : fields) {
      if (!seen.add(f)) {
        problems.add("fields", "must not repeat a field", f);
      }
    }
    for (String f : tagFields) {
      if (!seen.add(f)) {
        problems.add("tagFields", "must not repeat a field (nor name a single-valued field)", f);
      }
    }
    if (!(smoothing > 0) || Double.isInfinite(smoothing)) {
      problems.add("smoothing", "must be a positive finite number", smoothing);
    }
    if (!(tagSupportThreshold >= 0) || Double.isInfinite(tagSupportThreshold)) {
      problems.add("tagSupportThreshold", "must be a finite number >= 0", tagSupportThreshold);
    }
    if (!(minProbability >= 0 && minProbability <= 1)) {
      problems.add("minProbability", "must be within [0, 1]", minProbability);
    }
    if (!(maxProbability >= minProbability && maxProbability <= 1)) {
      problems.add("maxProbability", "must be within [minProbability, 1]", maxProbability);
    }
    problems.throwIfAny();
  }

  /**
   * The Odoo preset ({@code crm.lead} predictive lead scoring): smoothing 0.1, tag support threshold 50,
   * probability clamped to [0.01%, 99.99%].
   */
  public static NaiveBayesConfig odooPreset(List<String> stages, List<String> fields, List<String> tagFields) {
    return new NaiveBayesConfig(stages, fields, tagFields, ODOO_SMOOTHING, ODOO_TAG_SUPPORT, 0.0001, 0.9999);
  }

  /** A copy with another smoothing. */
  public NaiveBayesConfig withSmoothing(double value) {
    return new NaiveBayesConfig(stages, fields, tagFields, value, tagSupportThreshold, minProbability, maxProbability);
  }

  /** A copy with another tag support threshold. */
  public NaiveBayesConfig withTagSupportThreshold(double value) {
    return new NaiveBayesConfig(stages, fields, tagFields, smoothing, value, minProbability, maxProbability);
  }

  /** A copy with another clamp. */
  public NaiveBayesConfig withClamp(double min, double max) {
    return new NaiveBayesConfig(stages, fields, tagFields, smoothing, tagSupportThreshold, min, max);
  }
}
