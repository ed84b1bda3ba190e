package dev.salesops.core.segmentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salesops.core.testing.Property;
import dev.salesops.core.validation.Problem;
import dev.salesops.core.validation.ValidationException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PartnerAndKeyAccountTest {

  private static Map<String, BigDecimal> partnerScores(int quality, int delivery, int service, int innovation) {
    return Map.of("QUALITY", BigDecimal.valueOf(quality), "DELIVERY", BigDecimal.valueOf(delivery),
        "SERVICE", BigDecimal.valueOf(service), "INNOVATION", BigDecimal.valueOf(innovation));
  }

  @Test
  void defaultPartnerTiersFollowTheThresholds() {
    PartnerTierScheme scheme = PartnerTierScheme.defaults();
    PartnerRating top = scheme.rate(partnerScores(90, 90, 80, 80)); // 31.5 + 27 + 16 + 12 = 86.5
    assertThat(top.tier()).isEqualTo(PartnerTier.STRATEGIC);
    assertThat(top.assessment().total()).isEqualByComparingTo("86.5");
    assertThat(top.nextTier()).isEmpty();
    assertThat(top.pointsToNextTier()).isEmpty();

    PartnerRating exactly70 = scheme.rate(partnerScores(70, 70, 70, 70));
    assertThat(exactly70.tier()).isEqualTo(PartnerTier.PREFERRED);
    assertThat(exactly70.nextTier()).contains(PartnerTier.STRATEGIC);
    assertThat(exactly70.pointsToNextTier().orElseThrow()).isEqualByComparingTo("15");

    assertThat(scheme.rate(partnerScores(60, 50, 40, 40)).tier()).isEqualTo(PartnerTier.REGULAR); // 21+15+8+6 = 50
    assertThat(scheme.rate(partnerScores(10, 10, 10, 10)).tier()).isEqualTo(PartnerTier.BASIC);
  }

  @Test
  void partnerTierIsMonotoneInEveryScore() {
    PartnerTierScheme scheme = PartnerTierScheme.defaults();
    List<String> ids = scheme.assessment().criterionIds();
    Property.forAll(11L, 400, r -> {
      Map<String, BigDecimal> scores = new HashMap<>();
      for (String id : ids) {
        scores.put(id, BigDecimal.valueOf(r.nextInt(1001), 1));
      }
      PartnerTier before = scheme.rate(scores).tier();
      String raised = ids.get(r.nextInt(ids.size()));
      scores.put(raised, scores.get(raised).add(BigDecimal.valueOf(r.nextInt(500), 1)).min(BigDecimal.valueOf(100)));
      PartnerTier after = scheme.rate(scores).tier();
      assertThat(after.ordinal()).as("higher tiers have lower ordinals").isLessThanOrEqualTo(before.ordinal());
    });
  }

  @Test
  void partnerThresholdsAreValidatedAllAtOnce() {
    assertThatThrownBy(() -> new PartnerTierScheme(PartnerTierScheme.defaults().assessment(),
        Map.of(PartnerTier.STRATEGIC, BigDecimal.valueOf(60), PartnerTier.PREFERRED, BigDecimal.valueOf(70), PartnerTier.BASIC, BigDecimal.ZERO)))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(Problem::message).containsExactly(
            "minimumTotals.BASIC must not be given: BASIC is everyone below REGULAR: 0",
            "minimumTotals.PREFERRED must be lower than the minimum of STRATEGIC 60: 70",
            "minimumTotals.REGULAR must be present"));
  }

  @Test
  void keyAccountsAreIdentifiedWithShortfall() {
    KeyAccountScheme scheme = KeyAccountScheme.defaults();
    KeyAccountResult big = scheme.identify(Map.of("SCALE", BigDecimal.valueOf(90), "INDUSTRY_POSITION", BigDecimal.valueOf(80),
        "GROWTH_POTENTIAL", BigDecimal.valueOf(60), "STRATEGIC_FIT", BigDecimal.valueOf(60))); // 27+16+15+15 = 73
    assertThat(big.keyAccount()).isTrue();
    assertThat(big.assessment().total()).isEqualByComparingTo("73");
    assertThat(big.shortfall()).isEqualByComparingTo("0");
    KeyAccountResult small = scheme.identify(Map.of("SCALE", BigDecimal.valueOf(50), "INDUSTRY_POSITION", BigDecimal.valueOf(50),
        "GROWTH_POTENTIAL", BigDecimal.valueOf(50), "STRATEGIC_FIT", BigDecimal.valueOf(50)));
    assertThat(small.keyAccount()).isFalse();
    assertThat(small.shortfall()).isEqualByComparingTo("20");
    assertThat(small.assessment().breakdown()).hasSize(4);
  }

  @Test
  void keyAccountThresholdMustBeOnTheScale() {
    assertThatThrownBy(() -> new KeyAccountScheme(KeyAccountScheme.defaults().assessment(), BigDecimal.valueOf(101)))
        .hasMessage("minimumTotal must be within the score scale [0, 100]: 101");
  }

}
