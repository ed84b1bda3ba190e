package dev.salesops.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.salesops.cli.export.ExportMapping;
import dev.salesops.cli.export.ExportReader;
import dev.salesops.cli.html.WonTrend;
import dev.salesops.metrics.stats.PercentileMethod;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The second half of a file read on a second thread counts only when all of it is clean, unquoted and its ids are
 * new; otherwise the first thread reads it as usual, and the report is the one-thread report either way.
 */
class SecondThreadTest {
  static final String MAPPING = "{\"columns\": {\"id\": \"Id\", \"stage\": \"Stage\", \"owner\": \"Owner\", \"account\": \"Account\","
      + " \"created\": \"Created\", \"closed\": \"Closed\", \"amount\": \"Amount\"},"
      + " \"stages\": {\"Open\": \"DISCOVERY\", \"Won\": \"CLOSED_WON\", \"Lost\": \"CLOSED_LOST\"}, \"defaultCurrency\": \"EUR\"}";

  @TempDir
  Path dir;

  private record Read(String json, boolean tailUsed) {}

  private Read read(String csv, boolean fast) throws Exception {
    Files.writeString(dir.resolve("e.csv"), csv);
    Files.writeString(dir.resolve("m.json"), MAPPING);
    ExportMapping m = ExportMapping.read(dir.resolve("m.json"));
    ExportReader reader = ExportReader.of(m).splitFrom(0);
    ExportReport report = new ExportReport(ReportOptions.of(m, List.of(), LocalDate.of(2026, 1, 1), PercentileMethod.LINEAR,
        ReportOptions.Cycle.WON));
    WonTrend trend = new WonTrend();
    ExportReader.Summary s = PipelinedRead.read(reader, dir.resolve("e.csv"), report, trend::add, fast ? trend : null, false, n -> { });
    report.finish(s, reader.usedMinor(), reader.skippedMinor());
    return new Read(report.toJson(), reader.tailUsed());
  }

  private static String rows(int from, int to, String id) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < to; i++) {
      String stage = i % 3 == 0 ? "Won" : i % 3 == 1 ? "Lost" : "Open";
      String closed = stage.equals("Open") ? "" : "2024-03-" + String.format("%02d", 1 + i % 28);
      // accounts recur in both halves, with first wins on the same day (the smaller id is the new customer)
      b.append(id.isEmpty() ? "D" + i : id).append(',').append(stage).append(",R").append(i % 5).append(",A").append(i % 7)
          .append(",2024-01-").append(String.format("%02d", 1 + i % 28)).append(',').append(closed).append(',').append(i * 10 + 5)
          .append(".50\n");
    }
    return b.toString();
  }

  static final String HEADER = "Id,Stage,Owner,Account,Created,Closed,Amount\n";

  @Test
  void aCleanSecondHalfCountsAndGivesTheOneThreadReport() throws Exception {
    String csv = HEADER + rows(0, 400, "");
    Read fast = read(csv, true);
    assertThat(fast.tailUsed()).isTrue();
    assertThat(fast.json()).isEqualTo(read(csv, false).json());
    assertThat(fast.json()).contains("\"rowsUsed\" : 400");
  }

  @Test
  void aDuplicateAcrossTheHalvesADirtyRowOrAQuoteInTheSecondHalfIsReadAsUsual() throws Exception {
    for (String second : List.of(rows(400, 401, "D3"), "D401,Foo,R1,A1,2024-01-01,,5\n", "D402,Open,\"R1\",A1,2024-01-01,,5\n",
        "D403,Open,\"R1\nR2\",A1,2024-01-01,,5\n")) {
      String csv = HEADER + rows(0, 400, "") + second + rows(500, 520, "");
      Read fast = read(csv, true);
      assertThat(fast.tailUsed()).as(second).isFalse();
      assertThat(fast.json()).as(second).isEqualTo(read(csv, false).json());
    }
  }
}
