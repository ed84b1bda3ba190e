package dev.salesops.cli.audit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One finding of an audit: a class code, what it is about (a column, a side file, a pair of columns), its
 * one-line definition, how many rows and how much value it touches (and their shares), up to ten examples and
 * a suggested fix. Values of personal-data columns are never held here (see {@link Example#value()}).
 *
 * @param code the finding class, e.g. {@code near-duplicate-values} (one of {@link AuditConfig#CLASSES})
 * @param subject what the finding is about, e.g. the column {@code Product} or {@code reps.csv}
 * @param definition the class's one-line definition
 * @param detail what was found, in one line (e.g. {@code 2 variants of 1 value})
 * @param rows the export rows touched and the rows read
 * @param value the value of the touched rows per currency, beside the value of all rows
 * @param entries the things involved that are not rows (distinct values, side-file entries, columns), or 0
 * @param examples up to ten examples
 * @param breakdown counts by a second key (e.g. rows by stage), empty when not relevant
 * @param fix the suggested fix, one line
 */
public record AuditFinding(
    String code,
    String subject,
    String definition,
    String detail,
    Count rows,
    List<Value> value,
    long entries,
    List<Example> examples,
    Map<String, Long> breakdown,
    String fix) {

  /** The most examples a finding keeps. */
  public static final int MAX_EXAMPLES = 10;

  /** Validates and copies. */
  public AuditFinding {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(definition, "definition");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(rows, "rows");
    Objects.requireNonNull(fix, "fix");
    value = List.copyOf(value);
    examples = List.copyOf(examples);
    breakdown = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(breakdown));
    if (examples.size() > MAX_EXAMPLES) {
      throw new IllegalArgumentException("at most " + MAX_EXAMPLES + " examples: " + examples.size());
    }
  }

  /**
   * A count out of a total.
   *
   * @param count the rows touched
   * @param of all rows read
   */
  public record Count(long count, long of) {
    /** {@code count / of} rounded half-even to 4 decimals; empty when {@code of} is 0. */
    public Optional<BigDecimal> share() {
      return of == 0 ? Optional.empty() : Optional.of(BigDecimal.valueOf(count).divide(BigDecimal.valueOf(of), 4, RoundingMode.HALF_EVEN));
    }
  }

  /**
   * An amount of one currency out of the export's total in that currency (amounts of two currencies are never added).
   *
   * @param currency the ISO code
   * @param amount the sum of the touched rows' amounts
   * @param of the sum of all rows' amounts in that currency
   */
  public record Value(String currency, BigDecimal amount, BigDecimal of) {
    /** {@code amount / of} rounded half-even to 4 decimals; empty when {@code of} is 0. */
    public Optional<BigDecimal> share() {
      return of.signum() == 0 ? Optional.empty() : Optional.of(amount.divide(of, 4, RoundingMode.HALF_EVEN));
    }
  }

  /**
   * One example.
   *
   * @param file the file (the export or a side file)
   * @param line the line in that file (1 = the header), or 0 for the file as a whole
   * @param column the column
   * @param value the value as read, or empty when it is personal data (never echoed) or not relevant
   * @param personal whether the value was withheld as personal data
   * @param note what is wrong with it, e.g. {@code looks like "GTX Pro" (1,480 rows)}
   */
  public record Example(String file, long line, String column, Optional<String> value, boolean personal, String note) {
    /** Validates. */
    public Example {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(column, "column");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(note, "note");
    }
  }
}
