package dev.salesops.cli.export;

import dev.salesops.core.json.JsonValue;
import dev.salesops.core.internal.json.JsonFields;
import dev.salesops.core.money.Monies;
import dev.salesops.core.validation.Problems;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.joda.money.CurrencyUnit;

/**
 * How the columns of one CRM's opportunity export map to sales-ops fields, read from a JSON file.
 *
 * <pre>{@code
 * {
 *   "delimiter": ",",
 *   "columns": {"id": "Opportunity ID", "stage": "Stage", "owner": "Owner", "amount": "Amount",
 *               "currency": "Currency", "created": "Created Date", "closed": "Close Date",
 *               "lostReason": "Loss Reason", "product": "Product"},
 *   "dimensions": {"industry": "Industry"},
 *   "required": ["amount"],
 *   "stages": {"Prospecting": "QUALIFICATION", "Won": "CLOSED_WON", "Lost": "CLOSED_LOST"},
 *   "stageOrder": ["LEAD_CAPTURE", "QUALIFICATION", "DISCOVERY", "PROPOSAL", "NEGOTIATION"],
 *   "wonStages": ["CLOSED_WON", "PAYMENT_AND_DELIVERY"],
 *   "lostStages": ["CLOSED_LOST"],
 *   "lostReasons": {"Too expensive": "PRICE"},
 *   "dateFormats": ["yyyy-MM-dd", "MM/dd/yyyy"],
 *   "defaultCurrency": "USD",
 *   "decimalSeparator": ".", "groupingSeparator": ",",
 *   "closeDateOnOpenDeals": "error",
 *   "joins": [{"file": "reps.csv", "on": "owner", "keyColumn": "Rep",
 *              "columns": {"team": "Team", "region": "Region"}}]
 * }
 * }</pre>
 *
 * <p>Further keys: {@code excludeLostReasons}, {@code probabilities}, {@code forecastCategories}, {@code
 * qualifiedStages}, {@code funnelMinDeals}, {@code timeZone}, {@code duplicateIds} ({@code error} or {@code
 * sumAmounts}), {@code columns.cycleDays}, and in a join {@code normalise} ({@code case}, {@code space}, {@code
 * punctuation}) and {@code aliases}; the top-level {@code audit} object belongs to {@code sales-ops audit} and
 * is ignored here. Every key is described in docs/CLI.md; any other key, at any level, is refused.
 *
 * <p>Only {@code columns.id}, {@code columns.stage} and {@code stages} are required. Every problem of a
 * mapping is reported at once, with its JSON path. Date patterns are {@link DateTimeFormatter} patterns read
 * strictly ({@code 2024-02-30} is an error, never the 29th); they are tried in the order given, so list the
 * export's real format first and never two ambiguous ones (dd/MM and MM/dd) together.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ExportMapping {
  /** The open stages of the shipped seven-stage pipeline, in order. */
  public static final List<String> DEFAULT_STAGE_ORDER = List.of("LEAD_CAPTURE", "QUALIFICATION", "DISCOVERY", "PROPOSAL", "NEGOTIATION");

  /** What to do with a close date on an open deal. */
  public enum OpenCloseDate {
    /** Report the row as dirty (the default: an open deal has no actual close date). */
    ERROR,
    /** The column is the expected close date for open deals (as in Salesforce): ignore it on open deals. */
    IGNORE
  }

  private final char delimiter;
  private final Map<Field, String> columns;
  private final Map<String, String> dimensions;
  private final Set<Field> required;
  private final Map<String, String> stages;
  private final List<String> stageOrder;
  private final Set<String> wonStages;
  private final Set<String> lostStages;
  private final Map<String, String> lostReasons;
  private final List<DateTimeFormatter> dateFormats;
  private final List<String> datePatterns;
  private final Optional<CurrencyUnit> defaultCurrency;
  private final char decimalSeparator;
  private final Optional<Character> groupingSeparator;
  private final OpenCloseDate closeDateOnOpenDeals;
  private final ZoneId zone;
  private final List<Join> joins;
  private final Map<String, java.math.BigDecimal> probabilities;
  private final Map<String, String> forecastCategories;
  private final List<String> qualifiedStages;
  private final List<String> excludeLostReasons;
  private final int funnelMinDeals;
  private final DuplicateIds duplicateIds;

  /**
   * A join from a side file: rows whose {@code on} field (e.g. owner) equals the side file's {@code keyColumn}
   * get the side file's {@code columns} as fields or dimensions (e.g. team, region).
   *
   * @param file the side file, relative to the mapping file
   * @param on the field or dimension of the export that is the key
   * @param keyColumn the side file's key column
   * @param columns target field/dimension name to side-file column
   */
  public record Join(Path file, String on, String keyColumn, Map<String, String> columns, Set<KeyNormalisation> normalise,
      Map<String, String> aliases) {
    /** Validates and copies. */
    public Join {
      columns = Map.copyOf(columns);
      normalise = normalise.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(normalise));
      aliases = Map.copyOf(aliases);
    }

    /** A join without key normalisation or aliases. */
    public Join(Path file, String on, String keyColumn, Map<String, String> columns) {
      this(file, on, keyColumn, columns, Set.of(), Map.of());
    }

    /** The key as the join compares it: {@code key} with this join's normalisations applied. */
    public String normalised(String key) {
      return KeyNormalisation.apply(normalise, key);
    }
    // equals and hashCode written out (the same components as a record's): the report keys a map by its joins, and
    // a record's generated ones cost an ObjectMethods bootstrap (classes generated) on every run's start-up
    @Override
    public boolean equals(Object o) {
      if (this == o) {
        return true;
      }
      if (!(o instanceof Join)) {
        return false;
      }
      Join j = (Join) o;
      return java.util.Objects.equals(file, j.file) && java.util.Objects.equals(on, j.on)
          && java.util.Objects.equals(keyColumn, j.keyColumn) && columns.equals(j.columns)
          && normalise.equals(j.normalise) && aliases.equals(j.aliases);
    }

    @Override
    public int hashCode() {
      int h = java.util.Objects.hashCode(file);
      h = 31 * h + java.util.Objects.hashCode(on);
      h = 31 * h + java.util.Objects.hashCode(keyColumn);
      h = 31 * h + columns.hashCode();
      h = 31 * h + normalise.hashCode();
      return 31 * h + aliases.hashCode();
    }
  }

  /**
   * How join keys are compared beyond exact equality, on both sides (the export's value and the side file's
   * key): {@code case} ignores letter case, {@code space} ignores white space, {@code punctuation} ignores
   * every character that is neither a letter nor a digit.
   */
  public enum KeyNormalisation {
    /** Letter case is ignored ("acme" = "ACME"). */
    CASE,
    /** White space is ignored ("GTX Pro" = "GTXPro"). */
    SPACE,
    /** Characters other than letters, digits and white space are ignored ("A.C.M.E." = "ACME"). */
    PUNCTUATION;

    static String apply(Set<KeyNormalisation> set, String key) {
      if (set.isEmpty()) {
        return key;
      }
      StringBuilder b = new StringBuilder(key.length());
      for (int i = 0; i < key.length(); ) {
        int cp = key.codePointAt(i);
        i += Character.charCount(cp);
        if (set.contains(SPACE) && Character.isWhitespace(cp)) {
          continue;
        }
        if (set.contains(PUNCTUATION) && !Character.isLetterOrDigit(cp) && !Character.isWhitespace(cp)) {
          continue;
        }
        b.appendCodePoint(set.contains(CASE) ? Character.toLowerCase(Character.toUpperCase(cp)) : cp);
      }
      return b.toString();
    }
  }

  /** What to do with rows that repeat an earlier row's id. */
  public enum DuplicateIds {
    /** Every repeat is a dirty row (the default): the first row is kept. */
    ERROR,
    /**
     * Rows with the same id are line items of one deal: their amounts are summed into the first row's deal
     * (same currency required); a row identical to an earlier row of the same id is still a duplicate.
     */
    SUM_AMOUNTS
  }

  private ExportMapping(Builder b) {
    this.delimiter = b.delimiter;
    this.columns = Map.copyOf(b.columns);
    this.dimensions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.dimensions));
    this.required = Set.copyOf(b.required);
    this.stages = Map.copyOf(b.stages);
    this.stageOrder = List.copyOf(b.stageOrder);
    this.wonStages = Set.copyOf(b.wonStages);
    this.lostStages = Set.copyOf(b.lostStages);
    this.lostReasons = Map.copyOf(b.lostReasons);
    this.dateFormats = List.copyOf(b.dateFormats);
    this.datePatterns = List.copyOf(b.datePatterns);
    this.defaultCurrency = b.defaultCurrency;
    this.decimalSeparator = b.decimalSeparator;
    this.groupingSeparator = b.groupingSeparator;
    this.closeDateOnOpenDeals = b.closeDateOnOpenDeals;
    this.zone = b.zone;
    this.joins = List.copyOf(b.joins);
    this.probabilities = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.probabilities));
    this.forecastCategories = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.forecastCategories));
    this.qualifiedStages = b.qualifiedStages == null ? defaultQualified(b.stageOrder) : List.copyOf(b.qualifiedStages);
    this.excludeLostReasons = List.copyOf(b.excludeLostReasons);
    this.funnelMinDeals = b.funnelMinDeals;
    this.duplicateIds = b.duplicateIds;
  }

  private static List<String> defaultQualified(List<String> order) {
    int q = order.indexOf("QUALIFICATION");
    return q < 0 ? List.copyOf(order) : List.copyOf(order.subList(q + 1, order.size()));
  }

  /** Reads a mapping file; join files are resolved against its folder. */
  public static ExportMapping read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      Path dir = file.toAbsolutePath().getParent();
      return parse(JsonFields.read(in), dir);
    }
  }

  /** Parses a mapping from JSON text; join files are resolved against {@code dir}. */
  public static ExportMapping parse(String json, Path dir) throws IOException {
    return parse(JsonFields.read(json), dir);
  }

  static ExportMapping parse(JsonValue root, Path dir) {
    Problems problems = new Problems();
    Builder b = new Builder();
    if (root == null || !root.isObject()) {
      problems.add("$", "must be a JSON object");
      problems.throwIfAny();
    }
    Set<String> known = Set.of("delimiter", "columns", "dimensions", "required", "stages", "stageOrder", "wonStages", "lostStages",
        "lostReasons", "dateFormats", "defaultCurrency", "decimalSeparator", "groupingSeparator", "closeDateOnOpenDeals", "timeZone", "joins",
        "probabilities", "forecastCategories", "qualifiedStages", "funnelMinDeals", "excludeLostReasons", "duplicateIds",
        // defined by `sales-ops audit`; report accepts and ignores it
        "audit");
    // plain loops and ifs rather than lambdas in this method: each lambda costs an invokedynamic bootstrap (a class
    // generated) on every run, and the report's start-up is part of what issue 14 measures
    for (String n : root.members().keySet()) {
      if (!known.contains(n)) {
        problems.add(n, "is not a mapping field (known: " + String.join(", ", new java.util.TreeSet<>(known)) + ")");
      }
    }
    String delimiterText = textOrNull(root, "delimiter", problems);
    if (delimiterText != null) {
      String d = delimiterText;
      String s = "\\t".equals(d) ? "\t" : d;
      if (s.length() != 1) {
        problems.add("delimiter", "must be one character", d);
      } else {
        b.delimiter = s.charAt(0);
      }
    }
    JsonValue cols = root.get("columns");
    if (cols == null || !cols.isObject()) {
      problems.add("columns", "is required and must be an object of field -> column name");
    } else {
      for (Map.Entry<String, JsonValue> e : cols.members().entrySet()) {
        Optional<Field> f = Field.ofKey(e.getKey());
        if (f.isEmpty()) {
          problems.add("columns." + e.getKey(), "is not a standard field (use \"dimensions\" for others)");
        } else if (!e.getValue().isString() || e.getValue().stringValue().isBlank()) {
          problems.add("columns." + e.getKey(), "must be a column name", e.getValue());
        } else {
          b.columns.put(f.get(), e.getValue().stringValue());
        }
      }
      if (!b.columns.containsKey(Field.ID)) {
        problems.add("columns.id", "is required");
      }
      if (!b.columns.containsKey(Field.STAGE)) {
        problems.add("columns.stage", "is required");
      }
    }
    for (Map.Entry<String, String> e : stringMap(root, "dimensions", problems).entrySet()) {
      if (Field.ofKey(e.getKey()).isPresent()) {
        problems.add("dimensions." + e.getKey(), "is a standard field: map it under \"columns\"");
      } else {
        b.dimensions.put(e.getKey(), e.getValue());
      }
    }
    List<String> req = stringList(root, "required", problems);
    for (int i = 0; i < req.size(); i++) {
      Optional<Field> f = Field.ofKey(req.get(i));
      if (f.isEmpty()) {
        problems.add("required[" + i + "]", "is not a standard field", req.get(i));
      } else if (!b.columns.containsKey(f.get())) {
        problems.add("required[" + i + "]", "names a field that has no column", req.get(i));
      } else {
        b.required.add(f.get());
      }
    }
    b.stages.putAll(stringMap(root, "stages", problems));
    if (!root.has("stages")) {
      problems.add("stages", "is required: map every stage value of the export to a pipeline stage");
    }
    if (root.has("stageOrder")) {
      b.stageOrder = stringList(root, "stageOrder", problems);
    }
    if (root.has("wonStages")) {
      b.wonStages = new LinkedHashSet<>(stringList(root, "wonStages", problems));
    }
    if (root.has("lostStages")) {
      b.lostStages = new LinkedHashSet<>(stringList(root, "lostStages", problems));
    }
    Set<String> open = new LinkedHashSet<>(b.stageOrder);
    for (Map.Entry<String, String> e : b.stages.entrySet()) {
      String stage = e.getValue();
      if (!open.contains(stage) && !b.wonStages.contains(stage) && !b.lostStages.contains(stage)) {
        problems.add("stages." + e.getKey(), "must map to a stage of stageOrder, wonStages or lostStages", stage);
      }
    }
    for (String s : b.wonStages) {
      if (b.lostStages.contains(s) || open.contains(s)) {
        problems.add("wonStages", "must not share stages with stageOrder or lostStages", s);
      }
    }
    for (String s : b.lostStages) {
      if (open.contains(s)) {
        problems.add("lostStages", "must not share stages with stageOrder", s);
      }
    }
    b.lostReasons.putAll(stringMap(root, "lostReasons", problems));
    if (root.has("dateFormats")) {
      List<String> patterns = stringList(root, "dateFormats", problems);
      b.datePatterns = new ArrayList<>();
      b.dateFormats = new ArrayList<>();
      for (int i = 0; i < patterns.size(); i++) {
        try {
          String strict = patterns.get(i).replace("yyyy", "uuuu").replace("yy", "uu");
          b.dateFormats.add(DateTimeFormatter.ofPattern(strict, Locale.ROOT).withResolverStyle(ResolverStyle.STRICT));
          b.datePatterns.add(patterns.get(i));
        } catch (IllegalArgumentException e) {
          problems.add("dateFormats[" + i + "]", "must be a date pattern such as yyyy-MM-dd (" + e.getMessage() + ")", patterns.get(i));
        }
      }
      if (patterns.isEmpty()) {
        problems.add("dateFormats", "must not be empty");
      }
    }
    String defaultCurrencyText = textOrNull(root, "defaultCurrency", problems);
    if (defaultCurrencyText != null) {
      String c = defaultCurrencyText;
      try {
        b.defaultCurrency = Optional.of(Monies.currency(c, "defaultCurrency"));
      } catch (IllegalArgumentException e) {
        problems.add("defaultCurrency", "must be a known ISO-4217 currency code", c);
      }
    }
    String decimalSeparatorText = textOrNull(root, "decimalSeparator", problems);
    if (decimalSeparatorText != null) {
      String s = decimalSeparatorText;
      if (s.length() != 1) {
        problems.add("decimalSeparator", "must be one character", s);
      } else {
        b.decimalSeparator = s.charAt(0);
      }
    }
    String groupingSeparatorText = textOrNull(root, "groupingSeparator", problems);
    if (groupingSeparatorText != null) {
      String s = groupingSeparatorText;
      if (s.length() != 1) {
        problems.add("groupingSeparator", "must be one character", s);
      } else {
        b.groupingSeparator = Optional.of(s.charAt(0));
      }
    }
    if (b.groupingSeparator.isPresent() && b.groupingSeparator.get() == b.decimalSeparator) {
      problems.add("groupingSeparator", "must differ from decimalSeparator", b.groupingSeparator.get());
    }
    String closeDateOnOpenDealsText = textOrNull(root, "closeDateOnOpenDeals", problems);
    if (closeDateOnOpenDealsText != null) {
      String s = closeDateOnOpenDealsText;
      try {
        b.closeDateOnOpenDeals = OpenCloseDate.valueOf(s.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        problems.add("closeDateOnOpenDeals", "must be \"error\" or \"ignore\"", s);
      }
    }
    String timeZoneText = textOrNull(root, "timeZone", problems);
    if (timeZoneText != null) {
      String z = timeZoneText;
      try {
        b.zone = ZoneId.of(z);
      } catch (RuntimeException e) {
        problems.add("timeZone", "must be a time-zone id such as UTC or Europe/Paris", z);
      }
    }
    JsonValue probs = root.get("probabilities");
    if (probs != null) {
      if (!probs.isObject()) {
        problems.add("probabilities", "must be an object of stage -> probability in [0, 1]");
      } else {
        for (Map.Entry<String, JsonValue> e : probs.members().entrySet()) {
          JsonValue v = e.getValue();
          java.math.BigDecimal d = JsonFields.decimalValue(v);
          if (d == null || d.signum() < 0 || d.compareTo(java.math.BigDecimal.ONE) > 0) {
            problems.add("probabilities." + e.getKey(), "must be a number within [0, 1]", v);
          } else if (!open.contains(e.getKey())) {
            problems.add("probabilities." + e.getKey(), "must name a stage of stageOrder", e.getKey());
          } else {
            b.probabilities.put(e.getKey(), d);
          }
        }
      }
    }
    for (Map.Entry<String, String> fc : stringMap(root, "forecastCategories", problems).entrySet()) {
      String stage = fc.getKey();
      String cat = fc.getValue();
      if (!open.contains(stage)) {
        problems.add("forecastCategories." + stage, "must name a stage of stageOrder", stage);
      } else if (!Set.of("PIPELINE", "BEST_CASE", "COMMIT", "OMITTED").contains(cat)) {
        problems.add("forecastCategories." + stage, "must be PIPELINE, BEST_CASE, COMMIT or OMITTED", cat);
      } else {
        b.forecastCategories.put(stage, cat);
      }
    }
    if (root.has("qualifiedStages")) {
      List<String> q = stringList(root, "qualifiedStages", problems);
      for (int i = 0; i < q.size(); i++) {
        if (!open.contains(q.get(i))) {
          problems.add("qualifiedStages[" + i + "]", "must name a stage of stageOrder", q.get(i));
        }
      }
      b.qualifiedStages = q;
    }
    b.excludeLostReasons.addAll(stringList(root, "excludeLostReasons", problems));
    String duplicateIdsText = textOrNull(root, "duplicateIds", problems);
    if (duplicateIdsText != null) {
      String s = duplicateIdsText;
      switch (s) {
        case "error":
          b.duplicateIds = DuplicateIds.ERROR;
          break;
        case "sumAmounts":
          b.duplicateIds = DuplicateIds.SUM_AMOUNTS;
          break;
        default:
          problems.add("duplicateIds", "must be \"error\" or \"sumAmounts\"", s);
      }
    }
    if (b.columns.containsKey(Field.CYCLE_DAYS) && b.columns.containsKey(Field.CREATED) && b.columns.containsKey(Field.CLOSED)) {
      problems.add("columns.cycleDays", "cannot be mapped together with both created and closed (the cycle comes from the dates)");
    }
    JsonValue min = root.get("funnelMinDeals");
    if (min != null) {
      Integer minDeals = JsonFields.intValue(min);
      if (minDeals == null || minDeals < 1) {
        problems.add("funnelMinDeals", "must be a whole number of at least 1", min);
      } else {
        b.funnelMinDeals = minDeals;
      }
    }
    JsonValue joins = root.get("joins");
    if (joins != null) {
      if (!joins.isArray()) {
        problems.add("joins", "must be a list");
      } else {
        for (int i = 0; i < joins.size(); i++) {
          JsonValue j = joins.get(i);
          String p = "joins[".concat(Integer.toString(i)).concat("]"); // no StringConcatFactory bootstrap on a clean run
          Problems local = new Problems();
          if (j == null || !j.isObject()) {
            problems.add(p, "must be an object with file, on, keyColumn and columns");
            continue;
          }
          Set<String> joinKeys = Set.of("file", "on", "keyColumn", "columns", "normalise", "aliases");
          for (String n : j.members().keySet()) {
            if (!joinKeys.contains(n)) {
              local.add(n, "is not a join field (known: aliases, columns, file, keyColumn, normalise; a join adds"
                  + " dimensions through \"columns\")");
            }
          }
          Set<KeyNormalisation> norm = new LinkedHashSet<>();
          List<String> normNames = stringList(j, "normalise", local);
          for (int k = 0; k < normNames.size(); k++) {
            switch (normNames.get(k)) {
              case "case":
                norm.add(KeyNormalisation.CASE);
                break;
              case "space":
                norm.add(KeyNormalisation.SPACE);
                break;
              case "punctuation":
                norm.add(KeyNormalisation.PUNCTUATION);
                break;
              default:
                local.add("normalise[" + k + "]", "must be case, space or punctuation", normNames.get(k));
            }
          }
          Map<String, String> aliases = stringMap(j, "aliases", local);
          Optional<String> file = text(j, "file", local);
          Optional<String> on = text(j, "on", local);
          Optional<String> key = text(j, "keyColumn", local);
          Map<String, String> jc = stringMap(j, "columns", local);
          if (file.isEmpty()) {
            local.add("file", "is required");
          }
          if (on.isEmpty()) {
            local.add("on", "is required");
          } else if (!isFieldOrDimension(on.get(), b)) {
            local.add("on", "must name a mapped field or dimension", on.get());
          }
          if (key.isEmpty()) {
            local.add("keyColumn", "is required");
          }
          if (jc.isEmpty()) {
            local.add("columns", "must map at least one field or dimension");
          }
          for (String k : jc.keySet()) {
            Optional<Field> f = Field.ofKey(k);
            if (f.isPresent() && !f.get().isDimension()) {
              local.add("columns." + k, "can only fill a dimension field (owner, team, region, ...) or a new dimension");
            }
          }
          problems.addAll(p, local.toList());
          if (local.isEmpty()) {
            b.joins.add(new Join(dir == null ? Path.of(file.get()) : dir.resolve(file.get()), on.get(), key.get(), jc, norm, aliases));
          }
        }
      }
    }
    problems.throwIfAny();
    return new ExportMapping(b);
  }

  private static boolean isFieldOrDimension(String name, Builder b) {
    Optional<Field> f = Field.ofKey(name);
    return f.isPresent() && b.columns.containsKey(f.get()) || b.dimensions.containsKey(name);
  }

  private static Optional<String> text(JsonValue node, String name, Problems problems) {
    return Optional.ofNullable(textOrNull(node, name, problems));
  }

  private static String textOrNull(JsonValue node, String name, Problems problems) {
    return new JsonFields(problems).text(node, "", name, false);
  }

  private static Map<String, String> stringMap(JsonValue node, String name, Problems problems) {
    Map<String, String> out = new LinkedHashMap<>();
    JsonValue v = node.get(name);
    if (v == null || v.isNull()) {
      return out;
    }
    if (!v.isObject()) {
      problems.add(name, "must be an object of strings");
      return out;
    }
    for (Map.Entry<String, JsonValue> e : v.members().entrySet()) {
      if (!e.getValue().isString() || e.getValue().stringValue().isBlank()) {
        problems.add(name + "." + e.getKey(), "must be a non-blank string", e.getValue());
      } else {
        out.put(e.getKey(), e.getValue().stringValue());
      }
    }
    return out;
  }

  private static List<String> stringList(JsonValue node, String name, Problems problems) {
    List<String> out = new ArrayList<>();
    JsonValue v = node.get(name);
    if (v == null || v.isNull()) {
      return out;
    }
    if (!v.isArray()) {
      problems.add(name, "must be a list of strings");
      return out;
    }
    for (int i = 0; i < v.size(); i++) {
      if (!v.get(i).isString() || v.get(i).stringValue().isBlank()) {
        problems.add(name + "[" + i + "]", "must be a non-blank string", v.get(i));
      } else {
        out.add(v.get(i).stringValue());
      }
    }
    return out;
  }

  /** The CSV delimiter. */
  public char delimiter() {
    return delimiter;
  }

  /** The column of each mapped standard field. */
  public Map<Field, String> columns() {
    return columns;
  }

  /** Extra dimensions: name to column. */
  public Map<String, String> dimensions() {
    return dimensions;
  }

  /** Fields that must be present on every row (besides id and stage). */
  public Set<Field> required() {
    return required;
  }

  /** Export stage value to pipeline stage. */
  public Map<String, String> stages() {
    return stages;
  }

  /** The open stages in pipeline order. */
  public List<String> stageOrder() {
    return stageOrder;
  }

  /** Stages that mean won. */
  public Set<String> wonStages() {
    return wonStages;
  }

  /** Stages that mean lost. */
  public Set<String> lostStages() {
    return lostStages;
  }

  /** Export lost-reason value to lost-reason code; empty means values are taken as codes. */
  public Map<String, String> lostReasons() {
    return lostReasons;
  }

  /** The date formats, strict. */
  public List<DateTimeFormatter> dateFormats() {
    return dateFormats;
  }

  /** The date patterns as written in the mapping. */
  public List<String> datePatterns() {
    return datePatterns;
  }

  /** The currency of amounts without a currency column or value. */
  public Optional<CurrencyUnit> defaultCurrency() {
    return defaultCurrency;
  }

  /** The decimal separator of amounts. */
  public char decimalSeparator() {
    return decimalSeparator;
  }

  /** The grouping separator of amounts, when the export uses one. */
  public Optional<Character> groupingSeparator() {
    return groupingSeparator;
  }

  /** What a close date on an open deal means. */
  public OpenCloseDate closeDateOnOpenDeals() {
    return closeDateOnOpenDeals;
  }

  /** The time zone of date-times in the export. */
  public ZoneId zone() {
    return zone;
  }

  /** Stage to default win probability (for the weighted pipeline); stages not listed have none. */
  public Map<String, java.math.BigDecimal> probabilities() {
    return probabilities;
  }

  /** Stage to forecast category (PIPELINE, BEST_CASE, COMMIT, OMITTED). */
  public Map<String, String> forecastCategories() {
    return forecastCategories;
  }

  /** The open stages whose deals count as qualified (sales velocity); default: the stages after QUALIFICATION, or all. */
  public List<String> qualifiedStages() {
    return qualifiedStages;
  }

  /** Lost reasons left out of the win-rate denominator (e.g. NO_DECISION); default none. */
  public List<String> excludeLostReasons() {
    return excludeLostReasons;
  }

  /** The fewest deals a stage needs to be a bottleneck candidate (default 5). */
  public int funnelMinDeals() {
    return funnelMinDeals;
  }

  /** What rows repeating an id mean (default {@link DuplicateIds#ERROR}). */
  public DuplicateIds duplicateIds() {
    return duplicateIds;
  }

  /** The joins from side files. */
  public List<Join> joins() {
    return joins;
  }

  private static final class Builder {
    char delimiter = ',';
    final Map<Field, String> columns = new EnumMap<>(Field.class);
    final Map<String, String> dimensions = new LinkedHashMap<>();
    final Set<Field> required = new LinkedHashSet<>();
    final Map<String, String> stages = new LinkedHashMap<>();
    List<String> stageOrder = DEFAULT_STAGE_ORDER;
    Set<String> wonStages = new LinkedHashSet<>(List.of("CLOSED_WON", "PAYMENT_AND_DELIVERY"));
    Set<String> lostStages = new LinkedHashSet<>(List.of("CLOSED_LOST"));
    final Map<String, String> lostReasons = new LinkedHashMap<>();
    List<DateTimeFormatter> dateFormats = List.of(DateTimeFormatter.ISO_LOCAL_DATE);
    List<String> datePatterns = List.of("yyyy-MM-dd");
    Optional<CurrencyUnit> defaultCurrency = Optional.empty();
    char decimalSeparator = '.';
    Optional<Character> groupingSeparator = Optional.empty();
    OpenCloseDate closeDateOnOpenDeals = OpenCloseDate.ERROR;
    ZoneId zone = ZoneId.of("UTC");
    final List<Join> joins = new ArrayList<>();
    final Map<String, java.math.BigDecimal> probabilities = new LinkedHashMap<>();
    final Map<String, String> forecastCategories = new LinkedHashMap<>();
    List<String> qualifiedStages;
    final List<String> excludeLostReasons = new ArrayList<>();
    int funnelMinDeals = 5;
    DuplicateIds duplicateIds = DuplicateIds.ERROR;
  }
}
