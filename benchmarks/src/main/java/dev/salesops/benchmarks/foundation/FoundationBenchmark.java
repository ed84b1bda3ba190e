package dev.salesops.benchmarks.foundation;

import dev.salesops.core.model.AccountId;
import dev.salesops.core.model.BantAssessment;
import dev.salesops.core.model.BantStatus;
import dev.salesops.core.model.ContactId;
import dev.salesops.core.model.LeadSource;
import dev.salesops.core.model.Opportunity;
import dev.salesops.core.model.OpportunityId;
import dev.salesops.core.model.ProductLine;
import dev.salesops.core.model.SalesChannel;
import dev.salesops.core.model.UserId;
import dev.salesops.core.money.MoneyBag;
import dev.salesops.core.money.MoneySum;
import dev.salesops.core.money.Monies;
import dev.salesops.core.validation.ValidationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * <b>Checks issue 2</b> (the foundation; its goal was one real benchmark of what it built, no figure to beat):
 * the foundation's costs: an opportunity's JSON round trip through the codecs ({@code SalesOpsCodecs}, sales-ops-json; the hardened Jackson mapper they replaced is gone), summing one million
 * amounts with {@link MoneySum} (minor units in a long) against {@link Money#plus} and {@link MoneyBag}, and
 * how fast an absurd amount ({@code 1e-1000000}) is refused.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar foundation -f 1 -wi 2 -i 3 -w 2s -r 2s}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class FoundationBenchmark {
  private static final int AMOUNTS = 1_000_000;

  private dev.salesops.json.SalesOpsCodecs mapper;
  private Opportunity opportunity;
  private String opportunityJson;
  private Money[] amounts;
  private String absurdJson;

  @Setup(Level.Trial)
  public void setUp() {
    mapper = dev.salesops.json.SalesOpsCodecs.standard();
    opportunity = Opportunity.builder().id(OpportunityId.of("OPP-1001")).accountId(AccountId.of("ACME"))
        .ownerId(UserId.of("rep-7")).amount(Money.of(CurrencyUnit.USD, new BigDecimal("12500.00")))
        .expectedCloseDate(LocalDate.of(2025, 6, 30)).stage("PROPOSAL").createdAt(Instant.parse("2025-04-01T09:00:00Z"))
        .productLine(ProductLine.PREMIUM).channel(SalesChannel.DIRECT).leadSource(LeadSource.REFERRAL)
        .bant(BantAssessment.builder().budget(BantStatus.CONFIRMED).budgetAmount(Money.of(CurrencyUnit.USD, new BigDecimal("15000")))
            .authority(BantStatus.PARTIAL).decisionMaker(ContactId.of("c-9")).needStatement("Replace spreadsheets")
            .timeline(BantStatus.CONFIRMED).targetDate(LocalDate.of(2025, 6, 1)).build())
        .putAttributes("employees", "250").putAttributes("region", "EAST").build();
    opportunityJson = mapper.write(opportunity);
    Random random = new Random(42);
    amounts = new Money[AMOUNTS];
    for (int i = 0; i < AMOUNTS; i++) {
      amounts[i] = Money.ofMinor(CurrencyUnit.USD, random.nextInt(10_000_000));
    }
    absurdJson = opportunityJson.replace("\"12500.00\"", "1e-1000000");
  }

  /** Opportunity -> JSON -> Opportunity (validation included). */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public Opportunity jsonRoundTripOpportunity() {
    return mapper.read(mapper.write(opportunity), Opportunity.class);
  }

  /** JSON -> Opportunity only. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public Opportunity jsonReadOpportunity() {
    return mapper.read(opportunityJson, Opportunity.class);
  }

  /** An opportunity whose amount is 1e-1000000: refused from its scale, never expanded. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public Object jsonRefuseAbsurdAmount() {
    try {
      return mapper.read(absurdJson, Opportunity.class);
    } catch (dev.salesops.core.json.JsonInputException e) {
      return e;
    }
  }

  /** {@code Monies.parse("1e-1000000")}: the same refusal without JSON. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public Object moniesRefuseAbsurdAmount() {
    try {
      return Monies.parse("1e-1000000", CurrencyUnit.USD, "amount");
    } catch (ValidationException e) {
      return e;
    }
  }

  /** One million amounts into a {@link MoneySum}: minor units in a long, no allocation per amount. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Money sumMillionWithMoneySum() {
    MoneySum sum = MoneySum.of(CurrencyUnit.USD);
    for (Money m : amounts) {
      sum.add(m);
    }
    return sum.toMoney();
  }

  /** One million amounts with {@link Money#plus}: a BigDecimal and a Money per step. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Money sumMillionWithMoneyPlus() {
    Money sum = Money.zero(CurrencyUnit.USD);
    for (Money m : amounts) {
      sum = sum.plus(m);
    }
    return sum;
  }

  /** One million amounts with the immutable {@link MoneyBag} (per-currency, copy per step). */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public MoneyBag sumMillionWithMoneyBag() {
    MoneyBag bag = MoneyBag.empty();
    for (Money m : amounts) {
      bag = bag.plus(m);
    }
    return bag;
  }
}
