package dev.salesops.scoring.scorecard;

import dev.salesops.core.internal.Nullable;
import dev.salesops.core.internal.Checks;
import dev.salesops.core.validation.Problems;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A rule-based, explainable scorecard (docs/DOMAIN.md §3): criteria in groups (FIT, ENGAGEMENT), each earning points
 * when its rule matches; engagement points decay with the age of the activity at an explicit instant; group
 * caps and weights, a total cap, and grade bands.
 *
 * <p>Formula: for each criterion, {@code raw = matched ? points : 0}; {@code decayed = decay(raw, age)} when the
 * criterion has a decay and its rule dates the activity, else {@code raw}; per group {@code points = Σ decayed},
 * {@code contribution = min(points, cap) × weight}; {@code total = min(Σ contributions, totalCap)}; the grade is
 * the band with {@code min <= total < max}. Sums are taken in criterion-id order, so the score does not depend on
 * the order criteria are declared in (not even in the last bit); the breakdown keeps the declared order.
 * Points are doubles: scores are not money.
 *
 * <p>Build one from JSON with {@link ScorecardLoader} or in code with {@link #of}. This class is immutable and
 * thread-safe.
 */
public final class Scorecard {
  private final String name;
  private final List<ScorecardCriterion> criteria;
  private final ScorecardCriterion[] evalOrder;
  private final Map<Group, GroupSettings> groups;
  private final Optional<Double> totalCap;
  private final List<GradeBand> grades;

  private Scorecard(String name, List<ScorecardCriterion> criteria, Map<Group, GroupSettings> groups, Optional<Double> totalCap,
      List<GradeBand> grades) {
    this.name = name;
    this.criteria = List.copyOf(criteria);
    List<ScorecardCriterion> sorted = new ArrayList<>(criteria);
    sorted.sort(Comparator.comparing(ScorecardCriterion::id));
    this.evalOrder = sorted.toArray(new ScorecardCriterion[0]);
    Map<Group, GroupSettings> g = new EnumMap<>(Group.class);
    for (Group group : Group.values()) {
      g.put(group, groups.getOrDefault(group, GroupSettings.DEFAULT));
    }
    this.groups = java.util.Collections.unmodifiableMap(g);
    this.totalCap = totalCap;
    this.grades = List.copyOf(grades);
  }

  /**
   * A scorecard, validated with every problem reported at once: a name of 1-100 characters, unique criterion ids,
   * a total cap >= 0, grade bands with unique grades that do not overlap.
   *
   * @param totalCap the cap on the total; {@code null} = no cap
   * @throws dev.salesops.core.validation.ValidationException listing every problem
   */
  public static Scorecard of(String name, List<ScorecardCriterion> criteria, Map<Group, GroupSettings> groups,
      @Nullable Double totalCap, List<GradeBand> grades) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(criteria, "criteria");
    Objects.requireNonNull(groups, "groups");
    Objects.requireNonNull(grades, "grades");
    Problems problems = new Problems();
    try {
      Checks.text(name, "name", 100);
    } catch (dev.salesops.core.validation.ValidationException e) {
      e.problems().forEach(problems::add);
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < criteria.size(); i++) {
      ScorecardCriterion c = Objects.requireNonNull(criteria.get(i), "criteria[" + i + "]");
      if (!ids.add(c.id())) {
        problems.add("criteria[" + i + "].id", "must be unique", c.id());
      }
    }
    if (totalCap != null && (!(totalCap >= 0) || totalCap.isInfinite())) {
      problems.add("totalCap", "must be a finite number >= 0", totalCap);
    }
    checkGrades(grades, problems);
    problems.throwIfAny();
    return new Scorecard(name, criteria, groups, Optional.ofNullable(totalCap), grades);
  }

  static void checkGrades(List<GradeBand> grades, Problems problems) {
    Set<String> names = new HashSet<>();
    for (int i = 0; i < grades.size(); i++) {
      if (!names.add(grades.get(i).grade())) {
        problems.add("grades[" + i + "].grade", "must be unique", grades.get(i).grade());
      }
    }
    List<GradeBand> sorted = new ArrayList<>(grades);
    sorted.sort(Comparator.comparingDouble(GradeBand::min));
    for (int i = 1; i < sorted.size(); i++) {
      GradeBand lo = sorted.get(i - 1);
      GradeBand hi = sorted.get(i);
      if (lo.max() > hi.min()) {
        problems.add("grades", "must not overlap", lo + " and " + hi);
      }
    }
  }

  /** The name. */
  public String name() {
    return name;
  }

  /** The criteria, in declared order. */
  public List<ScorecardCriterion> criteria() {
    return criteria;
  }

  /** The settings of every group. */
  public Map<Group, GroupSettings> groups() {
    return groups;
  }

  /** The total cap, when set. */
  public Optional<Double> totalCap() {
    return totalCap;
  }

  /** The grade bands. */
  public List<GradeBand> grades() {
    return grades;
  }

  /** A copy with the criteria in another order (the score is the same). */
  public Scorecard withCriteria(List<ScorecardCriterion> reordered) {
    return of(name, reordered, groups, totalCap.orElse(null), grades);
  }

  /** The score of {@code subject} at {@code asOf}, with its full breakdown. */
  public Score score(ScoringSubject subject, Instant asOf) {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(asOf, "asOf");
    Map<String, ScorecardCriterionScore> byId = new java.util.HashMap<>();
    double[] groupPoints = new double[Group.values().length];
    for (ScorecardCriterion c : evalOrder) {
      RuleMatch m = c.rule().evaluate(subject, asOf);
      double raw = m.matched() ? c.points() : 0;
      double decayed = raw;
      Optional<Double> age = Optional.empty();
      if (m.matched() && c.decay().isPresent() && m.activityAt().isPresent()) {
        double days = ageDays(m.activityAt().get(), asOf);
        age = Optional.of(days);
        decayed = c.decay().get().apply(raw, days);
      }
      groupPoints[c.group().ordinal()] += decayed;
      byId.put(c.id(), new ScorecardCriterionScore(c.id(), c.group(), m.matched(), raw, decayed, age.orElse(null), m.detail()));
    }
    List<ScorecardCriterionScore> lines = new ArrayList<>();
    for (ScorecardCriterion c : criteria) {
      lines.add(byId.get(c.id()));
    }
    List<GroupScore> groupScores = new ArrayList<>();
    double sum = 0;
    for (Group g : Group.values()) {
      GroupSettings s = groups.get(g);
      double pts = groupPoints[g.ordinal()];
      boolean capped = s.cap().isPresent() && pts > s.cap().get();
      double contribution = (capped ? s.cap().get() : pts) * s.weight();
      sum += contribution;
      groupScores.add(new GroupScore(g, pts, s.cap().orElse(null), capped, s.weight(), contribution));
    }
    double total = totalCap.isPresent() ? Math.min(sum, totalCap.get()) : sum;
    return new Score(name, total, sum, totalCap.orElse(null), grade(total).orElse(null), grades, groupScores, lines);
  }

  /** The total score only (the fast path: no breakdown, no allocation for built-in rules without decay). */
  public double total(ScoringSubject subject, Instant asOf) {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(asOf, "asOf");
    double fit = 0;
    double engagement = 0;
    for (ScorecardCriterion c : evalOrder) {
      ScoringRule rule = c.rule();
      double pts;
      if (c.decay().isEmpty()) {
        if (!rule.matches(subject, asOf)) {
          continue;
        }
        pts = c.points();
      } else {
        Instant at;
        if (rule instanceof BuiltInRules.EventCount) {
          at = ((BuiltInRules.EventCount) rule).latest(subject, asOf);
          if (at == null) {
            continue;
          }
        } else {
          RuleMatch m = rule.evaluate(subject, asOf);
          if (!m.matched()) {
            continue;
          }
          at = m.activityAt().orElse(null);
        }
        pts = at == null ? c.points() : c.decay().get().apply(c.points(), ageDays(at, asOf));
      }
      if (c.group() == Group.FIT) {
        fit += pts;
      } else {
        engagement += pts;
      }
    }
    double sum = contribution(Group.FIT, fit) + contribution(Group.ENGAGEMENT, engagement);
    return totalCap.isPresent() ? Math.min(sum, totalCap.get()) : sum;
  }

  private double contribution(Group g, double pts) {
    GroupSettings s = groups.get(g);
    return (s.cap().isPresent() && pts > s.cap().get() ? s.cap().get() : pts) * s.weight();
  }

  /** The grade of {@code total}; empty when no band holds it. */
  public Optional<String> grade(double total) {
    for (GradeBand b : grades) {
      if (b.contains(total)) {
        return Optional.of(b.grade());
      }
    }
    return Optional.empty();
  }

  static double ageDays(Instant activity, Instant asOf) {
    return Math.max(0, Duration.between(activity, asOf).toMillis() / 86_400_000.0);
  }

  @Override
  public String toString() {
    return "Scorecard{" + name + ", " + criteria.size() + " criteria}";
  }
}
