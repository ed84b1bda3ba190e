package dev.salesops.core.lifecycle;

/**
 * The stages of a customer's life with the seller (客戶生命週期, docs/DOMAIN.md §2): ACQUISITION → CONVERSION →
 * SERVICE → GROWTH → RETENTION, in this order, plus CHURNED outside the order.
 *
 * <p>These exact names are the state ids of the shipped lifecycle workflow definition.
 *
 * <p><b>Direction</b> ({@link #isForwardMove}): a move is forward when it goes from no stage yet to any
 * stage but CHURNED, or to a later stage of the ordered five. Every other move — into CHURNED, out of
 * CHURNED (win-back, re-acquisition), or to an earlier stage — is backward and only happens through a rule
 * declared backward, recorded with its reason.
 */
public enum LifecycleStage {
  /** 獲取: the customer is being acquired (first contact made). */
  ACQUISITION,
  /** 轉化: the customer has bought (first order). */
  CONVERSION,
  /** 服務: the customer is being served (onboarding, support, repeat business). */
  SERVICE,
  /** 成長: the customer expands (a second product line, an upsell). */
  GROWTH,
  /** 保留: the customer renews. */
  RETENTION,
  /** The customer left (e.g. cancelled); outside the forward order. */
  CHURNED;

  private static final LifecycleStage[] VALUES = values();

  static LifecycleStage ofOrdinal(int ordinal) {
    return VALUES[ordinal];
  }

  /**
   * Whether moving from {@code from} ({@code null}: no stage yet) to {@code to} is forward (see the class
   * documentation).
   */
  public static boolean isForwardMove(LifecycleStage from, LifecycleStage to) {
    if (to == null) {
      throw new NullPointerException("to");
    }
    if (to == CHURNED) {
      return false;
    }
    return from == null || (from != CHURNED && to.ordinal() > from.ordinal());
  }
}
