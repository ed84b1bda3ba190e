package dev.salesops.core.workflow;

import dev.salesops.core.model.UserId;
import java.util.HashMap;
import java.util.Map;

/**
 * The names one snapshot read shares: definition-owned names (state ids, command names, the definition id,
 * {@code "start"}) are replaced by the definition's own instances; other names and actor ids are shared within
 * the snapshot, and actor ids also through the reader's bounded table when there is one. Not API; one per read,
 * not thread-safe (the reader's table it may consult is).
 */
final class SnapshotNames {
  private final SnapshotReader reader;
  private final Map<String, String> local = new HashMap<>();
  private final Map<String, UserId> actors = new HashMap<>();

  SnapshotNames(SnapshotReader reader) {
    this.reader = reader;
  }

  String name(String s) {
    if (s == null) {
      return null;
    }
    if (HistoryEntry.START.equals(s)) {
      return HistoryEntry.START;
    }
    if (reader != null) {
      String owned = reader.definitionName(s);
      if (owned != null) {
        return owned;
      }
    }
    String seen = local.putIfAbsent(s, s);
    return seen == null ? s : seen;
  }

  UserId actor(String id) {
    UserId u = actors.get(id);
    if (u == null) {
      u = reader != null ? reader.actor(id) : UserId.of(id);
      actors.put(id, u);
    }
    return u;
  }
}
