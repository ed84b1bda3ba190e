package dev.salesops.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.salesops.core.json.JsonValue;
import dev.salesops.json.testing.ModelSamples;
import dev.salesops.json.testing.ModelSamples.Sample;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The round-trip law, over seeded samples of every model type: decode(encode(v)) equals v, and writes the same bytes. */
class RoundTripTest {
  private static final SalesOpsCodecs CODECS = SalesOpsCodecs.standard();

  @Test
  void everySampleReadsBackEqualAndWritesTheSameBytes() {
    for (long seed = 100; seed < 112; seed++) {
      List<String> failures = new ArrayList<>();
      for (Sample s : ModelSamples.all(seed)) {
        try {
          JsonValue json = CODECS.encode(s.value());
          Object back = CODECS.decode(json, s.type());
          if (!back.equals(s.value())) {
            failures.add(s + ": read back unequal: " + CODECS.write(back) + " vs " + json.toJson());
          } else if (!CODECS.encode(back).equals(json) || !CODECS.write(back).equals(CODECS.write(s.value()))) {
            failures.add(s + ": written differently after the round trip");
          }
        } catch (RuntimeException e) {
          failures.add(s + ": " + e);
        }
      }
      assertThat(failures).as("seed " + seed + " (replay with ModelSamples.all(" + seed + "L))").isEmpty();
    }
  }

  @Test
  void everyModelTypeHasSamplesAndEverySampleACodec() {
    List<Sample> samples = ModelSamples.golden();
    List<String> missing = new ArrayList<>();
    for (Class<?> type : CODECS.types()) {
      if (samples.stream().noneMatch(s -> type.isAssignableFrom(s.type()))) {
        missing.add(type.getName());
      }
    }
    assertThat(missing).as("model types without samples").isEmpty();
    for (Sample s : samples) {
      assertThat(CODECS.find(s.value().getClass())).as(s.toString()).isNotNull();
    }
  }
}
