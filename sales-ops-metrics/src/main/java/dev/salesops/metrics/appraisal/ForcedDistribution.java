package dev.salesops.metrics.appraisal;

import dev.salesops.core.internal.Checks;
import dev.salesops.core.internal.Nullable;
import dev.salesops.core.validation.Problems;
import dev.salesops.metrics.ratio.Ratio;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A forced-distribution policy (強制分布), e.g. "at most 20 % S+A" and "at least 10 % C+D". It only
 * <em>reports</em> ({@link #check}): nobody's rating is changed.
 *
 * <p>A limit holds when {@code min × total <= count <= max × total} (exact, no rounding of shares); an empty
 * team breaks no limit.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param limits the limits
 */
public record ForcedDistribution(List<Limit> limits) {

  /** Copies the limits. */
  public ForcedDistribution {
    limits = List.copyOf(Objects.requireNonNull(limits, "limits"));
  }

  /** A policy of {@code limits}. */
  public static ForcedDistribution of(List<Limit> limits) {
    return new ForcedDistribution(limits);
  }

  /**
   * A bound on the share of people in some bands.
   *
   * <p>This class is immutable and thread-safe.
   */
  public static final class Limit {
    private final List<String> bands;
    private final BigDecimal minShare;  // null when absent
    private final BigDecimal maxShare;  // null when absent

    /**
     * Validates the limit, reporting every problem at once.
     *
     * @param bands the bands counted together, e.g. {@code [S, A]}
     * @param minShare the smallest allowed share, if any; {@code null} when absent
     * @param maxShare the largest allowed share, if any; {@code null} when absent
     */
    public Limit(List<String> bands, @Nullable BigDecimal minShare, @Nullable BigDecimal maxShare) {
      bands = List.copyOf(Objects.requireNonNull(bands, "bands"));
      Problems p = new Problems();
      if (bands.isEmpty()) {
        p.add("bands", "must name at least one band", "[]");
      }
      if (minShare == null && maxShare == null) {
        p.add("limit", "must have a minimum or a maximum share");
      }
      Optional.ofNullable(minShare).filter(s -> s.signum() < 0 || s.compareTo(BigDecimal.ONE) > 0)
          .ifPresent(s -> p.add("minShare", "must be within [0, 1]", s.toPlainString()));
      Optional.ofNullable(maxShare).filter(s -> s.signum() < 0 || s.compareTo(BigDecimal.ONE) > 0)
          .ifPresent(s -> p.add("maxShare", "must be within [0, 1]", s.toPlainString()));
      if (minShare != null && maxShare != null && minShare.compareTo(maxShare) > 0) {
        p.add("maxShare", "must not be less than minShare " + minShare.toPlainString(), maxShare.toPlainString());
      }
      p.throwIfAny();
      this.bands = bands;
      this.minShare = minShare;
      this.maxShare = maxShare;
    }

    /** The {@code bands}: the bands counted together, e.g. {@code [S, A]}. */
    public List<String> bands() {
      return bands;
    }

    /** The {@code minShare}: the smallest allowed share, if any. */
    public Optional<BigDecimal> minShare() {
      return Optional.ofNullable(minShare);
    }

    /** The {@code maxShare}: the largest allowed share, if any. */
    public Optional<BigDecimal> maxShare() {
      return Optional.ofNullable(maxShare);
    }

    /** At most {@code maxShare} of people in {@code bands}. */
    public static Limit atMost(List<String> bands, BigDecimal maxShare) {
      return new Limit(bands, null, Objects.requireNonNull(maxShare, "maxShare"));
    }

    /** At least {@code minShare} of people in {@code bands}. */
    public static Limit atLeast(List<String> bands, BigDecimal minShare) {
      return new Limit(bands, Objects.requireNonNull(minShare, "minShare"), null);
    }

    /** Equal when every part is equal (as a record's equality). */
    @Override
    public boolean equals(Object obj) {
      return obj == this || obj instanceof Limit o
          && Objects.equals(bands, o.bands)
          && Objects.equals(minShare, o.minShare)
          && Objects.equals(maxShare, o.maxShare);
    }

    @Override
    public int hashCode() {
      return Objects.hash(bands, minShare, maxShare);
    }

    /** As a record's: {@code Limit[part=value, ...]}, absent parts as {@code Optional.empty}. */
    @Override
    public String toString() {
      return "Limit[bands=" + bands + ", minShare=" + minShare() + ", maxShare=" + maxShare() + "]";
    }
  }

  /**
   * One limit checked against a distribution.
   *
   * <p>This record is immutable and thread-safe.
   *
   * @param limit the limit
   * @param count how many people are in its bands
   * @param share {@code count / total}
   * @param holds whether the limit holds
   */
  public record Finding(Limit limit, long count, Ratio share, boolean holds) {
    /** Refuses {@code null} components. */
    public Finding {
      Objects.requireNonNull(limit, "limit");
      Objects.requireNonNull(share, "share");
      Checks.nonNegative(count, "count");
    }

    /** E.g. {@code S+A: 5 of 20 = 0.25, at most 0.2: BREACHED}. */
    public String explain() {
      StringBuilder sb = new StringBuilder(String.join("+", limit.bands())).append(": ").append(count).append(" of ")
          .append(share.denominator().toPlainString()).append(" = ").append(share.value().map(BigDecimal::toPlainString).orElse("undefined"));
      limit.minShare().ifPresent(m -> sb.append(", at least ").append(m.toPlainString()));
      limit.maxShare().ifPresent(m -> sb.append(", at most ").append(m.toPlainString()));
      return sb.append(holds ? ": holds" : ": BREACHED").toString();
    }
  }

  /** Checks every limit against {@code distribution}; reports, never adjusts. */
  public List<Finding> check(RatingDistribution distribution) {
    Objects.requireNonNull(distribution, "distribution");
    long total = distribution.total();
    BigDecimal t = BigDecimal.valueOf(total);
    List<Finding> out = new ArrayList<>(limits.size());
    for (Limit l : limits) {
      long c = distribution.count(l.bands());
      BigDecimal count = BigDecimal.valueOf(c);
      boolean holds = total == 0
          || (l.minShare().map(m -> count.compareTo(m.multiply(t)) >= 0).orElse(true)
              && l.maxShare().map(m -> count.compareTo(m.multiply(t)) <= 0).orElse(true));
      out.add(new Finding(l, c, Ratio.of(c, total), holds));
    }
    return List.copyOf(out);
  }

  /** Whether every limit holds for {@code distribution}. */
  public boolean holds(RatingDistribution distribution) {
    return check(distribution).stream().allMatch(Finding::holds);
  }
}
