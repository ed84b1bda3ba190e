package dev.salesops.core.segmentation;

import dev.salesops.core.internal.Checks;
import dev.salesops.core.validation.Problem;
import dev.salesops.core.validation.Problems;
import dev.salesops.core.validation.ValidationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * <b>The reusable weighted-assessment building block</b> of sales-ops: named criteria with weights, each
 * scored on one common scale, giving a weighted total with its per-criterion breakdown. Key-account
 * identification ({@link KeyAccountScheme}) and partner/supplier tiers ({@link PartnerTierScheme}) are built on
 * it, and any other "rate X on weighted criteria" model (e.g. a scorecard) should reuse it rather than
 * re-implement the arithmetic.
 *
 * <p><b>Formula</b>: {@code total = Σ weight_i × score_i}, computed exactly with {@link BigDecimal} (no
 * rounding, no division). Because the weights sum to exactly 1, the total lies on the score scale
 * {@code [minScore, maxScore]}, and it is monotone: raising any score never lowers the total.
 *
 * <p><b>Rules</b> (all problems are reported at once, as a {@link ValidationException}): at least one
 * criterion; criterion ids are codes (1 to 64 characters) and unique; every weight is within {@code (0, 1]};
 * the weights sum to exactly 1 (e.g. {@code 0.30 + 0.25 + 0.25 + 0.20}); {@code minScore < maxScore}.
 * The {@link Factor} records are plain data validated by the assessment that holds them.
 *
 * <p>JSON: {@code {"criteria":[{"id":"QUALITY","weight":0.35}, ...],"minScore":0,"maxScore":100}}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param criteria the criteria in display order
 * @param minScore the lowest score a criterion can get
 * @param maxScore the highest score a criterion can get
 */
public record WeightedAssessment(List<Factor> criteria, BigDecimal minScore, BigDecimal maxScore) {

  /**
   * One weighted factor (a "criterion" of the assessment; named apart from the workflow guards, which are criteria): its id
   * and its weight in {@code (0, 1]}. Validated by the {@link
   * WeightedAssessment} holding it. This class is immutable and thread-safe.
   *
   * @param id the criterion id, a code such as {@code "QUALITY"}
   * @param weight the weight, a fraction of 1
   */
  public record Factor(String id, BigDecimal weight) {
    /** A criterion {@code id} with {@code weight}, e.g. {@code of("QUALITY", "0.35")}. */
    public static Factor of(String id, String weight) {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(weight, "weight");
      try {
        return new Factor(id, new BigDecimal(weight));
      } catch (NumberFormatException e) {
        throw Checks.fail("weight", "must be a decimal number such as \"0.35\"", weight.length() > 40 ? weight.substring(0, 40) + "..." : weight);
      }
    }
  }

  /**
   * The part one criterion contributes: {@code points = weight × score}. Immutable and thread-safe.
   *
   * @param criterionId the criterion
   * @param weight its weight
   * @param score the score given
   * @param points {@code weight × score}, exact
   */
  public record Contribution(String criterionId, BigDecimal weight, BigDecimal score, BigDecimal points) {
    /** {@code "QUALITY: 0.35 × 80 = 28.00"}. */
    public String explain() {
      return criterionId + ": " + weight.toPlainString() + " × " + score.toPlainString() + " = " + points.toPlainString();
    }
  }

  /**
   * The outcome: the exact weighted total and the contribution of every criterion, in the assessment's
   * order. Immutable and thread-safe.
   *
   * @param total {@code Σ points}, exact
   * @param breakdown one contribution per criterion
   */
  public record Result(BigDecimal total, List<Contribution> breakdown) {
    /** Copies the breakdown. */
    public Result {
      Objects.requireNonNull(total, "total");
      breakdown = List.copyOf(breakdown);
    }
  }

  /** Validates the assessment, reporting every problem at once. */
  public WeightedAssessment {
    criteria = Data.list(criteria);
    List<Problem> problems = problemsOf(criteria, minScore, maxScore);
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
  }

  /** An assessment on the scale {@code [0, 100]}. */
  public static WeightedAssessment of(List<Factor> criteria) {
    return new WeightedAssessment(criteria, BigDecimal.ZERO, BigDecimal.valueOf(100));
  }

  static List<Problem> problemsOf(List<Factor> criteria, BigDecimal minScore, BigDecimal maxScore) {
    Problems problems = new Problems();
    if (criteria.isEmpty()) {
      problems.add("criteria", "must not be empty");
    }
    Set<String> ids = new HashSet<>();
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < criteria.size(); i++) {
      String path = "criteria[" + i + "]";
      Factor c = criteria.get(i);
      if (c == null) {
        problems.add(path, "must not be null");
        continue;
      }
      if (!Data.isCode(c.id())) {
        problems.add(path + ".id", Data.CODE_RULE, c.id());
      } else if (!ids.add(c.id())) {
        problems.add(path + ".id", "must be unique", c.id());
      }
      if (c.weight() == null) {
        problems.add(path + ".weight", "must be present");
      } else {
        if (c.weight().signum() <= 0 || c.weight().compareTo(BigDecimal.ONE) > 0) {
          problems.add(path + ".weight", "must be within (0, 1]", c.weight().toPlainString());
        }
        sum = sum.add(c.weight());
      }
    }
    if (!criteria.isEmpty() && criteria.stream().allMatch(c -> c != null && c.weight() != null) && sum.compareTo(BigDecimal.ONE) != 0) {
      problems.add("criteria", "weights must sum to exactly 1", sum.toPlainString());
    }
    if (minScore == null) {
      problems.add("minScore", "must be present");
    }
    if (maxScore == null) {
      problems.add("maxScore", "must be present");
    }
    if (minScore != null && maxScore != null && minScore.compareTo(maxScore) >= 0) {
      problems.add("maxScore", "must be greater than minScore " + minScore.toPlainString(), maxScore.toPlainString());
    }
    return problems.toList();
  }

  /** The criterion ids, in order. */
  public List<String> criterionIds() {
    List<String> ids = new ArrayList<>(criteria.size());
    for (Factor c : criteria) {
      ids.add(c.id());
    }
    return List.copyOf(ids);
  }

  /**
   * Assesses {@code scores} (criterion id to score). Every criterion must have a score within {@code
   * [minScore, maxScore]} and no other key may appear; otherwise a {@link ValidationException} lists every
   * missing, unknown and out-of-range score.
   */
  public Result assess(Map<String, BigDecimal> scores) {
    Objects.requireNonNull(scores, "scores");
    Problems problems = new Problems();
    List<Contribution> parts = new ArrayList<>(criteria.size());
    BigDecimal total = BigDecimal.ZERO;
    for (Factor c : criteria) {
      BigDecimal score = scores.get(c.id());
      if (score == null) {
        problems.add("scores." + c.id(), "must be present");
        continue;
      }
      if (score.compareTo(minScore) < 0 || score.compareTo(maxScore) > 0) {
        problems.add("scores." + c.id(), "must be within [" + minScore.toPlainString() + ", " + maxScore.toPlainString() + "]", score.toPlainString());
        continue;
      }
      BigDecimal points = c.weight().multiply(score);
      parts.add(new Contribution(c.id(), c.weight(), score, points));
      total = total.add(points);
    }
    Set<String> known = new HashSet<>(criterionIds());
    for (String key : scores.keySet()) {
      if (key == null || !known.contains(key)) {
        problems.add("scores." + key, "is not a criterion of this assessment; criteria are " + criterionIds());
      }
    }
    problems.throwIfAny();
    return new Result(total, parts);
  }
}
