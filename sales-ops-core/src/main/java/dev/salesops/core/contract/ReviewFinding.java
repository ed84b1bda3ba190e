package dev.salesops.core.contract;

import java.util.Objects;

/**
 * The outcome of one checklist point: passed or not, with the reason in words.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param item the checklist point
 * @param passed whether the contract satisfies it
 * @param reason why (e.g. {@code "scope lines add up to 12,000.00 USD, the total is 12,500.00 USD"})
 */
public record ReviewFinding(ReviewItem item, boolean passed, String reason) {

  /** Validates the parts. */
  public ReviewFinding {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(reason, "reason");
  }
}
