package dev.salesops.spark;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salesops.cli.export.CsvReader;
import dev.salesops.cli.export.ExportMapping;
import dev.salesops.cli.export.Field;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The mapping's side-file joins done as Spark joins, with the CLI's rules, before the CLI's reader maps the rows.
 *
 * <p>The CLI's {@code ExportReader} fills, after a row's other fields, each join's target dimensions from the side
 * file: the row's {@code on} value (the cell stripped; blank or invalid: no lookup), through the join's {@code
 * aliases}, then its {@code normalise} rules, is looked up among the side file's keys (normalised the same way;
 * the first row of a key wins); a match fills every target the row left blank (joins in mapping order, so a later
 * join may be on a dimension an earlier one filled); no match is an issue of the row ({@code no match in FILE},
 * with a hint when the key would match ignoring case, spaces and punctuation), after its other issues.
 *
 * <p>Here: the driver reads each side file (with the CLI's CSV reader, after the CLI has checked it) into a small
 * table of normalised keys and values; each join is a broadcast left join of the export's rows on that key (and a
 * second one on the loose key, for the hint); the filled values and the misses travel as extra columns. The CLI's
 * reader then maps the rows with the same mapping <em>without</em> joins, reading each join target from an extra
 * column holding what the CLI would have filled (the export's cell when the CLI keeps it, so every per-row rule and
 * issue stays the reader's; its column name is given back in issues), and a row with a miss carries a marker the
 * reader refuses (a control character in a hidden dimension): so the row is skipped, counted and tallied exactly as
 * the CLI skips it, and the marker's issue is replaced by the join issues ({@link MappedRows}).
 */
final class SideJoins {
  static final String MARKER = "__salesops_join_miss";
  static final String ISSUES = "__salesops_join_issues";
  private static final String HIDDEN = "__salesops_join_";
  private static final String SLOT = "__salesops_slot_";
  /** Separates the parts of the encoded join issues (never in a valid key: keys hold no control character). */
  static final char SEP = '\u0000';
  private static final int MAX_TEXT = 128;
  private static final int MAX_FREE_TEXT = 1000;

  private SideJoins() {}

  /** How the CLI's reader is run after the joins. */
  static final class ReaderPlan implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The mapping the reader uses (the report's, without joins when there are joins), and its folder. */
    final String mappingJson;
    final String mappingDir;
    /** The columns printed for the reader: the export's, then the hidden ones. */
    final ArrayList<String> columns;
    /** Hidden column to the export's column it stands for, for issues. */
    final HashMap<String, String> renames;
    /** Whether rows carry join issues (column after LINE and KEY) and the marker column. */
    final boolean joins;

    ReaderPlan(String mappingJson, String mappingDir, List<String> columns, Map<String, String> renames, boolean joins) {
      this.mappingJson = mappingJson;
      this.mappingDir = mappingDir;
      this.columns = new ArrayList<>(columns);
      this.renames = new HashMap<>(renames);
      this.joins = joins;
    }
  }

  /** The rows for the reader and how to read them. */
  record Joined(Dataset<Row> rows, ReaderPlan plan) {}

  /**
   * Joins {@code indexed} (the export's columns, then LINE and KEY) with the mapping's side files. Out: the
   * export's columns, the hidden columns, LINE, KEY and (with joins) the encoded join issues.
   */
  static Joined apply(Dataset<Row> indexed, List<String> columns, ReportSpec spec) throws IOException {
    ExportMapping mapping = spec.mapping();
    List<ExportMapping.Join> joins = mapping.joins();
    if (joins.isEmpty()) {
      return new Joined(indexed, new ReaderPlan(spec.mappingJson(), spec.mappingDir(), columns, Map.of(), false));
    }
    SparkSession spark = indexed.sparkSession();
    int n = columns.size();
    // the slots the joins read or fill, in order of first use
    List<String> slots = new ArrayList<>();
    List<String> targets = new ArrayList<>();
    for (ExportMapping.Join j : joins) {
      if (!slots.contains(j.on())) {
        slots.add(j.on());
      }
      for (String t : j.columns().keySet()) {
        if (!slots.contains(t)) {
          slots.add(t);
        }
        if (!targets.contains(t)) {
          targets.add(t);
        }
      }
    }
    // each slot's export column (index in the row) and text limit, as the reader reads it
    int[] slotColumn = new int[slots.size()];
    int[] slotMax = new int[slots.size()];
    for (int s = 0; s < slots.size(); s++) {
      String c = exportColumn(mapping, slots.get(s));
      slotColumn[s] = c == null ? -1 : columns.indexOf(c);
      slotMax[s] = Field.ofKey(slots.get(s)).isPresent() ? MAX_TEXT : MAX_FREE_TEXT;
    }

    // step 0: the slots as the reader sees them before any join, and no issue yet
    StructType schema = indexed.schema();
    for (int s = 0; s < slots.size(); s++) {
      schema = schema.add(SLOT + s, DataTypes.StringType, true);
    }
    schema = schema.add(ISSUES, DataTypes.StringType, true);
    int base = indexed.schema().size();
    Dataset<Row> rows = indexed.map((MapFunction<Row, Row>) r -> {
      Object[] v = new Object[base + slotColumn.length + 1];
      for (int i = 0; i < base; i++) {
        v[i] = r.get(i);
      }
      for (int s = 0; s < slotColumn.length; s++) {
        v[base + s] = slotColumn[s] < 0 ? null : slotValue(r.get(slotColumn[s]), slotMax[s]);
      }
      return RowFactory.create(v);
    }, Encoders.row(schema));
    int issuesAt = base + slots.size();

    for (int j = 0; j < joins.size(); j++) {
      ExportMapping.Join join = joins.get(j);
      Side side = Side.load(join, mapping.delimiter());
      List<String> joinTargets = side.targets;
      int onSlot = base + slots.indexOf(join.on());
      int[] targetSlots = new int[joinTargets.size()];
      for (int t = 0; t < targetSlots.length; t++) {
        targetSlots[t] = base + slots.indexOf(joinTargets.get(t));
      }
      String issueColumn = Field.ofKey(join.on()).map(f -> mapping.columns().getOrDefault(f, f.key()))
          .orElse(mapping.dimensions().getOrDefault(join.on(), join.on()));
      String reason = "no match in " + join.file().getFileName() + " (column \"" + join.keyColumn() + "\")";

      // the lookup key and the loose key of each row
      StructType before = rows.schema();
      int width = before.size();
      StructType keyed = before.add("__salesops_lk", DataTypes.StringType, true).add("__salesops_loose", DataTypes.StringType, true);
      KeyRule rule = new KeyRule(join);
      Dataset<Row> withKeys = rows.map((MapFunction<Row, Row>) r -> {
        Object[] v = new Object[width + 2];
        for (int i = 0; i < width; i++) {
          v[i] = r.get(i);
        }
        String on = r.getString(onSlot);
        if (on != null) {
          v[width] = rule.lookup(on);
          v[width + 1] = rule.loose(on);
        }
        return RowFactory.create(v);
      }, Encoders.row(keyed));

      Dataset<Row> table = functions.broadcast(spark.createDataFrame(side.rows(), side.schema()));
      Dataset<Row> hints = functions.broadcast(spark.createDataFrame(side.hintRows(), Side.HINT_SCHEMA));
      Dataset<Row> joined = withKeys
          .join(table, withKeys.col("__salesops_lk").equalTo(table.col(Side.KEY)), "left_outer")
          .join(hints, withKeys.col("__salesops_loose").equalTo(hints.col(Side.LOOSE)), "left_outer");
      // column positions after the joins: the row, lk, loose, the side's key and values, the hint's loose key and key
      int keyAt = width + 2;
      int hintAt = width + 2 + 1 + joinTargets.size() + 1;
      rows = joined.map((MapFunction<Row, Row>) r -> {
        Object[] v = new Object[width];
        for (int i = 0; i < width; i++) {
          v[i] = r.get(i);
        }
        String on = r.getString(onSlot);
        if (on != null) {
          if (!r.isNullAt(keyAt)) {
            for (int t = 0; t < targetSlots.length; t++) {
              Object value = r.get(keyAt + 1 + t);
              if (value != null && v[targetSlots[t]] == null) {
                v[targetSlots[t]] = value;
              }
            }
          } else {
            String hint = r.isNullAt(hintAt) ? "" : hint(on, r.getString(hintAt));
            String issue = issueColumn + SEP + on + SEP + reason + hint;
            v[issuesAt] = v[issuesAt] == null ? issue : v[issuesAt] + String.valueOf(SEP) + issue;
          }
        }
        return RowFactory.create(v);
      }, Encoders.row(before));
    }

    // the reader's rows: the export's columns, a hidden column per target (what the CLI would read there), the
    // marker, LINE, KEY and the join issues
    List<String> readerColumns = new ArrayList<>(columns);
    Map<String, String> renames = new HashMap<>();
    int[] targetCell = new int[targets.size()];
    int[] targetSlot = new int[targets.size()];
    boolean[] mayFill = new boolean[targets.size()];
    for (int t = 0; t < targets.size(); t++) {
      String target = targets.get(t);
      String hidden = HIDDEN + target;
      readerColumns.add(hidden);
      String c = exportColumn(mapping, target);
      targetCell[t] = c == null ? -1 : columns.indexOf(c);
      if (c != null) {
        renames.put(hidden, c);
      }
      targetSlot[t] = base + slots.indexOf(target);
      // a required field left blank is an issue before any join fills it: the reader must see it blank
      mayFill[t] = Field.ofKey(target).map(f -> !mapping.required().contains(f)).orElse(true);
    }
    readerColumns.add(MARKER);
    StructType out = new StructType();
    for (String c : readerColumns) {
      out = out.add(c, DataTypes.StringType, true);
    }
    out = out.add(MappedRows.LINE, DataTypes.LongType, false).add(MappedRows.KEY, DataTypes.StringType, false)
        .add(ISSUES, DataTypes.StringType, true);
    int nTargets = targets.size();
    Dataset<Row> forReader = rows.map((MapFunction<Row, Row>) r -> {
      Object[] v = new Object[n + nTargets + 4];
      for (int i = 0; i < n; i++) {
        v[i] = r.isNullAt(i) ? null : String.valueOf(r.get(i));
      }
      for (int t = 0; t < nTargets; t++) {
        String cell = targetCell[t] < 0 || r.isNullAt(targetCell[t]) ? "" : String.valueOf(r.get(targetCell[t]));
        String filled = r.getString(targetSlot[t]);
        v[n + t] = cell.strip().isEmpty() && mayFill[t] && filled != null ? filled : cell;
      }
      String issues = r.getString(issuesAt);
      v[n + nTargets] = issues == null ? "" : "\u0001";
      v[n + nTargets + 1] = r.getLong(n);
      v[n + nTargets + 2] = r.getString(n + 1);
      v[n + nTargets + 3] = issues;
      return RowFactory.create(v);
    }, Encoders.row(out));
    return new Joined(forReader, new ReaderPlan(readerMapping(spec.mappingJson(), mapping, targets), spec.mappingDir(), readerColumns,
        renames, true));
  }

  /** The export column the reader reads for slot {@code name}, or null (a dimension only a join fills). */
  private static String exportColumn(ExportMapping mapping, String name) {
    Optional<Field> f = Field.ofKey(name);
    return f.isPresent() ? mapping.columns().get(f.get()) : mapping.dimensions().get(name);
  }

  /** A slot's value as the reader takes it from a cell: stripped, blank or invalid is none. */
  static String slotValue(Object cell, int max) {
    if (cell == null) {
      return null;
    }
    String v = String.valueOf(cell).strip();
    if (v.isEmpty() || v.length() > max) {
      return null;
    }
    for (int i = 0; i < v.length(); i++) {
      if (Character.isISOControl(v.charAt(i))) {
        return null;
      }
    }
    return v;
  }

  /**
   * A join's key rules, shipped to executors (a {@link ExportMapping.Join} holds a path, which is not serializable):
   * the lookup key of an export value (alias, then normalisation) and its loose key (every normalisation), both by
   * the CLI's {@link ExportMapping.Join#normalised}.
   */
  static final class KeyRule implements Serializable {
    private static final long serialVersionUID = 1L;
    private final EnumSet<ExportMapping.KeyNormalisation> normalise = EnumSet.noneOf(ExportMapping.KeyNormalisation.class);
    private final HashMap<String, String> aliases;
    private transient ExportMapping.Join exact;
    private transient ExportMapping.Join loose;

    KeyRule(ExportMapping.Join join) {
      normalise.addAll(join.normalise());
      aliases = new HashMap<>(join.aliases());
    }

    private static ExportMapping.Join rules(Set<ExportMapping.KeyNormalisation> normalise) {
      return new ExportMapping.Join(java.nio.file.Path.of("side.csv"), "on", "key", Map.of("x", "x"), normalise, Map.of());
    }

    String lookup(String on) {
      if (exact == null) {
        exact = rules(normalise);
      }
      String alias = aliases.get(on);
      return exact.normalised(alias != null ? alias : on);
    }

    String loose(String key) {
      if (loose == null) {
        loose = rules(EnumSet.allOf(ExportMapping.KeyNormalisation.class));
      }
      return loose.normalised(key);
    }
  }

  /** The CLI's hint for a key that matches side key {@code k} loosely. */
  private static String hint(String key, String k) {
    return "; it matches \"" + k + "\" when case, spaces and punctuation are ignored: add \"normalise\": [\"case\", \"space\","
        + " \"punctuation\"] or \"aliases\": {\"" + key + "\": \"" + k + "\"} to the join";
  }

  /** The report's mapping without joins, each join target read from its hidden column, plus the marker dimension. */
  private static String readerMapping(String json, ExportMapping mapping, List<String> targets) throws IOException {
    ObjectMapper m = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .configure(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
    ObjectNode root = (ObjectNode) m.readTree(json);
    root.remove("joins");
    ObjectNode cols = (ObjectNode) root.get("columns");
    ObjectNode dims = root.has("dimensions") ? (ObjectNode) root.get("dimensions") : root.putObject("dimensions");
    for (String t : targets) {
      if (Field.ofKey(t).isPresent()) {
        cols.put(t, HIDDEN + t);
      } else {
        dims.put(t, HIDDEN + t);
      }
    }
    dims.put(MARKER, MARKER);
    return m.writeValueAsString(root);
  }

  /** A side file as the CLI loads it: first row of each normalised key, values blank as null. */
  private static final class Side {
    static final String KEY = "__salesops_side_key";
    static final String LOOSE = "__salesops_hint_loose";
    static final StructType HINT_SCHEMA = new StructType(new StructField[] {
        DataTypes.createStructField(LOOSE, DataTypes.StringType, false),
        DataTypes.createStructField("__salesops_hint_key", DataTypes.StringType, false)});
    final ExportMapping.Join join;
    final List<String> targets;
    /** As the CLI's: a HashMap filled in file order, so that it iterates in the same order for hints. */
    final HashMap<String, String[]> byKey = new HashMap<>();

    private Side(ExportMapping.Join join) {
      this.join = join;
      this.targets = new ArrayList<>(join.columns().keySet());
    }

    static Side load(ExportMapping.Join join, char delimiter) throws IOException {
      Side side = new Side(join);
      String name = String.valueOf(join.file().getFileName());
      try (InputStream in = Files.newInputStream(join.file()); CsvReader r = new CsvReader(in, name, delimiter)) {
        if (!r.next()) {
          throw new IOException(name + " is empty (a side file needs a header line)");
        }
        List<String> header = new ArrayList<>();
        for (int i = 0; i < r.size(); i++) {
          header.add(r.text(i));
        }
        int key = header.indexOf(join.keyColumn());
        int[] idx = new int[side.targets.size()];
        for (int i = 0; i < idx.length; i++) {
          idx[i] = header.indexOf(join.columns().get(side.targets.get(i)));
          if (key < 0 || idx[i] < 0) {
            throw new IOException(name + " lacks a column of the join (checked by the CLI's reader first)");
          }
        }
        while (r.next()) {
          String[] values = new String[idx.length];
          for (int i = 0; i < idx.length; i++) {
            String v = r.text(idx[i]);
            values[i] = v.isEmpty() ? null : v;
          }
          side.byKey.putIfAbsent(join.normalised(r.text(key)), values);
        }
      }
      return side;
    }

    StructType schema() {
      StructType s = new StructType().add(KEY, DataTypes.StringType, false);
      for (int i = 0; i < targets.size(); i++) {
        s = s.add("__salesops_side_v" + i, DataTypes.StringType, true);
      }
      return s;
    }

    List<Row> rows() {
      List<Row> out = new ArrayList<>(byKey.size());
      byKey.forEach((k, values) -> {
        Object[] v = new Object[values.length + 1];
        v[0] = k;
        System.arraycopy(values, 0, v, 1, values.length);
        out.add(RowFactory.create(v));
      });
      return out;
    }

    /** Loose key to the first side key (in the CLI's iteration order) with that loose key. */
    List<Row> hintRows() {
      KeyRule rule = new KeyRule(join);
      Map<String, String> first = new LinkedHashMap<>();
      for (String k : byKey.keySet()) {
        first.putIfAbsent(rule.loose(k), k);
      }
      List<Row> out = new ArrayList<>(first.size());
      first.forEach((loose, k) -> out.add(RowFactory.create(loose, k)));
      return out;
    }
  }
}
