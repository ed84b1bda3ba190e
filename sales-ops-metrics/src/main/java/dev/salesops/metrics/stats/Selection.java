package dev.salesops.metrics.stats;

/**
 * Order statistics of unsorted {@code long} values without a full sort: quickselect (median-of-three pivot,
 * insertion sort for short ranges, heap-free fallback to {@link java.util.Arrays#sort} when partitions keep
 * degenerating) or, when the values span a small range (sales cycles in days), an exact counting histogram.
 * Both give exactly the values a full sort would put at the asked ranks.
 *
 * <p>Not API: used by {@link Distribution#ofValues}. Stateless, thread-safe.
 */
final class Selection {
  /** Histograms are used when the value range is at most this wide and not wider than twice the count. */
  static final int MAX_HISTOGRAM_RANGE = 1 << 16;

  private Selection() {}

  /**
   * The values at the 0-based {@code ranks} (ascending, each in [0, n)) of {@code a[0..n)} in sorted order,
   * written to {@code out}; {@code a} is reordered (the multiset is unchanged). {@code min} and {@code max}
   * are the extremes of {@code a[0..n)}.
   */
  static void select(long[] a, int n, long min, long max, int[] ranks, long[] out) {
    long range = max - min; // may overflow for extreme values: then negative, no histogram
    if (range >= 0 && range < MAX_HISTOGRAM_RANGE && range <= 2L * n) {
      histogram(a, n, min, (int) range + 1, ranks, out);
      return;
    }
    int from = 0;
    int prev = -1;
    long prevValue = 0;
    for (int i = 0; i < ranks.length; i++) {
      int k = ranks[i];
      if (k == prev) {
        out[i] = prevValue;
        continue;
      }
      quickselect(a, from, n, k);
      out[i] = a[k];
      prev = k;
      prevValue = a[k];
      from = k + 1;
    }
  }

  private static void histogram(long[] a, int n, long min, int size, int[] ranks, long[] out) {
    int[] counts = new int[size];
    for (int i = 0; i < n; i++) {
      counts[(int) (a[i] - min)]++;
    }
    int r = 0;
    long seen = 0;
    for (int v = 0; v < size && r < ranks.length; v++) {
      seen += counts[v];
      while (r < ranks.length && ranks[r] < seen) {
        out[r++] = min + v;
      }
    }
  }

  /** Reorders {@code a[from..to)} so that {@code a[k]} holds the value of rank k, smaller before, larger after. */
  static void quickselect(long[] a, int from, int to, int k) {
    int lo = from;
    int hi = to - 1;
    int budget = 2 * (32 - Integer.numberOfLeadingZeros(Math.max(1, to - from))) + 8;
    while (hi - lo > 16) {
      if (--budget < 0) {
        java.util.Arrays.sort(a, lo, hi + 1);
        return;
      }
      int mid = (lo + hi) >>> 1;
      // median of three into a[mid]
      if (a[mid] < a[lo]) {
        swap(a, mid, lo);
      }
      if (a[hi] < a[lo]) {
        swap(a, hi, lo);
      }
      if (a[hi] < a[mid]) {
        swap(a, hi, mid);
      }
      long pivot = a[mid];
      // three-way partition (Dutch flag): [lo, lt) < pivot, [lt, gt] == pivot, (gt, hi] > pivot; ties stay fast
      int lt = lo;
      int gt = hi;
      int i = lo;
      while (i <= gt) {
        long v = a[i];
        if (v < pivot) {
          a[i++] = a[lt];
          a[lt++] = v;
        } else if (v > pivot) {
          a[i] = a[gt];
          a[gt--] = v;
        } else {
          i++;
        }
      }
      if (k < lt) {
        hi = lt - 1;
      } else if (k > gt) {
        lo = gt + 1;
      } else {
        return;
      }
    }
    // insertion sort of the short rest
    for (int i = lo + 1; i <= hi; i++) {
      long v = a[i];
      int j = i - 1;
      while (j >= lo && a[j] > v) {
        a[j + 1] = a[j];
        j--;
      }
      a[j + 1] = v;
    }
  }

  private static void swap(long[] a, int i, int j) {
    long t = a[i];
    a[i] = a[j];
    a[j] = t;
  }
}
