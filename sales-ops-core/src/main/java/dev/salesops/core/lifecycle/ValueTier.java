package dev.salesops.core.lifecycle;

/** The value pyramid (客戶二次開發與深耕, docs/DOMAIN.md §2), lowest tier first. */
public enum ValueTier {
  /** 首次購買: has bought once. */
  FIRST_PURCHASE,
  /** 重複購買: buys again. */
  REPEAT,
  /** 忠誠客戶: multi-product, refers others. */
  LOYAL,
  /** 戰略合作夥伴: joint innovation. */
  STRATEGIC_PARTNER
}
