package dev.salesops.metrics.appraisal;

/**
 * The three kinds of appraisal indicator of the seed's table (銷售績效考核體系).
 *
 * <ul>
 *   <li>{@link #RESULT} 結果指標: revenue, collected cash (回款額), new customers;
 *   <li>{@link #PROCESS} 過程指標: visits, proposals, quotes;
 *   <li>{@link #CAPABILITY} 能力指標: product knowledge, selling skill, teamwork.
 * </ul>
 */
public enum IndicatorType {
  /** An outcome indicator (結果指標). */
  RESULT,
  /** An activity indicator (過程指標). */
  PROCESS,
  /** A capability indicator (能力指標), usually a manager's rating. */
  CAPABILITY
}
