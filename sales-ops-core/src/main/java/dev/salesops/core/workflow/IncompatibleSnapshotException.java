package dev.salesops.core.workflow;

/**
 * A snapshot whose current state does not exist in the definition version it is evaluated against (and no
 * {@link SnapshotMigration} mapped it). The message names the state, both versions and the hook.
 */
public class IncompatibleSnapshotException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final String state;
  private final int snapshotVersion;
  private final int definitionVersion;

  IncompatibleSnapshotException(String definitionId, String state, int snapshotVersion, int definitionVersion,
      boolean migrationTried) {
    super("snapshot state " + state + " does not exist in " + definitionId + " version " + definitionVersion
        + " (the snapshot was last moved under version " + snapshotVersion + "); "
        + (migrationTried ? "the SnapshotMigration supplied with Workflow.withMigration did not map it to a declared state"
            : "supply a SnapshotMigration with Workflow.withMigration(...) to map it to a declared state"));
    this.state = state;
    this.snapshotVersion = snapshotVersion;
    this.definitionVersion = definitionVersion;
  }

  /** The missing state. */
  public String state() {
    return state;
  }

  /** The version the snapshot was last moved under. */
  public int snapshotVersion() {
    return snapshotVersion;
  }

  /** The version of the definition it was evaluated against. */
  public int definitionVersion() {
    return definitionVersion;
  }
}
