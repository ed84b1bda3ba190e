package dev.salesops.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.salesops.core.testing.InputContract;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * Jazzer fuzz test of {@link JsonReader}. In the test command it runs in regression mode over its corpus
 * ({@code src/test/resources/dev/salesops/core/json/JsonReaderFuzzTestInputs/read/}: valid documents and the
 * hostile reproducers); to fuzz it for real, see "Fuzzing" in docs/ARCHITECTURE.md ({@code JAZZER_FUZZ=1}).
 * Every input must be read or refused with a {@link JsonInputException} of at most 1 KiB; what is read must be
 * written and read back equal, from bytes and from text alike.
 */
class JsonReaderFuzzTest {
  private static final List<Class<? extends Throwable>> READ = List.of(JsonInputException.class);

  @FuzzTest(maxDuration = "5m")
  void read(byte[] data) {
    Object fromBytes = InputContract.check(() -> JsonReader.read(data), READ, Set.of());
    String text = new String(data, StandardCharsets.UTF_8);
    JsonValue[] read = new JsonValue[1];
    Throwable fromText = InputContract.check(() -> read[0] = JsonReader.read(text), READ, Set.of());
    if (fromText == null) {
      assertThat(JsonReader.read(JsonWriter.compact(read[0]))).isEqualTo(read[0]);
      assertThat(JsonReader.read(JsonWriter.pretty(read[0]).getBytes(StandardCharsets.UTF_8))).isEqualTo(read[0]);
    }
    if (fromBytes == null && !text.startsWith("\uFEFF")) {
      // valid UTF-8 decodes to the same text: the two entry points agree
      assertThat(fromText).isNull();
    }
  }
}
