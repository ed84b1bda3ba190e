package dev.salesops.core.model;

/** The four BANT criteria (商機標準判定, docs/DOMAIN.md §3), in their conventional order. */
public enum BantCriterion {
  /** Budget 預算: money is set aside. Evidence: the budget amount. */
  BUDGET,
  /** Authority 權限: the decision maker is known and engaged. Evidence: the decision-maker contact. */
  AUTHORITY,
  /** Need 需求: the need is stated. Evidence: the need statement. */
  NEED,
  /** Timeline 時間: a purchase date is set. Evidence: the target date. */
  TIMELINE;

  /** {@code "Budget"}, {@code "Authority"}, ...: the label used in reasons. */
  public String label() {
    String n = name();
    return n.charAt(0) + n.substring(1).toLowerCase(java.util.Locale.ROOT);
  }
}
