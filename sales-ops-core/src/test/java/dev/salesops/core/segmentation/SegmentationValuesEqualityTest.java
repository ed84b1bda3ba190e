package dev.salesops.core.segmentation;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import dev.salesops.core.validation.Problem;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Equality, hash and text of the hand-written segmentation values, part by part. */
class SegmentationValuesEqualityTest {
  @Test
  void segmentAssignmentsAreEqualByEveryPart() {
    List<Problem> unknown = List.of(Problem.of("industry", "is not a known value"));
    new EqualsTester()
        .addEqualityGroup(new SegmentAssignment("A", Map.of("size", "L"), List.of(), null), new SegmentAssignment("A", Map.of("size", "L"), List.of(), null))
        .addEqualityGroup(new SegmentAssignment("B", Map.of("size", "L"), List.of(), null))
        .addEqualityGroup(new SegmentAssignment(null, Map.of("size", "L"), List.of(), null))
        .addEqualityGroup(new SegmentAssignment("A", Map.of("size", "S"), List.of(), null))
        .addEqualityGroup(new SegmentAssignment("A", Map.of("size", "L"), unknown, null))
        .addEqualityGroup(new SegmentAssignment("A", Map.of("size", "L"), List.of(), "why"))
        .testEquals();
    assertThat(new SegmentAssignment(null, Map.of(), List.of(), "why").toString())
        .isEqualTo("SegmentAssignment[segment=Optional.empty, bands={}, unknownValues=[], undecidedReason=Optional[why]]");
  }

  @Test
  void partnerRatingsAreEqualByEveryPart() {
    WeightedAssessment w = WeightedAssessment.of(List.of(WeightedAssessment.Factor.of("q", "1")));
    WeightedAssessment.Result r1 = w.assess(Map.of("q", new BigDecimal("3")));
    WeightedAssessment.Result r2 = w.assess(Map.of("q", new BigDecimal("4")));
    new EqualsTester()
        .addEqualityGroup(new PartnerRating(PartnerTier.PREFERRED, r1, PartnerTier.STRATEGIC, BigDecimal.ONE),
            new PartnerRating(PartnerTier.PREFERRED, r1, PartnerTier.STRATEGIC, BigDecimal.ONE))
        .addEqualityGroup(new PartnerRating(PartnerTier.REGULAR, r1, PartnerTier.STRATEGIC, BigDecimal.ONE))
        .addEqualityGroup(new PartnerRating(PartnerTier.PREFERRED, r2, PartnerTier.STRATEGIC, BigDecimal.ONE))
        .addEqualityGroup(new PartnerRating(PartnerTier.PREFERRED, r1, PartnerTier.PREFERRED, BigDecimal.ONE))
        .addEqualityGroup(new PartnerRating(PartnerTier.PREFERRED, r1, PartnerTier.STRATEGIC, BigDecimal.TEN))
        .addEqualityGroup(new PartnerRating(PartnerTier.STRATEGIC, r1, null, null))
        .testEquals();
    assertThat(new PartnerRating(PartnerTier.STRATEGIC, r1, null, null).toString())
        .startsWith("PartnerRating[tier=STRATEGIC, assessment=").endsWith(", nextTier=Optional.empty, pointsToNextTier=Optional.empty]");
  }
}
