package dev.salesops.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import java.time.Instant;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** Equality, hash and text of the hand-written lifecycle values, part by part. */
class LifecycleValuesEqualityTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant T1 = Instant.parse("2026-02-01T00:00:00Z");
  private static final PurchaseFacts F = new PurchaseFacts(2, 1, 0, 0, Money.parse("USD 100"));
  private static final PurchaseFacts G = new PurchaseFacts(3, 1, 0, 0, Money.parse("USD 100"));

  @Test
  void stageSpellsAreEqualByStageStartAndEnd() {
    new EqualsTester()
        .addEqualityGroup(new StageSpell(LifecycleStage.ACQUISITION, T0, T1), new StageSpell(LifecycleStage.ACQUISITION, T0, T1))
        .addEqualityGroup(new StageSpell(LifecycleStage.CONVERSION, T0, T1))
        .addEqualityGroup(new StageSpell(LifecycleStage.ACQUISITION, T1, T1))
        .addEqualityGroup(new StageSpell(LifecycleStage.ACQUISITION, T0, null))
        .testEquals();
    StageSpell s = new StageSpell(LifecycleStage.SERVICE, T0, null);
    assertThat(s.start()).isEqualTo(T0);
    assertThat(s.end()).isEmpty();
    assertThat(s.toString()).isEqualTo("StageSpell[stage=SERVICE, start=2026-01-01T00:00:00Z, end=Optional.empty]");
  }

  @Test
  void tierAssignmentsAreEqualByEveryPart() {
    new EqualsTester()
        .addEqualityGroup(new TierAssignment(ValueTier.REPEAT, "r", ValueTier.LOYAL, "l", List.of("x"), F),
            new TierAssignment(ValueTier.REPEAT, "r", ValueTier.LOYAL, "l", List.of("x"), F))
        .addEqualityGroup(new TierAssignment(ValueTier.FIRST_PURCHASE, "r", ValueTier.LOYAL, "l", List.of("x"), F))
        .addEqualityGroup(new TierAssignment(ValueTier.REPEAT, "q", ValueTier.LOYAL, "l", List.of("x"), F))
        .addEqualityGroup(new TierAssignment(ValueTier.REPEAT, "r", ValueTier.REPEAT, "l", List.of("x"), F))
        .addEqualityGroup(new TierAssignment(ValueTier.REPEAT, "r", ValueTier.LOYAL, "m", List.of("x"), F))
        .addEqualityGroup(new TierAssignment(ValueTier.REPEAT, "r", ValueTier.LOYAL, "l", List.of("y"), F))
        .addEqualityGroup(new TierAssignment(ValueTier.REPEAT, "r", ValueTier.LOYAL, "l", List.of("x"), G))
        .addEqualityGroup(new TierAssignment(null, null, null, null, List.of(), F))
        .testEquals();
    assertThat(new TierAssignment(ValueTier.REPEAT, "r", null, null, List.of(), F).toString())
        .startsWith("TierAssignment[tier=Optional[REPEAT], ruleId=Optional[r], nextTier=Optional.empty, nextRuleId=Optional.empty, missingForNext=[], facts=");
  }
}
