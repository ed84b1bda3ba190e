/**
 * The workflow engine: immutable {@link dev.salesops.core.workflow.WorkflowDefinition definitions} (versioned
 * data), {@link dev.salesops.core.workflow.Snapshot snapshots} of single records (definition id and version,
 * full history), and a pure evaluation {@link dev.salesops.core.workflow.Workflow#evaluate} returning {@link
 * dev.salesops.core.workflow.Evaluation.Accepted} or {@link dev.salesops.core.workflow.Evaluation.Rejected}
 * with every unmet criterion. Criteria are data resolved against a {@link
 * dev.salesops.core.workflow.CriterionRegistry} when a definition is loaded ({@link
 * dev.salesops.core.workflow.StandardCriteria#registry()} is core's default). JSON via {@link
 * dev.salesops.core.workflow.WorkflowJson}; diagrams via {@link dev.salesops.core.workflow.Mermaid}.
 */
package dev.salesops.core.workflow;
