package dev.salesops.core.lifecycle;

/**
 * The kinds of dated facts about a customer that the lifecycle and the value pyramid are derived from.
 *
 * <p>{@link #ORDER}, {@link #UPSELL} and {@link #RENEWAL} are <em>purchases</em>; {@link #ORDER} and {@link
 * #UPSELL} may name a product line; purchases may carry an amount.
 */
public enum CustomerEventType {
  /** A contact with the customer (the first one starts acquisition). */
  CONTACT,
  /** An order (the first one is the first purchase). */
  ORDER,
  /** An upsell or cross-sell order on top of existing business. */
  UPSELL,
  /** A support case opened by the customer. */
  SUPPORT_CASE,
  /** A contract renewal. */
  RENEWAL,
  /** A cancellation of the customer's contract or subscription. */
  CANCELLATION,
  /** The customer referred another customer. */
  REFERRAL,
  /** A joint project (joint innovation) with the customer. */
  JOINT_PROJECT;

  /** Whether events of this type are purchases (ORDER, UPSELL, RENEWAL). */
  public boolean isPurchase() {
    return this == ORDER || this == UPSELL || this == RENEWAL;
  }
}
