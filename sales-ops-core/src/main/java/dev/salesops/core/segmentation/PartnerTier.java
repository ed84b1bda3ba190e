package dev.salesops.core.segmentation;

/**
 * The tier of a partner or supplier (供應商與合作夥伴管理, docs/DOMAIN.md §2), highest first. Assigned by a {@link
 * PartnerTierScheme} from a weighted rating of quality, delivery, service and innovation.
 */
public enum PartnerTier {
  /** The top tier: joint planning, the closest cooperation. */
  STRATEGIC,
  /** Preferred over others when choosing. */
  PREFERRED,
  /** An approved partner without preference. */
  REGULAR,
  /** Everyone below the REGULAR threshold. */
  BASIC
}
