package dev.salesops.scoring.scorecard;

import dev.salesops.core.json.JsonValue;
import dev.salesops.core.internal.json.JsonFields;
import dev.salesops.core.validation.Problem;
import dev.salesops.core.validation.Problems;
import dev.salesops.core.validation.ValidationException;
import dev.salesops.core.definition.DefinitionParams;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Loads scorecards from JSON, reporting <em>all</em> problems at once (unknown fields, unknown operators or
 * types, unknown data fields, operators that do not fit a field, overlapping grade bands, negative caps, ...).
 *
 * <pre>{@code
 * {
 *   "name": "B2B lead score",
 *   "description": "optional",
 *   "groups": {"FIT": {"cap": 60}, "ENGAGEMENT": {"cap": 40, "weight": 1}},
 *   "totalCap": 100,
 *   "grades": [{"grade": "A", "min": 75}, {"grade": "B", "min": 50, "max": 75},
 *              {"grade": "C", "min": 25, "max": 50}, {"grade": "D", "max": 25}],
 *   "criteria": [
 *     {"id": "industry", "group": "FIT", "field": "account.industry", "op": "in", "values": ["TECHNOLOGY"], "points": 20},
 *     {"id": "demo", "group": "ENGAGEMENT", "op": "eventCount", "event": "demo_attended", "withinDays": 90,
 *      "points": 25, "decay": {"halfLifeDays": 30}},
 *     {"id": "usage", "group": "FIT", "type": "acme.crm_usage", "params": {"min": 3}, "points": 10}
 *   ]
 * }
 * }</pre>
 *
 * <p><b>Operators</b> (closed set): {@code equals} ({@code value}), {@code in} ({@code values}), {@code range}
 * ({@code min} inclusive and/or {@code max} exclusive, numeric), {@code exists}, {@code contains} ({@code value},
 * ignoring case), {@code before} / {@code after} ({@code date}, an ISO date, or {@code offsetDays} relative to
 * the scoring date in UTC), {@code eventCount} (no field; {@code event} type, {@code withinDays} window ending at
 * the scoring instant, 0 or absent for all time, {@code minCount} default 1). Values compare as text, or
 * numerically when the field is numeric or the JSON value is a number.
 *
 * <p><b>Fields</b> (documented, no reflection): {@code opportunity.stage}, {@code opportunity.amount} (number),
 * {@code opportunity.currency}, {@code opportunity.expectedCloseDate} (date), {@code opportunity.createdAt} (UTC
 * date), {@code opportunity.productLine}, {@code opportunity.channel}, {@code opportunity.leadSource},
 * {@code opportunity.bant.budget|authority|need|timeline} (status name), {@code opportunity.bant.budgetAmount}
 * (number), {@code opportunity.bant.targetDate} (date), {@code account.industry}, {@code account.sizeBand},
 * {@code account.region}, {@code account.segment}, {@code account.channel}, {@code lead.source},
 * {@code lead.companyName}, {@code lead.createdAt} (UTC date), {@code lead.hasContactPoint} ({@code "true"} /
 * {@code "false"}), and {@code attributes.<name>} (host attributes: text, read as a number or ISO date when the
 * operator needs one; unreadable values do not match).
 *
 * <p><b>Decay</b> ({@code {"halfLifeDays": 14}} or {@code {"linearPerDay": 2}}) is only allowed on ENGAGEMENT
 * criteria; it applies when the rule dates the activity ({@code eventCount}: the latest counted event;
 * {@code before}/{@code after}: the field's date; custom types: {@link RuleMatch#activityAt()}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ScorecardLoader {
  private static final Set<String> TOP = Set.of("name", "description", "groups", "totalCap", "grades", "criteria");
  private static final Set<String> GROUP_KEYS = Set.of("cap", "weight");
  private static final Set<String> GRADE_KEYS = Set.of("grade", "min", "max");
  private static final Set<String> COMMON = Set.of("id", "group", "description", "points", "decay", "field", "op", "type", "params");
  private static final Map<String, Set<String>> OP_KEYS = Map.of(
      "equals", Set.of("value"),
      "in", Set.of("values"),
      "range", Set.of("min", "max"),
      "exists", Set.of(),
      "contains", Set.of("value"),
      "before", Set.of("date", "offsetDays"),
      "after", Set.of("date", "offsetDays"),
      "eventCount", Set.of("event", "withinDays", "minCount"));
  private static final Set<String> ALL_OP_KEYS = Set.of("value", "values", "min", "max", "date", "offsetDays", "event", "withinDays", "minCount");

  private final Map<String, ScoringRuleType> types;

  private ScorecardLoader(Map<String, ScoringRuleType> types) {
    this.types = types;
  }

  /** A loader with the built-in operators only. */
  public static ScorecardLoader standard() {
    return new ScorecardLoader(Map.of());
  }

  /** A copy that also knows {@code type} (a name already known is refused). */
  public ScorecardLoader withType(ScoringRuleType type) {
    Objects.requireNonNull(type, "type");
    String name = Objects.requireNonNull(type.name(), "type.name()");
    if (!name.matches("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*")) {
      throw new ValidationException(Problem.of("type.name", "must be lower-case words joined by dots", name));
    }
    if (types.containsKey(name) || BuiltInRules.OPERATORS.contains(name)) {
      throw new ValidationException(Problem.of("type.name", "is already known", name));
    }
    Map<String, ScoringRuleType> m = new LinkedHashMap<>(types);
    m.put(name, type);
    return new ScorecardLoader(java.util.Collections.unmodifiableMap(m));
  }

  /** Loads a scorecard from UTF-8 JSON. */
  public Scorecard read(InputStream json) {
    Objects.requireNonNull(json, "json");
    try {
      return parse(new String(json.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Loads a scorecard from JSON text.
   *
   * @throws ValidationException listing every problem found
   */
  public Scorecard parse(String json) {
    Objects.requireNonNull(json, "json");
    JsonValue root = JsonFields.read(json);
    Problems problems = new Problems();
    if (root == null || !root.isObject()) {
      problems.add("json", "must be an object", root == null ? "empty" : kind(root));
      problems.throwIfAny();
    }
    unknownKeys(root, TOP, "", problems);
    String name = text(root, "", "name", problems, true);
    Map<Group, GroupSettings> groups = groups(root.get("groups"), problems);
    Double totalCap = null;
    if (root.has("totalCap")) {
      totalCap = nonNegative(root.get("totalCap"), "totalCap", problems);
    }
    List<GradeBand> grades = root.has("grades") ? grades(root.get("grades"), problems) : GradeBand.DEFAULTS;
    List<ScorecardCriterion> criteria = new ArrayList<>();
    JsonValue list = root.get("criteria");
    if (list == null || !list.isArray()) {
      problems.add("criteria", "is required and must be a list", list == null ? "missing" : kind(list));
    } else {
      for (int i = 0; i < list.size() && !problems.full(); i++) {
        ScorecardCriterion c = criterion(list.get(i), "criteria[" + i + "]", problems);
        if (c != null) {
          criteria.add(c);
        }
      }
    }
    Set<String> ids = new java.util.HashSet<>();
    if (list != null && list.isArray()) {
      for (int i = 0; i < list.size(); i++) {
        JsonValue id = list.get(i).get("id");
        if (id != null && id.isString() && !ids.add(id.stringValue())) {
          problems.add("criteria[" + i + "].id", "must be unique", id.stringValue());
        }
      }
    }
    Scorecard.checkGrades(grades, problems);
    problems.throwIfAny();
    return Scorecard.of(name, criteria, groups, totalCap, grades);
  }

  private static void unknownKeys(JsonValue node, Set<String> allowed, String path, Problems problems) {
    new JsonFields(problems).object(node, path, allowed);
  }

  /** The non-blank string at {@code key} of {@code node}, whose path is {@code parent}; null if absent or reported. */
  private static String text(JsonValue node, String parent, String key, Problems problems, boolean required) {
    String s = new JsonFields(problems).text(node, parent, key, required);
    if (s != null && s.isBlank()) {
      problems.add(JsonFields.join(parent, key), "must not be blank", "\"" + JsonFields.shorten(s) + "\"");
      return null;
    }
    return s;
  }

  private static Double number(JsonValue v, String path, Problems problems) {
    if (v == null || !v.isNumber()) {
      problems.add(path, "must be a number", v == null ? "missing" : v);
      return null;
    }
    double d = JsonFields.decimalValue(v).doubleValue();
    if (!Double.isFinite(d)) {
      problems.add(path, "must be a finite number", v);
      return null;
    }
    return d;
  }

  private static Double nonNegative(JsonValue v, String path, Problems problems) {
    Double d = number(v, path, problems);
    if (d != null && d < 0) {
      problems.add(path, "must not be negative", v);
      return null;
    }
    return d;
  }

  private static Integer integer(JsonValue v, String path, int min, Problems problems) {
    BigDecimal whole = v == null ? null : JsonFields.decimalValue(v);
    if (whole != null && whole.signum() != 0) {
      whole = whole.stripTrailingZeros();
    }
    if (whole == null || whole.scale() > 0 || whole.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0
        || whole.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) < 0) {
      problems.add(path, "must be a whole number", v == null ? "missing" : v);
      return null;
    }
    int i = whole.intValueExact();
    if (i < min) {
      problems.add(path, "must be at least " + min, i);
      return null;
    }
    return i;
  }

  private static Map<Group, GroupSettings> groups(JsonValue node, Problems problems) {
    Map<Group, GroupSettings> out = new EnumMap<>(Group.class);
    if (node == null) {
      return out;
    }
    if (!node.isObject()) {
      problems.add("groups", "must be an object", node);
      return out;
    }
    for (Map.Entry<String, JsonValue> e : node.members().entrySet()) {
      if (problems.full()) {
        break; // enough to act on: the rest is not read
      }
      String path = "groups." + e.getKey();
      Group g = group(e.getKey(), path, problems);
      JsonValue s = e.getValue();
      if (!s.isObject()) {
        problems.add(path, "must be an object", s);
        continue;
      }
      unknownKeys(s, GROUP_KEYS, path, problems);
      Double cap = s.has("cap") ? nonNegative(s.get("cap"), path + ".cap", problems) : null;
      Double weight = s.has("weight") ? nonNegative(s.get("weight"), path + ".weight", problems) : Double.valueOf(1);
      if (g != null && weight != null) {
        out.put(g, new GroupSettings(cap, weight));
      }
    }
    return out;
  }

  private static Group group(String name, String path, Problems problems) {
    try {
      return Group.valueOf(name);
    } catch (IllegalArgumentException e) {
      problems.add(path, "must be FIT or ENGAGEMENT", name);
      return null;
    }
  }

  private static List<GradeBand> grades(JsonValue node, Problems problems) {
    List<GradeBand> out = new ArrayList<>();
    if (!node.isArray()) {
      problems.add("grades", "must be a list", node);
      return out;
    }
    for (int i = 0; i < node.size() && !problems.full(); i++) {
      String path = "grades[" + i + "]";
      JsonValue g = node.get(i);
      if (!g.isObject()) {
        problems.add(path, "must be an object", g);
        continue;
      }
      unknownKeys(g, GRADE_KEYS, path, problems);
      String grade = text(g, path, "grade", problems, true);
      Double min = g.has("min") ? number(g.get("min"), path + ".min", problems) : Double.valueOf(Double.NEGATIVE_INFINITY);
      Double max = g.has("max") ? number(g.get("max"), path + ".max", problems) : Double.valueOf(Double.POSITIVE_INFINITY);
      if (grade != null && min != null && max != null) {
        if (!(min < max)) {
          problems.add(path, "must have min < max", "[" + min + ", " + max + ")");
        } else if (grade.length() > 16) {
          problems.add(path + ".grade", "must be at most 16 characters", grade);
        } else {
          out.add(new GradeBand(grade, min, max));
        }
      }
    }
    return out;
  }

  private ScorecardCriterion criterion(JsonValue node, String path, Problems problems) {
    if (node == null || !node.isObject()) {
      problems.add(path, "must be an object", node);
      return null;
    }
    int before = problems.size();
    String op = text(node, path, "op", problems, false);
    String type = text(node, path, "type", problems, false);
    Set<String> allowed = new LinkedHashSet<>(COMMON);
    if (op != null && OP_KEYS.containsKey(op)) {
      allowed.addAll(OP_KEYS.get(op));
    } else if (op != null) {
      allowed.addAll(ALL_OP_KEYS); // the operator is reported; don't pile up unknown-field noise
    }
    unknownKeys(node, allowed, path, problems);
    String id = text(node, path, "id", problems, true);
    if (id != null && !id.matches("[a-z][a-z0-9_]{0,63}")) {
      problems.add(path + ".id", "must be lower-case letters, digits and underscores, starting with a letter (at most 64)", id);
    }
    String groupName = text(node, path, "group", problems, true);
    Group group = groupName == null ? null : group(groupName, path + ".group", problems);
    Double points = number(node.get("points"), path + ".points", problems);
    String description = node.has("description") ? text(node, path, "description", problems, false) : "";
    Optional<Decay> decay = Optional.empty();
    if (node.has("decay")) {
      decay = decay(node.get("decay"), path + ".decay", problems);
      if (group == Group.FIT) {
        problems.add(path + ".decay", "is only allowed in the ENGAGEMENT group (fit points do not decay)", node.get("decay"));
      }
    }
    ScoringRule rule = null;
    if (op == null && type == null) {
      problems.add(path, "must have an op (" + String.join(", ", BuiltInRules.OPERATORS) + ") or a custom type");
    } else if (op != null && type != null) {
      problems.add(path, "must have either op or type, not both", op + " / " + type);
    } else if (op != null) {
      if (node.has("params")) {
        problems.add(path + ".params", "is only for custom types", node.get("params"));
      }
      rule = builtIn(op, node, path, problems);
    } else {
      rule = custom(type, node, path, problems);
    }
    if (problems.size() > before || rule == null) {
      return null;
    }
    return new ScorecardCriterion(id, group, points, decay.orElse(null), rule, description == null ? "" : description);
  }

  private static Optional<Decay> decay(JsonValue node, String path, Problems problems) {
    if (!node.isObject()) {
      problems.add(path, "must be an object", node);
      return Optional.empty();
    }
    unknownKeys(node, Set.of("halfLifeDays", "linearPerDay"), path, problems);
    boolean half = node.has("halfLifeDays");
    boolean linear = node.has("linearPerDay");
    if (half == linear) {
      problems.add(path, "must have exactly one of halfLifeDays, linearPerDay", node);
      return Optional.empty();
    }
    String key = half ? "halfLifeDays" : "linearPerDay";
    Double rate = number(node.get(key), path + "." + key, problems);
    if (rate == null) {
      return Optional.empty();
    }
    if (!(rate > 0)) {
      problems.add(path + "." + key, "must be positive", rate);
      return Optional.empty();
    }
    return Optional.of(half ? Decay.halfLife(rate) : Decay.linear(rate));
  }

  private ScoringRule custom(String type, JsonValue node, String path, Problems problems) {
    ScoringRuleType t = types.get(type);
    if (t == null) {
      problems.add(path + ".type", "is not a registered criterion type (known: " + new java.util.TreeSet<>(types.keySet()) + ")", type);
      return null;
    }
    if (node.has("field")) {
      problems.add(path + ".field", "is not used by custom types (pass it in params)", node.get("field"));
    }
    JsonValue p = node.get("params");
    Map<String, Object> map = Map.of();
    if (p != null) {
      if (!p.isObject()) {
        problems.add(path + ".params", "must be an object", p);
        return null;
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> converted = (Map<String, Object>) JsonFields.plainValue(p);
      map = converted;
    }
    DefinitionParams params;
    try {
      params = DefinitionParams.of(map).tracking();
    } catch (ValidationException e) {
      problems.addAll(path, e.problems());
      return null;
    }
    ScoringRule rule;
    try {
      rule = t.create(params);
    } catch (ValidationException e) {
      problems.addAll(path, e.problems());
      return null;
    } catch (RuntimeException e) {
      // a team's own type failed: its exception gets the criterion's path (its message is host code: not quoted)
      problems.add(path + ".params", "were refused by criterion type " + type + " (" + e.getClass().getSimpleName() + ")");
      return null;
    }
    if (rule == null) {
      problems.add(path + ".type", "created no rule (the type returned null)", type);
      return null;
    }
    Set<String> unknown = params.unread();
    for (String name : unknown) {
      problems.add(JsonFields.child(path + ".params", name), "is not a parameter of criterion type " + type);
    }
    return unknown.isEmpty() ? rule : null;
  }

  private static ScoringRule builtIn(String op, JsonValue node, String path, Problems problems) {
    if (!OP_KEYS.containsKey(op)) {
      problems.add(path + ".op", "is not a known operator (known: " + String.join(", ", BuiltInRules.OPERATORS) + ")", op);
      return null;
    }
    if (op.equals("eventCount")) {
      if (node.has("field")) {
        problems.add(path + ".field", "is not used by eventCount (events are typed by \"event\")", node.get("field"));
      }
      String event = text(node, path, "event", problems, true);
      Integer within = node.has("withinDays") ? integer(node.get("withinDays"), path + ".withinDays", 0, problems) : Integer.valueOf(0);
      Integer min = node.has("minCount") ? integer(node.get("minCount"), path + ".minCount", 1, problems) : Integer.valueOf(1);
      if (event == null || within == null || min == null) {
        return null;
      }
      return new BuiltInRules.EventCount(event, within, min);
    }
    String fieldName = text(node, path, "field", problems, true);
    if (fieldName == null) {
      return null;
    }
    Optional<Fields.Field> found = Fields.find(fieldName);
    if (found.isEmpty()) {
      problems.add(path + ".field", "is not a documented field (known: " + Fields.names() + " and attributes.<name>)", fieldName);
      return null;
    }
    Fields.Field field = found.get();
    Fields.Kind kind = field.kind();
    switch (op) {
      case "exists":
        return new BuiltInRules.Exists(field);
      case "equals":
      case "in": {
        List<JsonValue> values = new ArrayList<>();
        if (op.equals("equals")) {
          JsonValue v = node.get("value");
          if (v == null || v.isContainer() || v.isNull()) {
            problems.add(path + ".value", "is required and must be a string, number or boolean", v == null ? "missing" : v);
            return null;
          }
          values.add(v);
        } else {
          JsonValue vs = node.get("values");
          if (vs == null || !vs.isArray() || vs.size() == 0) {
            problems.add(path + ".values", "is required and must be a non-empty list", vs == null ? "missing" : vs);
            return null;
          }
          values.addAll(vs.elements());
        }
        Set<String> texts = new LinkedHashSet<>();
        List<BigDecimal> numbers = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
          JsonValue v = values.get(i);
          String vp = path + (op.equals("equals") ? ".value" : ".values[" + i + "]");
          if (v.isNumber()) {
            numbers.add(JsonFields.decimalValue(v));
            if (kind == Fields.Kind.TEXT || kind == Fields.Kind.DATE) {
              problems.add(vp, "must be " + (kind == Fields.Kind.DATE ? "an ISO date" : "text") + " for field " + fieldName, v);
            }
          } else if (v.isString() || v.isBoolean()) {
            String s = v.isString() ? v.stringValue() : String.valueOf(v == dev.salesops.core.json.JsonBoolean.TRUE);
            if (kind == Fields.Kind.NUMBER) {
              BigDecimal n = BuiltInRules.number(s);
              if (n == null) {
                problems.add(vp, "must be a number for field " + fieldName, v);
              } else {
                numbers.add(n);
              }
            } else if (kind == Fields.Kind.DATE && BuiltInRules.date(s) == null) {
              problems.add(vp, "must be an ISO date (yyyy-MM-dd) for field " + fieldName, v);
            } else {
              texts.add(s);
            }
          } else {
            problems.add(vp, "must be a string, number or boolean", v);
          }
        }
        return new BuiltInRules.In(field, op, texts, numbers);
      }
      case "range": {
        if (kind != Fields.Kind.NUMBER && kind != Fields.Kind.ANY) {
          problems.add(path + ".op", "range needs a numeric field or an attribute, not " + fieldName, op);
          return null;
        }
        if (!node.has("min") && !node.has("max")) {
          problems.add(path, "range needs min and/or max");
          return null;
        }
        BigDecimal min = null;
        BigDecimal max = null;
        if (node.has("min")) {
          min = decimal(node.get("min"), path + ".min", problems);
        }
        if (node.has("max")) {
          max = decimal(node.get("max"), path + ".max", problems);
        }
        if (min != null && max != null && min.compareTo(max) >= 0) {
          problems.add(path, "range needs min < max", "[" + min.toPlainString() + ", " + max.toPlainString() + ")");
        }
        return new BuiltInRules.Range(field, min, max);
      }
      case "contains": {
        if (kind != Fields.Kind.TEXT && kind != Fields.Kind.ANY) {
          problems.add(path + ".op", "contains needs a text field or an attribute, not " + fieldName, op);
          return null;
        }
        String v = text(node, path, "value", problems, true);
        return v == null ? null : new BuiltInRules.Contains(field, v);
      }
      default: { // before, after
        if (kind != Fields.Kind.DATE && kind != Fields.Kind.ANY) {
          problems.add(path + ".op", op + " needs a date field or an attribute, not " + fieldName, op);
          return null;
        }
        boolean hasDate = node.has("date");
        boolean hasOffset = node.has("offsetDays");
        if (hasDate == hasOffset) {
          problems.add(path, op + " needs exactly one of date, offsetDays");
          return null;
        }
        if (hasDate) {
          String d = text(node, path, "date", problems, true);
          if (d == null) {
            return null;
          }
          try {
            return new BuiltInRules.DateCompare(field, op.equals("before"), LocalDate.parse(d), 0);
          } catch (DateTimeParseException e) {
            problems.add(path + ".date", "must be an ISO date (yyyy-MM-dd)", d);
            return null;
          }
        }
        Integer off = integer(node.get("offsetDays"), path + ".offsetDays", -36_500, problems);
        return off == null ? null : new BuiltInRules.DateCompare(field, op.equals("before"), null, off);
      }
    }
  }

  private static BigDecimal decimal(JsonValue v, String path, Problems problems) {
    if (!v.isNumber()) {
      problems.add(path, "must be a number", v);
      return null;
    }
    return JsonFields.decimalValue(v);
  }

  /** The JSON kind as these messages have always named it: {@code OBJECT}, {@code ARRAY}, ... */
  private static String kind(JsonValue v) {
    return v.typeName().toUpperCase(java.util.Locale.ROOT);
  }

  @Override
  public String toString() {
    return "ScorecardLoader" + types.keySet();
  }
}
