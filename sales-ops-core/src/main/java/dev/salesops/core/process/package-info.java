/**
 * The seed's other processes as shipped workflow definitions on the engine of {@link
 * dev.salesops.core.workflow}: {@link dev.salesops.core.process.OrderFulfilment} (with {@link
 * dev.salesops.core.process.PromiseDates}), {@link dev.salesops.core.process.ComplaintHandling} (response
 * deadlines), {@link dev.salesops.core.process.AfterSalesService} and the cyclic {@link
 * dev.salesops.core.process.ImprovementLoop}. Each is also a JSON resource next to its class for hosts to copy.
 */
package dev.salesops.core.process;
