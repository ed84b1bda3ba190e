package dev.salesops.cli.audit;

import dev.salesops.core.json.JsonValue;
import dev.salesops.core.internal.json.JsonFields;
import dev.salesops.core.validation.Problems;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The audit's switches and thresholds, read from the {@code "audit"} object of a mapping file. Every key is a
 * finding class code whose value is {@code true}, {@code false} or an object with {@code "enabled"} and the
 * class's thresholds; {@code "personalColumns"} lists columns whose values are never echoed. Unknown keys are
 * refused, every problem reported at once with its JSON path ({@code audit.amount-outliers.threshold}).
 *
 * <pre>{@code
 * "audit": {
 *   "near-duplicate-values": {"maxEdits": 1, "minLength": 5, "maxDistinct": 50000, "maxBlock": 200},
 *   "open-past-expected-close": {"column": "Expected Close", "graceDays": 0},
 *   "stale-open-deal": {"column": "Stage Changed", "stallDays": {"PROPOSAL": 21}},
 *   "date-before-entity-start": {"starts": [{"on": "account", "column": "Year Established"}]},
 *   "won-far-from-list-price": {"on": "product", "column": "List Price", "factor": 2},
 *   "amount-outliers": {"threshold": 3.5, "minDeals": 20},
 *   "double-entries": false,
 *   "personalColumns": ["Contact"]
 * }
 * }</pre>
 *
 * <p>Immutable once read.
 */
public final class AuditConfig {
  /** Every finding class code, in the order findings are listed. */
  public static final List<String> CLASSES = List.of(
      "near-duplicate-values", "join-miss-export-key", "join-miss-side-entry", "missing-account", "double-entries",
      "closed-before-created", "date-after-as-of", "date-before-entity-start", "open-past-expected-close", "stale-open-deal",
      "won-without-amount", "lost-all-zero", "won-far-from-list-price", "amount-outliers",
      "constant-column", "almost-empty-column", "header-stray-spaces", "inconsistent-casing");

  private static final Map<String, Set<String>> PARAMS = params();

  /** A side-file column holding the start of a joined entity (e.g. an account's year established). */
  public record EntityStart(String on, String column) {}

  /** The catalogue column holding a product's list price. */
  public record ListPrice(String on, String column, BigDecimal factor) {}

  final Set<String> disabled = new HashSet<>();
  int nearMaxEdits = 1;
  int nearMinLength = 5;
  int nearMaxDistinct = 50_000;
  int nearMaxBlock = 200;
  String expectedCloseColumn;
  int graceDays = 0;
  String stageChangedColumn;
  final Map<String, Integer> stallDays = new LinkedHashMap<>();
  final List<EntityStart> entityStarts = new ArrayList<>();
  ListPrice listPrice;
  int lostMinDeals = 10;
  BigDecimal outlierThreshold = new BigDecimal("3.5");
  int outlierMinDeals = 20;
  int constantMinRows = 10;
  BigDecimal emptyMaxFilled = new BigDecimal("0.05");
  int emptyMinRows = 10;
  List<String> casingColumns = List.of("id", "owner", "account");
  BigDecimal casingMaxMinority = new BigDecimal("0.2");
  final Set<String> personalColumns = new LinkedHashSet<>();

  AuditConfig() {}

  /** The defaults (every class on). */
  public static AuditConfig defaults() {
    return new AuditConfig();
  }

  private static Map<String, Set<String>> params() {
    Map<String, Set<String>> p = new LinkedHashMap<>();
    for (String c : CLASSES) {
      p.put(c, Set.of("enabled"));
    }
    p.put("near-duplicate-values", Set.of("enabled", "maxEdits", "minLength", "maxDistinct", "maxBlock"));
    p.put("date-before-entity-start", Set.of("enabled", "starts"));
    p.put("open-past-expected-close", Set.of("enabled", "column", "graceDays"));
    p.put("stale-open-deal", Set.of("enabled", "column", "stallDays"));
    p.put("lost-all-zero", Set.of("enabled", "minDeals"));
    p.put("won-far-from-list-price", Set.of("enabled", "on", "column", "factor"));
    p.put("amount-outliers", Set.of("enabled", "threshold", "minDeals"));
    p.put("constant-column", Set.of("enabled", "minRows"));
    p.put("almost-empty-column", Set.of("enabled", "maxFilled", "minRows"));
    p.put("inconsistent-casing", Set.of("enabled", "columns", "maxMinorityShare"));
    return p;
  }

  /** Whether the class {@code code} runs. */
  public boolean enabled(String code) {
    return !disabled.contains(code);
  }

  /**
   * Reads the {@code "audit"} object ({@code null} or missing: the defaults).
   *
   * @throws dev.salesops.core.validation.ValidationException listing every problem with its path
   */
  public static AuditConfig read(JsonValue audit) {
    AuditConfig c = new AuditConfig();
    if (audit == null || audit.isNull()) {
      return c;
    }
    JsonFields f = new JsonFields(new Problems());
    Set<String> allowed = new LinkedHashSet<>(CLASSES);
    allowed.add("personalColumns");
    if (!f.object(audit, "audit", allowed)) {
      f.problems().throwIfAny();
    }
    for (String code : CLASSES) {
      JsonValue n = audit.get(code);
      if (n == null || n.isNull()) {
        continue;
      }
      String path = "audit." + code;
      if (n.isBoolean()) {
        if (n != dev.salesops.core.json.JsonBoolean.TRUE) {
          c.disabled.add(code);
        }
        continue;
      }
      if (!n.isObject()) {
        f.problems().add(path, "must be true, false or an object of settings", JsonFields.nodeType(n));
        continue;
      }
      f.object(n, path, PARAMS.get(code));
      JsonValue en = n.get("enabled");
      if (en != null && !en.isBoolean()) {
        f.problems().add(path + ".enabled", "must be true or false", JsonFields.show(en));
      } else if (en != null && en != dev.salesops.core.json.JsonBoolean.TRUE) {
        c.disabled.add(code);
      }
      switch (code) {
        case "near-duplicate-values" -> {
          c.nearMaxEdits = whole(f, n, path, "maxEdits", c.nearMaxEdits, 0, 3);
          c.nearMinLength = whole(f, n, path, "minLength", c.nearMinLength, 1, 1000);
          c.nearMaxDistinct = whole(f, n, path, "maxDistinct", c.nearMaxDistinct, 1, 10_000_000);
          c.nearMaxBlock = whole(f, n, path, "maxBlock", c.nearMaxBlock, 2, 100_000);
        }
        case "date-before-entity-start" -> {
          JsonValue starts = f.array(n, path, "starts", false);
          if (starts != null) {
            for (int i = 0; i < starts.size(); i++) {
              String p = path + ".starts[" + i + "]";
              JsonValue s = starts.get(i);
              if (f.object(s, p, Set.of("on", "column"))) {
                String on = nonBlank(f, s, p, "on", true);
                String col = nonBlank(f, s, p, "column", true);
                if (on != null && col != null) {
                  c.entityStarts.add(new EntityStart(on, col));
                }
              }
            }
          }
        }
        case "open-past-expected-close" -> {
          c.expectedCloseColumn = nonBlank(f, n, path, "column", false);
          c.graceDays = whole(f, n, path, "graceDays", c.graceDays, 0, 3650);
        }
        case "stale-open-deal" -> {
          c.stageChangedColumn = nonBlank(f, n, path, "column", false);
          JsonValue sd = n.get("stallDays");
          if (sd != null && !sd.isNull()) {
            if (!sd.isObject()) {
              f.problems().add(path + ".stallDays", "must be an object of pipeline stage -> days", JsonFields.nodeType(sd));
            } else {
              sd.members().keySet().forEach(stage -> c.stallDays.put(stage, whole(f, sd, path + ".stallDays", stage, 0, 1, 36_500)));
            }
          }
        }
        case "lost-all-zero" -> c.lostMinDeals = whole(f, n, path, "minDeals", c.lostMinDeals, 1, Integer.MAX_VALUE);
        case "won-far-from-list-price" -> {
          String on = nonBlank(f, n, path, "on", true);
          String col = nonBlank(f, n, path, "column", true);
          BigDecimal factor = n.has("factor") ? f.decimal(n, path, "factor", false) : new BigDecimal("2");
          if (factor != null && factor.compareTo(BigDecimal.ONE) <= 0) {
            f.problems().add(path + ".factor", "must be greater than 1", factor);
            factor = null;
          }
          if (on != null && col != null && factor != null) {
            c.listPrice = new ListPrice(on, col, factor);
          }
        }
        case "amount-outliers" -> {
          if (n.has("threshold")) {
            BigDecimal t = f.decimal(n, path, "threshold", false);
            if (t != null && t.signum() <= 0) {
              f.problems().add(path + ".threshold", "must be positive", t);
            } else if (t != null) {
              c.outlierThreshold = t;
            }
          }
          c.outlierMinDeals = whole(f, n, path, "minDeals", c.outlierMinDeals, 3, Integer.MAX_VALUE);
        }
        case "constant-column" -> c.constantMinRows = whole(f, n, path, "minRows", c.constantMinRows, 1, Integer.MAX_VALUE);
        case "almost-empty-column" -> {
          c.emptyMaxFilled = share(f, n, path, "maxFilled", c.emptyMaxFilled);
          c.emptyMinRows = whole(f, n, path, "minRows", c.emptyMinRows, 1, Integer.MAX_VALUE);
        }
        case "inconsistent-casing" -> {
          JsonValue cols = f.array(n, path, "columns", false);
          if (cols != null) {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < cols.size(); i++) {
              if (!cols.get(i).isString() || cols.get(i).stringValue().isBlank()) {
                f.problems().add(path + ".columns[" + i + "]", "must be a field key or dimension name", JsonFields.show(cols.get(i)));
              } else {
                out.add(cols.get(i).stringValue());
              }
            }
            c.casingColumns = List.copyOf(out);
          }
          c.casingMaxMinority = share(f, n, path, "maxMinorityShare", c.casingMaxMinority);
        }
        default -> { }
      }
    }
    JsonValue pc = f.array(audit, "audit", "personalColumns", false);
    if (pc != null) {
      for (int i = 0; i < pc.size(); i++) {
        if (!pc.get(i).isString() || pc.get(i).stringValue().isBlank()) {
          f.problems().add("audit.personalColumns[" + i + "]", "must be a column name", JsonFields.show(pc.get(i)));
        } else {
          c.personalColumns.add(pc.get(i).stringValue().strip());
        }
      }
    }
    f.problems().throwIfAny();
    return c;
  }

  private static String nonBlank(JsonFields f, JsonValue n, String path, String field, boolean required) {
    String s = f.text(n, path, field, required);
    if (s != null && s.isBlank()) {
      f.problems().add(path + "." + field, "must not be blank");
      return null;
    }
    return s == null ? null : s.strip();
  }

  private static int whole(JsonFields f, JsonValue n, String path, String field, int dflt, int min, int max) {
    JsonValue v = n.get(field);
    if (v == null || v.isNull()) {
      return dflt;
    }
    Integer i = JsonFields.intValue(v);
    if (i == null || i < min || i > max) {
      f.problems().add(path + "." + field, "must be a whole number within [" + min + ", " + max + "]", JsonFields.show(v));
      return dflt;
    }
    return i;
  }

  private static BigDecimal share(JsonFields f, JsonValue n, String path, String field, BigDecimal dflt) {
    if (!n.has(field)) {
      return dflt;
    }
    BigDecimal d = f.decimal(n, path, field, false);
    if (d == null) {
      return dflt;
    }
    if (d.signum() < 0 || d.compareTo(BigDecimal.ONE) > 0) {
      f.problems().add(path + "." + field, "must be within [0, 1]", d);
      return dflt;
    }
    return d;
  }
}
