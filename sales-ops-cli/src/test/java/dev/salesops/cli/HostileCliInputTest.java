package dev.salesops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The untrusted-input issue's reproducers at the command line: absurd exponents in a definition or a mapping file
 * are refused in one bounded message, with a non-zero exit, and nothing runs out of memory or prints a raw
 * NumberFormatException.
 */
class HostileCliInputTest {
  @TempDir
  Path dir;

  private static final String DEFINITION = "{\"id\":\"p\",\"version\":1,\"initialState\":\"A\",\"states\":["
      + "{\"id\":\"A\",\"order\":1,\"kind\":\"OPEN\",\"probability\":NUMBER},{\"id\":\"W\",\"order\":2,\"kind\":\"WON\"}],"
      + "\"transitions\":[{\"from\":\"A\",\"to\":\"W\",\"command\":\"win\"}]}";

  @Test
  void pipelineValidateRefusesAbsurdExponentsBriefly() throws IOException {
    for (String n : new String[] {"1e99999999", "1e999999999", "1e2147483647", "1e-999999999", "1e9999999999"}) {
      Path f = dir.resolve("p.json");
      Files.writeString(f, DEFINITION.replace("NUMBER", n), StandardCharsets.UTF_8);
      CliRun run = CliRun.of("pipeline", "validate", "--definition", f.toString());
      assertThat(run.code()).as(n).isNotZero();
      String all = run.out() + run.err();
      assertThat(all).as(n).contains("states[0].probability").doesNotContain("NumberFormatException").doesNotContain("\tat ");
      assertThat(all.length()).as(n).isLessThan(2048);
    }
  }

  @Test
  void aMappingFileWithAnAbsurdNumberIsOneLineOnStderr() throws IOException {
    Path csv = dir.resolve("o.csv");
    Files.writeString(csv, "Id,Stage\n1,Won\n", StandardCharsets.UTF_8);
    Path mapping = dir.resolve("m.json");
    Files.writeString(mapping, "{\"columns\":{\"id\":\"Id\",\"stage\":\"Stage\"},\"weird\":1e9999999999}", StandardCharsets.UTF_8);
    CliRun run = CliRun.of("report", "--input", csv.toString(), "--mapping", mapping.toString());
    assertThat(run.code()).isNotZero();
    assertThat(run.err()).startsWith("sales-ops: ").doesNotContain("NumberFormatException").doesNotContain("\tat ");
    assertThat(run.err().strip().lines().count()).isEqualTo(1);
  }
}
