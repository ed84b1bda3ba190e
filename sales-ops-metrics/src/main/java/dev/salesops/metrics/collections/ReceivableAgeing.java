package dev.salesops.metrics.collections;

import dev.salesops.core.accumulate.Accumulator;
import dev.salesops.core.collection.InvoiceRecord;
import dev.salesops.core.collection.InvoiceState;
import dev.salesops.core.money.MoneyBag;
import dev.salesops.core.internal.Checks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Receivable ageing (賬齡分析) as a mergeable accumulator: each invoice's open amount at the end of {@code
 * asOf} goes to the bucket of its days past due ({@code asOf − dueOn}), in the row of its group.
 *
 * <p>Groups are given by a dimension: {@code InvoiceState::accountId}, {@code InvoiceState::ownerId}, {@code
 * s -> s.teamId().orElse(null)}... ({@link #byCurrency}, {@link #total}). Invoices with nothing open at {@code
 * asOf} (settled, or issued later) are skipped. The buckets partition the open amount exactly: every open
 * invoice is in exactly one bucket, and the row total is the sum of its buckets.
 *
 * <p><b>Not thread-safe</b>: one accumulator per thread, then {@link #merge} (only accumulators of the same
 * date and buckets merge; the dimension function is the host's and is assumed to be the same).
 *
 * @param <K> the group key
 */
public final class ReceivableAgeing<K> implements Accumulator<InvoiceRecord, ReceivableAgeing<K>, AgeingReport<K>> {
  private final LocalDate asOf;
  private final AgeingBuckets buckets;
  private final Function<? super InvoiceState, ? extends K> dimension;
  private final Map<K, Map<CurrencyUnit, long[]>> cells = new HashMap<>();

  private ReceivableAgeing(LocalDate asOf, AgeingBuckets buckets, Function<? super InvoiceState, ? extends K> dimension) {
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.buckets = Objects.requireNonNull(buckets, "buckets");
    this.dimension = Objects.requireNonNull(dimension, "dimension");
  }

  /** An empty ageing as of {@code asOf}, grouped by {@code dimension}. */
  public static <K> ReceivableAgeing<K> of(LocalDate asOf, AgeingBuckets buckets, Function<? super InvoiceState, ? extends K> dimension) {
    return new ReceivableAgeing<>(asOf, buckets, dimension);
  }

  /** An empty ageing grouped by currency. */
  public static ReceivableAgeing<CurrencyUnit> byCurrency(LocalDate asOf, AgeingBuckets buckets) {
    return new ReceivableAgeing<>(asOf, buckets, InvoiceState::currency);
  }

  /** An empty ageing with one group, {@code "all"}. */
  public static ReceivableAgeing<String> total(LocalDate asOf, AgeingBuckets buckets) {
    return new ReceivableAgeing<>(asOf, buckets, s -> "all");
  }

  @Override
  public void add(InvoiceRecord record) {
    Objects.requireNonNull(record, "record");
    addState(record.stateAt(asOf));
  }

  /** Adds a state computed by the host; it must be of this ageing's date. */
  public void addState(InvoiceState state) {
    Objects.requireNonNull(state, "state");
    if (!state.asOf().equals(asOf)) {
      throw Checks.fail("state.asOf", "must be the ageing date " + asOf, state.asOf());
    }
    long open = state.openMinor();
    if (open <= 0) {
      return;
    }
    K key = dimension.apply(state);
    int b = buckets.indexOf(state.daysPastDue());
    long[] cell = cells.computeIfAbsent(key, k -> new HashMap<>()).computeIfAbsent(state.currency(), c -> new long[2 * buckets.size()]);
    cell[2 * b] = Math.addExact(cell[2 * b], open);
    cell[2 * b + 1]++;
  }

  @Override
  public ReceivableAgeing<K> merge(ReceivableAgeing<K> other) {
    Objects.requireNonNull(other, "other");
    if (!other.asOf.equals(asOf) || !other.buckets.equals(buckets)) {
      throw Checks.fail("other", "must have the same date " + asOf + " and buckets " + buckets, other.asOf + " " + other.buckets);
    }
    other.cells.forEach((k, byCurrency) -> byCurrency.forEach((c, src) -> {
      long[] dst = cells.computeIfAbsent(k, x -> new HashMap<>()).computeIfAbsent(c, x -> new long[2 * buckets.size()]);
      for (int i = 0; i < src.length; i++) {
        dst[i] = Math.addExact(dst[i], src[i]);
      }
    }));
    return this;
  }

  @Override
  public AgeingReport<K> finish() {
    Map<K, AgeingRow> rows = new HashMap<>();
    Map<CurrencyUnit, long[]> all = new HashMap<>();
    cells.forEach((k, byCurrency) -> {
      rows.put(k, row(byCurrency));
      byCurrency.forEach((c, src) -> {
        long[] dst = all.computeIfAbsent(c, x -> new long[2 * buckets.size()]);
        for (int i = 0; i < src.length; i++) {
          dst[i] += src[i];
        }
      });
    });
    return new AgeingReport<>(asOf, buckets, rows, row(all));
  }

  private AgeingRow row(Map<CurrencyUnit, long[]> byCurrency) {
    List<MoneyBag> amounts = new ArrayList<>();
    List<Long> counts = new ArrayList<>();
    MoneyBag total = MoneyBag.empty();
    for (int b = 0; b < buckets.size(); b++) {
      MoneyBag bag = MoneyBag.empty();
      long n = 0;
      for (Map.Entry<CurrencyUnit, long[]> e : byCurrency.entrySet()) {
        long[] cell = e.getValue();
        if (cell[2 * b + 1] > 0) {
          bag = bag.plus(Money.ofMinor(e.getKey(), cell[2 * b]));
          n += cell[2 * b + 1];
        }
      }
      amounts.add(bag);
      counts.add(n);
      total = total.plus(bag);
    }
    return new AgeingRow(amounts, counts, total);
  }

  @Override
  public String toString() {
    return "ReceivableAgeing{asOf " + asOf + ", " + buckets + ", " + cells.size() + " groups}";
  }

  // ---- portable state (see CollectionsStateCodec): package-private, additive ----

  String portableConfiguration() {
    return "ageing;asOf=" + asOf + ";bounds=" + buckets.upperBounds();
  }

  int portableBucketCount() {
    return buckets.size();
  }

  /** group -> currency -> {amount, count} per bucket (the live map). */
  Map<K, Map<CurrencyUnit, long[]>> portableCells() {
    return cells;
  }

  ReceivableAgeing<K> portableNewEmpty() {
    return new ReceivableAgeing<>(asOf, buckets, dimension);
  }
}
