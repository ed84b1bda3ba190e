package dev.salesops.examples.boot3;

import dev.salesops.core.model.Opportunity;
import dev.salesops.core.model.OpportunityId;
import dev.salesops.core.workflow.Snapshot;
import dev.salesops.core.workflow.WorkflowJson;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The host's store: one row per deal, the opportunity's facts and its pipeline snapshot as JSON text (as a
 * database column would hold it), written and read with the library's snapshot codec.
 */
@Component
public class DealStore {
  /** A stored row: the facts and the snapshot's JSON text. */
  public record Row(Opportunity deal, String snapshotJson) {
    /** The snapshot read back from its JSON text. */
    public Snapshot snapshot() {
      return WorkflowJson.readSnapshot(snapshotJson);
    }
  }

  private final Map<OpportunityId, Row> rows = new ConcurrentHashMap<>();

  /** Stores {@code deal} with {@code snapshot}, replacing what was there. */
  public Row save(Opportunity deal, Snapshot snapshot) {
    Row row = new Row(deal, WorkflowJson.write(snapshot));
    rows.put(deal.id(), row);
    return row;
  }

  /** The row of {@code id}, if any. */
  public Optional<Row> find(OpportunityId id) {
    return Optional.ofNullable(rows.get(id));
  }

  /** Every row. */
  public List<Row> all() {
    return List.copyOf(rows.values());
  }
}
