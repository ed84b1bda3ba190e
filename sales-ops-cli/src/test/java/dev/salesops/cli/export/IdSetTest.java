package dev.salesops.cli.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IdSetTest {
  @Test
  void behavesAsAHashSetOfStrings() {
    long seed = System.nanoTime();
    Random r = new Random(seed);
    IdSet ids = new IdSet();
    Set<String> ref = new HashSet<>();
    for (int i = 0; i < 200_000; i++) {
      String id = "O" + r.nextInt(150_000) + (r.nextInt(50) == 0 ? "x".repeat(r.nextInt(300)) : "");
      byte[] b = ("  " + id + " ").getBytes(StandardCharsets.UTF_8);
      assertThat(ids.add(b, 2, b.length - 1)).as("seed %d, id %s", seed, id).isEqualTo(ref.add(id));
    }
    assertThat(ids.size()).isEqualTo(ref.size());
  }

  @Test
  void intersectsWhenAndOnlyWhenTheSetsShareAnId() {
    long seed = System.nanoTime();
    Random r = new Random(seed);
    for (int round = 0; round < 50; round++) {
      IdSet a = new IdSet();
      IdSet b = new IdSet();
      Set<String> ra = new HashSet<>();
      Set<String> rb = new HashSet<>();
      int n = r.nextInt(3000);
      for (int i = 0; i < n; i++) {
        String id = "O" + r.nextInt(20_000) + (r.nextInt(100) == 0 ? "y".repeat(256 + r.nextInt(10)) : "");
        byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
        if (r.nextBoolean()) {
          a.add(bytes, 0, bytes.length);
          ra.add(id);
        } else {
          b.add(bytes, 0, bytes.length);
          rb.add(id);
        }
      }
      boolean shared = ra.stream().anyMatch(rb::contains);
      assertThat(a.intersects(b)).as("seed %d", seed).isEqualTo(shared);
      assertThat(b.intersects(a)).as("seed %d", seed).isEqualTo(shared);
    }
  }

  @Test
  void roomMadeInAdvanceChangesNothingButTheTable() {
    long seed = System.nanoTime();
    Random r = new Random(seed);
    for (int round = 0; round < 20; round++) {
      IdSet ids = new IdSet();
      Set<String> ref = new HashSet<>();
      int n = r.nextInt(20_000);
      int expectAt = r.nextInt(n + 1);
      long expected = r.nextInt(3) == 0 ? r.nextInt(10) : r.nextInt(3) == 0 ? Long.MAX_VALUE / 4 : r.nextInt(50_000);
      for (int i = 0; i < n; i++) {
        if (i == expectAt) {
          ids.expect(expected);
        }
        String id = "O" + r.nextInt(15_000);
        byte[] b = id.getBytes(StandardCharsets.UTF_8);
        assertThat(ids.add(b, 0, b.length)).as("seed %d, id %s", seed, id).isEqualTo(ref.add(id));
      }
      assertThat(ids.size()).as("seed %d", seed).isEqualTo(ref.size());
    }
  }

  @Test
  void expectedRowsScaleTheFirstRowsToTheBytesToRead() {
    assertThat(ExportReader.expectedRows(8192, 819_200, 100_000_000)).isEqualTo(1_100_000); // 100 bytes a row, 10 % spare
    assertThat(ExportReader.expectedRows(10, 0, 1_000)).isEqualTo(10); // nothing known: no more than seen
  }
}
