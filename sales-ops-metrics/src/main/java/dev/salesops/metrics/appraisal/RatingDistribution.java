package dev.salesops.metrics.appraisal;

import dev.salesops.metrics.ratio.Ratio;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How many people got each rating band, in band order (best first); bands nobody got count 0.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param counts per band name, best first, how many people got it
 */
public record RatingDistribution(Map<String, Long> counts) {

  /** Copies the counts, keeping their order. */
  public RatingDistribution {
    Objects.requireNonNull(counts, "counts");
    counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
  }

  /** An empty distribution over {@code bandNames} (best first). */
  public static RatingDistribution empty(List<String> bandNames) {
    Map<String, Long> m = new LinkedHashMap<>();
    for (String b : bandNames) {
      m.put(b, 0L);
    }
    return new RatingDistribution(m);
  }

  /** How many people in all. */
  public long total() {
    long t = 0;
    for (long c : counts.values()) {
      t += c;
    }
    return t;
  }

  /** How many got {@code band}. */
  public long count(String band) {
    return counts.getOrDefault(Objects.requireNonNull(band, "band"), 0L);
  }

  /** How many got any of {@code bands}. */
  public long count(Collection<String> bands) {
    long c = 0;
    for (String b : bands) {
      c += count(b);
    }
    return c;
  }

  /** The share of people who got any of {@code bands}: {@code count / total}; undefined when empty. */
  public Ratio share(Collection<String> bands) {
    return Ratio.of(count(bands), total());
  }

  /** {@code S 2, A 5, B 10, ...}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    counts.forEach((b, c) -> sb.append(sb.length() == 0 ? "" : ", ").append(b).append(' ').append(c));
    return sb.toString();
  }
}
