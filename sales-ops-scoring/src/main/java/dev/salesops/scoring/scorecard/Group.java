package dev.salesops.scoring.scorecard;

/** The two groups of scorecard criteria. */
public enum Group {
  /** Who the customer is (industry, size, region, budget): never decays. */
  FIT,
  /** What the customer did (visits, demos, replies, buying signals): may decay with time. */
  ENGAGEMENT
}
