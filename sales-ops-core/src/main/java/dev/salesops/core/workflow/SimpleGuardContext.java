package dev.salesops.core.workflow;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** The plain {@link GuardContext}. */
record SimpleGuardContext(Instant at, Actor actor, Optional<Object> subject, String fromState, String toState, String command)
    implements GuardContext {

  SimpleGuardContext {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(fromState, "fromState");
    Objects.requireNonNull(toState, "toState");
    Objects.requireNonNull(command, "command");
  }

  @Override
  public String toString() {
    return "GuardContext{" + fromState + "->" + toState + " by " + actor.id() + " at " + at + " (" + command + ")}";
  }
}
