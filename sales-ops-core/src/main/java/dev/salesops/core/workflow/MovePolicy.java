package dev.salesops.core.workflow;

/**
 * What a direct {@link Command#moveTo(String)} may do beyond the declared edges.
 *
 * <p>Library decision: a free forward move starts from an OPEN state and goes to an OPEN or WON state of
 * higher order; skipping a state does not skip its exit criteria (they are all checked, so a deal dragged
 * from QUALIFICATION to PROPOSAL still needs BANT). LOST and custom closed kinds are only ever entered through
 * declared edges, and closed states are only ever left through declared edges.
 */
public enum MovePolicy {
  /** {@code moveTo} follows declared edges only. */
  DECLARED,
  /** {@code moveTo} follows declared edges, or makes a free forward move (see the class documentation). */
  FORWARD
}
