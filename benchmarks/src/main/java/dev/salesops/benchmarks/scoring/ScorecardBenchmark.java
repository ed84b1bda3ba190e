package dev.salesops.benchmarks.scoring;

import dev.salesops.core.model.Account;
import dev.salesops.core.model.AccountId;
import dev.salesops.core.model.BantAssessment;
import dev.salesops.core.model.BantStatus;
import dev.salesops.core.model.Industry;
import dev.salesops.core.model.LeadSource;
import dev.salesops.core.model.Opportunity;
import dev.salesops.core.model.OpportunityId;
import dev.salesops.core.model.Region;
import dev.salesops.core.model.SizeBand;
import dev.salesops.core.model.UserId;
import dev.salesops.scoring.scorecard.EngagementEvent;
import dev.salesops.scoring.scorecard.Scorecard;
import dev.salesops.scoring.scorecard.ScorecardLoader;
import dev.salesops.scoring.scorecard.ScoringSubject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.joda.money.Money;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
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
 * <b>Checks issue 5's scorecard goal</b> (within 2x of a hand-written if-chain): scores 1,000,000 leads with a 12-criterion JSON scorecard (8 FIT, 4 ENGAGEMENT, two with decay) next to a
 * hand-written if-chain computing the same score (checked equal for every subject at setup). Goal: the scorecard
 * within 2× of the if-chain. Subjects: a pool of 100,000 distinct generated subjects, cycled 10 times per
 * invocation (ops/s = leads per second; add {@code -prof gc} for bytes/op).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar scoring.ScorecardBenchmark -f 1 -wi 2 -i 3 -w 2s -r 2s -prof gc}.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ScorecardBenchmark {
  static final int N = 1_000_000;
  static final int POOL = 100_000;
  static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");

  static final String CARD = "{\"name\": \"bench12\", \"groups\": {\"FIT\": {\"cap\": 60}, \"ENGAGEMENT\": {\"cap\": 40}}, \"totalCap\": 100,"
      + " \"criteria\": ["
      + "{\"id\": \"a01_industry\", \"group\": \"FIT\", \"field\": \"account.industry\", \"op\": \"in\", \"values\": [\"TECHNOLOGY\", \"FINANCE\", \"HEALTHCARE\"], \"points\": 15},"
      + "{\"id\": \"a02_size\", \"group\": \"FIT\", \"field\": \"account.sizeBand\", \"op\": \"in\", \"values\": [\"LARGE\", \"ENTERPRISE\"], \"points\": 15},"
      + "{\"id\": \"a03_region\", \"group\": \"FIT\", \"field\": \"account.region\", \"op\": \"equals\", \"value\": \"NORTH\", \"points\": 5},"
      + "{\"id\": \"a04_amount\", \"group\": \"FIT\", \"field\": \"opportunity.amount\", \"op\": \"range\", \"min\": 50000, \"points\": 10},"
      + "{\"id\": \"a05_source\", \"group\": \"FIT\", \"field\": \"opportunity.leadSource\", \"op\": \"in\", \"values\": [\"REFERRAL\", \"EVENTS\"], \"points\": 10},"
      + "{\"id\": \"a06_budget\", \"group\": \"FIT\", \"field\": \"opportunity.bant.budget\", \"op\": \"equals\", \"value\": \"CONFIRMED\", \"points\": 10},"
      + "{\"id\": \"a07_employees\", \"group\": \"FIT\", \"field\": \"attributes.employees\", \"op\": \"range\", \"min\": 200, \"max\": 5000, \"points\": 5},"
      + "{\"id\": \"a08_title\", \"group\": \"FIT\", \"field\": \"attributes.title\", \"op\": \"contains\", \"value\": \"director\", \"points\": 5},"
      + "{\"id\": \"a09_closing\", \"group\": \"ENGAGEMENT\", \"field\": \"opportunity.expectedCloseDate\", \"op\": \"before\", \"offsetDays\": 90, \"points\": 5},"
      + "{\"id\": \"a10_demo\", \"group\": \"ENGAGEMENT\", \"op\": \"eventCount\", \"event\": \"demo\", \"withinDays\": 30, \"points\": 20, \"decay\": {\"halfLifeDays\": 14}},"
      + "{\"id\": \"a11_emails\", \"group\": \"ENGAGEMENT\", \"op\": \"eventCount\", \"event\": \"email_reply\", \"withinDays\": 14, \"minCount\": 2, \"points\": 10, \"decay\": {\"linearPerDay\": 1}},"
      + "{\"id\": \"a12_webinar\", \"group\": \"ENGAGEMENT\", \"op\": \"eventCount\", \"event\": \"webinar\", \"withinDays\": 90, \"points\": 5}"
      + "]}";

  Scorecard card;
  ScoringSubject[] subjects;

  static final String[] TITLES = {"Sales Director", "CTO", "IT manager", "director of ops", "analyst"};
  static final String[] EVENTS = {"demo", "email_reply", "webinar", "visit"};

  @Setup(Level.Trial)
  public void setUp() {
    card = ScorecardLoader.standard().parse(CARD);
    Random r = new Random(7);
    subjects = new ScoringSubject[POOL];
    for (int i = 0; i < POOL; i++) {
      Opportunity.Builder ob = Opportunity.builder().id(OpportunityId.of("o" + i)).ownerId(UserId.of("u" + r.nextInt(50)))
          .stage("QUALIFICATION").createdAt(Instant.parse("2026-01-01T00:00:00Z"))
          .leadSource(LeadSource.wellKnown().get(r.nextInt(5)))
          .bant(BantAssessment.builder().budget(BantStatus.values()[r.nextInt(4)]).build());
      if (r.nextInt(10) > 0) {
        ob.amount(Money.parse("EUR " + r.nextInt(120_000)));
      }
      if (r.nextBoolean()) {
        ob.expectedCloseDate(LocalDate.parse("2026-01-01").plusDays(r.nextInt(365)));
      }
      Account acc = Account.builder().id(AccountId.of("a" + i)).name("Company " + i)
          .industry(Industry.wellKnown().get(r.nextInt(10))).sizeBand(SizeBand.values()[r.nextInt(5)])
          .region(Region.wellKnown().get(r.nextInt(5))).build();
      ScoringSubject.Builder sb = ScoringSubject.builder().opportunity(ob.build()).account(acc)
          .attribute("employees", String.valueOf(r.nextInt(10_000))).attribute("title", TITLES[r.nextInt(TITLES.length)]);
      int events = r.nextInt(6);
      for (int e = 0; e < events; e++) {
        sb.event(EngagementEvent.of(EVENTS[r.nextInt(EVENTS.length)], NOW.minus(Duration.ofMinutes(r.nextInt(60 * 24 * 120)))));
      }
      subjects[i] = sb.build();
    }
    for (ScoringSubject s : subjects) {
      double a = card.total(s, NOW);
      double b = ifChain(s, NOW);
      if (a != b) {
        throw new IllegalStateException("scorecard " + a + " != if-chain " + b + " for " + s);
      }
    }
  }

  /** The same 12 criteria, written by hand, summing in the same order (so the doubles are identical). */
  static double ifChain(ScoringSubject s, Instant now) {
    double fit = 0;
    double eng = 0;
    Account acc = s.account().orElse(null);
    Opportunity opp = s.opportunity().orElse(null);
    if (acc != null && acc.industry().isPresent()) {
      Industry ind = acc.industry().get();
      if (ind.equals(Industry.TECHNOLOGY) || ind.equals(Industry.FINANCE) || ind.equals(Industry.HEALTHCARE)) {
        fit += 15;
      }
    }
    if (acc != null && acc.sizeBand().isPresent() && (acc.sizeBand().get() == SizeBand.LARGE || acc.sizeBand().get() == SizeBand.ENTERPRISE)) {
      fit += 15;
    }
    if (acc != null && acc.region().isPresent() && acc.region().get().equals(Region.NORTH)) {
      fit += 5;
    }
    if (opp != null && opp.amount().isPresent() && opp.amount().get().getAmount().compareTo(java.math.BigDecimal.valueOf(50_000)) >= 0) {
      fit += 10;
    }
    if (opp != null && opp.leadSource().isPresent() && (opp.leadSource().get().equals(LeadSource.REFERRAL) || opp.leadSource().get().equals(LeadSource.EVENTS))) {
      fit += 10;
    }
    if (opp != null && opp.bant().budget() == BantStatus.CONFIRMED) {
      fit += 10;
    }
    String emp = s.attributes().get("employees");
    if (emp != null) {
      long n = Long.parseLong(emp);
      if (n >= 200 && n < 5000) {
        fit += 5;
      }
    }
    String title = s.attributes().get("title");
    if (title != null && title.toLowerCase(java.util.Locale.ROOT).contains("director")) {
      fit += 5;
    }
    if (opp != null && opp.expectedCloseDate().isPresent()
        && opp.expectedCloseDate().get().isBefore(LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(90))) {
      eng += 5;
    }
    long nowMs = now.toEpochMilli();
    long demoLatest = Long.MIN_VALUE;
    int emails = 0;
    long emailLatest = Long.MIN_VALUE;
    boolean webinar = false;
    List<EngagementEvent> events = s.events();
    for (int i = 0; i < events.size(); i++) {
      EngagementEvent e = events.get(i);
      long t = e.at().toEpochMilli();
      if (t > nowMs) {
        continue;
      }
      String type = e.type();
      if (type.equals("demo") && t > nowMs - 30 * 86_400_000L) {
        demoLatest = Math.max(demoLatest, t);
      } else if (type.equals("email_reply") && t > nowMs - 14 * 86_400_000L) {
        emails++;
        emailLatest = Math.max(emailLatest, t);
      } else if (type.equals("webinar") && t > nowMs - 90 * 86_400_000L) {
        webinar = true;
      }
    }
    if (demoLatest != Long.MIN_VALUE) {
      double age = Math.max(0, Duration.between(Instant.ofEpochMilli(demoLatest), now).toMillis() / 86_400_000.0);
      eng += 20 * Math.pow(0.5, age / 14);
    }
    if (emails >= 2) {
      double age = Math.max(0, Duration.between(Instant.ofEpochMilli(emailLatest), now).toMillis() / 86_400_000.0);
      eng += Math.max(0, 10 - 1 * age);
    }
    if (webinar) {
      eng += 5;
    }
    double total = Math.min(fit, 60) + Math.min(eng, 40);
    return Math.min(total, 100);
  }

  @Benchmark
  @OperationsPerInvocation(N)
  public void scorecard1M(Blackhole bh) {
    Scorecard c = card;
    ScoringSubject[] pool = subjects;
    for (int i = 0; i < N; i++) {
      bh.consume(c.total(pool[i % POOL], NOW));
    }
  }

  @Benchmark
  @OperationsPerInvocation(N)
  public void ifChain1M(Blackhole bh) {
    ScoringSubject[] pool = subjects;
    for (int i = 0; i < N; i++) {
      bh.consume(ifChain(pool[i % POOL], NOW));
    }
  }

  /** With the full breakdown (what a CRM shows). */
  @Benchmark
  @OperationsPerInvocation(N)
  public void scorecardExplained1M(Blackhole bh) {
    Scorecard c = card;
    ScoringSubject[] pool = subjects;
    for (int i = 0; i < N; i++) {
      bh.consume(c.score(pool[i % POOL], NOW));
    }
  }
}
