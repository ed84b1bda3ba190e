package dev.salesops.core.segmentation;

import dev.salesops.core.validation.Problems;
import dev.salesops.core.validation.ValidationException;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Partner and supplier tiers STRATEGIC / PREFERRED / REGULAR / BASIC: a {@link WeightedAssessment} of
 * quality, delivery, service and innovation (or the host's own criteria) and the minimum total of each tier
 * as data.
 *
 * <p><b>Rule</b>: the tier is the highest one whose minimum total the weighted total reaches ({@code total >=
 * minimum}); BASIC has no minimum (everyone below REGULAR). Since the total is monotone in every score, so is
 * the tier. {@code minimumTotals} must name exactly STRATEGIC, PREFERRED and REGULAR with strictly decreasing
 * minimums inside the assessment's score scale; all problems are reported at once.
 *
 * <p>Shipped default ({@link #defaults()}), scale 0–100: QUALITY 0.35, DELIVERY 0.30, SERVICE 0.20,
 * INNOVATION 0.15; STRATEGIC from 85, PREFERRED from 70, REGULAR from 50.
 *
 * <p>JSON: {@code {"assessment":{...},"minimumTotals":{"STRATEGIC":85,"PREFERRED":70,"REGULAR":50}}}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param assessment the weighted criteria
 * @param minimumTotals the lowest total of each tier but BASIC
 */
public record PartnerTierScheme(WeightedAssessment assessment, Map<PartnerTier, BigDecimal> minimumTotals) {
  /** Criterion id {@code QUALITY}. */
  public static final String QUALITY = "QUALITY";
  /** Criterion id {@code DELIVERY}. */
  public static final String DELIVERY = "DELIVERY";
  /** Criterion id {@code SERVICE}. */
  public static final String SERVICE = "SERVICE";
  /** Criterion id {@code INNOVATION}. */
  public static final String INNOVATION = "INNOVATION";

  private static final List<PartnerTier> RANKED = List.of(PartnerTier.STRATEGIC, PartnerTier.PREFERRED, PartnerTier.REGULAR);

  /** Validates the scheme, reporting every problem at once. */
  public PartnerTierScheme {
    minimumTotals = Data.map(minimumTotals);
    Problems problems = new Problems();
    if (assessment == null) {
      problems.add("assessment", "must be present");
    }
    if (minimumTotals.containsKey(PartnerTier.BASIC)) {
      problems.add("minimumTotals.BASIC", "must not be given: BASIC is everyone below REGULAR", minimumTotals.get(PartnerTier.BASIC));
    }
    BigDecimal previous = null;
    PartnerTier previousTier = null;
    for (PartnerTier tier : RANKED) {
      BigDecimal min = minimumTotals.get(tier);
      if (min == null) {
        problems.add("minimumTotals." + tier, "must be present");
        continue;
      }
      if (assessment != null && (min.compareTo(assessment.minScore()) < 0 || min.compareTo(assessment.maxScore()) > 0)) {
        problems.add("minimumTotals." + tier, "must be within the score scale [" + assessment.minScore().toPlainString() + ", "
            + assessment.maxScore().toPlainString() + "]", min.toPlainString());
      }
      if (previous != null && min.compareTo(previous) >= 0) {
        problems.add("minimumTotals." + tier, "must be lower than the minimum of " + previousTier + " " + previous.toPlainString(), min.toPlainString());
      }
      previous = min;
      previousTier = tier;
    }
    problems.throwIfAny();
    minimumTotals = Collections.unmodifiableMap(new EnumMap<>(minimumTotals));
  }

  /** The shipped default scheme (see the class documentation). */
  public static PartnerTierScheme defaults() {
    WeightedAssessment assessment = WeightedAssessment.of(List.of(
        WeightedAssessment.Factor.of(QUALITY, "0.35"),
        WeightedAssessment.Factor.of(DELIVERY, "0.30"),
        WeightedAssessment.Factor.of(SERVICE, "0.20"),
        WeightedAssessment.Factor.of(INNOVATION, "0.15")));
    return new PartnerTierScheme(assessment, Map.of(
        PartnerTier.STRATEGIC, BigDecimal.valueOf(85),
        PartnerTier.PREFERRED, BigDecimal.valueOf(70),
        PartnerTier.REGULAR, BigDecimal.valueOf(50)));
  }

  /**
   * Rates a partner from its scores (criterion id to score on the assessment's scale).
   *
   * @throws ValidationException listing every missing, unknown or out-of-range score
   */
  public PartnerRating rate(Map<String, BigDecimal> scores) {
    Objects.requireNonNull(scores, "scores");
    WeightedAssessment.Result result = assessment.assess(scores);
    PartnerTier tier = PartnerTier.BASIC;
    for (PartnerTier t : RANKED) {
      if (result.total().compareTo(minimumTotals.get(t)) >= 0) {
        tier = t;
        break;
      }
    }
    Optional<PartnerTier> next = tier == PartnerTier.STRATEGIC ? Optional.empty() : Optional.of(PartnerTier.values()[tier.ordinal() - 1]);
    Optional<BigDecimal> gap = next.map(n -> minimumTotals.get(n).subtract(result.total()));
    return new PartnerRating(tier, result, next.orElse(null), gap.orElse(null));
  }

}
