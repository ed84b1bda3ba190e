package dev.salesops.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.salesops.core.json.SalesOpsJson;
import dev.salesops.json.testing.ModelSamples;
import dev.salesops.json.testing.ModelSamples.Sample;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * While Jackson's mapper still exists: the codecs write exactly the bytes {@code SalesOpsJson.mapper()} writes,
 * for every sample of every model type whose JSON was not broken (see {@link JsonChanges}). Delete this test
 * together with the mapper; the golden files keep the bytes.
 */
class MapperParityTest {
  private static final ObjectMapper MAPPER = SalesOpsJson.mapper();

  @Test
  void codecsWriteTheMappersBytes() throws Exception {
    for (long seed : new long[] {ModelSamples.GOLDEN_SEED, 1, 2, 3}) {
      List<String> diffs = new ArrayList<>();
      for (Sample s : ModelSamples.all(seed)) {
        if (JsonChanges.CHANGED.containsKey(s.type())) {
          continue;
        }
        String expected;
        try {
          expected = MAPPER.writeValueAsString(s.value());
        } catch (Exception e) {
          diffs.add(s + " (seed " + seed + "): the mapper fails: " + e);
          continue;
        }
        String actual = SalesOpsCodecs.standard().write(s.value());
        if (!expected.equals(actual)) {
          diffs.add(s + " (seed " + seed + ")\n  mapper: " + expected + "\n  codec:  " + actual);
        }
      }
      assertThat(diffs).as("seed " + seed).isEmpty();
    }
  }

  @Test
  void theMapperReadsWhatTheCodecsWrite() throws Exception {
    List<String> diffs = new ArrayList<>();
    for (Sample s : ModelSamples.golden()) {
      if (JsonChanges.CHANGED.containsKey(s.type()) || JsonChanges.MAPPER_CANNOT_READ.contains(s.type())) {
        continue;
      }
      try {
        Object read = MAPPER.readValue(SalesOpsCodecs.standard().write(s.value()), s.type());
        if (!read.equals(s.value())) {
          diffs.add(s + ": read unequal");
        }
      } catch (Exception e) {
        diffs.add(s + ": " + e.getMessage());
      }
    }
    assertThat(diffs).isEmpty();
  }
}
