package dev.salesops.scoring.bant;

import java.util.List;

/**
 * The verdict of a {@link QualificationPolicy}: qualified or not, the verdict on every criterion (in BANT
 * order), and the reasons the opportunity is not qualified (empty when it is).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param qualified whether the policy holds
 * @param criteria the four verdicts, in BANT order
 * @param failures every reason the policy does not hold, in order
 */
public record QualificationResult(boolean qualified, List<CriterionVerdict> criteria, List<String> failures) {

  /** Copies the lists. */
  public QualificationResult {
    criteria = List.copyOf(criteria);
    failures = List.copyOf(failures);
  }

  /** How many criteria are met. */
  public int metCount() {
    return (int) criteria.stream().filter(CriterionVerdict::met).count();
  }
}
