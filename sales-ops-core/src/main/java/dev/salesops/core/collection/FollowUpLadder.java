package dev.salesops.core.collection;

import dev.salesops.core.validation.Problems;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The tiered follow-up ladder (階梯式跟進流程) as data: steps at day offsets from the due date, each with who
 * acts. Steps are kept in {@code fromDay} order; each step's window runs from its {@code fromDay} to its
 * {@code toDay} (or to the day before the next step), so on any day at most one step applies.
 *
 * <p>Rules (all problems reported at once): at least one step; step ids unique; windows do not overlap —
 * two steps starting on the same day, or a {@code toDay} reaching into the next step, are refused, naming both
 * steps and their days.
 *
 * <p>{@link #standard()}: −3 reminder (system), +1 e-mail (owner), +7 call (owner), +30 escalation
 * (manager), +60 formal demand (finance), +90 legal hand-over (legal).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FollowUpLadder {
  private static final FollowUpLadder STANDARD = of(List.of(
      FollowUpStep.of("reminder", -3, "reminder", Responsible.SYSTEM),
      FollowUpStep.of("email", 1, "e-mail", Responsible.OWNER),
      FollowUpStep.of("call", 7, "call", Responsible.OWNER),
      FollowUpStep.of("escalation", 30, "manager escalation", Responsible.MANAGER),
      FollowUpStep.of("formal-demand", 60, "formal demand", Responsible.FINANCE),
      FollowUpStep.of("legal", 90, "legal hand-over", Responsible.LEGAL)));

  private final List<FollowUpStep> steps;
  private final int[] from;
  private final int[] to;

  private FollowUpLadder(List<FollowUpStep> steps) {
    this.steps = steps;
    this.from = new int[steps.size()];
    this.to = new int[steps.size()];
    for (int i = 0; i < steps.size(); i++) {
      from[i] = steps.get(i).fromDay();
      to[i] = steps.get(i).toDay().orElse(i + 1 < steps.size() ? steps.get(i + 1).fromDay() - 1 : Integer.MAX_VALUE);
    }
  }

  /**
   * A ladder of {@code steps} (any order; kept sorted by {@code fromDay}).
   *
   * @throws dev.salesops.core.validation.ValidationException naming every problem
   */
  public static FollowUpLadder of(List<FollowUpStep> steps) {
    Objects.requireNonNull(steps, "steps");
    Problems problems = new Problems();
    if (steps.isEmpty()) {
      problems.add("ladder steps", "must hold at least one step", "[]");
    }
    Set<String> ids = new HashSet<>();
    for (FollowUpStep s : steps) {
      Objects.requireNonNull(s, "steps element");
      if (!ids.add(s.id())) {
        problems.add("ladder step " + s.id() + " id", "must be unique in the ladder", s.id());
      }
    }
    List<FollowUpStep> sorted = new ArrayList<>(steps);
    sorted.sort(Comparator.comparingInt(FollowUpStep::fromDay));
    for (int i = 0; i + 1 < sorted.size(); i++) {
      FollowUpStep a = sorted.get(i);
      FollowUpStep b = sorted.get(i + 1);
      int aEnd = a.toDay().orElse(b.fromDay() - 1);
      if (a.fromDay() == b.fromDay() || aEnd >= b.fromDay()) {
        problems.add("ladder step " + a.id() + " days [" + a.fromDay() + ", " + aEnd + "]",
            "must not overlap step " + b.id() + " starting on day " + b.fromDay(), b.id());
      }
    }
    problems.throwIfAny();
    return new FollowUpLadder(List.copyOf(sorted));
  }

  /**
   * A ladder from plain data, as any JSON or YAML parser gives it: a list of maps with {@code id} (string),
   * {@code fromDay} (whole number), optional {@code toDay} (whole number), {@code action} (string) and {@code
   * responsible} (one of {@link Responsible}). Every problem is reported at once, with paths such as {@code
   * steps[2].fromDay}; unknown keys are refused.
   *
   * <pre>{@code
   * [{"id": "reminder", "fromDay": -3, "action": "reminder", "responsible": "SYSTEM"},
   *  {"id": "call", "fromDay": 7, "toDay": 29, "action": "call", "responsible": "OWNER"}]
   * }</pre>
   */
  public static FollowUpLadder fromData(List<? extends Map<String, ?>> data) {
    Objects.requireNonNull(data, "data");
    Problems problems = new Problems();
    List<FollowUpStep> steps = new ArrayList<>();
    for (int i = 0; i < data.size(); i++) {
      String p = "steps[" + i + "]";
      Map<String, ?> m = data.get(i);
      if (m == null) {
        problems.add(p, "must be an object", "null");
        continue;
      }
      for (String key : m.keySet()) {
        if (!KEYS.contains(key)) {
          problems.add(p + "." + key, "is not a step field (known: " + String.join(", ", KEYS) + ")", key);
        }
      }
      String id = string(m, "id", p, problems);
      Integer from = whole(m, "fromDay", p, problems, true);
      Integer to = whole(m, "toDay", p, problems, false);
      String action = string(m, "action", p, problems);
      String who = string(m, "responsible", p, problems);
      Responsible responsible = null;
      if (who != null) {
        try {
          responsible = Responsible.valueOf(who);
        } catch (IllegalArgumentException e) {
          problems.add(p + ".responsible", "must be one of " + java.util.Arrays.toString(Responsible.values()), who);
        }
      }
      if (id != null && from != null && action != null && responsible != null) {
        try {
          steps.add(new FollowUpStep(id, from, to, action, responsible));
        } catch (dev.salesops.core.validation.ValidationException e) {
          problems.addAll(p, e.problems());
        }
      }
    }
    problems.throwIfAny();
    return of(steps);
  }

  /** This ladder as plain data, the inverse of {@link #fromData}. */
  public List<Map<String, Object>> toData() {
    List<Map<String, Object>> out = new ArrayList<>();
    for (FollowUpStep s : steps) {
      Map<String, Object> m = new java.util.LinkedHashMap<>();
      m.put("id", s.id());
      m.put("fromDay", s.fromDay());
      s.toDay().ifPresent(t -> m.put("toDay", t));
      m.put("action", s.action());
      m.put("responsible", s.responsible().name());
      out.add(java.util.Collections.unmodifiableMap(m));
    }
    return List.copyOf(out);
  }

  private static final List<String> KEYS = List.of("id", "fromDay", "toDay", "action", "responsible");

  private static String string(Map<String, ?> m, String key, String p, Problems problems) {
    Object v = m.get(key);
    if (v instanceof String) {
      return (String) v;
    }
    problems.add(p + "." + key, v == null ? "is required" : "must be a string", v == null ? "missing" : v);
    return null;
  }

  private static Integer whole(Map<String, ?> m, String key, String p, Problems problems, boolean required) {
    Object v = m.get(key);
    if (v == null) {
      if (required) {
        problems.add(p + "." + key, "is required", "missing");
      }
      return null;
    }
    if (v instanceof Number) {
      try {
        return new java.math.BigDecimal(v.toString()).intValueExact();
      } catch (ArithmeticException | NumberFormatException e) {
        // falls through
      }
    }
    problems.add(p + "." + key, "must be a whole number", v);
    return null;
  }

  /** The standard ladder (see the class comment). */
  public static FollowUpLadder standard() {
    return STANDARD;
  }

  /** The steps, by {@code fromDay}. */
  public List<FollowUpStep> steps() {
    return steps;
  }

  /** The step whose window holds {@code daysPastDue}, if any. */
  public Optional<FollowUpStep> stepOn(long daysPastDue) {
    int i = indexOn(daysPastDue);
    return i < 0 ? Optional.empty() : Optional.of(steps.get(i));
  }

  int indexOn(long daysPastDue) {
    // few steps: a linear scan beats a binary search
    for (int i = from.length - 1; i >= 0; i--) {
      if (daysPastDue >= from[i]) {
        return daysPastDue <= to[i] ? i : -1;
      }
    }
    return -1;
  }

  /** The last day of step {@code i}'s window ({@link Integer#MAX_VALUE} when it never ends). */
  int lastDay(int i) {
    return to[i];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FollowUpLadder && ((FollowUpLadder) o).steps.equals(steps);
  }

  @Override
  public int hashCode() {
    return steps.hashCode();
  }

  @Override
  public String toString() {
    return "FollowUpLadder" + steps;
  }
}
