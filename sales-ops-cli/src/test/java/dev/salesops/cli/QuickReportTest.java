package dev.salesops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start-up shortcut of {@code report} ({@link QuickReport}): only the plain form takes it, and it prints, exits
 * and refuses exactly as the picocli path does (the same command with {@code --format text}, the default spelled
 * out, goes through picocli).
 */
class QuickReportTest {

  @TempDir
  Path dir;

  @BeforeEach
  void files() throws Exception {
    Files.writeString(dir.resolve("export.csv"), ReportCommandTest.CSV);
    Files.writeString(dir.resolve("mapping.json"), ReportCommandTest.MAPPING);
    Files.writeString(dir.resolve("reps.csv"), "Rep,Team\nann,North\nbob,South\n");
    Files.writeString(dir.resolve("broken.json"), "{\"columns\": {\"id\": \"Id\"}, \"stages\": 7}");
  }

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = SalesOpsCli.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void onlyThePlainFormIsQuick() {
    assertThat(QuickReport.parse(new String[] {"report", "--input", "a.csv", "--mapping", "m.json"}))
        .containsExactly(Path.of("a.csv"), Path.of("m.json"));
    assertThat(QuickReport.parse(new String[] {"report", "--mapping=m.json", "--input=a.csv"}))
        .containsExactly(Path.of("a.csv"), Path.of("m.json"));
    assertThat(QuickReport.parse(new String[] {"report", "--mapping", "m.json", "--input=a=b.csv"}))
        .containsExactly(Path.of("a=b.csv"), Path.of("m.json"));
    String[][] notQuick = {
        {"report", "--input", "a.csv"},
        {"report", "--input", "a.csv", "--mapping", "m.json", "--by", "owner"},
        {"report", "--input", "a.csv", "--input", "b.csv"},
        {"report", "--input", "@args.txt", "--mapping", "m.json"},
        {"report", "--input", "-", "--mapping", "m.json"},
        {"report", "--input", "a.csv", "--mapping="},
        {"report", "--input", "a.csv", "--mapping"},
        {"audit", "--input", "a.csv", "--mapping", "m.json"},
        {"report", "--in", "a.csv", "--mapping", "m.json"},
        {"report", "--input", "a\u0000.csv", "--mapping", "m.json"},
        {},
    };
    for (String[] args : notQuick) {
      assertThat(QuickReport.parse(args)).as(String.join(" ", args)).isNull();
    }
  }

  @Test
  void theQuickRunPrintsAsThePicocliRun() {
    String in = dir.resolve("export.csv").toString();
    String map = dir.resolve("mapping.json").toString();
    Run quick = run("report", "--input", in, "--mapping", map);
    Run quickEq = run("report", "--mapping=" + map, "--input=" + in);
    Run picocli = run("report", "--input", in, "--mapping", map, "--format", "text");
    assertThat(quick.code()).as(quick.err()).isZero();
    assertThat(quick.out()).contains("opportunities").isEqualTo(picocli.out()).isEqualTo(quickEq.out());
    assertThat(quick.err()).isEqualTo(picocli.err()).isEqualTo(quickEq.err());
  }

  @Test
  void aRefusalIsThePicocliRefusal() {
    String in = dir.resolve("export.csv").toString();
    for (String map : new String[] {dir.resolve("missing.json").toString(), dir.resolve("broken.json").toString()}) {
      Run quick = run("report", "--input", in, "--mapping", map);
      Run picocli = run("report", "--input", in, "--mapping", map, "--format", "text");
      assertThat(quick.code()).isEqualTo(picocli.code()).isEqualTo(1);
      assertThat(quick.err()).startsWith("sales-ops: ").isEqualTo(picocli.err());
      assertThat(quick.out()).isEqualTo(picocli.out());
    }
    Run quick = run("report", "--input", dir.resolve("none.csv").toString(), "--mapping", dir.resolve("mapping.json").toString());
    Run picocli = run("report", "--input", dir.resolve("none.csv").toString(), "--mapping", dir.resolve("mapping.json").toString(),
        "--format", "text");
    assertThat(quick).isEqualTo(picocli);
    assertThat(quick.code()).isEqualTo(1);
  }
}
