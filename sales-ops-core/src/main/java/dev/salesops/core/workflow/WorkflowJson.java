package dev.salesops.core.workflow;

import dev.salesops.core.model.ForecastCategory;
import dev.salesops.core.definition.DefinitionParams;
import dev.salesops.core.internal.json.JsonFields;
import dev.salesops.core.json.JsonArray;
import dev.salesops.core.json.JsonBoolean;
import dev.salesops.core.json.JsonNull;
import dev.salesops.core.json.JsonNumber;
import dev.salesops.core.json.JsonObject;
import dev.salesops.core.json.JsonString;
import dev.salesops.core.json.JsonValue;
import dev.salesops.core.json.JsonWriter;
import dev.salesops.core.model.LostReason;
import dev.salesops.core.model.UserId;
import dev.salesops.core.validation.Problems;
import dev.salesops.core.validation.ValidationException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * JSON for workflow definitions and snapshots, with no JSON library: read by {@link dev.salesops.core.json.JsonReader}
 * (its bounds: documents of 16 MiB, nesting 64, strings of 65,536 characters, duplicate keys refused, decimals within
 * {@link dev.salesops.core.validation.DecimalBounds}) and written by {@link JsonWriter} in the layout stored JSON
 * has always had ({@link JsonWriter#spaced}).
 *
 * <p>Reading reports <em>every</em> problem at once as a {@link ValidationException} with JSON paths (e.g.
 * {@code states[2].probability must be a number: "high"}); unknown fields are problems, not ignored. {@link
 * #load} then validates the definition and resolves its criteria ({@link Workflow#of}). Malformed text is one
 * problem naming the path, line and column ({@code id must be well-formed JSON: the document ends too early (line 1,
 * column 8)}). Reading is linear in the input. The types are also annotated, so a host's
 * {@code mapper.readValue(json, WorkflowDefinition.class)} uses the same reader.
 *
 * <p>Definition form: see {@link WorkflowDefinition}. Snapshot form:
 *
 * <pre>{@code
 * {"definitionId": "sales-pipeline", "definitionVersion": 1, "state": "QUALIFICATION",
 *  "history": [{"to": "LEAD_CAPTURE", "at": "2026-01-05T09:00:00Z", "actor": "u-1", "command": "start"},
 *              {"from": "LEAD_CAPTURE", "to": "QUALIFICATION", "at": "...", "actor": "u-1", "command": "advance",
 *               "reason": "...", "lostReason": "PRICE"}]}
 * }</pre>
 *
 * ({@code state} is written for readers' convenience and checked on read.) This class is thread-safe.
 */
public final class WorkflowJson {
  private WorkflowJson() {}

  /** Reads a definition (not yet validated: see {@link #load}). */
  public static WorkflowDefinition readDefinition(String json) {
    return definition(tree(Objects.requireNonNull(json, "json")));
  }

  /** Reads a definition from a stream (not closed). */
  public static WorkflowDefinition readDefinition(InputStream json) {
    return definition(tree(Objects.requireNonNull(json, "json")));
  }

  /** Reads, validates and resolves a definition against {@code registry}: the one-step load. */
  public static Workflow load(String json, CriterionRegistry registry) {
    return Workflow.of(readDefinition(json), registry);
  }

  /** Reads, validates and resolves a definition from a stream (not closed). */
  public static Workflow load(InputStream json, CriterionRegistry registry) {
    return Workflow.of(readDefinition(json), registry);
  }

  /** The definition as pretty-printed JSON. */
  public static String write(WorkflowDefinition definition) {
    return pretty(toTree(Objects.requireNonNull(definition, "definition")));
  }

  /** Reads a snapshot. */
  public static Snapshot readSnapshot(String json) {
    return snapshot(tree(Objects.requireNonNull(json, "json")), new SnapshotNames(null));
  }

  /**
   * A reader of snapshots that shares the names {@code definition} owns (state ids, command names, its id)
   * and, through a bounded table of its own, actor ids, instead of holding a copy per entry: what a host
   * that keeps many snapshots in memory should use (see {@link SnapshotReader}).
   */
  public static SnapshotReader snapshotReader(WorkflowDefinition definition) {
    return new SnapshotReader(Objects.requireNonNull(definition, "definition"));
  }

  /** Reads a snapshot sharing the names of {@code names}' definition (see {@link SnapshotReader}). */
  static Snapshot readSnapshot(String json, SnapshotNames names) {
    return snapshot(tree(Objects.requireNonNull(json, "json")), names);
  }

  /** The snapshot as pretty-printed JSON. */
  public static String write(Snapshot snapshot) {
    return pretty(toTree(Objects.requireNonNull(snapshot, "snapshot")));
  }

  /**
   * Reads one criterion specification ({@code {"type": .., "params": {..}}}, {@code allOf}, {@code anyOf} or
   * {@code not}), as it appears in a definition's transition guards; every problem is reported at once.
   */
  public static CriterionSpec readCriterion(String json) {
    Problems problems = new Problems();
    CriterionSpec spec = criterion(tree(Objects.requireNonNull(json, "json")), "$", problems);
    problems.throwIfAny();
    return spec;
  }

  /** The criterion specification as pretty-printed JSON (its form inside a definition). */
  public static String write(CriterionSpec spec) {
    return pretty(toTree(Objects.requireNonNull(spec, "spec")));
  }

  // ---------------------------------------------------------------- reading

  private static JsonValue tree(String json) {
    return JsonFields.read(json);
  }

  private static JsonValue tree(InputStream json) {
    return JsonFields.read(json);
  }

  /** The JSON kind as these messages have always named it: {@code OBJECT}, {@code ARRAY}, {@code STRING}, ... */
  private static String kind(JsonValue v) {
    return v.typeName().toUpperCase(Locale.ROOT);
  }

  static WorkflowDefinition definition(JsonValue n) {
    Problems p = new Problems();
    if (n == null || !n.isObject()) {
      p.add("$", "must be a JSON object", n == null ? "nothing" : kind(n));
      p.throwIfAny();
    }
    fields(n, "", p, "id", "version", "initialState", "description", "movePolicy", "lostReasons", "states", "transitions");
    WorkflowDefinition.Builder b = WorkflowDefinition.builder();
    String id = text(n, "id", "id", p, true);
    b.id(id == null ? "?" : id);
    Integer version = integer(n, "version", "version", p, true);
    if (version != null) {
      b.version(version);
    }
    String description = text(n, "description", "description", p, false);
    b.description(description);
    String policy = text(n, "movePolicy", "movePolicy", p, false);
    if (policy != null) {
      try {
        b.movePolicy(MovePolicy.valueOf(policy));
      } catch (IllegalArgumentException e) {
        p.add("movePolicy", "must be DECLARED or FORWARD", policy);
      }
    }
    JsonValue lr = n.get("lostReasons");
    if (lr != null) {
      List<LostReason> reasons = new ArrayList<>();
      if (!lr.isArray()) {
        p.add("lostReasons", "must be an array of codes", kind(lr));
      } else {
        for (int i = 0; i < lr.size(); i++) {
          String code = text(lr.get(i), "lostReasons[" + i + "]", p);
          if (code != null) {
            try {
              reasons.add(LostReason.of(code));
            } catch (ValidationException e) {
              p.add("lostReasons[" + i + "]", "must be a lost-reason code", code);
            }
          }
        }
      }
      b.lostReasons(reasons);
    }
    JsonValue states = n.get("states");
    if (states == null || !states.isArray()) {
      p.add("states", "must be an array of states", states == null ? "missing" : kind(states));
    } else {
      for (int i = 0; i < states.size(); i++) {
        if (p.full()) {
          break; // enough to act on: the rest is not read
        }
        State s = state(states.get(i), "states[" + i + "]", p);
        if (s != null) {
          b.state(s);
        }
      }
    }
    String initial = text(n, "initialState", "initialState", p, false);
    if (initial != null) {
      b.initialState(initial);
    } else if (states == null || !states.isArray() || states.size() == 0) {
      b.initialState("?");
    }
    JsonValue ts = n.get("transitions");
    if (ts != null) {
      if (!ts.isArray()) {
        p.add("transitions", "must be an array of transitions", kind(ts));
      } else {
        for (int i = 0; i < ts.size(); i++) {
          if (p.full()) {
            break; // enough to act on: the rest is not read
          }
          Transition t = transition(ts.get(i), "transitions[" + i + "]", p);
          if (t != null) {
            b.transition(t);
          }
        }
      }
    }
    p.throwIfAny();
    return b.build();
  }

  private static State state(JsonValue n, String path, Problems p) {
    if (!n.isObject()) {
      p.add(path, "must be an object", kind(n));
      return null;
    }
    fields(n, path, p, "id", "order", "kind", "probability", "forecastCategory", "maxDwell", "leadTime", "entryCriteria",
        "exitCriteria", "description");
    int before = p.size();
    State.Builder b = State.builder();
    String id = text(n, "id", path + ".id", p, true);
    Integer order = integer(n, "order", path + ".order", p, true);
    String kind = text(n, "kind", path + ".kind", p, true);
    if (kind != null) {
      try {
        b.kind(StateKind.of(kind));
      } catch (ValidationException e) {
        p.add(path + ".kind", "must be OPEN, WON, LOST or an upper-case code of another closed kind", kind);
      }
    }
    JsonValue prob = n.get("probability");
    if (prob != null) {
      if (prob instanceof JsonNumber num) {
        b.probability(num.decimal());
      } else {
        p.add(path + ".probability", "must be a number", JsonFields.show(prob));
      }
    }
    String fc = text(n, "forecastCategory", path + ".forecastCategory", p, false);
    if (fc != null) {
      try {
        b.forecastCategory(ForecastCategory.valueOf(fc));
      } catch (IllegalArgumentException e) {
        p.add(path + ".forecastCategory", "must be one of PIPELINE, BEST_CASE, COMMIT, CLOSED, OMITTED", fc);
      }
    }
    b.maxDwell(duration(n, "maxDwell", path + ".maxDwell", p));
    b.leadTime(duration(n, "leadTime", path + ".leadTime", p));
    if (n.has("entryCriteria")) {
      b.entryCriteria(criterion(n.get("entryCriteria"), path + ".entryCriteria", p));
    }
    if (n.has("exitCriteria")) {
      b.exitCriteria(criterion(n.get("exitCriteria"), path + ".exitCriteria", p));
    }
    b.description(text(n, "description", path + ".description", p, false));
    if (id == null || order == null || p.size() > before) {
      return null;
    }
    return b.id(id).order(order).build();
  }

  private static Transition transition(JsonValue n, String path, Problems p) {
    if (!n.isObject()) {
      p.add(path, "must be an object", kind(n));
      return null;
    }
    fields(n, path, p, "from", "fromKind", "to", "toLastOpen", "command", "guard", "priority");
    int before = p.size();
    String from = text(n, "from", path + ".from", p, false);
    String fromKind = text(n, "fromKind", path + ".fromKind", p, false);
    StateKind kind = null;
    if (fromKind != null) {
      try {
        kind = StateKind.of(fromKind);
      } catch (ValidationException e) {
        p.add(path + ".fromKind", "must be OPEN, WON, LOST or an upper-case code of another closed kind", fromKind);
      }
    }
    String to = text(n, "to", path + ".to", p, false);
    boolean toLastOpen = false;
    JsonValue tlo = n.get("toLastOpen");
    if (tlo != null) {
      if (tlo instanceof JsonBoolean bool) {
        toLastOpen = bool.value();
      } else {
        p.add(path + ".toLastOpen", "must be true or false", JsonFields.show(tlo));
      }
    }
    String command = text(n, "command", path + ".command", p, true);
    Integer priority = integer(n, "priority", path + ".priority", p, false);
    CriterionSpec guard = n.has("guard") ? criterion(n.get("guard"), path + ".guard", p) : null;
    if (command == null || p.size() > before) {
      return null;
    }
    return Transition.raw(from, kind, to, toLastOpen, command, guard, priority);
  }

  static CriterionSpec criterion(JsonValue n, String path, Problems p) {
    if (n == null || !n.isObject()) {
      p.add(path, "must be a criterion object ({\"type\": ..., \"params\": {...}}, allOf, anyOf or not)",
          n == null ? "missing" : kind(n));
      return null;
    }
    int forms = (n.has("type") ? 1 : 0) + (n.has("allOf") ? 1 : 0) + (n.has("anyOf") ? 1 : 0) + (n.has("not") ? 1 : 0);
    if (forms != 1) {
      p.add(path, "must have exactly one of type, allOf, anyOf and not", String.join(", ", names(n)));
      return null;
    }
    if (n.has("type")) {
      fields(n, path, p, "type", "params");
      String type = text(n, "type", path + ".type", p, true);
      JsonValue params = n.get("params");
      Map<String, Object> map = new LinkedHashMap<>();
      if (params != null) {
        if (!params.isObject()) {
          p.add(path + ".params", "must be an object", kind(params));
        } else {
          for (Map.Entry<String, JsonValue> e : ((JsonObject) params).members().entrySet()) {
            map.put(e.getKey(), value(e.getValue(), path + ".params." + e.getKey(), p));
          }
        }
      }
      if (type == null) {
        return null;
      }
      try {
        return new CriterionSpec.Leaf(type, DefinitionParams.of(map));
      } catch (ValidationException e) {
        p.addAll(path, e.problems());
        return null;
      }
    }
    if (n.has("not")) {
      fields(n, path, p, "not");
      CriterionSpec inner = criterion(n.get("not"), path + ".not", p);
      return inner == null ? null : new CriterionSpec.Not(inner);
    }
    boolean all = n.has("allOf");
    String key = all ? "allOf" : "anyOf";
    fields(n, path, p, key);
    JsonValue arr = n.get(key);
    if (!arr.isArray()) {
      p.add(path + "." + key, "must be an array of criteria", kind(arr));
      return null;
    }
    List<CriterionSpec> parts = new ArrayList<>();
    boolean ok = true;
    for (int i = 0; i < arr.size(); i++) {
      CriterionSpec c = criterion(arr.get(i), path + "." + key + "[" + i + "]", p);
      ok &= c != null;
      parts.add(c);
    }
    if (!ok) {
      return null;
    }
    return all ? new CriterionSpec.AllOf(parts) : new CriterionSpec.AnyOf(parts);
  }

  private static Object value(JsonValue v, String path, Problems p) {
    if (v.isString()) {
      return v.stringValue();
    }
    if (v instanceof JsonBoolean bool) {
      return bool.value();
    }
    if (v instanceof JsonNumber num) {
      return num.decimal();
    }
    if (v.isArray()) {
      List<Object> out = new ArrayList<>();
      for (int i = 0; i < v.size(); i++) {
        out.add(value(v.get(i), path + "[" + i + "]", p));
      }
      return out;
    }
    if (v.isObject()) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (Map.Entry<String, JsonValue> e : ((JsonObject) v).members().entrySet()) {
        out.put(e.getKey(), value(e.getValue(), path + "." + e.getKey(), p));
      }
      return out;
    }
    p.add(path, "must be a string, number, boolean, array or object", kind(v));
    return "";
  }

  static Snapshot snapshot(JsonValue n) {
    return snapshot(n, new SnapshotNames(null));
  }

  static Snapshot snapshot(JsonValue n, SnapshotNames names) {
    Problems p = new Problems();
    if (n == null || !n.isObject()) {
      p.add("$", "must be a JSON object", n == null ? "nothing" : kind(n));
      p.throwIfAny();
    }
    fields(n, "", p, "definitionId", "definitionVersion", "state", "history");
    String id = text(n, "definitionId", "definitionId", p, true);
    Integer version = integer(n, "definitionVersion", "definitionVersion", p, true);
    String state = text(n, "state", "state", p, false);
    JsonValue h = n.get("history");
    List<HistoryEntry> entries = new ArrayList<>();
    if (h == null || !h.isArray()) {
      p.add("history", "must be an array of entries", h == null ? "missing" : kind(h));
    } else {
      for (int i = 0; i < h.size(); i++) {
        if (p.full()) {
          break; // enough to act on: the rest is not read
        }
        HistoryEntry e = entry(h.get(i), "history[" + i + "]", p, names);
        if (e != null) {
          entries.add(e);
        }
      }
    }
    p.throwIfAny();
    Snapshot s = Snapshot.of(names.name(id), version, entries);
    if (state != null && !state.equals(s.state())) {
      p.add("state", "must be the state entered by the last history entry (" + s.state() + ")", state);
      p.throwIfAny();
    }
    return s;
  }

  private static HistoryEntry entry(JsonValue n, String path, Problems p, SnapshotNames names) {
    if (!n.isObject()) {
      p.add(path, "must be an object", kind(n));
      return null;
    }
    fields(n, path, p, "from", "to", "at", "actor", "command", "reason", "lostReason");
    int before = p.size();
    String from = text(n, "from", path + ".from", p, false);
    String to = text(n, "to", path + ".to", p, true);
    String at = text(n, "at", path + ".at", p, true);
    Instant instant = null;
    if (at != null) {
      try {
        instant = instant(at);
      } catch (DateTimeParseException e) {
        p.add(path + ".at", "must be an ISO-8601 instant such as 2026-01-05T09:00:00Z", at);
      }
    }
    String actor = text(n, "actor", path + ".actor", p, true);
    UserId user = null;
    if (actor != null) {
      try {
        user = names.actor(actor);
      } catch (ValidationException e) {
        p.addAll(path + ".actor", List.of(dev.salesops.core.validation.Problem.of("value", "must be a user id", actor)));
      }
    }
    String command = text(n, "command", path + ".command", p, true);
    String reason = text(n, "reason", path + ".reason", p, false);
    String lost = text(n, "lostReason", path + ".lostReason", p, false);
    LostReason lostReason = null;
    if (lost != null) {
      try {
        lostReason = LostReason.of(lost);
      } catch (ValidationException e) {
        p.add(path + ".lostReason", "must be a lost-reason code", lost);
      }
    }
    if (p.size() > before) {
      return null;
    }
    try {
      return HistoryEntry.of(names.name(from), names.name(to), instant, user, names.name(command), reason, lostReason);
    } catch (ValidationException e) {
      p.addAll(path, e.problems());
      return null;
    }
  }

  /**
   * {@link Instant#parse} of {@code text}: the form the library writes ({@code 2026-01-05T09:00:00Z}, with 1 to 9
   * fraction digits or none) is read directly (the formatter costs microseconds a call, and a 1 MB snapshot holds
   * thousands); anything else (offsets, lower case, leap seconds, impossible dates, five-digit years) goes to
   * {@link Instant#parse}, so every result and every refusal ({@link DateTimeParseException}) is exactly its own.
   */
  static Instant instant(String text) {
    Instant direct = direct(text);
    return direct != null ? direct : Instant.parse(text);
  }

  /**
   * The instant of {@code text} when it has the form the library writes and a valid date and time, else null (then
   * {@link #instant} leaves it to {@link Instant#parse}). Every {@link Instant#toString()} of the years 0000 to 9999
   * is read here.
   */
  static Instant direct(String text) {
    int n = text.length();
    if (n >= 20 && n <= 30 && text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T'
        && text.charAt(13) == ':' && text.charAt(16) == ':' && text.charAt(n - 1) == 'Z') {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 2);
      int day = digits(text, 8, 2);
      int hour = digits(text, 11, 2);
      int minute = digits(text, 14, 2);
      int second = digits(text, 17, 2);
      int nano = 0;
      boolean plain = year >= 0 && month >= 1 && month <= 12 && day >= 1 && hour >= 0 && hour <= 23
          && minute >= 0 && minute <= 59 && second >= 0 && second <= 59;
      if (plain && n > 20) {
        int fraction = n - 21; // between '.' and 'Z'
        nano = text.charAt(19) == '.' && fraction >= 1 && fraction <= 9 ? digits(text, 20, fraction) : -1;
        for (int k = fraction; k < 9 && nano > 0; k++) {
          nano *= 10;
        }
        plain = nano >= 0;
      } else if (plain) {
        plain = text.charAt(19) == 'Z';
      }
      if (plain && day <= java.time.Month.of(month).length(java.time.Year.isLeap(year))) {
        long days = java.time.LocalDate.of(year, month, day).toEpochDay();
        return Instant.ofEpochSecond(days * 86_400 + hour * 3_600L + minute * 60L + second, nano);
      }
    }
    return null;
  }

  /** The ASCII digits {@code text[from, from + count)} as a number, or -1 if one is not a digit. */
  private static int digits(String text, int from, int count) {
    int v = 0;
    for (int k = from; k < from + count; k++) {
      char c = text.charAt(k);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  private static void fields(JsonValue n, String path, Problems p, String... known) {
    // a handful of known names: compared in place (no set, no copy of the member names per object)
    for (String name : ((JsonObject) n).members().keySet()) {
      if (!isOneOf(name, known)) {
        p.add(JsonFields.child(path, name), "is not a known field (known: " + String.join(", ", known) + ")",
            JsonFields.shorten(name));
      }
    }
  }

  private static List<String> names(JsonValue n) {
    return new ArrayList<>(((JsonObject) n).members().keySet());
  }

  private static boolean isOneOf(String name, String[] known) {
    for (String k : known) {
      if (k.equals(name)) {
        return true;
      }
    }
    return false;
  }

  private static String text(JsonValue parent, String field, String path, Problems p, boolean required) {
    JsonValue v = parent.get(field);
    if (v == null || v.isNull()) {
      if (required) {
        p.add(path, "is required");
      }
      return null;
    }
    return text(v, path, p);
  }

  private static String text(JsonValue v, String path, Problems p) {
    if (!v.isString()) {
      p.add(path, "must be a string", brief(v, path));
      return null;
    }
    return v.stringValue();
  }

  /**
   * A wrong value as a message shows it: a scalar shortened, a container by its kind only, and nothing of a
   * free-text reason (it may name people).
   */
  private static String brief(JsonValue v, String path) {
    if (path.endsWith(".reason")) {
      return "(free text, not shown)";
    }
    if (v.isContainer()) {
      return kind(v);
    }
    return JsonFields.show(v);
  }

  private static Integer integer(JsonValue parent, String field, String path, Problems p, boolean required) {
    JsonValue v = parent.get(field);
    if (v == null || v.isNull()) {
      if (required) {
        p.add(path, "is required");
      }
      return null;
    }
    Integer i = v instanceof JsonNumber num ? intValue(num) : null;
    if (i == null) {
      p.add(path, "must be a whole number", brief(v, path));
    }
    return i;
  }

  /** The value of an integer literal within {@code int} range ({@code 12}, not {@code 12.0} nor {@code 1e1}), else null. */
  private static Integer intValue(JsonNumber n) {
    if (!n.isIntegral() || n.text().length() > 11) {
      return null;
    }
    long l = Long.parseLong(n.text());
    return l == (int) l ? (int) l : null;
  }

  private static Duration duration(JsonValue parent, String field, String path, Problems p) {
    String s = text(parent, field, path, p, false);
    if (s == null) {
      return null;
    }
    try {
      return Duration.parse(s);
    } catch (DateTimeParseException e) {
      p.add(path, "must be an ISO-8601 duration such as P14D or PT4H", s);
      return null;
    }
  }

  // ---------------------------------------------------------------- writing

  private static String pretty(JsonValue n) {
    return JsonWriter.spaced(n) + "\n";
  }

  static JsonObject toTree(WorkflowDefinition d) {
    JsonObject.Builder o = JsonObject.builder();
    o.put("id", d.id());
    o.put("version", d.version());
    d.description().ifPresent(s -> o.put("description", s));
    o.put("initialState", d.initialState());
    o.put("movePolicy", d.movePolicy().name());
    JsonArray.Builder lr = JsonArray.builder();
    d.lostReasons().forEach(r -> lr.add(JsonString.of(r.code())));
    o.put("lostReasons", lr.build());
    JsonArray.Builder states = JsonArray.builder();
    for (State s : d.states()) {
      JsonObject.Builder so = JsonObject.builder();
      so.put("id", s.id());
      so.put("order", s.order());
      so.put("kind", s.kind().code());
      s.description().ifPresent(x -> so.put("description", x));
      s.probability().ifPresent(x -> so.put("probability", JsonNumber.of(x)));
      s.forecastCategory().ifPresent(x -> so.put("forecastCategory", x.name()));
      s.maxDwell().ifPresent(x -> so.put("maxDwell", format(x)));
      s.leadTime().ifPresent(x -> so.put("leadTime", format(x)));
      s.entryCriteria().ifPresent(x -> so.put("entryCriteria", toTree(x)));
      s.exitCriteria().ifPresent(x -> so.put("exitCriteria", toTree(x)));
      states.add(so.build());
    }
    o.put("states", states.build());
    JsonArray.Builder ts = JsonArray.builder();
    for (Transition t : d.transitions()) {
      JsonObject.Builder to = JsonObject.builder();
      t.from().ifPresent(x -> to.put("from", x));
      t.fromKind().ifPresent(x -> to.put("fromKind", x.code()));
      to.put("command", t.command());
      t.to().ifPresent(x -> to.put("to", x));
      if (t.isToLastOpen()) {
        to.put("toLastOpen", true);
      }
      t.guard().ifPresent(x -> to.put("guard", toTree(x)));
      t.priority().ifPresent(x -> to.put("priority", x));
      ts.add(to.build());
    }
    o.put("transitions", ts.build());
    return o.build();
  }

  /** {@code P7D} for whole days, else the ISO-8601 form of {@link Duration#toString()}. */
  static String format(Duration d) {
    if (!d.isNegative() && !d.isZero() && d.getNano() == 0 && d.getSeconds() % 86_400 == 0) {
      return "P" + d.toDays() + "D";
    }
    return d.toString();
  }

  static JsonObject toTree(CriterionSpec spec) {
    JsonObject.Builder o = JsonObject.builder();
    if (spec instanceof CriterionSpec.Leaf l) {
      o.put("type", l.type());
      if (!l.params().asMap().isEmpty()) {
        o.put("params", valueTree(l.params().asMap()));
      }
    } else if (spec instanceof CriterionSpec.Not n) {
      o.put("not", toTree(n.spec()));
    } else if (spec instanceof CriterionSpec.AllOf all) {
      JsonArray.Builder a = JsonArray.builder();
      all.all().forEach(s -> a.add(toTree(s)));
      o.put("allOf", a.build());
    } else {
      JsonArray.Builder a = JsonArray.builder();
      ((CriterionSpec.AnyOf) spec).any().forEach(s -> a.add(toTree(s)));
      o.put("anyOf", a.build());
    }
    return o.build();
  }

  private static JsonValue valueTree(Object v) {
    if (v == null) {
      return JsonNull.INSTANCE;
    }
    if (v instanceof String s) {
      return JsonString.of(s);
    }
    if (v instanceof Boolean b) {
      return JsonBoolean.of(b);
    }
    if (v instanceof BigDecimal d) {
      return JsonNumber.of(d);
    }
    if (v instanceof List<?> list) {
      JsonArray.Builder a = JsonArray.builder();
      list.forEach(e -> a.add(valueTree(e)));
      return a.build();
    }
    JsonObject.Builder o = JsonObject.builder();
    ((Map<?, ?>) v).forEach((k, e) -> o.put(String.valueOf(k), valueTree(e)));
    return o.build();
  }

  static JsonObject toTree(Snapshot s) {
    JsonObject.Builder o = JsonObject.builder();
    o.put("definitionId", s.definitionId());
    o.put("definitionVersion", s.definitionVersion());
    o.put("state", s.state());
    JsonArray.Builder h = JsonArray.builder();
    for (HistoryEntry e : s.history()) {
      JsonObject.Builder eo = JsonObject.builder();
      e.from().ifPresent(x -> eo.put("from", x));
      eo.put("to", e.to());
      eo.put("at", e.at().toString());
      eo.put("actor", e.actor().value());
      eo.put("command", e.command());
      e.reason().ifPresent(x -> eo.put("reason", x));
      e.lostReason().ifPresent(x -> eo.put("lostReason", x.code()));
      h.add(eo.build());
    }
    o.put("history", h.build());
    return o.build();
  }
}
