package dev.salesops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.salesops.cli.CliJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sales-ops audit} end to end: formats, exit codes, unreadable input, and the demo's dirty export. */
class AuditCommandTest {
  static final String CSV = "Id,Stage,Owner,Amount\nA1,Won,ann,100\nA2,Won,ann,\nA3,Lost,bob,50\n";
  static final String MAPPING = "{\"columns\": {\"id\": \"Id\", \"stage\": \"Stage\", \"owner\": \"Owner\", \"amount\": \"Amount\"},\n"
      + " \"stages\": {\"Won\": \"CLOSED_WON\", \"Lost\": \"CLOSED_LOST\"}, \"defaultCurrency\": \"USD\"}\n";

  @TempDir
  Path dir;

  Path write(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  @Test
  void textAndJsonExitZeroWithFindings() throws Exception {
    Path csv = write("e.csv", CSV);
    Path m = write("m.json", MAPPING);
    CliRun text = CliRun.of("audit", "--input", csv.toString(), "--mapping", m.toString(), "--as-of", "2024-12-31");
    assertThat(text.code()).isZero();
    assertThat(text.out()).contains("won-without-amount | Amount").contains("line 3, Amount: won (Won) with no amount");
    CliRun json = CliRun.of("audit", "--input", csv.toString(), "--mapping", m.toString(), "--as-of", "2024-12-31", "--format", "json");
    assertThat(json.code()).isZero();
    JsonNode root = CliJson.mapper().readTree(json.out());
    assertThat(root.get("rowsRead").asLong()).isEqualTo(3);
    assertThat(root.get("asOf").asText()).isEqualTo("2024-12-31");
    assertThat(root.at("/summary/won-without-amount/findings").asInt()).isEqualTo(1);
    JsonNode f = root.get("findings").get(0);
    assertThat(f.get("code").asText()).isEqualTo("won-without-amount");
    assertThat(f.at("/rows/count").asLong()).isEqualTo(1);
    assertThat(f.at("/rows/share").decimalValue()).isEqualByComparingTo("0.3333");
    assertThat(f.at("/examples/0/line").asLong()).isEqualTo(3);
    assertThat(f.get("fix").asText()).isNotBlank();
  }

  @Test
  void unreadableInputExitsOneWithOneLineOnStderr() throws Exception {
    Path m = write("m.json", MAPPING);
    List<CliRun> runs = new ArrayList<>();
    runs.add(CliRun.of("audit", "--input", dir.resolve("missing.csv").toString(), "--mapping", m.toString()));
    Path latin1 = dir.resolve("latin1.csv");
    Files.write(latin1, "Id,Stage,Owner,Amount\nA1,Won,J\u00fcrgen,100\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    runs.add(CliRun.of("audit", "--input", latin1.toString(), "--mapping", m.toString()));
    runs.add(CliRun.of("audit", "--input", write("q.csv", "Id,Stage,Owner,Amount\nA1,Won,\"ann,100\n").toString(), "--mapping", m.toString()));
    runs.add(CliRun.of("audit", "--input", write("e.csv", CSV).toString(), "--mapping", write("bad.json", "{\"columns\": ").toString()));
    for (CliRun r : runs) {
      assertThat(r.code()).isEqualTo(1);
      assertThat(r.err().strip()).startsWith("sales-ops: ").doesNotContain("\n").doesNotContain("Exception");
      assertThat(r.out()).isEmpty();
    }
    assertThat(runs.get(0).err()).contains("missing.csv: no such file");
    assertThat(runs.get(1).err()).contains("latin1.csv").contains("not UTF-8");
    assertThat(runs.get(2).err()).contains("q.csv");
    assertThat(runs.get(3).err()).contains("bad.json").contains("not valid JSON");
  }

  @Test
  void unknownFormatIsAUsageError() throws Exception {
    CliRun r = CliRun.of("audit", "--input", write("e.csv", CSV).toString(), "--mapping", write("m.json", MAPPING).toString(), "--format", "xml");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("must be text, json or html");
  }

  @Test
  void theDemosDirtyExportShowsWhatTheAuditFinds() throws Exception {
    CliRun small = CliRun.of("demo", "--deals", "50", "--export", dir.resolve("small").toString(), "--dirty");
    assertThat(small.code()).isZero();
    assertThat(small.err()).contains("accounts.csv, products.csv");
    assertThat(dir.resolve("small").resolve("products.csv")).exists();
    // the same export as `demo --deals 1500 --export DIR --dirty`, without running the demo's sections
    Path out = dir.resolve("demo");
    dev.salesops.cli.demo.DemoCompany company = dev.salesops.cli.demo.DemoGenerator.generate(42, 1500);
    dev.salesops.cli.demo.DemoExport.write(company, out, true);
    CliRun r = CliRun.of("audit", "--input", out.resolve("opportunities.csv").toString(), "--mapping", out.resolve("mapping.json").toString(),
        "--as-of", "2025-12-31", "--format", "json");
    assertThat(r.code()).isZero();
    JsonNode root = CliJson.mapper().readTree(r.out());
    List<String> found = new ArrayList<>();
    root.get("summary").properties().forEach(e -> {
      if (e.getValue().get("findings").asInt() > 0) {
        found.add(e.getKey());
      }
    });
    assertThat(found).contains("near-duplicate-values", "join-miss-export-key", "join-miss-side-entry", "missing-account", "double-entries",
        "closed-before-created", "date-after-as-of", "date-before-entity-start", "open-past-expected-close", "stale-open-deal",
        "won-far-from-list-price", "constant-column", "almost-empty-column", "header-stray-spaces", "inconsistent-casing");
    assertThat(root.get("notes")).isEmpty();
    // the clean export stays clean of the planted dirt
    Path clean = dir.resolve("clean");
    dev.salesops.cli.demo.DemoExport.write(company, clean);
    CliRun c = CliRun.of("audit", "--input", clean.resolve("opportunities.csv").toString(), "--mapping", clean.resolve("mapping.json").toString(),
        "--as-of", "2025-12-31", "--format", "json");
    JsonNode croot = CliJson.mapper().readTree(c.out());
    assertThat(croot.at("/summary/near-duplicate-values/findings").asInt()).isZero();
    assertThat(croot.at("/summary/double-entries/findings").asInt()).isZero();
    assertThat(croot.at("/summary/closed-before-created/findings").asInt()).isZero();
    assertThat(croot.at("/summary/join-miss-export-key/findings").asInt()).isZero();
  }

  @Test
  void dirtyNeedsExport() {
    CliRun r = CliRun.of("demo", "--dirty");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("--dirty needs --export DIR");
  }
}
