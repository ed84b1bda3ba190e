/**
 * Customer health and churn risk (客戶成功管理): {@link dev.salesops.scoring.health.HealthModel} scores a customer
 * with a health {@link dev.salesops.scoring.scorecard.Scorecard} (usage, support load, satisfaction, payment
 * behaviour, engagement recency; {@link dev.salesops.scoring.health.HealthModel#standard()} ships one), compares it
 * with earlier {@link dev.salesops.scoring.health.HealthSnapshot}s for a {@link dev.salesops.scoring.health.Trend},
 * and derives a {@link dev.salesops.scoring.health.ChurnRisk} band, all in a {@link
 * dev.salesops.scoring.health.HealthAssessment} with reasons.
 */
package dev.salesops.scoring.health;
