package dev.salesops.metrics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** {@link LongSample} keeps every value it is given, however many, and merges without changing the other sample. */
class LongSampleTest {

  @Test
  void keepsEveryValueAddedOneByOne() {
    LongSample s = new LongSample();
    for (long v = 20; v >= 1; v--) {
      s.add(v);
    }
    assertThat(s.size()).isEqualTo(20);
    assertThat(s.sum()).isEqualTo(210); // 20 × 21 / 2
    assertThat(s.sortedCopy()).containsExactly(LongStream.rangeClosed(1, 20).toArray());
  }

  @Test
  void mergesALargerSampleIntoASmallerOne() {
    LongSample small = new LongSample();
    small.add(100);
    LongSample large = new LongSample();
    for (long v = 1; v <= 10; v++) {
      large.add(v);
    }
    small.merge(large);
    assertThat(small.size()).isEqualTo(11);
    assertThat(small.sum()).isEqualTo(155);
    assertThat(small.sortedCopy()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 100);
    assertThat(large.size()).isEqualTo(10);
    small.merge(new LongSample());
    assertThat(small.size()).isEqualTo(11);
  }
}
