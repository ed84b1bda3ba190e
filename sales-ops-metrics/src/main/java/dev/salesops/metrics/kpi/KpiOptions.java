package dev.salesops.metrics.kpi;

import dev.salesops.core.model.ForecastCategory;
import dev.salesops.core.internal.Checks;
import dev.salesops.metrics.period.DateRange;
import dev.salesops.metrics.stats.PercentileMethod;
import dev.salesops.metrics.stats.QuantileMode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The parameters of a {@link KpiReport}. Defaults: every date ({@link DateRange#all()}), win rate over closed
 * deals excluding no lost reason, linear-interpolation percentiles, exact quantiles, sales cycle of won deals
 * only, per-currency money, no stage probabilities, every open deal qualified, no funnel.
 *
 * <p><b>Window</b>: each KPI takes its own date: created-date KPIs (new leads, new opportunities, open deals,
 * the funnel cohort, the {@link WinRateBasis#CREATED} win rate) count records created in the window;
 * closed-date KPIs (won, lost, new customers, win rate over closed deals, deal size, sales cycle) count deals
 * closed in the window; pipeline closing in the window uses the expected close date. With the unbounded
 * window a record without the date still counts; with a bounded one it is left out (and counted in
 * {@link KpiReport#missing()}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class KpiOptions {
  private static final KpiOptions DEFAULTS = builder().build();

  final DateRange window;
  final WinRateBasis winRateBasis;
  final Set<String> excludedLostReasons;
  final PercentileMethod percentileMethod;
  final QuantileMode quantileMode;
  final boolean cycleForAllClosed;
  final Map<String, Integer> stageProbabilityMicro;
  final Map<String, ForecastCategory> stageForecastCategories;
  final Set<String> qualifiedStages;
  final List<String> funnelStages;
  final int funnelMinDeals;
  final String firstOpportunityStage;
  final MoneyPolicy moneyPolicy;
  final VelocityBasis velocityBasis;
  final Set<String> disqualifiedLostReasons;
  /** Per stage code: probability, forecast category and whether qualified, in one lookup. */
  final Map<String, StageInfo> stageInfo;

  /** What the options say about one stage. */
  static final class StageInfo {
    final int probabilityMicro;
    final ForecastCategory category;
    final boolean qualified;

    StageInfo(int probabilityMicro, ForecastCategory category, boolean qualified) {
      this.probabilityMicro = probabilityMicro;
      this.category = category;
      this.qualified = qualified;
    }
  }

  private KpiOptions(Builder b) {
    this.window = b.window;
    this.winRateBasis = b.winRateBasis;
    this.excludedLostReasons = Collections.unmodifiableSet(new LinkedHashSet<>(b.excludedLostReasons));
    this.percentileMethod = b.percentileMethod;
    this.quantileMode = b.quantileMode;
    this.cycleForAllClosed = b.cycleForAllClosed;
    this.stageProbabilityMicro = Collections.unmodifiableMap(new HashMap<>(b.stageProbabilityMicro));
    this.stageForecastCategories = Collections.unmodifiableMap(new HashMap<>(b.stageForecastCategories));
    this.qualifiedStages = Collections.unmodifiableSet(new HashSet<>(b.qualifiedStages));
    this.funnelStages = List.copyOf(b.funnelStages);
    if (new HashSet<>(funnelStages).size() != funnelStages.size()) {
      throw Checks.fail("funnelStages", "must not repeat a stage", funnelStages);
    }
    this.funnelMinDeals = b.funnelMinDeals;
    this.firstOpportunityStage = b.firstOpportunityStage;
    if (firstOpportunityStage != null && !funnelStages.contains(firstOpportunityStage)) {
      throw Checks.fail("firstOpportunityStage", "must be one of the funnel stages " + funnelStages, firstOpportunityStage);
    }
    this.moneyPolicy = b.moneyPolicy;
    this.velocityBasis = b.velocityBasis;
    this.disqualifiedLostReasons = Collections.unmodifiableSet(new LinkedHashSet<>(b.disqualifiedLostReasons));
    Map<String, StageInfo> info = new HashMap<>();
    Set<String> stages = new HashSet<>(stageProbabilityMicro.keySet());
    stages.addAll(stageForecastCategories.keySet());
    stages.addAll(qualifiedStages);
    for (String s : stages) {
      Integer m = stageProbabilityMicro.get(s);
      info.put(s, new StageInfo(m == null ? -1 : m, stageForecastCategories.get(s), qualifiedStages.isEmpty() || qualifiedStages.contains(s)));
    }
    this.stageInfo = Collections.unmodifiableMap(info);
  }

  /** The default options. */
  public static KpiOptions defaults() {
    return DEFAULTS;
  }

  /** A new builder with the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these options. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.window = window;
    b.winRateBasis = winRateBasis;
    b.excludedLostReasons.addAll(excludedLostReasons);
    b.percentileMethod = percentileMethod;
    b.quantileMode = quantileMode;
    b.cycleForAllClosed = cycleForAllClosed;
    b.stageProbabilityMicro.putAll(stageProbabilityMicro);
    b.stageForecastCategories.putAll(stageForecastCategories);
    b.qualifiedStages.addAll(qualifiedStages);
    b.funnelStages.addAll(funnelStages);
    b.funnelMinDeals = funnelMinDeals;
    b.firstOpportunityStage = firstOpportunityStage;
    b.moneyPolicy = moneyPolicy;
    b.velocityBasis = velocityBasis;
    b.disqualifiedLostReasons.addAll(disqualifiedLostReasons);
    return b;
  }

  /** These options with another window. */
  public KpiOptions withWindow(DateRange window) {
    return toBuilder().window(window).build();
  }

  /** The reporting window. */
  public DateRange window() {
    return window;
  }

  /** The win-rate denominator policy. */
  public WinRateBasis winRateBasis() {
    return winRateBasis;
  }

  /** Lost reasons whose deals are left out of win rates (e.g. NO_DECISION). */
  public Set<String> excludedLostReasons() {
    return excludedLostReasons;
  }

  /** The percentile method. */
  public PercentileMethod percentileMethod() {
    return percentileMethod;
  }

  /** Exact or approximate quantiles. */
  public QuantileMode quantileMode() {
    return quantileMode;
  }

  /** Whether the report also has the sales cycle of all closed deals (won and lost). */
  public boolean cycleForAllClosed() {
    return cycleForAllClosed;
  }

  /** The default win probability of a stage. */
  public Optional<BigDecimal> stageProbability(String stage) {
    Integer m = stageProbabilityMicro.get(Objects.requireNonNull(stage, "stage"));
    return m == null ? Optional.empty() : Optional.of(Stats.micro(m));
  }

  /** The default forecast category of each stage. */
  public Map<String, ForecastCategory> stageForecastCategories() {
    return stageForecastCategories;
  }

  /** The stages whose open deals are qualified (for sales velocity); empty means every open deal. */
  public Set<String> qualifiedStages() {
    return qualifiedStages;
  }

  /** The open stages of the pipeline in order, for the funnel; empty means no funnel. */
  public List<String> funnelStages() {
    return funnelStages;
  }

  /** The fewest deals a stage needs to be a bottleneck candidate. */
  public int funnelMinDeals() {
    return funnelMinDeals;
  }

  /** The funnel stage from which a record counts as an opportunity (not just a lead); empty = every record. */
  public Optional<String> firstOpportunityStage() {
    return Optional.ofNullable(firstOpportunityStage);
  }

  /** How currencies are reported. */
  public MoneyPolicy moneyPolicy() {
    return moneyPolicy;
  }

  /** Which opportunities the sales velocity counts (default {@link VelocityBasis#OPEN_QUALIFIED}). */
  public VelocityBasis velocityBasis() {
    return velocityBasis;
  }

  /** Lost reasons that mark an opportunity as disqualified, for {@link VelocityBasis#ALL_NOT_DISQUALIFIED}. */
  public Set<String> disqualifiedLostReasons() {
    return disqualifiedLostReasons;
  }

  /** Builds {@link KpiOptions}. Not thread-safe. */
  public static final class Builder {
    private DateRange window = DateRange.all();
    private WinRateBasis winRateBasis = WinRateBasis.CLOSED;
    private final Set<String> excludedLostReasons = new LinkedHashSet<>();
    private PercentileMethod percentileMethod = PercentileMethod.LINEAR;
    private QuantileMode quantileMode = QuantileMode.exact();
    private boolean cycleForAllClosed;
    private final Map<String, Integer> stageProbabilityMicro = new LinkedHashMap<>();
    private final Map<String, ForecastCategory> stageForecastCategories = new LinkedHashMap<>();
    private final Set<String> qualifiedStages = new LinkedHashSet<>();
    private final List<String> funnelStages = new ArrayList<>();
    private int funnelMinDeals = 1;
    private String firstOpportunityStage;
    private MoneyPolicy moneyPolicy = MoneyPolicy.perCurrency();
    private VelocityBasis velocityBasis = VelocityBasis.OPEN_QUALIFIED;
    private final Set<String> disqualifiedLostReasons = new LinkedHashSet<>();

    Builder() {}

    /** Which opportunities the sales velocity counts (default {@link VelocityBasis#OPEN_QUALIFIED}). */
    public Builder velocityBasis(VelocityBasis basis) {
      this.velocityBasis = Objects.requireNonNull(basis, "basis");
      return this;
    }

    /** Lost reasons that disqualify an opportunity from the {@link VelocityBasis#ALL_NOT_DISQUALIFIED} count. */
    public Builder disqualifiedLostReasons(String... reasons) {
      for (String r : reasons) {
        disqualifiedLostReasons.add(Checks.text(r, "disqualifiedLostReasons", 64));
      }
      return this;
    }

    /** The reporting window (default: every date). */
    public Builder window(DateRange window) {
      this.window = Objects.requireNonNull(window, "window");
      return this;
    }

    /** The win-rate denominator policy (default CLOSED). */
    public Builder winRateBasis(WinRateBasis basis) {
      this.winRateBasis = Objects.requireNonNull(basis, "basis");
      return this;
    }

    /** Leaves deals lost for {@code reasons} out of win rates (numerator and denominator). */
    public Builder excludeLostReasons(String... reasons) {
      for (String r : reasons) {
        excludedLostReasons.add(Checks.text(r, "excludedLostReasons", 64));
      }
      return this;
    }

    /** The percentile method (default LINEAR). */
    public Builder percentileMethod(PercentileMethod method) {
      this.percentileMethod = Objects.requireNonNull(method, "method");
      return this;
    }

    /** Exact (default) or approximate quantiles. */
    public Builder quantileMode(QuantileMode mode) {
      this.quantileMode = Objects.requireNonNull(mode, "mode");
      return this;
    }

    /** Also report the sales cycle over all closed deals. */
    public Builder cycleForAllClosed(boolean value) {
      this.cycleForAllClosed = value;
      return this;
    }

    /** The default win probability of {@code stage}, in [0, 1] with at most 6 decimals. */
    public Builder stageProbability(String stage, BigDecimal probability) {
      Checks.text(stage, "stage", 64);
      Checks.within(probability, BigDecimal.ZERO, BigDecimal.ONE, "stageProbability." + stage);
      BigDecimal micro = probability.movePointRight(6);
      if (micro.stripTrailingZeros().scale() > 0) {
        throw Checks.fail("stageProbability." + stage, "must have at most 6 decimal places", probability.toPlainString());
      }
      stageProbabilityMicro.put(stage, micro.intValue());
      return this;
    }

    /** The default forecast category of {@code stage}. */
    public Builder stageForecastCategory(String stage, ForecastCategory category) {
      stageForecastCategories.put(Checks.text(stage, "stage", 64), Objects.requireNonNull(category, "category"));
      return this;
    }

    /** The stages whose open deals count as qualified for sales velocity (default: all open deals). */
    public Builder qualifiedStages(String... stages) {
      for (String s : stages) {
        qualifiedStages.add(Checks.text(s, "qualifiedStages", 64));
      }
      return this;
    }

    /** The open stages of the pipeline in order; enables the funnel. */
    public Builder funnelStages(List<String> stages) {
      Objects.requireNonNull(stages, "stages");
      funnelStages.clear();
      for (String s : stages) {
        funnelStages.add(Checks.text(s, "funnelStages", 64));
      }
      return this;
    }

    /** The fewest deals for a bottleneck candidate (default 1). */
    public Builder funnelMinDeals(int min) {
      this.funnelMinDeals = Checks.nonNegative(min, "funnelMinDeals");
      return this;
    }

    /** The funnel stage from which a record is an opportunity rather than a lead. */
    public Builder firstOpportunityStage(String stage) {
      this.firstOpportunityStage = stage == null ? null : Checks.text(stage, "firstOpportunityStage", 64);
      return this;
    }

    /** How currencies are reported (default per currency). */
    public Builder moneyPolicy(MoneyPolicy policy) {
      this.moneyPolicy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /** Builds the options. */
    public KpiOptions build() {
      return new KpiOptions(this);
    }
  }
}
