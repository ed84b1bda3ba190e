package dev.salesops.metrics.target;

import dev.salesops.core.internal.Checks;
import java.util.Objects;

/**
 * Who or what a target is for: a level and the identifier of the unit at that level (e.g. {@code REGION
 * "north"}). Identifiers are codes of at most 64 characters.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param level the level
 * @param id the unit's identifier
 */
public record Scope(ScopeLevel level, String id) {
  /** Validates the parts. */
  public Scope {
    Objects.requireNonNull(level, "level");
    Checks.text(id, "scope.id", 64);
  }

  /** The scope {@code level id}. */
  public static Scope of(ScopeLevel level, String id) {
    return new Scope(level, id);
  }
}
