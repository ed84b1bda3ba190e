package dev.salesops.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.salesops.core.accumulate.Accumulator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The law every {@link Accumulator} obeys, as a reusable check: for random records and random partitions,
 * merging the partial accumulators finishes to the same result as one accumulator over all records, and the
 * result does not depend on record order.
 */
public final class AccumulatorLaws {
  private AccumulatorLaws() {}

  /**
   * Checks the merge and order laws.
   *
   * @param baseSeed the property seed
   * @param trials how many random record sets
   * @param records generates a random list of records
   * @param factory makes an empty accumulator
   */
  public static <T, A extends Accumulator<T, A, R>, R> void check(
      long baseSeed, int trials, Function<Random, List<T>> records, Supplier<A> factory) {
    Property.forAll(baseSeed, trials, random -> {
      List<T> all = records.apply(random);
      A whole = factory.get();
      all.forEach(whole::add);
      R expected = whole.finish();

      // random partition into 1..5 parts, merged in random groupings
      int parts = 1 + random.nextInt(5);
      List<A> partials = new ArrayList<>();
      for (int i = 0; i < parts; i++) {
        partials.add(factory.get());
      }
      for (T t : all) {
        partials.get(random.nextInt(parts)).add(t);
      }
      while (partials.size() > 1) {
        int i = random.nextInt(partials.size());
        A left = partials.remove(i);
        int j = random.nextInt(partials.size());
        A right = partials.remove(j);
        partials.add(left.merge(right));
      }
      assertThat(partials.get(0).finish()).as("merge of partials equals the whole").isEqualTo(expected);

      List<T> shuffled = new ArrayList<>(all);
      Collections.shuffle(shuffled, random);
      A reordered = factory.get();
      shuffled.forEach(reordered::add);
      assertThat(reordered.finish()).as("result does not depend on record order").isEqualTo(expected);

      A empty = factory.get();
      assertThat(factory.get().merge(empty).finish()).as("merging empties").isEqualTo(factory.get().finish());
    });
  }
}
