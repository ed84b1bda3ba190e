/**
 * Prioritisation and allocation of sales resources (建立商機評分機制,合理分配銷售資源): {@link
 * dev.salesops.scoring.allocation.Allocator} ranks {@link dev.salesops.scoring.allocation.Candidate}s by score and
 * expected value (amount × probability) and assigns them to {@link dev.salesops.scoring.allocation.RepCapacity
 * reps with capacity limits}, each {@link dev.salesops.scoring.allocation.Assignment} saying why it went where it
 * did.
 */
package dev.salesops.scoring.allocation;
