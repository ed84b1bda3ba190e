package dev.salesops.cli.export;

import java.util.Objects;

/**
 * Why a row of an export could not be used: its line number (1 = the header), the column, the offending
 * value and the reason.
 *
 * @param line the line number in the file
 * @param column the column name (or the mapping field when there is no single column)
 * @param value the offending value, as read
 * @param reason the rule broken
 */
public record RowIssue(long line, String column, String value, String reason) {

  /** Validates. */
  public RowIssue {
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(reason, "reason");
  }

  /** {@code line 12, column "Close Date": unparseable date "31/02/2024" (formats: yyyy-MM-dd)}. */
  public String message() {
    return "line " + line + ", column \"" + column + "\": " + reason + (value.isEmpty() ? "" : " \"" + value + "\"");
  }

  @Override
  public String toString() {
    return message();
  }
}
