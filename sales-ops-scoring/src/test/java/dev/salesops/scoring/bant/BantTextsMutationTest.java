package dev.salesops.scoring.bant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.salesops.core.model.BantCriterion;
import dev.salesops.core.model.BantStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bant package's texts and counts that no other test reads (PIT issue 13). */
class BantTextsMutationTest {

  @Test
  void typesAndCriteriaNameThemselves() {
    QualificationPolicy p = QualificationPolicy.allConfirmed();
    assertThat(new BantQualifiedCriterionType()).hasToString("bant.qualified");
    assertThat(BantQualifiedCriterionType.withDefault(p)).hasToString("bant.qualified (default " + p + ")");
    assertThat(BantQualifiedCriterionType.of(p)).hasToString("bant.qualified " + p);
  }

  @Test
  void metCountCountsMetVerdictsOnly() {
    CriterionVerdict met = new CriterionVerdict(BantCriterion.BUDGET, BantStatus.CONFIRMED, true, true, "ok");
    CriterionVerdict notMet = new CriterionVerdict(BantCriterion.NEED, BantStatus.UNKNOWN, false, true, "no");
    assertThat(new QualificationResult(false, List.of(met, notMet, met), List.of("x")).metCount()).isEqualTo(2);
    assertThat(new QualificationResult(false, List.of(notMet), List.of("x")).metCount()).isZero();
  }

  @Test
  void verdictTextsAreEqualByText() {
    VerdictText.Joined a = new VerdictText.Joined(new Object[] {"a", "b"});
    VerdictText.Joined same = new VerdictText.Joined(new Object[] {"a", "b"});
    VerdictText.Joined other = new VerdictText.Joined(new Object[] {"a", "c"});
    assertThat(a).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(other).isNotEqualTo("a; b").hasToString("a; b");
    assertThat(a.hashCode()).isNotEqualTo(other.hashCode());
  }
}
