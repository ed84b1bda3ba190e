package dev.salesops.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A plain-text table with aligned columns; numbers (cells starting with a digit, or a sign or '(' then a digit) align right. Not thread-safe. */
public final class TextTable {
  private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[-+(]?[0-9].*");
  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();

  /** A table with these column titles. */
  public TextTable(String... header) {
    this.header = Arrays.asList(header);
  }

  /** Adds a row; missing cells are blank. */
  public TextTable row(Object... cells) {
    List<String> r = new ArrayList<>();
    for (Object c : cells) {
      r.add(c == null ? "" : c.toString());
    }
    rows.add(r);
    return this;
  }

  /** The rendered table, ending with a newline. */
  public String render() {
    int n = header.size();
    int[] width = new int[n];
    for (int i = 0; i < n; i++) {
      width[i] = header.get(i).length();
      for (List<String> r : rows) {
        if (i < r.size()) {
          width[i] = Math.max(width[i], r.get(i).length());
        }
      }
    }
    StringBuilder b = new StringBuilder();
    line(b, header, width, false);
    for (int i = 0; i < n; i++) {
      b.append(i == 0 ? "" : "  ").append("-".repeat(width[i]));
    }
    b.append('\n');
    for (List<String> r : rows) {
      line(b, r, width, true);
    }
    return b.toString();
  }

  private static void line(StringBuilder b, List<String> cells, int[] width, boolean alignNumbers) {
    for (int i = 0; i < width.length; i++) {
      String c = i < cells.size() ? cells.get(i) : "";
      boolean right = alignNumbers && i > 0 && NUMBER.matcher(c).matches();
      String pad = " ".repeat(width[i] - c.length());
      b.append(i == 0 ? "" : "  ").append(right ? pad + c : i == width.length - 1 ? c : c + pad);
    }
    int end = b.length();
    while (end > 0 && b.charAt(end - 1) == ' ') {
      end--;
    }
    b.setLength(end);
    b.append('\n');
  }
}
