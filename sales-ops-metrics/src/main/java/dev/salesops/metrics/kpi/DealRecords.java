package dev.salesops.metrics.kpi;

import dev.salesops.core.model.Outcome;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Whole-collection preparations of {@link DealRecord}s (not streaming: they look at all records first).
 *
 * <p>This class is thread-safe (stateless).
 */
public final class DealRecords {
  private DealRecords() {}

  /**
   * The records with {@link DealRecord#newCustomer()} derived: for each account, its earliest won deal (by
   * closed date, then id) is marked {@code true} and its other won deals {@code false}. Records without an
   * account, open or lost deals and won deals without a closed date are returned unchanged. Order is kept.
   */
  public static List<DealRecord> markNewCustomers(List<DealRecord> records) {
    Objects.requireNonNull(records, "records");
    Map<String, DealRecord> first = new HashMap<>();
    for (DealRecord r : records) {
      Objects.requireNonNull(r, "records element");
      if (r.outcome == Outcome.WON && r.account != null && r.closedDay != DealRecord.NO_DATE) {
        first.merge(r.account, r, (a, b) -> a.closedDay < b.closedDay || a.closedDay == b.closedDay && a.id.compareTo(b.id) <= 0 ? a : b);
      }
    }
    List<DealRecord> out = new ArrayList<>(records.size());
    for (DealRecord r : records) {
      if (r.outcome == Outcome.WON && r.account != null && r.closedDay != DealRecord.NO_DATE) {
        out.add(r.toBuilder().newCustomer(first.get(r.account) == r).build());
      } else {
        out.add(r);
      }
    }
    return out;
  }
}
