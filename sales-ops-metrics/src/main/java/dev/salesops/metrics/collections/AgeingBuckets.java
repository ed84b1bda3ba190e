package dev.salesops.metrics.collections;

import dev.salesops.core.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The buckets of a receivable ageing, as data: inclusive upper bounds in days past due, strictly increasing,
 * plus an open-ended last bucket. {@link #standard()} is {@code [0, 30, 60, 90]}: <b>current</b> (not yet due
 * or due on the date: days past due ≤ 0), <b>1–30</b>, <b>31–60</b>, <b>61–90</b> and <b>90+</b> (more than 90
 * days past due).
 *
 * <p>Labels: the first bucket is {@code "current"} when its bound is 0, otherwise {@code "<=b"}; middle
 * buckets {@code "a-b"} (from the previous bound plus one, to {@code b}); the last {@code "b+"} (more than the
 * last bound).
 *
 * <p>Rules: at least one bound; bounds strictly increasing, within [−3650, 36500].
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AgeingBuckets {
  private static final AgeingBuckets STANDARD = of(List.of(0, 30, 60, 90));

  private final int[] bounds;
  private final List<String> labels;

  private AgeingBuckets(int[] bounds) {
    this.bounds = bounds;
    List<String> l = new ArrayList<>();
    for (int i = 0; i < bounds.length; i++) {
      l.add(i == 0 ? (bounds[0] == 0 ? "current" : "<=" + bounds[0]) : (bounds[i - 1] + 1) + "-" + bounds[i]);
    }
    l.add(bounds[bounds.length - 1] + "+");
    this.labels = List.copyOf(l);
  }

  /** Buckets with the inclusive upper bounds {@code upperBounds} (days past due), plus an open-ended last bucket. */
  public static AgeingBuckets of(List<Integer> upperBounds) {
    Objects.requireNonNull(upperBounds, "upperBounds");
    if (upperBounds.isEmpty()) {
      throw Checks.fail("ageing upperBounds", "must hold at least one bound", "[]");
    }
    int[] b = new int[upperBounds.size()];
    for (int i = 0; i < b.length; i++) {
      b[i] = Objects.requireNonNull(upperBounds.get(i), "upperBounds[" + i + "]");
      if (b[i] < -3650 || b[i] > 36500) {
        throw Checks.fail("ageing upperBounds[" + i + "]", "must be within [-3650, 36500]", b[i]);
      }
      if (i > 0 && b[i] <= b[i - 1]) {
        throw Checks.fail("ageing upperBounds[" + i + "]", "must be greater than the previous bound " + b[i - 1], b[i]);
      }
    }
    return new AgeingBuckets(b);
  }

  /** current, 1–30, 31–60, 61–90, 90+. */
  public static AgeingBuckets standard() {
    return STANDARD;
  }

  /** The inclusive upper bounds. */
  public List<Integer> upperBounds() {
    List<Integer> out = new ArrayList<>();
    for (int b : bounds) {
      out.add(b);
    }
    return List.copyOf(out);
  }

  /** The bucket labels, one more than the bounds. */
  public List<String> labels() {
    return labels;
  }

  /** How many buckets. */
  public int size() {
    return labels.size();
  }

  /** The index of the bucket holding {@code daysPastDue}. */
  public int indexOf(long daysPastDue) {
    for (int i = 0; i < bounds.length; i++) {
      if (daysPastDue <= bounds[i]) {
        return i;
      }
    }
    return bounds.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AgeingBuckets && java.util.Arrays.equals(((AgeingBuckets) o).bounds, bounds);
  }

  @Override
  public int hashCode() {
    return java.util.Arrays.hashCode(bounds);
  }

  @Override
  public String toString() {
    return "AgeingBuckets" + labels;
  }
}
