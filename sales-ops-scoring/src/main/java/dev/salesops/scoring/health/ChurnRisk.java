package dev.salesops.scoring.health;

/** The churn-risk band. */
public enum ChurnRisk {
  /** Healthy. */
  LOW,
  /** Watch. */
  MEDIUM,
  /** Act now. */
  HIGH
}
