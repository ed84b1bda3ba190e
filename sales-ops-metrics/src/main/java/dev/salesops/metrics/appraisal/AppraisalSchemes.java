package dev.salesops.metrics.appraisal;

import dev.salesops.core.json.JsonValue;
import dev.salesops.core.internal.json.JsonFields;
import dev.salesops.core.internal.Checks;
import dev.salesops.core.validation.Problem;
import dev.salesops.core.validation.Problems;
import dev.salesops.core.validation.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads {@link AppraisalScheme}s from JSON and ships the seed's example scheme.
 *
 * <p>Reading reports <em>all</em> problems at once in one {@link ValidationException}, each with its JSON
 * path (e.g. {@code indicators[2].curve.stretch must be within (1, 10]: 0.9}): malformed fields, unknown
 * fields, bad curve parameters and every policy rule (weights summing to 100 %, type ranges, allowed
 * periods, gate references). The weight sums are checked only when every indicator's type and weight could
 * be read (a sum over unreadable weights would only mislead).
 *
 * <p>Format (weights, scores and achievements are fractions; a string such as {@code "40%"} is also read):
 *
 * <pre>{@code
 * {
 *   "name": "seed-example", "period": "QUARTER", "weekRule": "THURSDAY",
 *   "indicators": [
 *     {"name": "revenue", "type": "RESULT", "weight": "30%", "period": "MONTH",
 *      "direction": "HIGHER_IS_BETTER", "aggregation": "SUM", "source": {"kpi": "revenue"},
 *      "curve": {"type": "THRESHOLD", "threshold": 0.8, "thresholdScore": 0.4, "targetScore": 1,
 *                "stretch": 1.2, "stretchScore": 1.5}},
 *     {"name": "visits", ..., "source": {"count": "visits"}, "curve": {"type": "LINEAR", "floor": 0, "cap": 1.2}},
 *     {"name": "teamwork", ..., "source": {"rating": {"min": 1, "max": 5}},
 *      "curve": {"type": "BANDED", "boundaries": [0.5, 1], "scores": [0, 0.6, 1], "onBoundary": "LOWER_TIER"}}
 *   ],
 *   "gates": [{"name": "revenue-gate", "indicator": "revenue", "minAchievement": 0.8, "effect": "ZERO_TOTAL",
 *              "onMinimum": "UPPER_TIER"}],
 *   "weightSum": "EXACT", "scoreRounding": {"decimals": 1, "mode": "UP"}, "totalCap": 1.2,
 *   "bands": [{"name": "S", "minimum": 1.2}, ..., {"name": "D", "minimum": 0}],
 *   "policy": {"RESULT": {"minWeight": 0.6, "maxWeight": 0.7, "periods": ["MONTH", "QUARTER"]}, ...}
 * }
 * }</pre>
 *
 * <p>Options of issue 20, all optional: {@code weightSum} (EXACT, or RESCALE by Σw), {@code scoreRounding} (none),
 * {@code totalCap} (none); per indicator {@code scorePoints} {@code {"zeroAt": 60, "fullAt": 45}} (the value scoring
 * 0 % and the one scoring 100 %) and the direction LOWER_IS_BETTER_INVERSE (target ÷ actual); THRESHOLD curves'
 * {@code onThreshold} and gates' {@code onMinimum} (UPPER_TIER by default: exactly at the threshold or minimum
 * scores or passes; LOWER_TIER: it does not).
 *
 * <p>{@code period} (default QUARTER), {@code weekRule} (THURSDAY), {@code direction} (HIGHER_IS_BETTER),
 * {@code aggregation} (SUM), {@code gates}, {@code bands} (S/A/B/C/D) and {@code policy} (the seed's) are
 * optional; {@code description} (on the scheme and on indicators) is allowed and ignored. Enum values are
 * case-insensitive. When the host passes its own policy, the document must not
 * carry one.
 *
 * <p>Stateless and thread-safe.
 */
public final class AppraisalSchemes {
  /** The class-path resource of the seed's example scheme. */
  public static final String SEED_EXAMPLE_RESOURCE = "/dev/salesops/metrics/appraisal/seed-example-scheme.json";

  private static final Set<String> SCHEME_FIELDS = Set.of("name", "period", "weekRule", "indicators", "gates", "bands", "policy", "description",
      "weightSum", "scoreRounding", "totalCap");
  private static final Set<String> INDICATOR_FIELDS = Set.of("name", "type", "weight", "period", "direction", "aggregation", "source", "curve", "description",
      "scorePoints");
  private static final Set<String> GATE_FIELDS = Set.of("name", "indicator", "minAchievement", "effect", "zeroes", "onMinimum");
  private static final Set<String> BAND_FIELDS = Set.of("name", "minimum");
  private static final Set<String> RULE_FIELDS = Set.of("minWeight", "maxWeight", "periods");

  private AppraisalSchemes() {}

  /**
   * The seed's example scheme (quarterly): RESULT 65 % (revenue 30 %, collected cash 20 %, new customers
   * 15 %), PROCESS 25 % (visits 10 % weekly, proposals 8 % weekly, quotes 7 % monthly), CAPABILITY 10 %
   * (product knowledge 4 %, selling skill 3 %, teamwork 3 %, manager ratings on 1-5); revenue gate: the total
   * is zeroed when revenue achievement is below 80 %.
   */
  public static AppraisalScheme seedExample() {
    try (InputStream in = AppraisalSchemes.class.getResourceAsStream(SEED_EXAMPLE_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource missing: " + SEED_EXAMPLE_RESOURCE);
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a scheme; the policy is the document's {@code policy} or, without one, the seed's. */
  public static AppraisalScheme read(String json) {
    Objects.requireNonNull(json, "json");
    return fromTree(JsonFields.read(json), null);
  }

  /** Reads a scheme validated against the host's {@code policy} (the document must not carry one). */
  public static AppraisalScheme read(String json, AppraisalPolicy policy) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(policy, "policy");
    return fromTree(JsonFields.read(json), policy);
  }

  /** Reads a scheme from UTF-8 bytes; the policy is the document's or the seed's. The stream is not closed. */
  public static AppraisalScheme read(InputStream json) {
    Objects.requireNonNull(json, "json");
    return fromTree(JsonFields.read(json), null);
  }

  /** Reads a scheme from UTF-8 bytes, validated against the host's {@code policy}. The stream is not closed. */
  public static AppraisalScheme read(InputStream json, AppraisalPolicy policy) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(policy, "policy");
    return fromTree(JsonFields.read(json), policy);
  }



  private static AppraisalScheme fromTree(JsonValue root, AppraisalPolicy hostPolicy) {
    JsonFields f = new JsonFields(new Problems()).withPercentages("0.4", "40%");
    if (!f.object(root, "", SCHEME_FIELDS)) {
      f.problems().throwIfAny();
    }
    String name = f.text(root, "", "name", true);
    PeriodKind period = JsonFields.hasValue(root, "period") ? enumValue(f, root, "", "period", PeriodKind.class, false) : PeriodKind.QUARTER;
    WeekRule weekRule = JsonFields.hasValue(root, "weekRule") ? enumValue(f, root, "", "weekRule", WeekRule.class, false) : WeekRule.THURSDAY;
    WeightSum weightSum = JsonFields.hasValue(root, "weightSum") ? enumValue(f, root, "", "weightSum", WeightSum.class, false) : WeightSum.EXACT;
    BigDecimal totalCap = f.decimal(root, "", "totalCap", false);
    ScoreRounding scoreRounding = null;
    if (root.has("scoreRounding")) {
      JsonValue r = root.get("scoreRounding");
      if (f.object(r, "scoreRounding", Set.of("decimals", "mode"))) {
        Integer decimals = f.integer(r, "scoreRounding", "decimals", true);
        java.math.RoundingMode mode = enumValue(f, r, "scoreRounding", "mode", java.math.RoundingMode.class, true);
        if (decimals != null && mode != null) {
          scoreRounding = build(f, "scoreRounding", () -> ScoreRounding.of(decimals, mode));
        }
      }
    }

    AppraisalPolicy policy = hostPolicy;
    if (root.has("policy")) {
      if (hostPolicy != null) {
        f.problems().add("policy", "must not be set: the host supplies the policy");
      } else {
        policy = readPolicy(f, root.get("policy"));
      }
    }
    boolean policyKnown = policy != null || !root.has("policy");
    if (policy == null) {
      policy = AppraisalPolicy.seedDefault();
    }

    List<Indicator> indicators = new ArrayList<>();
    List<SchemeRules.Head> heads = new ArrayList<>();
    boolean headsComplete = true;
    boolean indicatorsComplete = true;
    JsonValue inds = f.array(root, "", "indicators", true);
    if (inds == null) {
      headsComplete = false;
      indicatorsComplete = false;
    } else {
      for (int i = 0; i < inds.size(); i++) {
        String path = "indicators[" + i + "]";
        JsonValue n = inds.get(i);
        if (!f.object(n, path, INDICATOR_FIELDS)) {
          headsComplete = false;
          indicatorsComplete = false;
          continue;
        }
        String iname = f.text(n, path, "name", true);
        IndicatorType type = enumValue(f, n, path, "type", IndicatorType.class, true);
        BigDecimal weight = f.decimal(n, path, "weight", true);
        PeriodKind iperiod = enumValue(f, n, path, "period", PeriodKind.class, true);
        Direction direction = JsonFields.hasValue(n, "direction") ? enumValue(f, n, path, "direction", Direction.class, false) : Direction.HIGHER_IS_BETTER;
        Aggregation aggregation = JsonFields.hasValue(n, "aggregation") ? enumValue(f, n, path, "aggregation", Aggregation.class, false) : Aggregation.SUM;
        IndicatorSource source = readSource(f, n.get("source"), path + ".source");
        ScoringCurve curve = readCurve(f, n.get("curve"), path + ".curve");
        ScorePoints points = null;
        boolean pointsOk = true;
        if (n.has("scorePoints")) {
          pointsOk = false;
          String ppath = path + ".scorePoints";
          if (f.object(n.get("scorePoints"), ppath, Set.of("zeroAt", "fullAt"))) {
            BigDecimal zeroAt = f.decimal(n.get("scorePoints"), ppath, "zeroAt", true);
            BigDecimal fullAt = f.decimal(n.get("scorePoints"), ppath, "fullAt", true);
            if (zeroAt != null && fullAt != null) {
              points = build(f, ppath, () -> new ScorePoints(zeroAt, fullAt));
              pointsOk = points != null;
            }
          }
        }
        ScorePoints finalPoints = points;
        if (type == null || weight == null) {
          headsComplete = false;
        }
        heads.add(new SchemeRules.Head(i, iname, type, weight, iperiod));
        if (iname == null || type == null || weight == null || iperiod == null || direction == null || aggregation == null
            || source == null || curve == null || !pointsOk) {
          indicatorsComplete = false;
          continue;
        }
        Indicator built = build(f, path, () -> Indicator.builder().name(iname).type(type).weight(weight).period(iperiod)
            .direction(direction).aggregation(aggregation).source(source).curve(curve).scorePoints(java.util.Optional.ofNullable(finalPoints)).build());
        if (built == null) {
          indicatorsComplete = false;
        } else {
          indicators.add(built);
        }
      }
    }

    List<Gate> gates = new ArrayList<>();
    boolean gatesComplete = true;
    JsonValue gs = f.array(root, "", "gates", false);
    if (gs != null) {
      for (int i = 0; i < gs.size(); i++) {
        String path = "gates[" + i + "]";
        JsonValue n = gs.get(i);
        if (!f.object(n, path, GATE_FIELDS)) {
          gatesComplete = false;
          continue;
        }
        String gname = f.text(n, path, "name", true);
        String indicator = f.text(n, path, "indicator", true);
        BigDecimal min = f.decimal(n, path, "minAchievement", true);
        GateEffect effect = enumValue(f, n, path, "effect", GateEffect.class, true);
        BoundaryRule onMinimum = n.has("onMinimum") ? enumValue(f, n, path, "onMinimum", BoundaryRule.class, false) : BoundaryRule.UPPER_TIER;
        List<String> zeroes = new ArrayList<>();
        JsonValue z = f.array(n, path, "zeroes", false);
        if (z != null) {
          for (int j = 0; j < z.size(); j++) {
            if (z.get(j).isString()) {
              zeroes.add(z.get(j).stringValue());
            } else {
              f.problems().add(path + ".zeroes[" + j + "]", "must be a string", JsonFields.show(z.get(j)));
            }
          }
        }
        if (gname == null || indicator == null || min == null || effect == null || onMinimum == null) {
          gatesComplete = false;
          continue;
        }
        Gate g = build(f, path, () -> new Gate(gname, indicator, min, effect, zeroes, onMinimum));
        if (g == null) {
          gatesComplete = false;
        } else {
          gates.add(g);
        }
      }
    }

    RatingBands bands = RatingBands.defaults();
    JsonValue bs = f.array(root, "", "bands", false);
    if (bs != null) {
      List<RatingBand> list = new ArrayList<>();
      boolean ok = true;
      for (int i = 0; i < bs.size(); i++) {
        String path = "bands[" + i + "]";
        JsonValue n = bs.get(i);
        if (!f.object(n, path, BAND_FIELDS)) {
          ok = false;
          continue;
        }
        String bname = f.text(n, path, "name", true);
        BigDecimal min = f.decimal(n, path, "minimum", true);
        RatingBand b = bname == null || min == null ? null : build(f, path, () -> RatingBand.of(bname, min));
        if (b == null) {
          ok = false;
        } else {
          list.add(b);
        }
      }
      if (ok) {
        RatingBands built = build(f, "", () -> RatingBands.of(list));
        if (built != null) {
          bands = built;
        }
      }
    }

    // scheme-level rules over whatever could be read, so that every problem is reported in one go
    if (policyKnown) {
      if (weightSum != null) {
        SchemeRules.checkIndicators(heads, headsComplete, policy, period, weightSum, f.problems());
      }
    }
    if (indicatorsComplete && gatesComplete) {
      Set<String> names = new HashSet<>();
      for (Indicator i : indicators) {
        names.add(i.name());
      }
      SchemeRules.checkGates(gates, names, f.problems());
    }
    // every part that could not be read (weightSum, scoreRounding, totalCap, ...) has been reported and thrown above
    f.problems().throwIfAny();
    AppraisalPolicy finalPolicy = policy;
    RatingBands finalBands = bands;
    ScoreRounding finalRounding = scoreRounding;
    AppraisalScheme scheme = build(f, "", () -> AppraisalScheme.builder().name(name).period(period).weekRule(weekRule)
        .indicators(indicators).gates(gates).bands(finalBands).policy(finalPolicy).weightSum(weightSum)
        .scoreRounding(java.util.Optional.ofNullable(finalRounding)).totalCap(java.util.Optional.ofNullable(totalCap)).build());
    f.problems().throwIfAny();
    return scheme;
  }

  private static <T> T build(JsonFields f, String path, Supplier<T> builder) {
    try {
      return builder.get();
    } catch (ValidationException e) {
      f.problems().addAll(path, e.problems());
      return null;
    }
  }

  private static IndicatorSource readSource(JsonFields f, JsonValue n, String path) {
    String parent = path.substring(0, path.length() - ".source".length()); // record problems start at "source."
    if (!f.object(n, path, Set.of("kpi", "count", "rating"))) {
      return null;
    }
    if (n.size() != 1) {
      f.problems().add(path, "must hold exactly one of kpi, count, rating", n.size() + " fields");
      return null;
    }
    if (n.has("kpi")) {
      String s = f.text(n, path, "kpi", true);
      return s == null ? null : build(f, parent, () -> IndicatorSource.kpi(s));
    }
    if (n.has("count")) {
      String s = f.text(n, path, "count", true);
      return s == null ? null : build(f, parent, () -> IndicatorSource.count(s));
    }
    JsonValue r = n.get("rating");
    String rpath = path + ".rating";
    if (!f.object(r, rpath, Set.of("min", "max"))) {
      return null;
    }
    BigDecimal min = f.decimal(r, rpath, "min", true);
    BigDecimal max = f.decimal(r, rpath, "max", true);
    return min == null || max == null ? null : build(f, parent, () -> IndicatorSource.rating(min, max));
  }

  private static ScoringCurve readCurve(JsonFields f, JsonValue n, String path) {
    if (n == null || !n.isObject()) {
      f.object(n, path, Set.of());
      return null;
    }
    String type = f.text(n, path, "type", true);
    if (type == null) {
      return null;
    }
    switch (type.strip().toUpperCase(java.util.Locale.ROOT)) {
      case "LINEAR": {
        f.object(n, path, Set.of("type", "floor", "cap"));
        BigDecimal floor = f.decimal(n, path, "floor", true);
        BigDecimal cap = f.decimal(n, path, "cap", true);
        return floor == null || cap == null ? null : build(f, path, () -> LinearCurve.of(floor, cap));
      }
      case "THRESHOLD": {
        f.object(n, path, Set.of("type", "threshold", "thresholdScore", "targetScore", "stretch", "stretchScore", "onThreshold"));
        BigDecimal t = f.decimal(n, path, "threshold", true);
        BigDecimal ts = f.decimal(n, path, "thresholdScore", true);
        BigDecimal tg = n.has("targetScore") ? f.decimal(n, path, "targetScore", true) : BigDecimal.ONE;
        BigDecimal s = f.decimal(n, path, "stretch", true);
        BigDecimal ss = f.decimal(n, path, "stretchScore", true);
        BoundaryRule on = n.has("onThreshold") ? enumValue(f, n, path, "onThreshold", BoundaryRule.class, false) : BoundaryRule.UPPER_TIER;
        return t == null || ts == null || tg == null || s == null || ss == null || on == null ? null
            : build(f, path, () -> new ThresholdCurve(t, ts, tg, s, ss, on));
      }
      case "BANDED": {
        f.object(n, path, Set.of("type", "boundaries", "scores", "onBoundary"));
        List<BigDecimal> boundaries = decimals(f, f.array(n, path, "boundaries", true), path + ".boundaries");
        List<BigDecimal> scores = decimals(f, f.array(n, path, "scores", true), path + ".scores");
        BoundaryRule rule = n.has("onBoundary") ? enumValue(f, n, path, "onBoundary", BoundaryRule.class, false) : BoundaryRule.LOWER_TIER;
        return boundaries == null || scores == null || rule == null ? null
            : build(f, path, () -> new BandedCurve(boundaries, scores, rule));
      }
      default:
        f.problems().add(path + ".type", "must be one of [LINEAR, THRESHOLD, BANDED]", "\"" + JsonFields.shorten(type) + "\"");
        return null;
    }
  }

  /** An enum constant named case-insensitively, '-' read as '_' ("higher-is-better"); null if absent or reported. */
  private static <E extends Enum<E>> E enumValue(JsonFields f, JsonValue parent, String path, String field, Class<E> type, boolean required) {
    String s = f.text(parent, path, field, required);
    return s == null ? null : enumValue(f, s, JsonFields.join(path, field), type);
  }

  private static <E extends Enum<E>> E enumValue(JsonFields f, String s, String path, Class<E> type) {
    try {
      return Enum.valueOf(type, s.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      List<String> names = new ArrayList<>();
      for (E c : type.getEnumConstants()) {
        names.add(c.name());
      }
      f.problems().add(path, "must be one of " + names, "\"" + JsonFields.shorten(s) + "\"");
      return null;
    }
  }

  private static List<BigDecimal> decimals(JsonFields f, JsonValue array, String path) {
    if (array == null) {
      return null;
    }
    List<BigDecimal> out = new ArrayList<>();
    boolean ok = true;
    for (int i = 0; i < array.size(); i++) {
      BigDecimal d = f.decimal(array.get(i), path + "[" + i + "]");
      if (d == null) {
        ok = false;
      } else {
        out.add(d);
      }
    }
    return ok ? out : null;
  }

  private static AppraisalPolicy readPolicy(JsonFields f, JsonValue n) {
    Set<String> typeNames = new HashSet<>();
    for (IndicatorType t : IndicatorType.values()) {
      typeNames.add(t.name());
    }
    if (!f.object(n, "policy", typeNames)) {
      return null;
    }
    Map<IndicatorType, AppraisalPolicy.TypeRule> rules = new EnumMap<>(IndicatorType.class);
    boolean ok = true;
    for (Map.Entry<String, JsonValue> e : n.members().entrySet()) {
      if (!typeNames.contains(e.getKey())) {
        ok = false;
        continue;
      }
      String path = "policy." + e.getKey();
      JsonValue r = e.getValue();
      if (!f.object(r, path, RULE_FIELDS)) {
        ok = false;
        continue;
      }
      BigDecimal min = f.decimal(r, path, "minWeight", true);
      BigDecimal max = f.decimal(r, path, "maxWeight", true);
      JsonValue ps = f.array(r, path, "periods", true);
      Set<PeriodKind> periods = EnumSet.noneOf(PeriodKind.class);
      if (ps != null) {
        for (int i = 0; i < ps.size(); i++) {
          if (!ps.get(i).isString()) {
            f.problems().add(path + ".periods[" + i + "]", "must be a string", JsonFields.show(ps.get(i)));
            ok = false;
            continue;
          }
          PeriodKind k = enumValue(f, ps.get(i).stringValue(), path + ".periods[" + i + "]", PeriodKind.class);
          if (k == null) {
            ok = false;
          } else {
            periods.add(k);
          }
        }
      }
      if (min == null || max == null || ps == null) {
        ok = false;
        continue;
      }
      AppraisalPolicy.TypeRule rule = build(f, path, () -> new AppraisalPolicy.TypeRule(min, max, periods));
      if (rule == null) {
        ok = false;
      } else {
        rules.put(IndicatorType.valueOf(e.getKey()), rule);
      }
    }
    return ok ? AppraisalPolicy.of(rules) : null;
  }
}
