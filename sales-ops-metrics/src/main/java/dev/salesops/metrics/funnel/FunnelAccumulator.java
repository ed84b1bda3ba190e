package dev.salesops.metrics.funnel;

import dev.salesops.core.accumulate.Accumulator;
import dev.salesops.core.internal.Checks;
import dev.salesops.metrics.kpi.DealRecord;
import dev.salesops.metrics.kpi.KpiColumns;
import dev.salesops.core.internal.Nullable;
import dev.salesops.core.model.Outcome;
import dev.salesops.metrics.kpi.StageEntry;
import dev.salesops.metrics.period.DateRange;
import dev.salesops.metrics.internal.AcceptedTexts;
import dev.salesops.metrics.ratio.Ratio;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Computes a {@link Funnel} over deals created in a window (the funnel is a cohort of deals), for the open
 * stages {@code s[0], ..., s[n-1]} that the caller supplies in pipeline order.
 *
 * <p><b>How far a deal got</b> (its furthest stage index {@code f}; it then <em>reached</em> stages {@code
 * 0..f} and <em>advanced</em> from stages {@code 0..f-1}):
 * <ul>
 *   <li>a WON deal reached every stage and advanced from every stage, the last one included (to won);
 *   <li>a deal with a stage history containing funnel stages: {@code f} is the furthest funnel stage in its
 *       history (a stage skipped in the history counts as passed through, so counts never increase down the
 *       funnel); for a lost deal the lost-at stage also counts when it is further;
 *   <li>without history: an OPEN deal is at its current stage; a LOST deal reached the stage recorded as
 *       "lost at", or <b>only the first stage</b> when none is recorded (counted in {@link
 *       Funnel#lostWithoutStage()}, never guessed silently);
 *   <li>an OPEN deal without a current stage in the funnel, or a LOST deal whose lost-at stage is not in the
 *       funnel, is left out ({@link Funnel#leftOut()}).
 * </ul>
 *
 * <p><b>Time in stage</b>: from the stage history only: for each history entry of a funnel stage that is
 * followed by another entry, the time until that next entry; {@link FunnelStage#averageDaysInStage()} is the
 * mean in days.
 *
 * <p><b>Window</b>: only deals created in the window count; with {@link DateRange#all()} every deal counts,
 * otherwise a deal without a created date is left out.
 *
 * <p><b>Not thread-safe</b>: one per thread, combine with {@link #merge}.
 */
public final class FunnelAccumulator implements Accumulator<DealRecord, FunnelAccumulator, Funnel> {
  private final List<String> stages;
  private final Map<String, Integer> index;
  private final int minDeals;
  private final DateRange window;
  private final long[] reached;
  private final long[] advanced;
  private final long[] stageSeconds;
  private final long[] stageTimed;
  private long fromHistory;
  private long fromCurrentStage;
  private long lostWithoutStage;
  private long leftOut;

  /**
   * A funnel over {@code stages} (open stages in order, no repeats), with bottleneck candidates needing at
   * least {@code minDeals} deals, for deals created in {@code window}.
   */
  public FunnelAccumulator(List<String> stages, int minDeals, DateRange window) {
    Objects.requireNonNull(stages, "stages");
    Objects.requireNonNull(window, "window");
    this.stages = List.copyOf(stages);
    if (this.stages.isEmpty()) {
      throw Checks.fail("stages", "must name at least one stage", "[]");
    }
    if (new HashSet<>(this.stages).size() != this.stages.size()) {
      throw Checks.fail("stages", "must not repeat a stage", this.stages);
    }
    this.minDeals = Checks.nonNegative(minDeals, "minDeals");
    this.window = Objects.requireNonNull(window, "window");
    this.index = new HashMap<>();
    for (int i = 0; i < this.stages.size(); i++) {
      index.put(this.stages.get(i), i);
    }
    int n = this.stages.size();
    reached = new long[n];
    advanced = new long[n];
    stageSeconds = new long[n];
    stageTimed = new long[n];
  }

  /** A funnel over every deal, bottleneck candidates needing at least one deal. */
  public static FunnelAccumulator of(List<String> stages) {
    return new FunnelAccumulator(stages, 1, DateRange.all());
  }

  /** A new empty accumulator with the same configuration. */
  public FunnelAccumulator newEmpty() {
    return new FunnelAccumulator(stages, minDeals, window);
  }

  /**
   * The furthest stage index {@code deal} reached in {@code stages} by the rules of this class, {@code
   * stages.size()} for a won deal (past the last stage), or -1 when it cannot be placed.
   */
  public static int furthestStage(DealRecord deal, Map<String, Integer> stageIndex) {
    if (deal.outcome() == Outcome.WON) {
      return stageIndex.size();
    }
    int f = -1;
    for (StageEntry e : deal.stageHistory()) {
      Integer i = stageIndex.get(e.stage());
      if (i != null && i > f) {
        f = i;
      }
    }
    return furthest(deal.outcome(), deal.stage().orElse(null), deal.lostAtStage().orElse(null), f, stageIndex);
  }

  /** The rules of {@link #furthestStage} after the history gave {@code f} (-1: none in the funnel). */
  private static int furthest(Outcome outcome, String stage, String lostAt, int f, Map<String, Integer> stageIndex) {
    if (outcome == Outcome.WON) {
      return stageIndex.size();
    }
    if (outcome == Outcome.LOST) {
      if (lostAt != null) {
        Integer i = stageIndex.get(lostAt);
        if (i != null && i > f) {
          f = i;
        }
      } else if (f < 0) {
        f = 0;
      }
      return f;
    }
    if (f < 0 && stage != null) {
      Integer i = stageIndex.get(stage);
      f = i == null ? -1 : i;
    }
    return f;
  }

  @Override
  public void add(DealRecord deal) {
    Objects.requireNonNull(deal, "deal");
    if (!window.isAll()) {
      if (deal.createdDate().isEmpty() || !window.contains(deal.createdDate().get())) {
        return;
      }
    }
    List<StageEntry> h = deal.stageHistory();
    boolean history = false;
    for (StageEntry e : h) {
      if (index.containsKey(e.stage())) {
        history = true;
        break;
      }
    }
    count(furthestStage(deal, index), history, deal.outcome() == Outcome.LOST && deal.lostAtStage().isEmpty());
    for (int k = 0; k + 1 < h.size(); k++) {
      Integer i = index.get(h.get(k).stage());
      if (i != null) {
        stageSeconds[i] = Math.addExact(stageSeconds[i], Duration.between(h.get(k).enteredAt(), h.get(k + 1).enteredAt()).getSeconds());
        stageTimed[i]++;
      }
    }
  }

  /**
   * Adds a deal without stage history given by its values, exactly as {@link #add} adds a {@link DealRecord} with
   * this outcome, current stage, lost-at stage and created date and no history: for a host, or an accumulator such as
   * {@link dev.salesops.metrics.kpi.KpiAccumulator#addDeal}, that holds its deals unboxed and need not build a record
   * per deal (the results are those of the record path: tests).
   *
   * <p>Validated as {@link DealRecord} validates these values: a blank text is absent and text is stripped (at most
   * 64 characters, no control character); the created day within years 1000..9999.
   *
   * @param outcome WON, LOST or OPEN
   * @param stage the current stage code, or null
   * @param lostAtStage the open stage the deal was lost at, or null
   * @param createdDay the created date as {@link LocalDate#toEpochDay()}, or {@link
   *     dev.salesops.metrics.kpi.KpiColumns#NO_DATE}
   * @throws dev.salesops.core.validation.ValidationException (an {@link IllegalArgumentException}) when a value breaks
   *     its rule
   */
  public void addDeal(Outcome outcome, @Nullable String stage, @Nullable String lostAtStage, int createdDay) {
    Objects.requireNonNull(outcome, "outcome");
    stage = text(stage, "stage");
    lostAtStage = text(lostAtStage, "lostAtStage");
    if (createdDay != NO_DATE && (createdDay < MIN_DAY || createdDay > MAX_DAY)) {
      throw Checks.fail("createdDate", "must be within years 1000..9999", createdDay);
    }
    if (!window.isAll() && (createdDay == NO_DATE || !window.contains(LocalDate.ofEpochDay(createdDay)))) {
      return;
    }
    count(furthest(outcome, stage, lostAtStage, -1, index), false, outcome == Outcome.LOST && lostAtStage == null);
  }

  private static final int NO_DATE = KpiColumns.NO_DATE;
  private static final long MIN_DAY = LocalDate.of(1000, 1, 1).toEpochDay();
  private static final long MAX_DAY = LocalDate.of(9999, 12, 31).toEpochDay();

  /** The texts {@link #addDeal} takes, checked as {@link DealRecord} checks them (each distinct string once). */
  private final AcceptedTexts texts = new AcceptedTexts();

  private String text(String value, String field) {
    return texts.text(value, field);
  }

  /** Counts a deal that got to stage index {@code f} (-1: left out). */
  private void count(int f, boolean history, boolean lostWithoutAt) {
    if (f < 0) {
      leftOut++;
      return;
    }
    if (history) {
      fromHistory++;
    } else {
      fromCurrentStage++;
      if (lostWithoutAt) {
        lostWithoutStage++;
      }
    }
    int last = Math.min(f, stages.size() - 1);
    for (int i = 0; i <= last; i++) {
      reached[i]++;
      if (i < f) {
        advanced[i]++;
      }
    }
  }

  @Override
  public FunnelAccumulator merge(FunnelAccumulator other) {
    Objects.requireNonNull(other, "other");
    if (!other.stages.equals(stages)) {
      throw new IllegalArgumentException("funnels over different stages cannot be merged: " + stages + " and " + other.stages);
    }
    for (int i = 0; i < stages.size(); i++) {
      reached[i] += other.reached[i];
      advanced[i] += other.advanced[i];
      stageSeconds[i] = Math.addExact(stageSeconds[i], other.stageSeconds[i]);
      stageTimed[i] += other.stageTimed[i];
    }
    fromHistory += other.fromHistory;
    fromCurrentStage += other.fromCurrentStage;
    lostWithoutStage += other.lostWithoutStage;
    leftOut += other.leftOut;
    return this;
  }

  @Override
  public Funnel finish() {
    List<FunnelStage> out = new ArrayList<>(stages.size());
    String bottleneck = null;
    long bNum = 0;
    long bDen = 0;
    for (int i = 0; i < stages.size(); i++) {
      Ratio conversion = Ratio.of(advanced[i], reached[i]);
      Ratio days = Ratio.of(stageSeconds[i], stageTimed[i] * 86_400L);
      out.add(new FunnelStage(stages.get(i), reached[i], advanced[i], conversion, days));
      if (reached[i] > 0 && reached[i] >= minDeals) {
        // advanced/reached < bNum/bDen  <=>  advanced*bDen < bNum*reached
        if (bottleneck == null || java.math.BigInteger.valueOf(advanced[i]).multiply(java.math.BigInteger.valueOf(bDen))
            .compareTo(java.math.BigInteger.valueOf(bNum).multiply(java.math.BigInteger.valueOf(reached[i]))) < 0) {
          bottleneck = stages.get(i);
          bNum = advanced[i];
          bDen = reached[i];
        }
      }
    }
    return new Funnel(out, bottleneck, minDeals, fromHistory, fromCurrentStage, lostWithoutStage, leftOut);
  }

  // ---- portable state (see FunnelStateCodec): package-private, additive ----

  List<String> portableStages() {
    return stages;
  }

  int portableMinDeals() {
    return minDeals;
  }

  DateRange portableWindow() {
    return window;
  }

  /** reached, advanced, stageSeconds, stageTimed per stage; then fromHistory, fromCurrentStage, lostWithoutStage, leftOut. */
  long[][] portableArrays() {
    return new long[][] {reached, advanced, stageSeconds, stageTimed};
  }

  long[] portableCounts() {
    return new long[] {fromHistory, fromCurrentStage, lostWithoutStage, leftOut};
  }

  void portableSetCounts(long[] c) {
    fromHistory = c[0];
    fromCurrentStage = c[1];
    lostWithoutStage = c[2];
    leftOut = c[3];
  }
}
