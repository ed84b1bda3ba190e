package dev.salesops.metrics.appraisal;

import dev.salesops.core.validation.Problems;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The rating bands, best first, as data. A total gets the first band whose minimum it reaches (minimums
 * are inclusive: a total of exactly 1.00 is an {@code A} under the defaults).
 *
 * <p>Default (library decision; the seed names no numbers): {@code S >= 1.20}, {@code A >= 1.00}, {@code B
 * >= 0.85}, {@code C >= 0.70}, {@code D} below.
 *
 * <p>Rules: at least one band; unique names; minimums strictly decreasing; the last band's minimum is 0
 * (every total has a band).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param bands the bands, best first
 */
public record RatingBands(List<RatingBand> bands) {
  private static final RatingBands DEFAULTS = new RatingBands(List.of(
      RatingBand.of("S", new BigDecimal("1.20")),
      RatingBand.of("A", new BigDecimal("1.00")),
      RatingBand.of("B", new BigDecimal("0.85")),
      RatingBand.of("C", new BigDecimal("0.70")),
      RatingBand.of("D", BigDecimal.ZERO)));

  /** Validates the bands, reporting every problem at once. */
  public RatingBands {
    bands = List.copyOf(Objects.requireNonNull(bands, "bands"));
    Problems p = new Problems();
    if (bands.isEmpty()) {
      p.add("bands", "must hold at least one band", "[]");
    }
    Set<String> names = new HashSet<>();
    for (int i = 0; i < bands.size(); i++) {
      RatingBand b = bands.get(i);
      if (!names.add(b.name())) {
        p.add("bands[" + i + "].name", "must be unique", b.name());
      }
      if (i > 0 && b.minimum().compareTo(bands.get(i - 1).minimum()) >= 0) {
        p.add("bands[" + i + "].minimum", "must be less than the previous band's minimum " + bands.get(i - 1).minimum().toPlainString(), b.minimum().toPlainString());
      }
    }
    if (!bands.isEmpty() && bands.get(bands.size() - 1).minimum().signum() != 0) {
      p.add("bands[" + (bands.size() - 1) + "].minimum", "must be 0 for the last band, so that every total has a band", bands.get(bands.size() - 1).minimum().toPlainString());
    }
    p.throwIfAny();
  }

  /** S/A/B/C/D from 1.20, 1.00, 0.85, 0.70, 0. */
  public static RatingBands defaults() {
    return DEFAULTS;
  }

  /** Bands from {@code bands}, best first. */
  public static RatingBands of(List<RatingBand> bands) {
    return new RatingBands(bands);
  }

  /** The band of {@code total}: the first whose minimum it reaches. */
  public RatingBand bandFor(BigDecimal total) {
    Objects.requireNonNull(total, "total");
    for (RatingBand b : bands) {
      if (total.compareTo(b.minimum()) >= 0) {
        return b;
      }
    }
    return bands.get(bands.size() - 1);
  }

  /** The band names, best first. */
  public List<String> names() {
    List<String> out = new ArrayList<>(bands.size());
    for (RatingBand b : bands) {
      out.add(b.name());
    }
    return List.copyOf(out);
  }
}
