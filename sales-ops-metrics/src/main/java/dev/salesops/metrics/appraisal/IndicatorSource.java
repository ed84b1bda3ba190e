package dev.salesops.metrics.appraisal;

import dev.salesops.core.internal.Checks;
import dev.salesops.core.validation.Problems;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Where an indicator's actual value comes from. This is a <em>description</em>: the appraisal does not
 * compute KPIs; the caller supplies the values ({@link AppraisalInput}), and the source says what they mean
 * and, for a manager's rating, which values are allowed.
 *
 * <ul>
 *   <li>{@link Kpi}: a KPI of the metrics module by name (e.g. {@code "revenue"}, {@code "collectedCash"});
 *   <li>{@link Count}: a count of activities (e.g. {@code "visits"});
 *   <li>{@link ManagerRating}: a rating entered by a manager on a declared scale {@code [min, max]}; actuals
 *       and targets outside the scale are refused at evaluation.
 * </ul>
 *
 * <p>Achievement is {@code actual / target} for every source (mirrored for lower-is-better, see {@link
 * Direction}); for a rating this is the plain quotient of the two ratings (4 against a target of 4 is
 * 100 %), not a position on the scale.
 *
 * <p>JSON: {@code {"kpi":"revenue"}}, {@code {"count":"visits"}}, {@code {"rating":{"min":1,"max":5}}}.
 */
public sealed interface IndicatorSource permits IndicatorSource.Kpi, IndicatorSource.Count, IndicatorSource.ManagerRating {

  /** A short description, e.g. {@code kpi revenue}, {@code count visits}, {@code manager rating 1..5}. */
  String describe();

  /** A KPI computed elsewhere (the metrics module or the host). */
  static IndicatorSource kpi(String name) {
    return new Kpi(name);
  }

  /** A count of activities. */
  static IndicatorSource count(String what) {
    return new Count(what);
  }

  /** A manager's rating on the scale {@code [min, max]}. */
  static IndicatorSource rating(BigDecimal min, BigDecimal max) {
    return new ManagerRating(min, max);
  }

  /**
   * A KPI by name.
   *
   * @param name the KPI's name (at most 64 characters)
   */
  record Kpi(String name) implements IndicatorSource {
    /** Validates the name. */
    public Kpi {
      Checks.text(name, "source.kpi", 64);
    }

    @Override
    public String describe() {
      return "kpi " + name;
    }
  }

  /**
   * A count of activities.
   *
   * @param what what is counted (at most 64 characters)
   */
  record Count(String what) implements IndicatorSource {
    /** Validates the name. */
    public Count {
      Checks.text(what, "source.count", 64);
    }

    @Override
    public String describe() {
      return "count " + what;
    }
  }

  /**
   * A manager's rating on a declared scale.
   *
   * @param min the lowest rating, not negative
   * @param max the highest rating, greater than {@code min}
   */
  record ManagerRating(BigDecimal min, BigDecimal max) implements IndicatorSource {
    /** Validates the scale. */
    public ManagerRating {
      Objects.requireNonNull(min, "min");
      Objects.requireNonNull(max, "max");
      Problems p = new Problems();
      if (min.signum() < 0) {
        p.add("source.rating.min", "must not be negative", min.toPlainString());
      }
      if (max.compareTo(min) <= 0) {
        p.add("source.rating.max", "must be greater than min " + min.toPlainString(), max.toPlainString());
      }
      p.throwIfAny();
    }

    /** Whether {@code value} lies on the scale. */
    public boolean allows(BigDecimal value) {
      return value.compareTo(min) >= 0 && value.compareTo(max) <= 0;
    }

    @Override
    public String describe() {
      return "manager rating " + min.toPlainString() + ".." + max.toPlainString();
    }
  }
}
