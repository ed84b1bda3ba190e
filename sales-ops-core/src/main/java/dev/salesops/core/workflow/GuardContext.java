package dev.salesops.core.workflow;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a criterion sees when it is evaluated: the instant, the actor, the record being moved (the
 * <em>subject</em>, e.g. an {@link dev.salesops.core.model.Opportunity}), and the move itself.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface GuardContext {

  /** The instant of the evaluation (injected, never read from a clock by the library). */
  Instant at();

  /** Who acts. */
  Actor actor();

  /** The record being moved, when the host supplied one. */
  Optional<Object> subject();

  /** The state the record is in. */
  String fromState();

  /** The state the command would move the record to. */
  String toState();

  /** The command's name (e.g. {@code "advance"}, {@code "moveTo"}). */
  String command();

  /** The lost reason given with the command (for moves into a LOST state). */
  default Optional<dev.salesops.core.model.LostReason> lostReason() {
    return Optional.empty();
  }

  /** The free-text reason given with the command. */
  default Optional<String> reason() {
    return Optional.empty();
  }

  /** The snapshot being moved, when evaluated by the engine. */
  default Optional<Snapshot> snapshot() {
    return Optional.empty();
  }

  /** The subject when it is a {@code type}; empty otherwise (never a {@link ClassCastException}). */
  default <T> Optional<T> subject(Class<T> type) {
    Objects.requireNonNull(type, "type");
    return subject().filter(type::isInstance).map(type::cast);
  }

  /** A plain context, e.g. for evaluating a criterion outside the engine. */
  static GuardContext of(Instant at, Actor actor, Object subject, String fromState, String toState, String command) {
    return new SimpleGuardContext(at, actor, Optional.ofNullable(subject), fromState, toState, command);
  }
}
