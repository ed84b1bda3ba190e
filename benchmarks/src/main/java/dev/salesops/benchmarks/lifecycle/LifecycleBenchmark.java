package dev.salesops.benchmarks.lifecycle;

import dev.salesops.core.lifecycle.CustomerEvent;
import dev.salesops.core.lifecycle.CustomerEventType;
import dev.salesops.core.lifecycle.LifecycleRules;
import dev.salesops.core.lifecycle.LifecycleTimeline;
import dev.salesops.core.lifecycle.TierAssignment;
import dev.salesops.core.lifecycle.ValuePyramid;
import dev.salesops.core.model.ProductLine;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * <b>Checks issue 4's goal</b> (throughput and bytes per customer): derive the lifecycle stage (full timeline) and the value-pyramid tier for 1,000,000 customers with 20
 * events each (issue 4). One benchmark invocation processes every customer; scores are per customer
 * ({@code @OperationsPerInvocation}), so the throughput is customers per second and {@code -prof gc}'s
 * {@code gc.alloc.rate.norm} is bytes allocated per customer.
 *
 * <p>The 20,000,000 events are generated once in {@link #setUp()} (seeded; instants, amounts and product
 * lines drawn from small shared pools so the data set fits in about 1 GB of heap), sorted per customer as
 * a host's store would return them. A mix of types: contacts, orders over four product lines, upsells,
 * support cases, renewals, referrals, joint projects and about 4% cancellations (churn and win-back paths).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar LifecycleBenchmark -f 1 -wi 2 -i 3 -w 2s -r 2s -prof gc}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class LifecycleBenchmark {
  static final int CUSTOMERS = 1_000_000;

  @Param({"20"})
  public int eventsPerCustomer;

  private List<CustomerEvent>[] customers;
  private final LifecycleRules rules = LifecycleRules.defaults();
  private final ValuePyramid pyramid = ValuePyramid.defaults();
  private Instant asOf;

  @Setup(Level.Trial)
  @SuppressWarnings("unchecked")
  public void setUp() {
    SplittableRandom random = new SplittableRandom(20261127L);
    Instant epoch = Instant.parse("2020-01-01T00:00:00Z");
    Instant[] days = new Instant[2200];
    for (int d = 0; d < days.length; d++) {
      days[d] = epoch.plus(Duration.ofDays(d));
    }
    asOf = days[days.length - 1];
    Money[] amounts = new Money[16];
    for (int i = 0; i < amounts.length; i++) {
      amounts[i] = Money.of(CurrencyUnit.USD, 500 + 250L * i);
    }
    ProductLine[] lines = {ProductLine.STANDARD, ProductLine.PREMIUM, ProductLine.SERVICES, ProductLine.of("ANALYTICS")};
    CustomerEventType[] mix = {
        CustomerEventType.CONTACT, CustomerEventType.CONTACT, CustomerEventType.CONTACT,
        CustomerEventType.ORDER, CustomerEventType.ORDER, CustomerEventType.ORDER, CustomerEventType.ORDER,
        CustomerEventType.UPSELL, CustomerEventType.SUPPORT_CASE, CustomerEventType.SUPPORT_CASE, CustomerEventType.SUPPORT_CASE,
        CustomerEventType.RENEWAL, CustomerEventType.RENEWAL, CustomerEventType.REFERRAL, CustomerEventType.JOINT_PROJECT};
    customers = new List[CUSTOMERS];
    CustomerEvent[] buffer = new CustomerEvent[eventsPerCustomer];
    for (int c = 0; c < CUSTOMERS; c++) {
      int day = random.nextInt(200);
      for (int e = 0; e < eventsPerCustomer; e++) {
        day = Math.min(days.length - 1, day + random.nextInt(100));
        CustomerEventType type = e == 0 ? CustomerEventType.CONTACT
            : random.nextInt(100) < 4 ? CustomerEventType.CANCELLATION : mix[random.nextInt(mix.length)];
        CustomerEvent event = switch (type) {
          case ORDER -> CustomerEvent.order(days[day], lines[random.nextInt(lines.length)], amounts[random.nextInt(amounts.length)]);
          case UPSELL -> CustomerEvent.upsell(days[day], lines[random.nextInt(lines.length)], amounts[random.nextInt(amounts.length)]);
          case RENEWAL -> CustomerEvent.renewal(days[day], amounts[random.nextInt(amounts.length)]);
          default -> CustomerEvent.of(type, days[day]);
        };
        buffer[e] = event;
      }
      customers[c] = List.of(buffer);
    }
  }

  /** Lifecycle timeline and value tier for every customer. */
  @Benchmark
  @OperationsPerInvocation(CUSTOMERS)
  public void deriveStageAndTier(Blackhole bh) {
    for (List<CustomerEvent> events : customers) {
      LifecycleTimeline timeline = rules.derive(events);
      TierAssignment tier = pyramid.assign(events, asOf);
      bh.consume(timeline);
      bh.consume(tier);
    }
  }

  /** Lifecycle timeline only. */
  @Benchmark
  @OperationsPerInvocation(CUSTOMERS)
  public void deriveStage(Blackhole bh) {
    for (List<CustomerEvent> events : customers) {
      bh.consume(rules.derive(events));
    }
  }

  /** Value tier only. */
  @Benchmark
  @OperationsPerInvocation(CUSTOMERS)
  public void assignTier(Blackhole bh) {
    for (List<CustomerEvent> events : customers) {
      bh.consume(pyramid.assign(events, asOf));
    }
  }
}
