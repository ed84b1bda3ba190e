package dev.salesops.core.workflow;

import dev.salesops.core.model.UserId;
import java.util.Map;
import java.util.Objects;

/**
 * The host's hook for snapshots made under an older definition version whose state no longer exists (a
 * renamed or removed stage). Supplied with {@link Workflow#withMigration}; called only when a snapshot's
 * state is missing from the definition it is evaluated against. It must return a snapshot of the same
 * definition id whose state exists in {@code target} (typically via {@link Snapshot#migratedTo}, which appends
 * a {@code migrate} entry so that history stays append-only).
 *
 * <p>Implementations must be immutable and thread-safe.
 */
@FunctionalInterface
public interface SnapshotMigration {

  /** Maps {@code snapshot} onto {@code target}. */
  Snapshot migrate(Snapshot snapshot, WorkflowDefinition target);

  /**
   * A migration renaming states: a snapshot in a state that is a key of {@code renames} moves to the mapped
   * state, recorded as a {@code migrate} entry by {@code actor} at the instant of its last entry.
   */
  static SnapshotMigration renameStates(Map<String, String> renames, UserId actor) {
    Map<String, String> copy = Map.copyOf(renames);
    Objects.requireNonNull(actor, "actor");
    return (snapshot, target) -> {
      String to = copy.get(snapshot.state());
      return to == null ? snapshot
          : snapshot.migratedTo(target.version(), to, actor, "state " + snapshot.state() + " renamed to " + to
              + " in version " + target.version());
    };
  }
}
