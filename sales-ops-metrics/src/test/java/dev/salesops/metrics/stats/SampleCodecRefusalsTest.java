package dev.salesops.metrics.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salesops.core.accumulate.PortableStateException;
import dev.salesops.core.internal.accumulate.PortableStateKind;
import dev.salesops.core.internal.accumulate.StateWriter;
import java.math.BigDecimal;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * {@link SampleCodec}: exact samples whose bytes break one rule each (written block by block with the codec's own
 * writer) are refused naming the rule; the boundary cases (one value, equal values, min = max) read back; samples of
 * different modes have different fingerprints.
 */
class SampleCodecRefusalsTest {
  private static final QuantileMode EXACT = QuantileMode.exact();

  private static byte[] block(Consumer<StateWriter> body) {
    StateWriter w = new StateWriter(PortableStateKind.SAMPLE, SampleCodec.fingerprint(EXACT));
    body.accept(w);
    return w.toByteArray();
  }

  private static void refused(String rule, Consumer<StateWriter> body) {
    byte[] bytes = block(body);
    assertThatThrownBy(() -> SampleCodec.decode(bytes, EXACT)).as(rule).isInstanceOf(PortableStateException.class)
        .hasMessageContaining(rule);
  }

  @Test
  void eachBrokenRuleIsNamed() {
    refused("another quantile mode", w -> w.writeByte(1).writeCount(0).writeSigned(0));
    refused("empty sample with a non-zero sum", w -> w.writeByte(0).writeCount(0).writeSigned(5));
    refused("min is above its max", w -> w.writeByte(0).writeCount(2).writeSigned(7).writeSigned(9).writeSigned(3).writeSigned(7)
        .writeUnsigned(2));
    refused("truncated", w -> w.writeByte(0).writeCount(50).writeSigned(50).writeSigned(1).writeSigned(1).writeSigned(1));
    refused("smallest value is not its min", w -> w.writeByte(0).writeCount(2).writeSigned(7).writeSigned(3).writeSigned(4)
        .writeSigned(2).writeUnsigned(2));
    refused("out of order", w -> w.writeByte(0).writeCount(2).writeSigned(Long.MAX_VALUE).writeSigned(Long.MAX_VALUE - 1)
        .writeSigned(Long.MAX_VALUE).writeSigned(Long.MAX_VALUE - 1).writeUnsigned(2));
    refused("disagree with its max or sum", w -> w.writeByte(0).writeCount(2).writeSigned(7).writeSigned(3).writeSigned(5)
        .writeSigned(3).writeUnsigned(1)); // values 3, 4: the max says 5
    refused("disagree with its max or sum", w -> w.writeByte(0).writeCount(2).writeSigned(8).writeSigned(3).writeSigned(4)
        .writeSigned(3).writeUnsigned(1)); // values 3, 4: the sum says 8
    refused("1 unread bytes after its payload", w -> w.writeByte(0).writeCount(1).writeSigned(3).writeSigned(3).writeSigned(3)
        .writeSigned(3).writeByte(0));
    refused("sum overflows", w -> w.writeByte(0).writeCount(2).writeSigned(0).writeSigned(Long.MAX_VALUE - 1)
        .writeSigned(Long.MAX_VALUE).writeSigned(Long.MAX_VALUE - 1).writeUnsigned(1));
  }

  @Test
  void aSketchWhoseExtremesDisagreeWithTheSampleIsRefused() {
    org.junit.jupiter.api.Assumptions.assumeTrue(SampleCodec.kllSupported(), "KLL sketches cannot be serialized on this JDK");
    QuantileMode mode = QuantileMode.approximate(200);
    Sample s = mode.newSample();
    for (long v = 1; v <= 5; v++) {
      s.add(v);
    }
    byte[] sketch = s.portableSketch().toByteArray();
    java.util.function.BiFunction<Long, Long, byte[]> withExtremes = (min, max) -> {
      StateWriter w = new StateWriter(PortableStateKind.SAMPLE, SampleCodec.fingerprint(mode));
      w.writeByte(1).writeCount(5).writeSigned(15).writeSigned(min).writeSigned(max).writeBlob(sketch);
      return w.toByteArray();
    };
    assertThat(SampleCodec.decode(withExtremes.apply(1L, 5L), mode).toDistribution(PercentileMethod.LINEAR))
        .isEqualTo(s.toDistribution(PercentileMethod.LINEAR));
    assertThatThrownBy(() -> SampleCodec.decode(withExtremes.apply(0L, 5L), mode)).isInstanceOf(PortableStateException.class)
        .hasMessageContaining("min or max disagrees");
    assertThatThrownBy(() -> SampleCodec.decode(withExtremes.apply(1L, 6L), mode)).isInstanceOf(PortableStateException.class)
        .hasMessageContaining("min or max disagrees");
    // an empty approximate sample has no extremes to compare
    Sample empty = mode.newSample();
    assertThat(SampleCodec.decode(SampleCodec.encode(empty), mode).count()).isZero();
  }

  @Test
  void boundaryCasesReadBack() {
    // one value: min = max
    Sample one = SampleCodec.decode(block(w -> w.writeByte(0).writeCount(1).writeSigned(-4).writeSigned(-4).writeSigned(-4)
        .writeSigned(-4)), EXACT);
    assertThat(one.count()).isEqualTo(1);
    assertThat(one.toDistribution(PercentileMethod.LINEAR)).isEqualTo(Distribution.ofSorted(new long[] {-4}, -4, PercentileMethod.LINEAR));
    // equal values: gaps of 0
    Sample same = SampleCodec.decode(block(w -> w.writeByte(0).writeCount(3).writeSigned(6).writeSigned(2).writeSigned(2)
        .writeSigned(2).writeUnsigned(0).writeUnsigned(0)), EXACT);
    assertThat(same.toDistribution(PercentileMethod.LINEAR).median()).contains(BigDecimal.valueOf(2));
    // empty
    Sample none = SampleCodec.decode(block(w -> w.writeByte(0).writeCount(0).writeSigned(0)), EXACT);
    assertThat(none.count()).isZero();
    assertThat(SampleCodec.encode(none)).isEqualTo(block(w -> w.writeByte(0).writeCount(0).writeSigned(0)));
    // what encode writes: flag, count, sum, min, max, the first value, then the gaps
    Sample s = EXACT.newSample();
    s.add(10);
    s.add(4);
    s.add(7);
    assertThat(SampleCodec.encode(s)).isEqualTo(block(w -> w.writeByte(0).writeCount(3).writeSigned(21).writeSigned(4).writeSigned(10)
        .writeSigned(4).writeUnsigned(3).writeUnsigned(3)));
  }

  @Test
  void fingerprintsDifferByMode() {
    assertThat(SampleCodec.fingerprint(EXACT)).isEqualTo(SampleCodec.fingerprint(QuantileMode.exact()))
        .isEqualTo(StateWriter.fingerprint("sample;exact"));
    if (QuantileMode.approximateSupported()) {
      assertThat(SampleCodec.fingerprint(QuantileMode.approximate(200))).isEqualTo(StateWriter.fingerprint("sample;kll;k=200"))
          .isNotEqualTo(SampleCodec.fingerprint(QuantileMode.approximate(201)));
    }
    // documented: DataSketches on the class path and a JDK that datasketches-memory accepts (8, 11, 17, 21)
    boolean jdk = java.util.Set.of(8, 11, 17, 21).contains(Runtime.version().feature());
    assertThat(SampleCodec.kllSupported()).isEqualTo(QuantileMode.approximateSupported() && jdk);
  }
}
