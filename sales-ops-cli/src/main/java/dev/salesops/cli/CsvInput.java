package dev.salesops.cli;

import dev.salesops.core.validation.Problem;
import dev.salesops.core.validation.Problems;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A small CSV input of the command line (comma-separated, UTF-8, a header line, optional byte-order mark,
 * RFC 4180 quotes): every row with its line number (the header is line 1; a row spanning several lines by a
 * quoted line break is numbered by its first line). Header names are trimmed; cells are trimmed, and a blank
 * cell is absent. Rows are read whole: these inputs (subjects, measurements) are small.
 *
 * <p>Problems are collected with {@link #problem} as {@code <file> line <n>, column "<c>"} paths so that a
 * refusal lists every one of them. Not thread-safe.
 */
final class CsvInput {
  /** One data row. */
  record Row(long line, Map<String, String> cells) {
    /** The non-blank value of {@code column}. */
    Optional<String> get(String column) {
      String v = cells.get(column);
      return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v);
    }
  }

  private final String name;
  private final List<String> header;
  private final List<Row> rows;
  final Problems problems = new Problems();

  private CsvInput(String name, List<String> header, List<Row> rows) {
    this.name = name;
    this.header = header;
    this.rows = rows;
  }

  /** Reads {@code file}; a row with more fields than the header is a problem. */
  static CsvInput read(Path file) throws IOException {
    String name = String.valueOf(file.getFileName());
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
        .setTrim(true).get();
    List<Row> rows = new ArrayList<>();
    List<String> header;
    Problems early = new Problems();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      in.mark(1);
      if (in.read() != '\uFEFF') {
        in.reset();
      }
      try (CSVParser p = format.parse(in)) {
        header = new ArrayList<>();
        for (String h : p.getHeaderNames()) {
          header.add(h.strip());
        }
        long line = 1;
        for (CSVRecord rec : p) {
          long start = line + 1;
          line = Math.max(start, p.getCurrentLineNumber());
          if (rec.size() > header.size()) {
            early.add(Problem.of(name + " line " + start, "has more fields than the header's " + header.size(), rec.size()));
            continue;
          }
          Map<String, String> cells = new LinkedHashMap<>();
          for (int i = 0; i < rec.size(); i++) {
            cells.put(header.get(i), rec.get(i).strip());
          }
          rows.add(new Row(start, Collections.unmodifiableMap(cells)));
        }
      }
    } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
      throw new IOException(name + ": not a readable CSV file with a header line: " + e.getMessage(), e);
    }
    CsvInput input = new CsvInput(name, List.copyOf(header), List.copyOf(rows));
    early.toList().forEach(input.problems::add);
    return input;
  }

  /** The file's name, as problems name it. */
  String name() {
    return name;
  }

  /** The trimmed header names, in file order. */
  List<String> header() {
    return header;
  }

  /** The data rows, in file order. */
  List<Row> rows() {
    return rows;
  }

  /** Adds a problem at {@code line} in {@code column}; {@code value} is {@code null} when the cell is blank. */
  void problem(long line, String column, String rule, Object value) {
    String path = name + " line " + line + ", column \"" + column + "\"";
    problems.add(value == null ? Problem.of(path, rule) : Problem.of(path, rule, value));
  }

  /** Adds a problem of the file as a whole (e.g. a missing column). */
  void problem(String rule, Object value) {
    problems.add(value == null ? Problem.of(name, rule) : Problem.of(name, rule, value));
  }

  /** Requires the columns to be present in the header. */
  void requireColumns(String... columns) {
    for (String c : columns) {
      if (!header.contains(c)) {
        problem("has no column \"" + c + "\" (columns: " + String.join(", ", header) + ")", null);
      }
    }
  }
}
