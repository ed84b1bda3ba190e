package dev.salesops.benchmarks.collections;

import dev.salesops.core.collection.FollowUpAgenda;
import dev.salesops.core.collection.FollowUpLadder;
import dev.salesops.core.collection.FollowUps;
import dev.salesops.core.collection.Invoice;
import dev.salesops.core.collection.InvoiceId;
import dev.salesops.core.collection.InvoiceRecord;
import dev.salesops.core.collection.InvoiceState;
import dev.salesops.core.collection.Ledger;
import dev.salesops.core.collection.Payment;
import dev.salesops.core.collection.PaymentId;
import dev.salesops.core.collection.PromiseToPay;
import dev.salesops.core.collection.StepDone;
import dev.salesops.core.model.AccountId;
import dev.salesops.core.model.TeamId;
import dev.salesops.core.model.UserId;
import dev.salesops.metrics.collections.AgeingBuckets;
import dev.salesops.metrics.collections.AgeingReport;
import dev.salesops.metrics.collections.ReceivableAgeing;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * <b>Checks issue 10's goal</b>: age 1 million open invoices and compute the due follow-up ladder actions at one instant.
 *
 * <p>The ledger: {@code invoices} invoices of 10,000 accounts, 500 owners in 50 teams, in USD (90 %) and EUR,
 * issued over 240 days before the date, due 0 to 60 days after issue; 30 % of them partly or fully paid (bulk
 * payments, oldest-due-first), a few thousand with a recorded step or a promise to pay. One operation = the
 * whole book (the score is books per second; multiply by {@code invoices} for invoices per second).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar CollectionsBenchmark -f 1 -wi 2 -i 3 -w 2s -r 2s}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class CollectionsBenchmark {
  static final LocalDate AS_OF = LocalDate.of(2026, 3, 31);

  @Param({"1000000"})
  public int invoices;

  private Ledger ledger;
  private List<InvoiceRecord> records;
  private final FollowUpLadder ladder = FollowUpLadder.standard();

  @Setup(Level.Trial)
  public void setUp() {
    Random random = new Random(42);
    List<Invoice> list = new ArrayList<>(invoices);
    for (int i = 0; i < invoices; i++) {
      LocalDate issued = AS_OF.minusDays(random.nextInt(240));
      int owner = random.nextInt(500);
      CurrencyUnit c = random.nextInt(10) == 0 ? CurrencyUnit.EUR : CurrencyUnit.USD;
      list.add(Invoice.of(InvoiceId.of("INV-" + i), AccountId.of("ACC-" + random.nextInt(10_000)), UserId.of("rep-" + owner),
          TeamId.of("team-" + owner % 50), Money.ofMinor(c, 10_000 + random.nextInt(10_000_000)), issued,
          issued.plusDays(random.nextInt(61))));
    }
    Ledger l = Ledger.empty().withInvoices(list);
    List<Payment> payments = new ArrayList<>();
    for (int i = 0; i < invoices * 3 / 10; i++) {
      Invoice target = list.get(random.nextInt(invoices));
      LocalDate on = target.issuedOn().plusDays(random.nextInt(90));
      payments.add(Payment.of(PaymentId.of("PAY-" + i), target.accountId(),
          Money.ofMinor(target.amount().getCurrencyUnit(), 1 + random.nextInt((int) Math.min(Integer.MAX_VALUE, target.amount().getAmountMinorLong()))),
          on.isAfter(AS_OF) ? AS_OF : on));
    }
    l = l.withPayments(payments, (from, to, date) -> from.equals(CurrencyUnit.EUR) ? Optional.of(new java.math.BigDecimal("1.08"))
        : Optional.of(new java.math.BigDecimal("0.92")));
    // a few recorded steps and promises (each change copies the index: keep them few)
    for (int i = 0; i < 20; i++) {
      Invoice target = list.get(random.nextInt(invoices));
      l = l.withStepDone(new StepDone(target.id(), "call", target.dueOn().plusDays(7)))
          .withPromiseToPay(new PromiseToPay(target.id(), target.issuedOn(), AS_OF.plusDays(3)));
    }
    ledger = l;
    records = new ArrayList<>(l.records());
  }

  /** Ageing of the whole book by currency into the standard buckets. */
  @Benchmark
  public AgeingReport<CurrencyUnit> ageByCurrency() {
    ReceivableAgeing<CurrencyUnit> ageing = ReceivableAgeing.byCurrency(AS_OF, AgeingBuckets.standard());
    for (InvoiceRecord r : records) {
      ageing.add(r);
    }
    return ageing.finish();
  }

  /** Ageing of the whole book per owner (500 rows). */
  @Benchmark
  public AgeingReport<UserId> ageByOwner() {
    ReceivableAgeing<UserId> ageing = ReceivableAgeing.of(AS_OF, AgeingBuckets.standard(), InvoiceState::ownerId);
    for (InvoiceRecord r : records) {
      ageing.add(r);
    }
    return ageing.finish();
  }

  /** The follow-up actions due (and holds) over the whole book at one date. */
  @Benchmark
  public FollowUpAgenda ladderAgenda() {
    return FollowUps.agenda(ledger, ladder, AS_OF);
  }

  /** Both at once: what a nightly "collections cockpit" query does. */
  @Benchmark
  public int ageAndLadder() {
    return ageByCurrency().all().counts().size() + ladderAgenda().actions().size();
  }

}
