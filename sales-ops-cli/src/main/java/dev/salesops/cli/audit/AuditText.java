package dev.salesops.cli.audit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The text form of an {@link AuditResult}. */
public final class AuditText {
  private AuditText() {}

  /** The audit as readable text: a headline, then each finding with its examples and fix, then the notes. */
  public static String of(AuditResult r) {
    StringBuilder b = new StringBuilder();
    AuditSummary sum = r.summary();
    b.append("sales-ops audit of ").append(r.file()).append(" as of ").append(r.asOf()).append('\n');
    b.append(String.format("%,d rows, %d columns", r.rowsRead(), r.columns()));
    if (!r.totals().isEmpty()) {
      b.append(", value ").append(r.totals().entrySet().stream().map(e -> e.getKey() + " " + money(e.getValue())).collect(Collectors.joining(", ")));
    }
    b.append('\n');
    b.append(sum.findings() == 0 ? "no findings in " + r.ran().size() + " checks\n"
        : sum.findings() + " finding" + (sum.findings() == 1 ? "" : "s") + " in " + sum.classes().values().stream().filter(c -> c.findings() > 0).count()
            + " of " + r.ran().size() + " classes\n");
    for (AuditFinding f : r.findings()) {
      b.append('\n').append(f.code()).append(" | ").append(f.subject()).append('\n');
      b.append("  ").append(f.definition()).append('\n');
      b.append("  ").append(f.detail().isEmpty() ? "" : f.detail() + "; ");
      if (f.rows().count() > 0 || f.entries() == 0) {
        b.append(String.format("rows %,d", f.rows().count())).append(f.rows().share().map(s -> " (" + pct(s) + ")").orElse(""));
      }
      for (AuditFinding.Value v : f.value()) {
        b.append(", value ").append(v.currency()).append(' ').append(money(v.amount())).append(v.share().map(s -> " (" + pct(s) + ")").orElse(""));
      }
      if (f.entries() > 0) {
        b.append(f.rows().count() > 0 ? ", " : "").append(String.format("entries %,d", f.entries()));
      }
      b.append('\n');
      if (!f.breakdown().isEmpty()) {
        b.append("  by stage: ").append(f.breakdown().entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "))).append('\n');
      }
      for (AuditFinding.Example e : f.examples()) {
        b.append("    ").append(e.file().equals(r.file()) ? "" : e.file() + " ").append(e.line() > 0 ? "line " + e.line() : "").append(", ")
            .append(e.column());
        if (e.personal()) {
          b.append(" (value not shown: personal data)");
        } else {
          e.value().filter(v -> !v.isEmpty()).ifPresent(v -> b.append(" \"").append(v.replace("\"", "\"\"")).append('"'));
        }
        b.append(": ").append(e.note()).append('\n');
      }
      b.append("  fix: ").append(f.fix()).append('\n');
    }
    if (!r.notes().isEmpty()) {
      b.append("\nnotes:\n");
      r.notes().forEach(n -> b.append("  ").append(n).append('\n'));
    }
    List<String> clean = sum.classes().entrySet().stream().filter(e -> e.getValue().findings() == 0).map(Map.Entry::getKey).toList();
    if (!clean.isEmpty()) {
      b.append("\nno findings: ").append(String.join(", ", clean)).append('\n');
    }
    return b.toString();
  }

  private static String pct(BigDecimal share) {
    return share.movePointRight(2).stripTrailingZeros().toPlainString() + " %";
  }

  private static String money(BigDecimal amount) {
    return String.format("%,." + Math.max(0, amount.scale()) + "f", amount);
  }
}
