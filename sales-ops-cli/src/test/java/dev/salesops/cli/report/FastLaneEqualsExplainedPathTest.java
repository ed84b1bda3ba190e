package dev.salesops.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.salesops.cli.export.ExportMapping;
import dev.salesops.cli.export.ExportReader;
import dev.salesops.cli.html.WonTrend;
import dev.salesops.cli.CliJson;
import dev.salesops.metrics.stats.PercentileMethod;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property test (seeded; the seed is in every failure message): the reader's fast lane, alone and with the second
 * half of the file read on another thread, gives exactly the report of the explained path (every row through
 * {@code ExportReader}'s mapping and a {@code DealRecord}): the same JSON and text, summary, issues, value shares and
 * won trend, byte for byte, on randomly shaped mappings and randomly dirtied exports.
 */
class FastLaneEqualsExplainedPathTest {
  private static final String[] STAGES = {"Lead", "Qual", "Prop", "Won", "Lost"};
  private static final String[] CURRENCIES = {"USD", "EUR", "JPY", "BHD"};

  @TempDir
  Path dir;

  /** What one way of reading gave. */
  private record Result(String json, String text, String trend, String tallies, boolean tailUsed, long fastRows) {}

  /** Counts the fast lane's rows on their way to the trend. */
  private static final class Counting implements FastConsumer {
    final WonTrend trend;
    long rows;

    Counting(WonTrend trend) {
      this.trend = trend;
    }

    @Override
    public void addFast(FastRows r) {
      rows += r.size();
      trend.addFast(r);
    }

    @Override
    public FastConsumer newPart() {
      return new Counting(trend.newPart());
    }

    @Override
    public void mergePart(FastConsumer part) {
      rows += ((Counting) part).rows;
      trend.mergePart(((Counting) part).trend);
    }
  }

  private Result run(Path csv, Path mapping, int lane, List<String> by) throws Exception {
    ExportMapping m = ExportMapping.read(mapping);
    ExportReader reader = ExportReader.of(m).splitFrom(lane == 2 ? 0 : Long.MAX_VALUE);
    ReportOptions options = ReportOptions.of(m, by, java.time.LocalDate.of(2026, 1, 1), PercentileMethod.LINEAR, ReportOptions.Cycle.WON);
    ExportReport report = new ExportReport(options);
    WonTrend trend = new WonTrend();
    Counting counting = new Counting(trend);
    ExportReader.Summary summary = PipelinedRead.read(reader, csv, report, trend::add, lane == 0 ? null : counting, false, n -> { });
    String tallies = reader.usedMinor() + " " + reader.skippedMinor() + " " + reader.currencies() + " " + summary;
    if (summary.rowsUsed() == 0) {
      return new Result("", "", "", tallies, reader.tailUsed(), counting.rows);
    }
    report.finish(summary, reader.usedMinor(), reader.skippedMinor());
    return new Result(report.toJson(), report.toText(), CliJson.mapper().writeValueAsString(trend.toJson(CliJson.mapper())), tallies,
        reader.tailUsed(), counting.rows);
  }

  @Test
  void fastLaneAndSecondThreadGiveTheExplainedReportExactly() throws Exception {
    int tails = 0;
    long fastRows = 0;
    int dirtyCases = 0;
    for (long seed = 1; seed <= 40; seed++) {
      Random rnd = new Random(seed);
      Export e = export(rnd, seed);
      Path csv = dir.resolve("e" + seed + ".csv");
      Path mapping = dir.resolve("m" + seed + ".json");
      Files.write(csv, e.csv.getBytes(StandardCharsets.UTF_8));
      Files.writeString(mapping, e.mapping);
      List<String> by = rnd.nextInt(6) == 0 ? List.of("owner") : List.of();
      Result explained = run(csv, mapping, 0, by);
      for (int lane = 1; lane <= 2; lane++) {
        Result fast = run(csv, mapping, lane, by);
        String what = "seed " + seed + ", lane " + lane + ", mapping " + e.mapping;
        assertThat(fast.tallies).as(what).isEqualTo(explained.tallies);
        assertThat(fast.json).as(what).isEqualTo(explained.json);
        assertThat(fast.text).as(what).isEqualTo(explained.text);
        assertThat(fast.trend).as(what).isEqualTo(explained.trend);
        if (lane == 2 && fast.tailUsed) {
          tails++;
        }
        fastRows += fast.fastRows;
      }
      if (e.dirty) {
        dirtyCases++;
      }
    }
    // the lanes were really taken: rows went the fast way, and the second thread's half counted in some files
    assertThat(fastRows).isGreaterThan(1000);
    assertThat(tails).isGreaterThan(3);
    assertThat(dirtyCases).isGreaterThan(12);
  }

  /** A random export with its mapping (and side file). */
  private record Export(String csv, String mapping, boolean dirty) {}

  private Export export(Random rnd, long seed) throws Exception {
    boolean account = rnd.nextBoolean();
    boolean currencyColumn = rnd.nextInt(3) > 0;
    boolean defaultCurrency = !currencyColumn || rnd.nextBoolean();
    boolean lostReason = rnd.nextBoolean();
    boolean lostReasonMap = lostReason && rnd.nextBoolean();
    boolean lostAt = rnd.nextBoolean();
    boolean industry = rnd.nextInt(3) == 0;
    boolean join = rnd.nextBoolean();
    boolean closeIgnore = rnd.nextInt(3) == 0;
    boolean requireAmount = rnd.nextInt(4) == 0;
    int dates = rnd.nextInt(3);
    boolean crlf = rnd.nextInt(4) == 0;
    double dirt = rnd.nextInt(3) == 0 ? 0 : rnd.nextDouble() * 0.3;

    List<String> cols = new ArrayList<>(List.of("Id", "Stage", "Owner", "Product", "Created", "Closed", "Amount"));
    StringBuilder m = new StringBuilder("{\"columns\": {\"id\": \"Id\", \"stage\": \"Stage\", \"owner\": \"Owner\", \"product\": \"Product\","
        + " \"created\": \"Created\", \"closed\": \"Closed\", \"amount\": \"Amount\"");
    if (account) {
      cols.add("Account");
      m.append(", \"account\": \"Account\"");
    }
    if (currencyColumn) {
      cols.add("Currency");
      m.append(", \"currency\": \"Currency\"");
    }
    if (lostReason) {
      cols.add("Reason");
      m.append(", \"lostReason\": \"Reason\"");
    }
    if (lostAt) {
      cols.add("Lost At");
      m.append(", \"lostAt\": \"Lost At\"");
    }
    m.append("}");
    if (industry) {
      cols.add("Industry");
      m.append(", \"dimensions\": {\"industry\": \"Industry\"}");
    }
    m.append(", \"stages\": {\"Lead\": \"LEAD_CAPTURE\", \"Qual\": \"QUALIFICATION\", \"Prop\": \"PROPOSAL\", \"Won\": \"CLOSED_WON\","
        + " \"Lost\": \"CLOSED_LOST\"}");
    if (lostReasonMap) {
      m.append(", \"lostReasons\": {\"Price\": \"PRICE\", \"Timing\": \"TIMING\", \"No budget\": \"BUDGET\"}");
    }
    String[] patterns = dates == 0 ? new String[] {"yyyy-MM-dd"} : dates == 1 ? new String[] {"dd.MM.yyyy", "yyyy-MM-dd"}
        : new String[] {"yyyy/M/d", "yyyy-MM-dd"};
    m.append(", \"dateFormats\": [\"").append(String.join("\", \"", patterns)).append("\"]");
    if (defaultCurrency) {
      m.append(", \"defaultCurrency\": \"USD\"");
    }
    if (closeIgnore) {
      m.append(", \"closeDateOnOpenDeals\": \"ignore\"");
    }
    if (requireAmount) {
      m.append(", \"required\": [\"amount\"]");
    }
    if (join) {
      Path reps = dir.resolve("reps" + seed + ".csv");
      StringBuilder r = new StringBuilder("Rep,Team\n");
      for (int i = 0; i < 9; i++) {
        r.append("R").append(i).append(",T").append(i % 3).append('\n');
      }
      Files.writeString(reps, r.toString());
      m.append(", \"joins\": [{\"file\": \"").append(reps.getFileName()).append("\", \"on\": \"owner\", \"keyColumn\": \"Rep\"")
          .append(rnd.nextBoolean() ? ", \"normalise\": [\"case\"]" : "").append(", \"columns\": {\"team\": \"Team\"}}]");
    }
    m.append("}");

    int n = 40 + rnd.nextInt(260);
    String nl = crlf ? "\r\n" : "\n";
    StringBuilder out = new StringBuilder(String.join(",", cols)).append(nl);
    List<String> ids = new ArrayList<>();
    boolean dirty = false;
    for (int i = 0; i < n; i++) {
      String stage = STAGES[rnd.nextInt(STAGES.length)];
      java.time.LocalDate created = java.time.LocalDate.of(2023, 1, 1).plusDays(rnd.nextInt(900));
      java.time.LocalDate closed = stage.equals("Won") || stage.equals("Lost") ? created.plusDays(rnd.nextInt(120)) : null;
      String currency = CURRENCIES[rnd.nextInt(rnd.nextInt(3) == 0 ? 4 : 1)];
      int places = currency.equals("JPY") ? 0 : currency.equals("BHD") ? 3 : 2;
      String amount = rnd.nextInt(12) == 0 ? "" : rnd.nextInt(100_000) + (places == 0 ? "" : "." + String.format("%0" + places + "d",
          rnd.nextInt((int) Math.pow(10, places))));
      String id = "O" + (i * 7 + rnd.nextInt(7));
      String[] v = new String[cols.size()];
      v[0] = id;
      v[1] = stage;
      v[2] = "R" + rnd.nextInt(9);
      v[3] = rnd.nextInt(8) == 0 ? "" : "P" + rnd.nextInt(4);
      v[4] = format(created, patterns[0]);
      v[5] = closed == null ? "" : format(closed, patterns[rnd.nextInt(patterns.length)]);
      v[6] = amount;
      int c = 7;
      if (account) {
        v[c++] = rnd.nextInt(10) == 0 ? "" : "A" + rnd.nextInt(25);
      }
      if (currencyColumn) {
        v[c++] = defaultCurrency && rnd.nextInt(8) == 0 ? "" : currency;
      }
      if (lostReason) {
        v[c++] = stage.equals("Lost") || rnd.nextInt(10) == 0 ? (lostReasonMap ? new String[] {"Price", "Timing", "No budget"}[rnd.nextInt(3)]
            : "R" + rnd.nextInt(3)) : "";
      }
      if (lostAt) {
        v[c++] = stage.equals("Lost") ? new String[] {"Qual", "Prop", "DISCOVERY", ""}[rnd.nextInt(4)] : "";
      }
      if (industry) {
        v[c++] = "I" + rnd.nextInt(3);
      }
      String line = null;
      if (rnd.nextDouble() < dirt) {
        dirty = true;
        line = dirty(rnd, v, cols, ids);
      }
      if (line == null) {
        line = String.join(",", v);
      }
      ids.add(v[0]);
      out.append(line).append(nl);
      if (rnd.nextInt(60) == 0) {
        out.append(nl); // an empty line
      }
    }
    return new Export(out.toString(), m.toString(), dirty);
  }

  private static String format(java.time.LocalDate d, String pattern) {
    return d.format(java.time.format.DateTimeFormatter.ofPattern(pattern.replace('y', 'u')));
  }

  /** Dirties one value of the row (or returns the whole line); the result may still be clean. */
  private static String dirty(Random rnd, String[] v, List<String> cols, List<String> ids) {
    int amountCol = 6;
    switch (rnd.nextInt(26)) {
      case 0: v[1] = "Foo"; break;
      case 1: v[1] = rnd.nextBoolean() ? "" : "  "; break;
      case 2: v[0] = ids.isEmpty() ? "" : ids.get(rnd.nextInt(ids.size())); break; // a duplicate id
      case 3: v[0] = " "; break;
      case 4: v[4] = new String[] {"2024-13-01", "2024-02-30", "0999-01-01", "abc", "2024-1-5", "10000-01-01"}[rnd.nextInt(6)]; break;
      case 5: v[5] = "2020-01-01"; break; // before created, or a close date on an open deal
      case 6: v[5] = ""; break; // a closed deal without a close date
      case 7: v[amountCol] = new String[] {"-5", "1,234.50", "12.345", "1e5", " 12 ", "12.", ".5", "0", "999999999999999999999"}[rnd.nextInt(9)]; break;
      case 8:
        if (cols.contains("Currency")) {
          v[cols.indexOf("Currency")] = new String[] {"ZZZ", "eur", " EUR", "XXX", ""}[rnd.nextInt(5)];
        }
        break;
      case 9: v[2] = "Zo\u00eb"; break;
      case 10: v[3] = "\"a,b\""; break;
      case 11: v[3] = "\"line\nbreak\""; break;
      case 12: v[2] = "R1\tx"; break;
      case 13: v[2] = "x".repeat(129); break;
      case 14: v[2] = "nobody"; break;
      case 15:
        if (cols.contains("Reason")) {
          v[cols.indexOf("Reason")] = "Weather";
        }
        break;
      case 16:
        if (cols.contains("Lost At")) {
          v[cols.indexOf("Lost At")] = rnd.nextBoolean() ? "Won" : "Nowhere";
        }
        break;
      case 17: return String.join(",", java.util.Arrays.copyOf(v, v.length - 1)); // short row
      case 18: return String.join(",", v) + ",extra";
      case 19: v[2] = " " + v[2] + " "; break; // spaces around: trimmed, still clean
      case 20: v[3] = "\"P1\""; break; // quoted but clean
      case 21: v[2] = "r" + v[2].substring(1); break; // a join key that matches only with case normalisation
      case 22: v[1] = " Won "; break;
      case 23: v[3] = "P\"x"; break; // a quote inside an unquoted field
      case 24: v[4] = "2199-12-31"; v[5] = v[1].equals("Won") || v[1].equals("Lost") ? "2200-01-02" : ""; break; // past the cached years
      default: v[0] = v[0] + "\u00e9"; break;
    }
    return null;
  }
}
