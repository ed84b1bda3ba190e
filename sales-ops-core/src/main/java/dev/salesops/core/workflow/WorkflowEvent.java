package dev.salesops.core.workflow;

import dev.salesops.core.model.UserId;
import java.time.Instant;

/**
 * An event of an accepted move, for hosts that publish them.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param type what happened
 * @param state the state concerned ({@code null} only for the EXITED event of a start entry, which never occurs)
 * @param at when
 * @param actor who
 * @param command the command name
 */
public record WorkflowEvent(Type type, String state, Instant at, UserId actor, String command) {

  /** What happened. */
  public enum Type {
    /** The record left {@code state}. */
    EXITED,
    /** The record entered {@code state}. */
    ENTERED,
    /** The record entered the closed {@code state} from an open one. */
    CLOSED,
    /** The record left a closed state for the open {@code state}. */
    REOPENED
  }
}
