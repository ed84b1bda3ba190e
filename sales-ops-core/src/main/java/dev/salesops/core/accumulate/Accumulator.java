package dev.salesops.core.accumulate;

/**
 * The one contract of every mergeable computation in sales-ops (KPIs, predictive tables, ageing): add one
 * record, merge two partial accumulators, finish into an immutable result.
 *
 * <p><b>Law</b>: for any partition of the records into parts, adding each part into its own accumulator and
 * merging them (in any grouping) finishes to a result equal to adding all records into one accumulator.
 * This is what lets hosts compute per thread, per shard or per machine.
 *
 * <p>Accumulators are <b>not thread-safe</b>: use one per thread and merge. {@link #finish()} does not
 * change the accumulator; adding after finishing is allowed.
 *
 * @param <T> the record type
 * @param <A> the accumulator's own type
 * @param <R> the result type (immutable)
 */
public interface Accumulator<T, A extends Accumulator<T, A, R>, R> {

  /** Adds one record. */
  void add(T record);

  /** Adds everything {@code other} holds into this accumulator and returns this; {@code other} is unchanged. */
  A merge(A other);

  /** The result of everything added so far. */
  R finish();
}
