package dev.salesops.core.workflow;

import dev.salesops.core.model.ForecastCategory;
import static org.assertj.core.api.Assertions.assertThat;

import dev.salesops.core.lifecycle.LifecycleWorkflow;
import dev.salesops.core.model.LostReason;
import dev.salesops.core.model.UserId;
import dev.salesops.core.pipeline.SalesPipeline;
import dev.salesops.core.process.AfterSalesService;
import dev.salesops.core.process.ComplaintHandling;
import dev.salesops.core.process.ImprovementLoop;
import dev.salesops.core.process.OrderFulfilment;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The JSON form of definitions and snapshots, byte for byte, as {@link WorkflowJson} wrote it with Jackson
 * before it was moved off Jackson (the golden files under {@code golden/} were captured from that code): what
 * hosts have stored must read back, and what is written must not change. The compact files are the same trees
 * without spaces (what sales-ops-json's codecs and the Jackson modules write).
 */
class WorkflowJsonGoldenTest {
  static Map<String, Object> definitions() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("sales-pipeline", SalesPipeline.definition());
    m.put("order-fulfilment", OrderFulfilment.definition());
    m.put("complaint-handling", ComplaintHandling.definition());
    m.put("after-sales-service", AfterSalesService.definition());
    m.put("improvement-loop", ImprovementLoop.definition());
    m.put("lifecycle", LifecycleWorkflow.definition());
    m.put("every-field", everyField());
    m.put("snapshot", snapshot());
    m.put("snapshot-short", Snapshot.of("sales-pipeline", 1, List.of(HistoryEntry.of(null, "LEAD_CAPTURE",
        Instant.parse("2026-01-05T09:00:00Z"), UserId.of("u-1"), "start", null, null))));
    return m;
  }

  static WorkflowDefinition everyField() {
    Map<String, Object> nested = new LinkedHashMap<>();
    nested.put("list", List.of("a", new BigDecimal("1.50"), true, List.of()));
    nested.put("deep", Map.of("x", new BigDecimal("1E+3")));
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("field", "amount");
    params.put("min", new BigDecimal("0.10"));
    params.put("count", new BigDecimal("3"));
    params.put("flag", false);
    params.put("nested", nested);
    params.put("text", "quote \" backslash \\ tab \t nul \u0000 line \u2028 \u00e9 \uD83D\uDE00");
    return WorkflowDefinition.builder().id("every-field").version(7).description("All the \"fields\"\n")
        .movePolicy(MovePolicy.FORWARD).lostReasons(List.of(LostReason.of("PRICE"), LostReason.of("TIMING")))
        .state(State.builder().id("A").order(1).kind(StateKind.OPEN).probability(new BigDecimal("0.10"))
            .forecastCategory(ForecastCategory.PIPELINE).maxDwell(Duration.ofDays(14)).leadTime(Duration.ofHours(36))
            .entryCriteria(CriterionSpec.of("field.present", Map.of("field", "amount")))
            .exitCriteria(CriterionSpec.allOf(CriterionSpec.of("x.y", params),
                CriterionSpec.not(CriterionSpec.anyOf(CriterionSpec.of("a.b"), CriterionSpec.of("c.d")))))
            .description("first").build())
        .state(State.builder().id("WON").order(2).kind(StateKind.WON).probability(BigDecimal.ONE).build())
        .state(State.builder().id("LOST").order(3).kind(StateKind.LOST).probability(BigDecimal.ZERO).build())
        .initialState("A")
        .transition(Transition.of("A", "win", "WON"))
        .transition(Transition.raw(null, StateKind.OPEN, "LOST", false, "lose", CriterionSpec.of("g.h"), 5))
        .transition(Transition.toLastOpen(StateKind.LOST, "reopen"))
        .build();
  }

  static Snapshot snapshot() {
    return Snapshot.of("sales-pipeline", 3, List.of(
        HistoryEntry.of(null, "LEAD_CAPTURE", Instant.parse("2026-01-05T09:00:00Z"), UserId.of("u-1"), "start", null, null),
        HistoryEntry.of("LEAD_CAPTURE", "QUALIFICATION", Instant.parse("2026-01-06T10:30:00.123Z"), UserId.of("u-2"), "advance",
            "called \"Jane\"\nback", null),
        HistoryEntry.of("QUALIFICATION", "CLOSED_LOST", Instant.parse("2026-02-01T00:00:00Z"), UserId.of("u-2"), "lose",
            "budget \u00e9 \uD83D\uDE00", LostReason.of("PRICE"))));
  }

  private static String write(Object value) {
    return value instanceof Snapshot s ? WorkflowJson.write(s) : WorkflowJson.write((WorkflowDefinition) value);
  }

  private static String golden(String name) throws IOException {
    try (InputStream in = WorkflowJsonGoldenTest.class.getResourceAsStream("golden/" + name)) {
      assertThat(in).as("golden file %s", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Run once with {@code -Dsalesops.golden.dir=<src/test/resources/.../golden>} to (re)capture the files. */
  @Test
  void writesTheGoldenBytes() throws Exception {
    String dir = System.getProperty("salesops.golden.dir");
    for (Map.Entry<String, Object> e : definitions().entrySet()) {
      String pretty = write(e.getValue());
      String compact = dev.salesops.core.json.JsonWriter.compact(dev.salesops.core.json.JsonReader.read(pretty));
      if (dir != null) {
        Files.createDirectories(Path.of(dir));
        Files.writeString(Path.of(dir, e.getKey() + ".json"), pretty, StandardCharsets.UTF_8);
        Files.writeString(Path.of(dir, e.getKey() + ".compact.json"), compact, StandardCharsets.UTF_8);
        continue;
      }
      assertThat(pretty).as(e.getKey()).isEqualTo(golden(e.getKey() + ".json"));
      // the compact files were written by the Jackson mapper, which left U+2028/U+2029 raw; the library's writer
      // escapes them (the same JSON text either way, and the files still read back below)
      assertThat(compact).as(e.getKey() + " compact").isEqualTo(golden(e.getKey() + ".compact.json")
          .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"));
    }
  }

  /**
   * What is read back and written again is what the Jackson-based reader gave: {@code <name>.reread.json}
   * (decimals read with trailing zeros stripped, {@code 0.10} as {@code 0.1}, as they always were), whichever
   * form was stored.
   */
  @Test
  void readsTheGoldenBytesBack() throws Exception {
    String dir = System.getProperty("salesops.golden.dir");
    for (Map.Entry<String, Object> e : definitions().entrySet()) {
      Class<?> type = e.getValue() instanceof Snapshot ? Snapshot.class : WorkflowDefinition.class;
      String expected = null;
      for (String file : List.of(e.getKey() + ".json", e.getKey() + ".compact.json")) {
        String json = dir == null ? golden(file) : Files.readString(Path.of(dir, file));
        Object read = type == Snapshot.class ? WorkflowJson.readSnapshot(json) : WorkflowJson.readDefinition(json);
        if (dir != null && expected == null) {
          expected = write(read);
          Files.writeString(Path.of(dir, e.getKey() + ".reread.json"), expected, StandardCharsets.UTF_8);
        } else if (expected == null) {
          expected = golden(e.getKey() + ".reread.json");
        }
        assertThat(write(read)).as(file).isEqualTo(expected);
      }
    }
  }
}
