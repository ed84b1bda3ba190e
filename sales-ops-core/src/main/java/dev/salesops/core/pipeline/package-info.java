/**
 * The seven-stage sales pipeline ({@link dev.salesops.core.pipeline.SalesPipeline}), the flagship definition
 * of the workflow engine in {@link dev.salesops.core.workflow}, and its JSON resource.
 */
package dev.salesops.core.pipeline;
