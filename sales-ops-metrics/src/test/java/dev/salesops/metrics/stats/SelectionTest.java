package dev.salesops.metrics.stats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.salesops.core.testing.Property;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Selection (quickselect or histogram) gives exactly the distribution a full sort gives. */
class SelectionTest {
  @Test
  void ofValuesEqualsOfSorted() {
    Property.forAll(1404, 2000, random -> {
      int n = random.nextInt(5) == 0 ? random.nextInt(4) : random.nextInt(3000);
      long[] values = new long[n + random.nextInt(3)];
      int kind = random.nextInt(5);
      for (int i = 0; i < values.length; i++) {
        switch (kind) {
          case 0 -> values[i] = random.nextInt(5); // many ties, histogram
          case 1 -> values[i] = random.nextInt(200) - 50; // small range with negatives, histogram
          case 2 -> values[i] = random.nextLong(); // wide range, quickselect
          case 3 -> values[i] = random.nextBoolean() ? Long.MIN_VALUE + random.nextInt(3) : Long.MAX_VALUE - random.nextInt(3);
          default -> values[i] = random.nextInt(2) * 1_000_000L + random.nextInt(3); // two clusters, ties
        }
      }
      long sum = 0;
      boolean overflow = false;
      for (int i = 0; i < n; i++) {
        try {
          sum = Math.addExact(sum, values[i]);
        } catch (ArithmeticException e) {
          overflow = true;
        }
      }
      if (overflow) {
        sum = 0; // the sum is the caller's; only order statistics are compared here
      }
      long[] sorted = Arrays.copyOf(values, n);
      Arrays.sort(sorted);
      long[] before = Arrays.copyOf(values, n);
      Arrays.sort(before);
      for (PercentileMethod method : PercentileMethod.values()) {
        long[] copy = values.clone();
        Distribution d = Distribution.ofValues(copy, n, sum, method);
        assertThat(d).isEqualTo(Distribution.ofSorted(sorted, sum, method));
        long[] after = Arrays.copyOf(copy, n);
        Arrays.sort(after);
        assertThat(after).isEqualTo(before); // reordered, same multiset
      }
    });
  }

  @Test
  void quickselectPutsTheRankInPlace() {
    Property.forAll(1405, 500, random -> {
      int n = 1 + random.nextInt(500);
      long[] a = new long[n];
      for (int i = 0; i < n; i++) {
        a[i] = random.nextInt(random.nextBoolean() ? 3 : 1000);
      }
      long[] sorted = a.clone();
      Arrays.sort(sorted);
      int k = random.nextInt(n);
      Selection.quickselect(a, 0, n, k);
      assertThat(a[k]).isEqualTo(sorted[k]);
      for (int i = 0; i < k; i++) {
        assertThat(a[i]).isLessThanOrEqualTo(a[k]);
      }
      for (int i = k + 1; i < n; i++) {
        assertThat(a[i]).isGreaterThanOrEqualTo(a[k]);
      }
    });
  }
}
