package dev.salesops.metrics.stats;

import org.apache.datasketches.kll.KllLongsSketch;
import org.apache.datasketches.memory.Memory;
import org.apache.datasketches.quantilescommon.QuantileSearchCriteria;

/**
 * The only class of this module that names a DataSketches class: the KLL sketch of an approximate
 * {@link Sample}. DataSketches is an optional dependency (issue 18), so this class is loaded only when a
 * {@link QuantileMode#approximate approximate} mode is asked for; exact mode (the default) never loads it nor any
 * DataSketches class. Callers first check {@link QuantileMode#approximateSupported()} (which catches the
 * {@link LinkageError} of a missing jar) or {@link SampleCodec#kllSupported()}.
 *
 * <p><b>Not thread-safe</b>, like {@link Sample}.
 */
final class KllSample {
  private final KllLongsSketch sketch;

  private KllSample(KllLongsSketch sketch) {
    this.sketch = sketch;
  }

  /** Touches the heap sketch classes; throws a {@link LinkageError} when DataSketches is missing. */
  static void probe() {
    KllLongsSketch.newHeapInstance(8).update(1L);
  }

  /**
   * Touches datasketches-memory, which the serialized form needs; throws a {@link LinkageError} or a runtime
   * exception on JDKs it refuses (e.g. 25).
   */
  static void probeMemory() {
    Memory.wrap(new byte[8]);
  }

  static double rankError(int k) {
    return KllLongsSketch.getNormalizedRankError(k, false);
  }

  static KllSample newHeapInstance(int k) {
    return new KllSample(KllLongsSketch.newHeapInstance(k));
  }

  /** A sketch read from DataSketches' own serialized form; runtime exceptions when the bytes are not one. */
  static KllSample heapify(byte[] bytes) {
    return new KllSample(KllLongsSketch.heapify(Memory.wrap(bytes)));
  }

  byte[] toByteArray() {
    return sketch.toByteArray();
  }

  void update(long value) {
    sketch.update(value);
  }

  void merge(KllSample other) {
    if (!other.sketch.isEmpty()) {
      sketch.merge(other.sketch);
    }
  }

  int k() {
    return sketch.getK();
  }

  long n() {
    return sketch.getN();
  }

  long minItem() {
    return sketch.getMinItem();
  }

  long maxItem() {
    return sketch.getMaxItem();
  }

  /** The nearest-rank quantile (inclusive search) of a non-empty sketch. */
  long quantile(double rank) {
    return sketch.getQuantile(rank, QuantileSearchCriteria.INCLUSIVE);
  }
}
