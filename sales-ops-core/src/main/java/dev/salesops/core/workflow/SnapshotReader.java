package dev.salesops.core.workflow;

import dev.salesops.core.model.UserId;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads {@link Snapshot}s from JSON (the form of {@link WorkflowJson#write(Snapshot)}) for one workflow
 * definition, sharing what repeats between snapshots instead of holding a copy per history entry: state ids,
 * command names and the definition id are replaced by the definition's own string instances (names that the
 * definition does not have, e.g. from an older version, are shared within the snapshot only), and actor ids by
 * the {@link UserId}s of a table this reader owns, bounded to {@value #MAX_ACTORS} entries (beyond that, new actors
 * are shared within each snapshot only). Free-text reasons are never shared. The snapshots read are equal to
 * those of {@link WorkflowJson#readSnapshot(String)}; only their memory differs (a snapshot of ten entries
 * retains well under 1 KiB instead of about 2.8 KiB).
 *
 * <p>No global state: the table lives and dies with the reader (keep one per definition, e.g. beside the
 * {@link Workflow}). This class is thread-safe.
 */
public final class SnapshotReader {
  /** The most actor ids the reader's table holds. */
  public static final int MAX_ACTORS = 10_000;

  private final WorkflowDefinition definition;
  private final Map<String, String> names = new HashMap<>();
  private final ConcurrentHashMap<String, UserId> actors = new ConcurrentHashMap<>();

  SnapshotReader(WorkflowDefinition definition) {
    this.definition = definition;
    names.put(definition.id(), definition.id());
    for (State s : definition.states()) {
      names.putIfAbsent(s.id(), s.id());
    }
    for (Transition t : definition.transitions()) {
      names.putIfAbsent(t.command(), t.command());
    }
  }

  /** The definition whose names are shared. */
  public WorkflowDefinition definition() {
    return definition;
  }

  /** Reads a snapshot; the same validation and errors as {@link WorkflowJson#readSnapshot(String)}. */
  public Snapshot read(String json) {
    return WorkflowJson.readSnapshot(Objects.requireNonNull(json, "json"), new SnapshotNames(this));
  }

  /** The definition's own instance of {@code name}, or null. */
  String definitionName(String name) {
    return names.get(name);
  }

  UserId actor(String id) {
    UserId u = actors.get(id);
    if (u != null) {
      return u;
    }
    u = UserId.of(id);
    if (actors.size() < MAX_ACTORS) {
      UserId prior = actors.putIfAbsent(id, u);
      if (prior != null) {
        return prior;
      }
    }
    return u;
  }

  @Override
  public String toString() {
    return "SnapshotReader{" + definition.id() + ", actors=" + actors.size() + "}";
  }
}
