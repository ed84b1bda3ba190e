package dev.salesops.cli.export;

import dev.salesops.core.money.Monies;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Streams an opportunity export (CSV with a header line) through a {@link ExportMapping}: every row becomes
 * either an {@link ExportRow} or one or more {@link RowIssue}s naming line, column, value and reason.
 *
 * <p>A row is refused (and every reason reported) for: a missing id or stage, a duplicate id, an unknown stage
 * value, an unparseable or impossible date, a close date before the created date, a closed deal without a
 * close date, an open deal with a close date (unless the mapping says the column is the expected close date),
 * an unparseable, negative or over-precise amount, an unknown currency, an amount without any currency, an
 * unknown lost reason or lost-at stage (when the mapping lists them), a join key with no match in its side
 * file, a required field left blank, or a row with more fields than the header. Blank optional fields are
 * <em>not</em> errors: the row is kept and left out only of the KPIs that need the field.
 *
 * <p>Memory is proportional to the side files and the set of ids seen (for duplicate detection), not to the
 * rows. Not thread-safe: one reader per file.
 */
public final class ExportReader {
  private final ExportMapping mapping;
  private final Map<ExportMapping.Join, Map<String, Map<String, String>>> sides = new LinkedHashMap<>();

  private ExportReader(ExportMapping mapping) {
    this.mapping = mapping;
  }

  /** A reader for {@code mapping}; side files are loaded now. */
  public static ExportReader of(ExportMapping mapping) throws IOException {
    ExportReader r = new ExportReader(mapping);
    for (ExportMapping.Join j : mapping.joins()) {
      r.sides.put(j, loadSide(j, mapping.delimiter()));
    }
    return r;
  }

  private static Map<String, Map<String, String>> loadSide(ExportMapping.Join join, char delimiter) throws IOException {
    Map<String, Map<String, String>> out = new HashMap<>();
    try (Reader in = Files.newBufferedReader(join.file(), StandardCharsets.UTF_8);
        CSVParser p = format(delimiter).parse(in)) {
      List<String> header = cleanHeader(p.getHeaderNames());
      if (!header.contains(join.keyColumn())) {
        throw new IOException(join.file().getFileName() + " has no key column \"" + join.keyColumn() + "\" (columns: " + header + ")");
      }
      for (String c : join.columns().values()) {
        if (!header.contains(c)) {
          throw new IOException(join.file().getFileName() + " has no column \"" + c + "\" (columns: " + header + ")");
        }
      }
      for (CSVRecord rec : p) {
        Map<String, String> values = new HashMap<>();
        join.columns().forEach((target, column) -> values.put(target, get(rec, header, column).strip()));
        out.putIfAbsent(get(rec, header, join.keyColumn()).strip(), values);
      }
    }
    return out;
  }

  /** What a read saw. */
  public record Summary(long rowsRead, long rowsUsed, long rowsSkipped, long issues) {}

  /**
   * Reads {@code csv}, handing usable rows to {@code rows} and every problem to {@code issues}; in
   * {@code strict} mode the first problem throws a {@link StrictModeException} with the same message.
   * {@code progress} is called every 100,000 rows with the number of rows read.
   */
  public Summary read(Path csv, Consumer<ExportRow> rows, Consumer<RowIssue> issues, boolean strict, LongConsumer progress)
      throws IOException {
    try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      return read(in, rows, issues, strict, progress);
    }
  }

  /** As {@link #read(Path, Consumer, Consumer, boolean, LongConsumer)}, from a reader. */
  public Summary read(Reader in, Consumer<ExportRow> rows, Consumer<RowIssue> issues, boolean strict, LongConsumer progress)
      throws IOException {
    long read = 0;
    long used = 0;
    long skipped = 0;
    long issueCount = 0;
    Set<String> ids = new HashSet<>();
    try (CSVParser p = format(mapping.delimiter()).parse(in)) {
      List<String> header = cleanHeader(p.getHeaderNames());
      List<String> missing = new ArrayList<>();
      mapping.columns().values().forEach(c -> {
        if (!header.contains(c)) {
          missing.add(c);
        }
      });
      mapping.dimensions().values().forEach(c -> {
        if (!header.contains(c)) {
          missing.add(c);
        }
      });
      if (!missing.isEmpty()) {
        throw new IOException("the export has no column(s) " + missing + " named in the mapping (columns: " + header + ")");
      }
      long line = 1;
      for (CSVRecord rec : p) {
        long start = line + 1;
        line = Math.max(start, p.getCurrentLineNumber());
        read++;
        List<RowIssue> found = new ArrayList<>();
        ExportRow row = map(rec, header, start, ids, found);
        if (found.isEmpty()) {
          used++;
          rows.accept(row);
        } else {
          skipped++;
          issueCount += found.size();
          if (strict) {
            throw new StrictModeException(found.get(0));
          }
          found.forEach(issues);
        }
        if (read % 100_000 == 0) {
          progress.accept(read);
        }
      }
    }
    return new Summary(read, used, skipped, issueCount);
  }

  private ExportRow map(CSVRecord rec, List<String> header, long line, Set<String> ids, List<RowIssue> issues) {
    if (rec.size() > header.size()) {
      issues.add(new RowIssue(line, "(row)", String.valueOf(rec.size()), "row has more fields than the header's " + header.size() + ":"));
      return null;
    }
    Map<String, String> dims = new LinkedHashMap<>();
    for (Field f : Field.values()) {
      if (f.isDimension()) {
        value(rec, header, f).ifPresent(v -> dims.put(f.key(), v));
      }
    }
    mapping.dimensions().forEach((name, column) -> {
      String v = get(rec, header, column).strip();
      if (!v.isEmpty()) {
        dims.put(name, v);
      }
    });
    for (Field f : mapping.required()) {
      if (value(rec, header, f).isEmpty()) {
        issues.add(new RowIssue(line, column(f), "", f.key() + " is required by the mapping but blank"));
      }
    }

    String id = value(rec, header, Field.ID).orElse(null);
    if (id == null) {
      issues.add(new RowIssue(line, column(Field.ID), "", "id is required but blank"));
    } else if (!ids.add(id)) {
      issues.add(new RowIssue(line, column(Field.ID), id, "duplicate id (an earlier row has it)"));
    }
    String stageValue = value(rec, header, Field.STAGE).orElse(null);
    String stage = null;
    Outcome outcome = Outcome.OPEN;
    if (stageValue == null) {
      issues.add(new RowIssue(line, column(Field.STAGE), "", "stage is required but blank"));
    } else {
      stage = mapping.stages().get(stageValue);
      if (stage == null) {
        issues.add(new RowIssue(line, column(Field.STAGE), stageValue, "unknown stage value (not in the mapping's \"stages\")"));
      } else if (mapping.wonStages().contains(stage)) {
        outcome = Outcome.WON;
      } else if (mapping.lostStages().contains(stage)) {
        outcome = Outcome.LOST;
      }
    }
    Optional<LocalDate> created = date(rec, header, Field.CREATED, line, issues);
    Optional<LocalDate> closed = date(rec, header, Field.CLOSED, line, issues);
    if (stage != null) {
      if (outcome != Outcome.OPEN && closed.isEmpty() && value(rec, header, Field.CLOSED).isEmpty()) {
        issues.add(new RowIssue(line, mapping.columns().getOrDefault(Field.CLOSED, "closed"), "", "closed deal (" + stageValue + ") without a close date"));
      }
      if (outcome == Outcome.OPEN && closed.isPresent()) {
        if (mapping.closeDateOnOpenDeals() == ExportMapping.OpenCloseDate.ERROR) {
          issues.add(new RowIssue(line, column(Field.CLOSED), closed.get().toString(), "open deal (" + stageValue + ") with a close date"));
        }
        closed = Optional.empty();
      }
    }
    if (created.isPresent() && closed.isPresent() && closed.get().isBefore(created.get())) {
      issues.add(new RowIssue(line, column(Field.CLOSED), closed.get().toString(), "close date before the created date " + created.get()));
    }
    Optional<Money> amount = amount(rec, header, line, issues);
    Optional<String> lostReason = value(rec, header, Field.LOST_REASON).flatMap(v -> {
      if (mapping.lostReasons().isEmpty()) {
        return Optional.of(v);
      }
      String code = mapping.lostReasons().get(v);
      if (code == null) {
        issues.add(new RowIssue(line, column(Field.LOST_REASON), v, "unknown lost reason (not in the mapping's \"lostReasons\")"));
      }
      return Optional.ofNullable(code);
    });
    Optional<String> lostAt = value(rec, header, Field.LOST_AT).flatMap(v -> {
      String s = mapping.stages().getOrDefault(v, mapping.stageOrder().contains(v) ? v : null);
      if (s == null || !mapping.stageOrder().contains(s)) {
        issues.add(new RowIssue(line, column(Field.LOST_AT), v, "lost-at value is not an open stage of the mapping"));
        return Optional.empty();
      }
      return Optional.of(s);
    });
    for (ExportMapping.Join j : mapping.joins()) {
      String key = dims.get(j.on());
      if (key == null) {
        continue;
      }
      Map<String, String> match = sides.get(j).get(key);
      if (match == null) {
        String col = Field.ofKey(j.on()).map(this::column).orElse(mapping.dimensions().getOrDefault(j.on(), j.on()));
        issues.add(new RowIssue(line, col, key, "no match in " + j.file().getFileName() + " (column \"" + j.keyColumn() + "\")"));
      } else {
        match.forEach((target, v) -> {
          if (!v.isEmpty()) {
            dims.putIfAbsent(target, v);
          }
        });
      }
    }
    if (!issues.isEmpty()) {
      return null;
    }
    return new ExportRow(line, id, stage, outcome, created, closed, amount,
        outcome == Outcome.LOST ? lostReason : Optional.empty(),
        outcome == Outcome.LOST ? lostAt : Optional.empty(), dims);
  }

  private Optional<LocalDate> date(CSVRecord rec, List<String> header, Field f, long line, List<RowIssue> issues) {
    Optional<String> v = value(rec, header, f);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    for (DateTimeFormatter fmt : mapping.dateFormats()) {
      try {
        TemporalAccessor t = fmt.parse(v.get());
        return Optional.of(LocalDate.from(t));
      } catch (java.time.DateTimeException e) {
        // try the next format
      }
    }
    issues.add(new RowIssue(line, column(f), v.get(), "unparseable date (formats: " + String.join(", ", mapping.datePatterns()) + ")"));
    return Optional.empty();
  }

  private Optional<Money> amount(CSVRecord rec, List<String> header, long line, List<RowIssue> issues) {
    Optional<String> v = value(rec, header, Field.AMOUNT);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> c = value(rec, header, Field.CURRENCY);
    CurrencyUnit currency;
    if (c.isPresent()) {
      try {
        currency = Monies.currency(c.get(), "currency");
      } catch (IllegalArgumentException e) {
        issues.add(new RowIssue(line, column(Field.CURRENCY), c.get(), "unknown currency code"));
        return Optional.empty();
      }
    } else if (mapping.defaultCurrency().isPresent()) {
      currency = mapping.defaultCurrency().get();
    } else {
      issues.add(new RowIssue(line, column(Field.AMOUNT), v.get(), "amount without a currency (no currency value and no defaultCurrency)"));
      return Optional.empty();
    }
    String text = v.get();
    if (mapping.groupingSeparator().isPresent()) {
      text = text.replace(String.valueOf(mapping.groupingSeparator().get()), "");
    }
    if (mapping.decimalSeparator() != '.') {
      if (text.indexOf('.') >= 0) {
        issues.add(new RowIssue(line, column(Field.AMOUNT), v.get(), "unparseable amount (decimal separator is '" + mapping.decimalSeparator() + "')"));
        return Optional.empty();
      }
      text = text.replace(mapping.decimalSeparator(), '.');
    }
    if (!text.matches("[+-]?[0-9]+(\\.[0-9]+)?") || text.length() > Monies.MAX_AMOUNT_CHARS) {
      issues.add(new RowIssue(line, column(Field.AMOUNT), v.get(), "unparseable amount"));
      return Optional.empty();
    }
    BigDecimal d = new BigDecimal(text);
    if (d.signum() < 0) {
      issues.add(new RowIssue(line, column(Field.AMOUNT), v.get(), "negative amount"));
      return Optional.empty();
    }
    try {
      return Optional.of(Monies.of(d, currency, "amount"));
    } catch (IllegalArgumentException e) {
      issues.add(new RowIssue(line, column(Field.AMOUNT), v.get(), "amount has more decimals than " + currency + " allows, or is too large"));
      return Optional.empty();
    }
  }

  private String column(Field f) {
    return mapping.columns().getOrDefault(f, f.key());
  }

  private Optional<String> value(CSVRecord rec, List<String> header, Field f) {
    String column = mapping.columns().get(f);
    if (column == null) {
      return Optional.empty();
    }
    String v = get(rec, header, column).strip();
    return v.isEmpty() ? Optional.empty() : Optional.of(v);
  }

  private static String get(CSVRecord rec, List<String> header, String column) {
    int i = header.indexOf(column);
    return i >= 0 && i < rec.size() ? rec.get(i) : "";
  }

  private static List<String> cleanHeader(List<String> names) {
    List<String> out = new ArrayList<>(names.size());
    for (int i = 0; i < names.size(); i++) {
      String n = names.get(i);
      if (i == 0 && n.startsWith("\uFEFF")) {
        n = n.substring(1);
      }
      out.add(n.strip());
    }
    return out;
  }

  private static CSVFormat format(char delimiter) {
    return CSVFormat.RFC4180.builder()
        .setDelimiter(delimiter)
        .setHeader()
        .setSkipHeaderRecord(true)
        .setAllowMissingColumnNames(true)
        .setIgnoreEmptyLines(true)
        .setTrim(false)
        .get();
  }
}
