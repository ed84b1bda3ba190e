/**
 * BANT qualification (商機標準判定, docs/DOMAIN.md §3): a {@link dev.salesops.scoring.bant.QualificationPolicy} judges
 * the {@link dev.salesops.core.model.BantAssessment} recorded on an {@link dev.salesops.core.model.Opportunity}
 * at an evaluation date into a {@link dev.salesops.scoring.bant.QualificationResult} (qualified or not, and per
 * criterion the status, whether it is met and why). {@link dev.salesops.scoring.bant.BantQualifiedCriterionType}
 * plugs the policy into the workflow engine as the {@code bant.qualified} criterion type, configured by JSON
 * params, so that a pipeline's QUALIFICATION exit is guarded by the host's policy with its reasons.
 */
package dev.salesops.scoring.bant;
