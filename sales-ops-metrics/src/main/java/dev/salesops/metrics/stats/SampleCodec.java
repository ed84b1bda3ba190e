package dev.salesops.metrics.stats;

import dev.salesops.metrics.internal.LongSample;
import dev.salesops.core.accumulate.PortableStateException;
import dev.salesops.core.internal.accumulate.PortableStateKind;
import dev.salesops.core.internal.accumulate.StateReader;
import dev.salesops.core.internal.accumulate.StateWriter;
import java.util.Objects;

/**
 * The portable form of a {@link Sample} (kind {@code SAMPLE}, 9; the envelope
 * is in {@code docs/ARCHITECTURE.md} and {@code docs/ARCHITECTURE.md} for the layout), and the sample block that the KPI codecs embed.
 *
 * <p>Block: mode (one byte: 0 exact, 1 KLL), count, sum (zigzag), and when the count is positive min and max
 * (zigzag); then, exact: the values sorted ascending as the first value (zigzag) and the gaps between
 * neighbours (unsigned varints: a sorted sample of days or cents takes 1 to 3 bytes per value); KLL: the
 * sketch's own {@code toByteArray()} form (DataSketches' documented layout) as a blob. Decoding checks that the
 * values (or the sketch's n, k, min and max) agree with count, sum, min and max.
 *
 * <p>Exact samples encode canonically (the same multiset gives the same bytes, whatever the order of adds and
 * merges). A KLL sketch encodes its current state; sketches of the same values merged in another order may
 * differ (within the error bound of {@link QuantileMode}).
 *
 * <p>KLL sketches need {@link #kllSupported()}: DataSketches on the class path (without it no approximate
 * {@link QuantileMode} can be created) and a JDK that datasketches-memory accepts (not JDK 25: an
 * {@link UnsupportedOperationException} says so). Exact samples need neither.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class SampleCodec {
  private static final int MAX_VALUES = Integer.MAX_VALUE - 16;

  private static volatile Boolean kllSupported;

  private SampleCodec() {}

  /**
   * Whether KLL sketches can be encoded and decoded on this JVM: DataSketches must be on the class path
   * ({@link QuantileMode#approximateSupported()}), and its serialization goes through datasketches-memory 3.0.2,
   * which refuses JDKs other than 8, 11, 17 and 21 (e.g. JDK 25). Exact samples (the default quantile mode) work
   * everywhere, without DataSketches.
   */
  public static boolean kllSupported() {
    Boolean b = kllSupported;
    if (b == null) {
      try {
        if (!QuantileMode.approximateSupported()) {
          b = Boolean.FALSE;
        } else {
          KllSample.probeMemory();
          b = Boolean.TRUE;
        }
      } catch (LinkageError | RuntimeException e) {
        b = Boolean.FALSE;
      }
      kllSupported = b;
    }
    return b;
  }

  private static void requireKll() {
    if (!QuantileMode.approximateSupported()) {
      throw new IllegalStateException("KLL sketches need org.apache.datasketches:datasketches-java on the class path");
    }
    if (!kllSupported()) {
      throw new UnsupportedOperationException("KLL sketches cannot be encoded or decoded on JDK " + System.getProperty("java.version")
          + ": datasketches-memory supports JDK 8, 11, 17 and 21 only (exact quantiles work on every JDK)");
    }
  }

  /** The configuration fingerprint of samples in {@code mode}. */
  public static long fingerprint(QuantileMode mode) {
    Objects.requireNonNull(mode, "mode");
    return StateWriter.fingerprint("sample;" + (mode.approximate() ? "kll;k=" + mode.k() : "exact"));
  }

  /** The portable bytes of {@code sample}. */
  public static byte[] encode(Sample sample) {
    Objects.requireNonNull(sample, "sample");
    StateWriter w = new StateWriter(PortableStateKind.SAMPLE, fingerprint(sample.portableMode()));
    write(sample, w);
    return w.toByteArray();
  }

  /**
   * A sample decoded from {@code bytes}, which must have been encoded from a sample in {@code mode}.
   *
   * @throws PortableStateException when the bytes are not such a sample
   */
  public static Sample decode(byte[] bytes, QuantileMode mode) {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(mode, "mode");
    StateReader r = StateReader.open(bytes, PortableStateKind.SAMPLE, fingerprint(mode));
    Sample s = read(r, mode);
    r.end();
    return s;
  }

  static {
    dev.salesops.metrics.internal.PortableBlocks.registerSample(new dev.salesops.metrics.internal.PortableBlocks.Block<Sample>() {
      @Override
      public void write(Sample value, StateWriter w) {
        SampleCodec.write(value, w);
      }

      @Override
      public void readInto(StateReader r, Sample empty) {
        SampleCodec.readInto(r, empty);
      }
    });
  }

  /** Writes the sample block of {@code sample} (no envelope; other packages: {@code PortableBlocks.sample()}). */
  static void write(Sample sample, StateWriter w) {
    Objects.requireNonNull(sample, "sample");
    Objects.requireNonNull(w, "w");
    boolean kll = sample.portableMode().approximate();
    w.writeByte(kll ? 1 : 0);
    long count = sample.count();
    w.writeCount(count);
    w.writeSigned(sample.portableSum());
    if (count > 0) {
      w.writeSigned(sample.portableMin());
      w.writeSigned(sample.portableMax());
    }
    if (kll) {
      requireKll();
      w.writeBlob(sample.portableSketch().toByteArray());
    } else if (count > 0) {
      long[] v = sample.portableExact().sortedCopy();
      w.writeSigned(v[0]);
      for (int i = 1; i < v.length; i++) {
        w.writeUnsigned(v[i] - v[i - 1]);
      }
    }
  }

  /** Reads a sample block written by {@link #write} for a sample in {@code mode}. */
  static Sample read(StateReader r, QuantileMode mode) {
    Objects.requireNonNull(r, "r");
    Objects.requireNonNull(mode, "mode");
    Sample s = new Sample(mode);
    readInto(r, s);
    return s;
  }

  /**
   * Reads a sample block written by {@link #write} into {@code s}, which must be empty; its mode must be the
   * encoded sample's.
   */
  static void readInto(StateReader r, Sample s) {
    Objects.requireNonNull(r, "r");
    Objects.requireNonNull(s, "s");
    if (s.count() != 0) {
      throw new IllegalArgumentException("the target sample must be empty");
    }
    QuantileMode mode = s.portableMode();
    int flag = r.readByte();
    if (flag != (mode.approximate() ? 1 : 0)) {
      throw r.fail("has a sample of another quantile mode than " + mode);
    }
    long count = r.readCount();
    long sum = r.readSigned();
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    if (count > 0) {
      min = r.readSigned();
      max = r.readSigned();
      if (min > max) {
        throw r.fail("has a sample whose min is above its max");
      }
    } else if (sum != 0) {
      throw r.fail("has an empty sample with a non-zero sum");
    }
    if (mode.approximate()) {
      requireKll();
      byte[] blob = r.readBlob();
      KllSample sketch;
      try {
        sketch = KllSample.heapify(blob);
      } catch (RuntimeException e) {
        throw r.fail("has a KLL sketch that does not read: " + e.getClass().getSimpleName());
      }
      if (sketch.k() != mode.k() || sketch.n() != count) {
        throw r.fail("has a KLL sketch of k " + sketch.k() + " and n " + sketch.n() + ", expected k " + mode.k() + " and n " + count);
      }
      if (count > 0 && (sketch.minItem() != min || sketch.maxItem() != max)) {
        throw r.fail("has a KLL sketch whose min or max disagrees with the sample's");
      }
      s.portableSetSketch(sketch);
      s.portableRestore(count, sum, min, max);
      return;
    }
    if (count > MAX_VALUES || count > r.remaining()) {
      throw r.fail("is truncated: " + count + " sample values do not fit in the " + r.remaining() + " bytes left");
    }
    if (count > 0) {
      long prev = r.readSigned();
      if (prev != min) {
        throw r.fail("has a sample whose smallest value is not its min");
      }
      LongSample values = s.portableExact();
      values.add(prev);
      try {
        for (long i = 1; i < count; i++) {
          long gap = r.readUnsigned();
          long v = prev + gap;
          if (gap < 0 || v < prev) {
            throw r.fail("has sample values out of order");
          }
          values.add(v);
          prev = v;
        }
      } catch (ArithmeticException e) {
        throw r.fail("has sample values whose sum overflows");
      }
      if (prev != max || values.sum() != sum) {
        throw r.fail("has sample values that disagree with its max or sum");
      }
    }
    s.portableRestore(count, sum, min, max);
  }
}
