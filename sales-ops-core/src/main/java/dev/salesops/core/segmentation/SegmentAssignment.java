package dev.salesops.core.segmentation;

import dev.salesops.core.internal.Nullable;
import dev.salesops.core.validation.Problem;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of {@link SegmentationScheme#assign}: the segment (when one could be decided), the band of every
 * dimension whose value was known, every unknown value, and why no segment was decided.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SegmentAssignment {
  private final String segment;  // null when absent
  private final Map<String, String> bands;
  private final List<Problem> unknownValues;
  private final String undecidedReason;  // null when absent

  /**
   * Copies the parts.
   *
   * @param segment the segment, empty when none matched or the decision needed an unknown band; {@code null} when absent
   * @param bands dimension id to band id, for the dimensions whose value fell in a band (scheme order)
   * @param unknownValues missing values, values in no band, unparseable numbers, undeclared dimensions
   * @param undecidedReason why matching stopped without a segment because of an unknown band, if it did; {@code null} when absent
   */
  public SegmentAssignment(@Nullable String segment, Map<String, String> bands, List<Problem> unknownValues, @Nullable String undecidedReason) {
    bands = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(bands, "bands")));
    unknownValues = List.copyOf(unknownValues);
    this.segment = segment;
    this.bands = bands;
    this.unknownValues = unknownValues;
    this.undecidedReason = undecidedReason;
  }

  /** The {@code segment}: the segment, empty when none matched or the decision needed an unknown band. */
  public Optional<String> segment() {
    return Optional.ofNullable(segment);
  }

  /** The {@code bands}: dimension id to band id, for the dimensions whose value fell in a band (scheme order). */
  public Map<String, String> bands() {
    return bands;
  }

  /** The {@code unknownValues}: missing values, values in no band, unparseable numbers, undeclared dimensions. */
  public List<Problem> unknownValues() {
    return unknownValues;
  }

  /** The {@code undecidedReason}: why matching stopped without a segment because of an unknown band, if it did. */
  public Optional<String> undecidedReason() {
    return Optional.ofNullable(undecidedReason);
  }

  /** The band of {@code dimension}, when known. */
  public Optional<String> band(String dimension) {
    return Optional.ofNullable(bands.get(Objects.requireNonNull(dimension, "dimension")));
  }

  /** Whether every dimension had a known band and no undeclared value was given. */
  public boolean isComplete() {
    return unknownValues.isEmpty();
  }

  /** Equal when every part is equal (as a record's equality). */
  @Override
  public boolean equals(Object obj) {
    return obj == this || obj instanceof SegmentAssignment o
        && Objects.equals(segment, o.segment)
        && Objects.equals(bands, o.bands)
        && Objects.equals(unknownValues, o.unknownValues)
        && Objects.equals(undecidedReason, o.undecidedReason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(segment, bands, unknownValues, undecidedReason);
  }

  /** As a record's: {@code SegmentAssignment[part=value, ...]}, absent parts as {@code Optional.empty}. */
  @Override
  public String toString() {
    return "SegmentAssignment[segment=" + segment() + ", bands=" + bands + ", unknownValues=" + unknownValues + ", undecidedReason=" + undecidedReason() + "]";
  }
}
