package dev.salesops.core.definition;

import dev.salesops.core.internal.Checks;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The parameters of a plug-in type as declared in a definition written as data (a workflow criterion type's
 * {@code params}, a scorecard rule type's): JSON-like values (strings, numbers, booleans, lists and
 * maps of them). Typed getters refuse a missing or mistyped parameter with a message naming
 * {@code params.<name>}, the value and the expected type: never a {@link ClassCastException}.
 *
 * <p>Loaders of definitions (workflow definitions, scorecards) hand a plug-in type (a workflow {@code CriterionType}, a scorecard {@code ScoringRuleType}) a {@linkplain
 * #tracking() tracking} copy and, after {@code create}, report every parameter the type never asked for
 * ({@link #unread()}) as unknown: a misspelt {@code withinDay} is refused instead of quietly falling back to a
 * default. Types should therefore read all their parameters in {@code create}.
 *
 * <p>This class is immutable and thread-safe (the record of names asked for, kept only by tracking copies, is
 * not part of the value: it does not affect {@code equals}).
 */
public final class DefinitionParams {
  private static final DefinitionParams EMPTY = new DefinitionParams(Map.of(), null);

  private final Map<String, Object> values;
  /** The names asked for, or null when this copy does not track. */
  private final Set<String> asked;

  private DefinitionParams(Map<String, Object> values, Set<String> asked) {
    this.values = values;
    this.asked = asked;
  }

  /**
   * The same parameters, in a copy that records which names are asked for, so that a loader can report the
   * ones a criterion type never read ({@link #unread()}).
   */
  public DefinitionParams tracking() {
    return new DefinitionParams(values, ConcurrentHashMap.newKeySet());
  }

  /**
   * The parameters never asked for through this tracking copy (sorted); empty for a copy that does not track.
   * {@link #asMap()} counts as asking for all of them.
   */
  public Set<String> unread() {
    if (asked == null) {
      return Set.of();
    }
    Set<String> out = new TreeSet<>(values.keySet());
    out.removeAll(asked);
    return Collections.unmodifiableSet(out);
  }

  private Object get(String name) {
    Objects.requireNonNull(name, "name");
    if (asked != null) {
      asked.add(name);
    }
    return values.get(name);
  }

  /** No parameters. */
  public static DefinitionParams empty() {
    return EMPTY;
  }

  /** The parameters {@code values} (copied deeply; only strings, numbers, booleans, lists and maps). */
  public static DefinitionParams of(Map<String, ?> values) {
    Objects.requireNonNull(values, "values");
    return new DefinitionParams(Collections.unmodifiableMap(copyMap(values, "params")), null);
  }

  /** All parameters. */
  public Map<String, Object> asMap() {
    if (asked != null) {
      asked.addAll(values.keySet());
    }
    return values;
  }

  /** Whether {@code name} is present. */
  public boolean has(String name) {
    return get(name) != null || values.containsKey(name);
  }

  /** A required string. */
  public String string(String name) {
    return optionalString(name).orElseThrow(() -> missing(name, "a string"));
  }

  /** An optional string. */
  public Optional<String> optionalString(String name) {
    Object v = get(name);
    if (v == null) {
      return Optional.empty();
    }
    if (!(v instanceof String)) {
      throw Checks.fail("params." + name, "must be a string", v);
    }
    return Optional.of((String) v);
  }

  /** A required number, exact. */
  public BigDecimal decimal(String name) {
    return optionalDecimal(name).orElseThrow(() -> missing(name, "a number"));
  }

  /** An optional number, exact. */
  public Optional<BigDecimal> optionalDecimal(String name) {
    Object v = get(name);
    if (v == null) {
      return Optional.empty();
    }
    if (v instanceof BigDecimal) {
      return Optional.of((BigDecimal) v);
    }
    if (v instanceof Number) {
      return Optional.of(new BigDecimal(v.toString()));
    }
    throw Checks.fail("params." + name, "must be a number", v);
  }

  /** An optional whole number within the range of {@code int}. */
  public Optional<Integer> optionalInt(String name) {
    return optionalDecimal(name).map(d -> {
      try {
        return d.intValueExact();
      } catch (ArithmeticException e) {
        throw Checks.fail("params." + name, "must be a whole number", d.toPlainString());
      }
    });
  }

  /** A whole number with a default. */
  public int intOr(String name, int defaultValue) {
    return optionalInt(name).orElse(defaultValue);
  }

  /** A boolean with a default. */
  public boolean booleanOr(String name, boolean defaultValue) {
    Object v = get(name);
    if (v == null) {
      return defaultValue;
    }
    if (!(v instanceof Boolean)) {
      throw Checks.fail("params." + name, "must be true or false", v);
    }
    return (Boolean) v;
  }

  /** A list of strings; empty when absent. */
  public List<String> strings(String name) {
    Object v = get(name);
    if (v == null) {
      return List.of();
    }
    if (!(v instanceof List)) {
      throw Checks.fail("params." + name, "must be a list of strings", v);
    }
    List<String> out = new ArrayList<>();
    List<?> list = (List<?>) v;
    for (int i = 0; i < list.size(); i++) {
      Object e = list.get(i);
      if (!(e instanceof String)) {
        throw Checks.fail("params." + name + "[" + i + "]", "must be a string", e);
      }
      out.add((String) e);
    }
    return List.copyOf(out);
  }

  private static RuntimeException missing(String name, String what) {
    return Checks.fail("params." + name, "is required and must be " + what, "missing");
  }

  private static Map<String, Object> copyMap(Map<String, ?> in, String path) {
    Map<String, Object> out = new LinkedHashMap<>();
    in.forEach((k, v) -> {
      Objects.requireNonNull(k, path + " key");
      out.put(k, copyValue(v, path + "." + k));
    });
    return out;
  }

  private static Object copyValue(Object v, String path) {
    if (v == null || v instanceof String || v instanceof Boolean) {
      return v;
    }
    if (v instanceof Number) {
      return v instanceof BigDecimal ? v : new BigDecimal(v.toString());
    }
    if (v instanceof List) {
      List<Object> out = new ArrayList<>();
      int i = 0;
      for (Object e : (List<?>) v) {
        out.add(copyValue(e, path + "[" + i++ + "]"));
      }
      return Collections.unmodifiableList(out);
    }
    if (v instanceof Map) {
      @SuppressWarnings("unchecked")
      Map<String, ?> m = (Map<String, ?>) v;
      return Collections.unmodifiableMap(copyMap(m, path));
    }
    throw Checks.fail(path, "must be a string, number, boolean, list or map", v.getClass().getSimpleName());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DefinitionParams && ((DefinitionParams) o).values.equals(values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return values.toString();
  }
}
