package dev.salesops.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.salesops.json.testing.ModelSamples;
import dev.salesops.json.testing.ModelSamples.Sample;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The golden files ({@code src/test/resources/golden/<type>.jsonl}, one compact JSON document per sample of
 * {@link ModelSamples#golden()}, in order): the bytes the Jackson mapper wrote on the day the codecs replaced it
 * (or, for the types listed in {@link JsonChanges}, the codecs' corrected form). The codecs must write exactly
 * these bytes. Regenerate (only with a reason) with {@code -Dgolden.write=true}.
 */
class GoldenFilesTest {

  static Map<Class<?>, List<Sample>> byType() {
    Map<Class<?>, List<Sample>> m = new LinkedHashMap<>();
    for (Sample s : ModelSamples.golden()) {
      m.computeIfAbsent(s.type(), k -> new ArrayList<>()).add(s);
    }
    return m;
  }

  static String fileName(Class<?> type) {
    return type.getName().replace('$', '.') + ".jsonl";
  }

  @Test
  void codecsWriteTheGoldenBytes() throws IOException {
    if (Boolean.getBoolean("golden.write")) {
      write();
    }
    List<String> diffs = new ArrayList<>();
    for (Map.Entry<Class<?>, List<Sample>> e : byType().entrySet()) {
      List<String> lines = golden(e.getKey());
      assertThat(lines).as("golden file of " + e.getKey().getName()).isNotNull();
      List<Sample> samples = e.getValue();
      assertThat(lines).as(fileName(e.getKey())).hasSize(samples.size());
      for (int i = 0; i < samples.size(); i++) {
        String actual = SalesOpsCodecs.standard().write(samples.get(i).value());
        if (!actual.equals(lines.get(i))) {
          diffs.add(samples.get(i) + "\n  golden: " + lines.get(i) + "\n  codec:  " + actual);
        }
      }
    }
    assertThat(diffs).isEmpty();
  }

  private static List<String> golden(Class<?> type) throws IOException {
    try (InputStream in = GoldenFilesTest.class.getResourceAsStream("/golden/" + fileName(type))) {
      if (in == null) {
        return null;
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return text.isEmpty() ? List.of() : List.of(text.split("\n", -1)).subList(0, (int) text.chars().filter(c -> c == '\n').count());
    }
  }

  /**
   * Captures the golden files from the codecs (only with a reason: they pin the bytes the Jackson mapper wrote before
   * the codecs replaced it, or the corrected form of the types in {@link JsonChanges#CHANGED}).
   */
  private static void write() throws IOException {
    Path dir = Path.of("src/test/resources/golden");
    Files.createDirectories(dir);
    for (Map.Entry<Class<?>, List<Sample>> e : byType().entrySet()) {
      StringBuilder sb = new StringBuilder();
      for (Sample s : e.getValue()) {
        String json = SalesOpsCodecs.standard().write(s.value());
        sb.append(json).append('\n');
      }
      Files.writeString(dir.resolve(fileName(e.getKey())), sb.toString(), StandardCharsets.UTF_8);
    }
  }
}
