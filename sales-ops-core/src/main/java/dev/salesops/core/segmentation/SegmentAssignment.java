package dev.salesops.core.segmentation;

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
 *
 * @param segment the segment, empty when none matched or the decision needed an unknown band
 * @param bands dimension id to band id, for the dimensions whose value fell in a band (scheme order)
 * @param unknownValues missing values, values in no band, unparseable numbers, undeclared dimensions
 * @param undecidedReason why matching stopped without a segment because of an unknown band, if it did
 */
public record SegmentAssignment(Optional<String> segment, Map<String, String> bands, List<Problem> unknownValues,
    Optional<String> undecidedReason) {

  /** Copies the parts. */
  public SegmentAssignment {
    Objects.requireNonNull(segment, "segment");
    bands = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(bands, "bands")));
    unknownValues = List.copyOf(unknownValues);
    Objects.requireNonNull(undecidedReason, "undecidedReason");
  }

  /** The band of {@code dimension}, when known. */
  public Optional<String> band(String dimension) {
    return Optional.ofNullable(bands.get(Objects.requireNonNull(dimension, "dimension")));
  }

  /** Whether every dimension had a known band and no undeclared value was given. */
  public boolean isComplete() {
    return unknownValues.isEmpty();
  }
}
