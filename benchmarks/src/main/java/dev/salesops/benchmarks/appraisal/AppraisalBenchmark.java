package dev.salesops.benchmarks.appraisal;

import dev.salesops.core.model.UserId;
import dev.salesops.metrics.appraisal.Appraisal;
import dev.salesops.metrics.appraisal.AppraisalInput;
import dev.salesops.metrics.appraisal.AppraisalScheme;
import dev.salesops.metrics.appraisal.AppraisalSchemes;
import dev.salesops.metrics.appraisal.Appraiser;
import dev.salesops.metrics.appraisal.CalendarPeriod;
import dev.salesops.metrics.appraisal.PeriodKind;
import dev.salesops.metrics.appraisal.RatingBands;
import dev.salesops.metrics.appraisal.TeamRollup;
import dev.salesops.metrics.appraisal.WeekRule;
import dev.salesops.metrics.incentive.CommissionMethod;
import dev.salesops.metrics.incentive.CommissionPlan;
import dev.salesops.metrics.incentive.RateTier;
import dev.salesops.metrics.incentive.Accelerator;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * <b>Checks issue 7's goal</b> (appraisal throughput, reported per rep): appraise 100,000 reps with the 9-indicator seed scheme (weekly visits and proposals: 13 weeks
 * each; monthly revenue, cash, quotes: 3 months each; quarterly new customers and 3 ratings: 39
 * measurements per rep), full breakdown, gates and band. Throughput is reported per rep
 * ({@code @OperationsPerInvocation(100_000)}): ops/s = reps appraised per second on one thread.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar AppraisalBenchmark -f 1 -wi 2 -i 3 -w 2s -r 2s}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class AppraisalBenchmark {
  static final int REPS = 100_000;

  AppraisalScheme scheme;
  Appraiser appraiser;
  UserId[] ids;
  AppraisalInput[] inputs;
  CommissionPlan plan;
  Money quota;
  Money[] credited;

  @Setup
  public void setUp() {
    scheme = AppraisalSchemes.seedExample();
    CalendarPeriod q2 = CalendarPeriod.quarter(2026, 2);
    appraiser = scheme.appraiser(q2);
    List<CalendarPeriod> weeks = q2.periodsOf(PeriodKind.WEEK, WeekRule.THURSDAY);
    List<CalendarPeriod> months = q2.periodsOf(PeriodKind.MONTH, WeekRule.THURSDAY);
    BigDecimal[] small = new BigDecimal[301];
    for (int i = 0; i < small.length; i++) {
      small[i] = BigDecimal.valueOf(i);
    }
    Random r = new Random(42);
    ids = new UserId[REPS];
    inputs = new AppraisalInput[REPS];
    credited = new Money[REPS];
    for (int i = 0; i < REPS; i++) {
      ids[i] = UserId.of("rep-" + i);
      AppraisalInput.Builder b = AppraisalInput.builder();
      for (CalendarPeriod m : months) {
        b.add("revenue", m, BigDecimal.valueOf(60_000 + r.nextInt(80_000)), BigDecimal.valueOf(100_000));
        b.add("collected-cash", m, BigDecimal.valueOf(50_000 + r.nextInt(70_000)), BigDecimal.valueOf(100_000));
        b.add("quotes", m, small[r.nextInt(20)], small[10]);
      }
      for (CalendarPeriod w : weeks) {
        b.add("visits", w, small[r.nextInt(20)], small[10]);
        b.add("proposals", w, small[r.nextInt(5)], small[2]);
      }
      b.add("new-customers", q2, small[r.nextInt(12)], small[6]);
      b.add("product-knowledge", q2, small[1 + r.nextInt(5)], small[4]);
      b.add("selling-skill", q2, small[1 + r.nextInt(5)], small[4]);
      b.add("teamwork", q2, small[1 + r.nextInt(5)], small[4]);
      inputs[i] = b.build();
      credited[i] = Money.ofMinor(CurrencyUnit.USD, 18_000_000L + r.nextInt(24_000_000));
    }
    plan = CommissionPlan.builder().name("bench").currency(CurrencyUnit.USD).method(CommissionMethod.TIERED_MARGINAL)
        .addTiers(RateTier.of("0", "0.05"), RateTier.of("0.5", "0.08"), RateTier.of("1.0", "0.10"))
        .addAccelerators(Accelerator.of("1.0", "1.5"))
        .ratingMultipliers(Map.of("S", new BigDecimal("1.2"), "A", new BigDecimal("1.1"), "B", BigDecimal.ONE,
            "C", new BigDecimal("0.8"), "D", BigDecimal.ZERO))
        .build();
    quota = Money.of(CurrencyUnit.USD, new BigDecimal("300000.00"));
  }

  /** Appraises every rep: full breakdown, gates, band. */
  @Benchmark
  @OperationsPerInvocation(REPS)
  public void appraise100kReps(Blackhole bh) {
    for (int i = 0; i < REPS; i++) {
      bh.consume(appraiser.appraise(ids[i], inputs[i]));
    }
  }

  /** Appraises every rep, rolls the team up and pays each rep's commission with the rating multiplier. */
  @Benchmark
  @OperationsPerInvocation(REPS)
  public Object appraiseRollUpAndPay100kReps(Blackhole bh) {
    TeamRollup team = TeamRollup.mean(RatingBands.defaults());
    for (int i = 0; i < REPS; i++) {
      Appraisal a = appraiser.appraise(ids[i], inputs[i]);
      team.add(a);
      bh.consume(plan.compute(credited[i], quota, a));
    }
    return team.finish();
  }
}
