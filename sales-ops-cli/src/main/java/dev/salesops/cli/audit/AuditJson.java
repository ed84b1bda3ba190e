package dev.salesops.cli.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salesops.cli.CliJson;

/** The JSON form of an {@link AuditResult} (documented in docs/CLI.md). */
public final class AuditJson {
  private AuditJson() {}

  /** The audit as a JSON tree. */
  public static ObjectNode tree(AuditResult r) {
    ObjectMapper m = CliJson.mapper();
    ObjectNode root = m.createObjectNode();
    root.put("file", r.file());
    root.put("asOf", r.asOf().toString());
    root.put("rowsRead", r.rowsRead());
    root.put("columns", r.columns());
    ObjectNode totals = root.putObject("totals");
    r.totals().forEach((c, v) -> totals.put(c, v.toPlainString()));
    ObjectNode summary = root.putObject("summary");
    r.summary().classes().forEach((c, n) -> summary.putObject(c).put("findings", n.findings()).put("rows", n.rows()));
    ArrayNode findings = root.putArray("findings");
    for (AuditFinding f : r.findings()) {
      ObjectNode o = findings.addObject();
      o.put("code", f.code());
      o.put("subject", f.subject());
      o.put("definition", f.definition());
      o.put("detail", f.detail());
      ObjectNode rows = o.putObject("rows");
      rows.put("count", f.rows().count()).put("of", f.rows().of());
      f.rows().share().ifPresentOrElse(s -> rows.put("share", s), () -> rows.putNull("share"));
      ArrayNode value = o.putArray("value");
      for (AuditFinding.Value v : f.value()) {
        ObjectNode vo = value.addObject();
        vo.put("currency", v.currency()).put("amount", v.amount().toPlainString()).put("of", v.of().toPlainString());
        v.share().ifPresentOrElse(s -> vo.put("share", s), () -> vo.putNull("share"));
      }
      o.put("entries", f.entries());
      ArrayNode ex = o.putArray("examples");
      for (AuditFinding.Example e : f.examples()) {
        ObjectNode eo = ex.addObject();
        eo.put("file", e.file()).put("line", e.line()).put("column", e.column());
        e.value().ifPresentOrElse(v -> eo.put("value", v), () -> eo.putNull("value"));
        eo.put("personal", e.personal());
        eo.put("note", e.note());
      }
      if (!f.breakdown().isEmpty()) {
        ObjectNode bd = o.putObject("byStage");
        f.breakdown().forEach(bd::put);
      }
      o.put("fix", f.fix());
    }
    ArrayNode notes = root.putArray("notes");
    r.notes().forEach(notes::add);
    return root;
  }

  /** The audit as pretty-printed JSON text. */
  public static String of(AuditResult r) throws JsonProcessingException {
    return CliJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(tree(r));
  }
}
