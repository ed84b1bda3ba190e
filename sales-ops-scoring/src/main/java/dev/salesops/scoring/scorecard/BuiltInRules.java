package dev.salesops.scoring.scorecard;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/** The closed set of built-in operators. Not API. */
final class BuiltInRules {
  private BuiltInRules() {}

  static final List<String> OPERATORS = List.of("equals", "in", "range", "exists", "contains", "before", "after", "eventCount");

  static BigDecimal number(Object v) {
    if (v instanceof BigDecimal) {
      return (BigDecimal) v;
    }
    if (v instanceof String) {
      try {
        String s = (String) v;
        return s.length() > 100 ? null : new BigDecimal(s.strip());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  static LocalDate date(Object v) {
    if (v instanceof LocalDate) {
      return (LocalDate) v;
    }
    if (v instanceof String) {
      try {
        return LocalDate.parse(((String) v).strip());
      } catch (DateTimeParseException e) {
        return null;
      }
    }
    return null;
  }

  abstract static class FieldRule implements ScoringRule {
    final Fields.Field field;
    final Function<ScoringSubject, Object> accessor;

    FieldRule(Fields.Field field) {
      this.field = field;
      this.accessor = field.accessor();
    }

    abstract boolean test(Object value, Instant asOf);

    abstract String describe();

    @Override
    public boolean matches(ScoringSubject subject, Instant asOf) {
      Object v = accessor.apply(subject);
      return v != null && test(v, asOf);
    }

    @Override
    public RuleMatch evaluate(ScoringSubject subject, Instant asOf) {
      Object v = accessor.apply(subject);
      if (v == null) {
        return RuleMatch.no(field.name() + " is not set (" + describe() + ")");
      }
      boolean ok = test(v, asOf);
      String detail = field.name() + " = " + v + (ok ? " matches " : " does not match ") + describe();
      return ok ? RuleMatch.yes(detail) : RuleMatch.no(detail);
    }

    @Override
    public String toString() {
      return field.name() + " " + describe();
    }
  }

  static final class Exists extends FieldRule {
    Exists(Fields.Field f) {
      super(f);
    }

    @Override
    boolean test(Object value, Instant asOf) {
      return true;
    }

    @Override
    String describe() {
      return "exists";
    }
  }

  /** equals and in: by text, or numerically when the expected values are numbers. */
  static final class In extends FieldRule {
    final Set<String> texts;
    final List<BigDecimal> numbers;
    final String op;

    In(Fields.Field f, String op, Set<String> texts, List<BigDecimal> numbers) {
      super(f);
      this.op = op;
      this.texts = Set.copyOf(texts);
      this.numbers = List.copyOf(numbers);
    }

    @Override
    boolean test(Object value, Instant asOf) {
      if (value instanceof String && texts.contains(value)) {
        return true;
      }
      if (value instanceof LocalDate && texts.contains(value.toString())) {
        return true;
      }
      if (!numbers.isEmpty()) {
        BigDecimal n = number(value);
        if (n != null) {
          for (BigDecimal x : numbers) {
            if (x.compareTo(n) == 0) {
              return true;
            }
          }
        }
      }
      return false;
    }

    @Override
    String describe() {
      java.util.List<String> all = new java.util.ArrayList<>(new java.util.TreeSet<>(texts));
      numbers.forEach(n -> all.add(n.toPlainString()));
      return op + " " + (op.equals("equals") && all.size() == 1 ? all.get(0) : all.toString());
    }
  }

  /** min <= value < max. */
  static final class Range extends FieldRule {
    final BigDecimal min;
    final BigDecimal max;

    Range(Fields.Field f, BigDecimal min, BigDecimal max) {
      super(f);
      this.min = min;
      this.max = max;
    }

    @Override
    boolean test(Object value, Instant asOf) {
      BigDecimal n = number(value);
      return n != null && (min == null || n.compareTo(min) >= 0) && (max == null || n.compareTo(max) < 0);
    }

    @Override
    String describe() {
      return "range [" + (min == null ? "-inf" : min.toPlainString()) + ", " + (max == null ? "+inf" : max.toPlainString()) + ")";
    }
  }

  static final class Contains extends FieldRule {
    final String needle;

    Contains(Fields.Field f, String needle) {
      super(f);
      this.needle = needle.toLowerCase(Locale.ROOT);
    }

    @Override
    boolean test(Object value, Instant asOf) {
      return value.toString().toLowerCase(Locale.ROOT).contains(needle);
    }

    @Override
    String describe() {
      return "contains \"" + needle + "\" (ignoring case)";
    }
  }

  /** before / after a fixed date or a date relative to the scoring instant (UTC). */
  static final class DateCompare extends FieldRule {
    final boolean before;
    final LocalDate fixed;
    final int offsetDays;

    DateCompare(Fields.Field f, boolean before, LocalDate fixed, int offsetDays) {
      super(f);
      this.before = before;
      this.fixed = fixed;
      this.offsetDays = offsetDays;
    }

    LocalDate reference(Instant asOf) {
      return fixed != null ? fixed : LocalDate.ofInstant(asOf, ZoneOffset.UTC).plusDays(offsetDays);
    }

    @Override
    boolean test(Object value, Instant asOf) {
      LocalDate d = date(value);
      if (d == null) {
        return false;
      }
      LocalDate ref = reference(asOf);
      return before ? d.isBefore(ref) : d.isAfter(ref);
    }

    @Override
    public RuleMatch evaluate(ScoringSubject subject, Instant asOf) {
      RuleMatch m = super.evaluate(subject, asOf);
      if (m.matched()) {
        LocalDate d = date(accessor.apply(subject));
        return RuleMatch.yes(d.atStartOfDay(ZoneOffset.UTC).toInstant(), m.detail() + " (" + reference(asOf) + ")");
      }
      return m;
    }

    @Override
    String describe() {
      return (before ? "before " : "after ") + (fixed != null ? fixed.toString() : "scoring date " + (offsetDays >= 0 ? "+" : "") + offsetDays + " days");
    }
  }

  /** At least minCount events of a type within the last withinDays days (all time when 0). */
  static final class EventCount implements ScoringRule {
    final String type;
    final long windowMillis;
    final int minCount;
    final int withinDays;

    EventCount(String type, int withinDays, int minCount) {
      this.type = type;
      this.withinDays = withinDays;
      this.windowMillis = withinDays * 86_400_000L;
      this.minCount = minCount;
    }

    private boolean counts(EngagementEvent e, long now) {
      if (!e.type().equals(type)) {
        return false;
      }
      long t = e.at().toEpochMilli();
      return t <= now && (windowMillis == 0 || t > now - windowMillis);
    }

    @Override
    public boolean matches(ScoringSubject subject, Instant asOf) {
      long now = asOf.toEpochMilli();
      int n = 0;
      List<EngagementEvent> events = subject.events();
      for (int i = 0, size = events.size(); i < size; i++) {
        if (counts(events.get(i), now) && ++n >= minCount) {
          return true;
        }
      }
      return false;
    }

    /** The most recent counted event's instant, or null when the rule does not match. */
    Instant latest(ScoringSubject subject, Instant asOf) {
      long now = asOf.toEpochMilli();
      int n = 0;
      Instant latest = null;
      for (EngagementEvent e : subject.events()) {
        if (counts(e, now)) {
          n++;
          if (latest == null || e.at().isAfter(latest)) {
            latest = e.at();
          }
        }
      }
      return n >= minCount ? latest : null;
    }

    @Override
    public RuleMatch evaluate(ScoringSubject subject, Instant asOf) {
      long now = asOf.toEpochMilli();
      int n = 0;
      Instant latest = null;
      for (EngagementEvent e : subject.events()) {
        if (counts(e, now)) {
          n++;
          if (latest == null || e.at().isAfter(latest)) {
            latest = e.at();
          }
        }
      }
      String detail = n + " \"" + type + "\" event(s) " + (withinDays == 0 ? "up to the scoring instant" : "in the last " + withinDays + " days")
          + ", at least " + minCount + " needed";
      return n >= minCount ? RuleMatch.yes(latest, detail + "; latest " + latest) : RuleMatch.no(detail);
    }

    @Override
    public String toString() {
      return "eventCount " + type + " >= " + minCount + (withinDays == 0 ? "" : " within " + withinDays + " days");
    }
  }
}
