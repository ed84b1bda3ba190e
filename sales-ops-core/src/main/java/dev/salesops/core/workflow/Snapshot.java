package dev.salesops.core.workflow;

import dev.salesops.core.model.LostReason;
import dev.salesops.core.internal.Checks;
import java.time.Duration;
import java.time.Instant;
import java.util.AbstractList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;

/**
 * Where one record stands in a workflow, and how it got there: the definition id and version it was last
 * moved under, and its full history. The current state, the instant it was entered and the lost reason are
 * <em>derived</em> from the last history entry (nothing is stored twice); so are durations per state and the
 * cycle time.
 *
 * <p>A snapshot is a value the host stores (JSON via {@link WorkflowJson}); {@link Workflow#evaluate} returns
 * a new one and never changes the old. History is append-only and its instants never decrease.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Snapshot {
  private final String definitionId;
  private final int definitionVersion;
  private final HistoryEntry[] history;

  private Snapshot(String definitionId, int definitionVersion, HistoryEntry[] history) {
    this.definitionId = definitionId;
    this.definitionVersion = definitionVersion;
    this.history = history;
  }

  /**
   * A snapshot from stored parts (e.g. read from a database). The history must start with a {@code start}
   * entry without {@code from}, chain (each entry leaves the state the previous one entered), and never go back
   * in time.
   *
   * @throws dev.salesops.core.validation.ValidationException naming the first broken rule
   */
  public static Snapshot of(String definitionId, int definitionVersion, List<HistoryEntry> history) {
    Objects.requireNonNull(definitionId, "definitionId");
    Objects.requireNonNull(history, "history");
    Checks.text(definitionId, "definitionId", HistoryEntry.MAX_NAME_LENGTH);
    if (definitionVersion <= 0) {
      throw Checks.fail("definitionVersion", "must be positive", definitionVersion);
    }
    HistoryEntry[] h = history.toArray(new HistoryEntry[0]);
    if (h.length == 0) {
      throw Checks.fail("history", "must not be empty", "[]");
    }
    for (int i = 0; i < h.length; i++) {
      Objects.requireNonNull(h[i], "history[" + i + "]");
      if (i == 0 && h[0].fromOrNull() != null) {
        throw Checks.fail("history[0].from", "must be absent for the first entry", h[0].fromOrNull());
      }
      if (i > 0) {
        if (!h[i - 1].to().equals(h[i].fromOrNull())) {
          throw Checks.fail("history[" + i + "].from", "must be the state entered by history[" + (i - 1) + "] ("
              + h[i - 1].to() + ")", h[i].fromOrNull());
        }
        if (h[i].compareAt(h[i - 1].seconds(), h[i - 1].nanos()) < 0) {
          throw Checks.fail("history[" + i + "].at", "must not be before history[" + (i - 1) + "].at ("
              + h[i - 1].at() + ")", h[i].at());
        }
      }
    }
    return new Snapshot(definitionId, definitionVersion, h);
  }

  static Snapshot start(String definitionId, int version, HistoryEntry first) {
    return new Snapshot(definitionId, version, new HistoryEntry[] {first});
  }

  /** A copy with {@code entry} appended, under {@code version}. */
  Snapshot append(int version, HistoryEntry entry) {
    HistoryEntry[] h = new HistoryEntry[history.length + 1];
    System.arraycopy(history, 0, h, 0, history.length);
    h[history.length] = entry;
    return new Snapshot(definitionId, version, h);
  }

  /**
   * A copy moved to {@code state} under definition {@code version} by a migration: appends a {@code migrate}
   * entry with {@code reason} at the instant of the last entry (history stays append-only). For {@link
   * SnapshotMigration}s.
   */
  public Snapshot migratedTo(int version, String state, dev.salesops.core.model.UserId actor, String reason) {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(reason, "reason");
    if (version <= 0) {
      throw Checks.fail("version", "must be positive", version);
    }
    HistoryEntry l = last();
    return append(version, HistoryEntry.of(l.to(), state, l.at(), actor, "migrate", reason, null));
  }

  /** The id of the definition this record runs on. */
  public String definitionId() {
    return definitionId;
  }

  /** The version of the definition the record was last moved under. */
  public int definitionVersion() {
    return definitionVersion;
  }

  /** The current state. */
  public String state() {
    return history[history.length - 1].to();
  }

  /** When the current state was entered. */
  public Instant enteredAt() {
    return last().at();
  }

  /** The lost reason, while the record is in the LOST state it entered with one; cleared by any later move. */
  public Optional<LostReason> lostReason() {
    return last().lostReason();
  }

  /** The full history, oldest first (an unmodifiable view). */
  public List<HistoryEntry> history() {
    return new View(history);
  }

  /** The last history entry. */
  public HistoryEntry last() {
    return history[history.length - 1];
  }

  /** The number of history entries. */
  public int historySize() {
    return history.length;
  }

  HistoryEntry entry(int i) {
    return history[i];
  }

  /**
   * Time spent in each state up to {@code asOf}, in order of first entry: the sum of every stay (a state
   * visited twice counts both stays); the current state counts until {@code asOf} (zero when {@code asOf} is
   * before it was entered).
   */
  public Map<String, Duration> timeInStates(Instant asOf) {
    Objects.requireNonNull(asOf, "asOf");
    Map<String, Duration> out = new LinkedHashMap<>();
    for (int i = 0; i < history.length; i++) {
      Instant start = history[i].at();
      Instant end = i + 1 < history.length ? history[i + 1].at() : asOf;
      Duration d = end.isAfter(start) ? Duration.between(start, end) : Duration.ZERO;
      out.merge(history[i].to(), d, Duration::plus);
    }
    return out;
  }

  /** How long the record has been in its current state at {@code asOf} (zero if {@code asOf} is earlier). */
  public Duration dwell(Instant asOf) {
    Objects.requireNonNull(asOf, "asOf");
    Instant entered = enteredAt();
    return asOf.isAfter(entered) ? Duration.between(entered, asOf) : Duration.ZERO;
  }

  /**
   * The cycle time: from the start entry to the first entry into a closed state of {@code workflow} at or after
   * which the record stayed closed (i.e. the closing of its current closed stretch), or to {@code asOf} while the
   * record is open.
   */
  public Duration cycleTime(Workflow workflow, Instant asOf) {
    Objects.requireNonNull(workflow, "workflow");
    Objects.requireNonNull(asOf, "asOf");
    Instant start = history[0].at();
    int closedFrom = -1;
    for (int i = history.length - 1; i >= 0; i--) {
      if (workflow.isClosed(history[i].to())) {
        closedFrom = i;
      } else {
        break;
      }
    }
    Instant end = closedFrom >= 0 ? history[closedFrom].at() : asOf;
    return end.isAfter(start) ? Duration.between(start, end) : Duration.ZERO;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Snapshot)) {
      return false;
    }
    Snapshot s = (Snapshot) o;
    return definitionId.equals(s.definitionId) && definitionVersion == s.definitionVersion
        && java.util.Arrays.equals(history, s.history);
  }

  @Override
  public int hashCode() {
    return Objects.hash(definitionId, definitionVersion, java.util.Arrays.hashCode(history));
  }

  @Override
  public String toString() {
    return "Snapshot{" + definitionId + " v" + definitionVersion + " " + state() + " since " + enteredAt() + ", "
        + history.length + " entries}";
  }

  private static final class View extends AbstractList<HistoryEntry> implements RandomAccess {
    private final HistoryEntry[] a;

    View(HistoryEntry[] a) {
      this.a = a;
    }

    @Override
    public HistoryEntry get(int index) {
      return a[index];
    }

    @Override
    public int size() {
      return a.length;
    }
  }
}
