package dev.salesops.cli.demo;

import dev.salesops.core.model.Account;
import dev.salesops.core.model.AccountId;
import dev.salesops.core.model.BantAssessment;
import dev.salesops.core.model.BantStatus;
import dev.salesops.core.model.ContactId;
import dev.salesops.core.model.Industry;
import dev.salesops.core.model.LeadSource;
import dev.salesops.core.model.LostReason;
import dev.salesops.core.model.Opportunity;
import dev.salesops.core.model.OpportunityId;
import dev.salesops.core.model.ProductLine;
import dev.salesops.core.model.Region;
import dev.salesops.core.model.Role;
import dev.salesops.core.model.SalesChannel;
import dev.salesops.core.model.SalesRep;
import dev.salesops.core.model.SizeBand;
import dev.salesops.core.model.Team;
import dev.salesops.core.model.TeamId;
import dev.salesops.core.model.UserId;
import dev.salesops.core.model.Outcome;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Generates the demo company deterministically: the same seed always gives the same company.
 *
 * <p>Shape: 4 teams in 3 regions (two in NORTH, one in EAST selling in EUR, one in WEST), 10 reps and a
 * manager per team, 2,000 accounts, {@code deals} opportunities created uniformly over 24 months from
 * 2024-01-01, looked at on 2025-12-31. Each deal walks the seven-stage pipeline: at each open stage it
 * either advances (probabilities 0.90, 0.75, 0.75, 0.70, 0.65 from LEAD_CAPTURE to NEGOTIATION, shifted by
 * the rep's skill), stalls (3% per stage: it stays open where it is), or is lost with a stage-typical reason; dwell times are exponential (means 4, 9, 14, 12,
 * 10 days). Won deals move on to PAYMENT_AND_DELIVERY after about 20 days. Deals whose walk reaches past the
 * demo date stay open where they are. BANT facts follow the stage reached.
 */
public final class DemoGenerator {
  /** The stages of the shipped sales pipeline, open ones first. */
  public static final List<String> OPEN_STAGES = List.of("LEAD_CAPTURE", "QUALIFICATION", "DISCOVERY", "PROPOSAL", "NEGOTIATION");

  private static final double[] ADVANCE = {0.90, 0.75, 0.75, 0.70, 0.65};
  private static final double[] DWELL = {4, 9, 14, 12, 10};
  private static final String[] ACTIVITY_TYPES = {"EMAIL", "CALL", "MEETING", "DEMO", "PRICE_DISCUSSION"};

  private DemoGenerator() {}

  /** The default company: seed 42, 5,000 deals. */
  public static DemoCompany generate() {
    return generate(42L, 5_000);
  }

  /** A company from {@code seed} with {@code deals} opportunities. */
  @SuppressWarnings({"removal", "deprecation"}) // the demo's scorecard reads opportunity.stage (the recorded copy)
  public static DemoCompany generate(long seed, int deals) {
    SplittableRandom random = new SplittableRandom(seed);
    LocalDate start = LocalDate.of(2024, 1, 1);
    LocalDate asOf = LocalDate.of(2025, 12, 31);

    List<Team> teams = new ArrayList<>();
    List<SalesRep> reps = new ArrayList<>();
    Region[] teamRegion = {Region.NORTH, Region.NORTH, Region.EAST, Region.WEST};
    String[] teamNames = {"North Hunters", "North Farmers", "East", "West"};
    double[] skill = new double[40];
    for (int t = 0; t < 4; t++) {
      TeamId teamId = TeamId.of("T" + (t + 1));
      UserId manager = UserId.of("M" + (t + 1));
      teams.add(Team.builder().id(teamId).name(teamNames[t]).region(teamRegion[t]).managerId(manager).build());
      reps.add(SalesRep.builder().id(manager).name("Manager " + (t + 1)).teamId(teamId).region(teamRegion[t])
          .addRoles(Role.MANAGER, Role.REP).build());
      for (int r = 0; r < 10; r++) {
        int n = t * 10 + r;
        skill[n] = (random.nextDouble() - 0.5) * 0.16;
        reps.add(SalesRep.builder().id(UserId.of(String.format("R%02d", n + 1))).name("Rep " + (n + 1)).teamId(teamId)
            .managerId(manager).region(teamRegion[t]).addRoles(Role.REP).build());
      }
    }
    List<Account> accounts = new ArrayList<>();
    List<Industry> industries = Industry.wellKnown();
    SizeBand[] sizes = SizeBand.values();
    for (int a = 0; a < 2000; a++) {
      accounts.add(Account.builder().id(AccountId.of(String.format("A%04d", a + 1))).name("Customer " + (a + 1))
          .industry(industries.get(random.nextInt(industries.size())))
          .sizeBand(sizes[Math.min(sizes.length - 1, (int) Math.floor(Math.abs(random.nextDouble() + random.nextDouble() - 0.4) * 2.5))])
          .region(teamRegion[a % 4]).build());
    }

    List<DemoDeal> out = new ArrayList<>(deals);
    long days = java.time.temporal.ChronoUnit.DAYS.between(start, asOf) + 1;
    for (int i = 0; i < deals; i++) {
      int repIndex = random.nextInt(40);
      int team = repIndex / 10;
      UserId owner = UserId.of(String.format("R%02d", repIndex + 1));
      LocalDate created = start.plusDays(random.nextLong(days));
      Account account = accounts.get(team + 4 * random.nextInt(500));
      CurrencyUnit currency = teamRegion[team] == Region.EAST ? CurrencyUnit.EUR : CurrencyUnit.USD;
      double p = random.nextDouble();
      ProductLine product = p < 0.5 ? ProductLine.STANDARD : p < 0.8 ? ProductLine.PREMIUM : ProductLine.SERVICES;
      long base = product == ProductLine.STANDARD ? 5_000 + random.nextLong(25_000)
          : product == ProductLine.PREMIUM ? 20_000 + random.nextLong(100_000) : 2_000 + random.nextLong(13_000);
      Money amount = Money.of(currency, BigDecimal.valueOf(base / 10 * 10));
      double c = random.nextDouble();
      SalesChannel channel = c < 0.6 ? SalesChannel.DIRECT : c < 0.85 ? SalesChannel.DISTRIBUTION : SalesChannel.ECOMMERCE;
      List<LeadSource> sources = LeadSource.wellKnown();
      LeadSource source = sources.get(random.nextInt(sources.size()));

      List<DemoDeal.StageVisit> history = new ArrayList<>();
      history.add(new DemoDeal.StageVisit("LEAD_CAPTURE", created));
      LocalDate at = created;
      Outcome outcome = Outcome.OPEN;
      Optional<LocalDate> closed = Optional.empty();
      Optional<LostReason> lostReason = Optional.empty();
      Optional<String> lostAt = Optional.empty();
      int stage = 0;
      while (true) {
        LocalDate next = at.plusDays(1 + (long) (-Math.log(1 - random.nextDouble()) * DWELL[stage]));
        if (next.isAfter(asOf) || random.nextDouble() < 0.03) {
          break; // still open where it is (or stalled there)
        }
        double bonus = (source == LeadSource.REFERRAL ? 0.06 : 0) + skill[repIndex] + (channel == SalesChannel.DIRECT ? 0.02 : 0);
        if (random.nextDouble() < ADVANCE[stage] + bonus) {
          at = next;
          if (stage == OPEN_STAGES.size() - 1) {
            history.add(new DemoDeal.StageVisit("CLOSED_WON", at));
            outcome = Outcome.WON;
            closed = Optional.of(at);
            LocalDate delivered = at.plusDays(10 + random.nextInt(20));
            if (!delivered.isAfter(asOf)) {
              history.add(new DemoDeal.StageVisit("PAYMENT_AND_DELIVERY", delivered));
            }
            break;
          }
          stage++;
          history.add(new DemoDeal.StageVisit(OPEN_STAGES.get(stage), at));
        } else {
          at = next;
          history.add(new DemoDeal.StageVisit("CLOSED_LOST", at));
          outcome = Outcome.LOST;
          closed = Optional.of(at);
          lostAt = Optional.of(OPEN_STAGES.get(stage));
          lostReason = Optional.of(lostReason(stage, random));
          break;
        }
      }
      int reached = stage;
      BantAssessment bant = bant(reached, outcome, amount, created, random);
      List<DemoDeal.Activity> activities = new ArrayList<>();
      LocalDate end = closed.orElse(asOf);
      long span = Math.max(1, created.until(end, java.time.temporal.ChronoUnit.DAYS));
      int count = 1 + random.nextInt(3 + 2 * reached);
      for (int k = 0; k < count; k++) {
        String type = ACTIVITY_TYPES[Math.min(ACTIVITY_TYPES.length - 1, random.nextInt(2 + reached))];
        activities.add(new DemoDeal.Activity(type, created.plusDays(random.nextLong(span))));
      }
      activities.sort(java.util.Comparator.comparing(DemoDeal.Activity::date));
      Opportunity opportunity = Opportunity.builder()
          .id(OpportunityId.of(String.format("O%05d", i + 1)))
          .accountId(account.id())
          .ownerId(owner)
          .amount(amount)
          .expectedCloseDate(closed.orElse(created.plusDays(60 + random.nextInt(60))))
          .stage(history.get(history.size() - 1).stage())
          .createdAt(created.atStartOfDay().toInstant(ZoneOffset.UTC))
          .productLine(product)
          .channel(channel)
          .leadSource(source)
          .bant(bant)
          .putAttributes("competitorInvolved", Boolean.toString(random.nextDouble() < 0.4))
          .build();
      out.add(new DemoDeal(opportunity, TeamId.of("T" + (team + 1)), teamRegion[team], history, outcome, closed, lostReason, lostAt, activities));
    }
    return new DemoCompany(seed, start, asOf, teams, reps, accounts, out, new DemoRates(start));
  }

  private static LostReason lostReason(int stage, SplittableRandom random) {
    double r = random.nextDouble();
    if (stage <= 1) {
      return r < 0.35 ? LostReason.NO_BUDGET : r < 0.65 ? LostReason.NO_DECISION : r < 0.85 ? LostReason.TIMING : LostReason.OTHER;
    }
    return r < 0.4 ? LostReason.PRICE : r < 0.7 ? LostReason.COMPETITOR : r < 0.85 ? LostReason.NO_DECISION : r < 0.95 ? LostReason.TIMING : LostReason.OTHER;
  }

  private static BantAssessment bant(int reached, Outcome outcome, Money amount, LocalDate created, SplittableRandom random) {
    BantAssessment.Builder b = BantAssessment.builder();
    boolean qualified = reached >= 2 || outcome == Outcome.WON;
    BantStatus[] statuses = new BantStatus[4];
    for (int k = 0; k < 4; k++) {
      double r = random.nextDouble();
      statuses[k] = qualified ? BantStatus.CONFIRMED
          : r < 0.35 ? BantStatus.CONFIRMED : r < 0.6 ? BantStatus.PARTIAL : r < 0.9 ? BantStatus.UNKNOWN : BantStatus.NEGATIVE;
    }
    b.budget(statuses[0]).authority(statuses[1]).need(statuses[2]).timeline(statuses[3]);
    if (statuses[0] == BantStatus.CONFIRMED || statuses[0] == BantStatus.PARTIAL) {
      b.budgetAmount(amount.multipliedBy(BigDecimal.valueOf(80 + random.nextInt(50), 2), java.math.RoundingMode.HALF_EVEN));
    }
    if (statuses[1] == BantStatus.CONFIRMED) {
      b.decisionMaker(ContactId.of("C-" + Long.toHexString(random.nextLong() & 0xffffffL)));
    }
    if (statuses[2] == BantStatus.CONFIRMED || statuses[2] == BantStatus.PARTIAL) {
      b.needStatement("Replace the legacy process");
    }
    if (statuses[3] == BantStatus.CONFIRMED) {
      b.targetDate(created.plusDays(30 + random.nextInt(150)));
    }
    return b.build();
  }
}
