package dev.salesops.scoring.bant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.salesops.core.message.Message;
import dev.salesops.core.model.BantAssessment;
import dev.salesops.core.model.BantCriterion;
import dev.salesops.core.model.BantStatus;
import dev.salesops.core.model.ContactId;
import dev.salesops.core.model.DealFacts;
import dev.salesops.core.model.Role;
import dev.salesops.core.model.UserId;
import dev.salesops.core.pipeline.SalesPipeline;
import dev.salesops.core.testing.Property;
import dev.salesops.core.workflow.Actor;
import dev.salesops.core.workflow.Command;
import dev.salesops.core.workflow.Criterion;
import dev.salesops.core.definition.DefinitionParams;
import dev.salesops.core.workflow.CriterionResult;
import dev.salesops.core.workflow.CriterionType;
import dev.salesops.core.workflow.Evaluation;
import dev.salesops.core.workflow.GuardContext;
import dev.salesops.core.workflow.Snapshot;
import dev.salesops.core.workflow.StandardCriteria;
import dev.salesops.core.workflow.Workflow;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * The compiled fast path ({@link BantQualifiedCriterionType#of}: packed verdicts, kept results, texts rendered
 * when read) gives exactly what the explained path gives, checked against {@link LegacyBant} (the explanation as it
 * was built before, text by text) over seeded random policies, assessments, amounts, dates and snapshots,
 * refusals included: met or not, message codes, subjects, and texts in English and Simplified Chinese.
 */
class FastPathExactnessTest {
  private static final Locale[] LOCALES = {Locale.ROOT, Locale.SIMPLIFIED_CHINESE};
  private static final CurrencyUnit[] CURRENCIES = {CurrencyUnit.USD, CurrencyUnit.EUR, CurrencyUnit.JPY};
  private static final Actor REP = Actor.of(UserId.of("rep-1"), Role.REP);

  /** A host record (not a library Opportunity); the amount is {@code null} when not estimated. */
  record HostDeal(BantAssessment bant, Money amountOrNull) implements DealFacts {
    HostDeal(BantAssessment bant, Optional<Money> amount) {
      this(bant, amount.orElse(null));
    }

    @Override
    public Optional<Money> amount() {
      return Optional.ofNullable(amountOrNull);
    }
  }

  @Test
  void explainedPathIsUnchanged() {
    Property.forAll(0xBA4701L, 200, r -> {
      QualificationPolicy p = policy(r);
      for (int i = 0; i < 20; i++) {
        HostDeal deal = deal(r);
        LocalDate date = LocalDate.of(2026, 1, 1).plusDays(r.nextInt(400));
        QualificationResult expected = LegacyBant.evaluate(p, deal, date);
        QualificationResult actual = p.evaluate(deal, date);
        if (!actual.equals(expected)) {
          assertThat(actual).as("%s on %s at %s", p, deal, date).isEqualTo(expected);
        }
      }
    });
  }

  @Test
  void criterionEqualsTheExplainedPathIncludingRefusals() {
    Property.forAll(0xBA4702L, 150, r -> {
      QualificationPolicy p = policy(r);
      Criterion fast = BantQualifiedCriterionType.of(p);
      Criterion oracle = LegacyBant.criterion(p);
      for (int i = 0; i < 25; i++) {
        Object subject = r.nextInt(20) == 0 ? (r.nextBoolean() ? null : "not a deal") : deal(r);
        Instant at = LocalDate.of(2026, 1, 1).plusDays(r.nextInt(400)).atStartOfDay(ZoneOffset.UTC)
            .plusSeconds(r.nextInt(86_400)).toInstant();
        GuardContext ctx = GuardContext.of(at, REP, subject, "QUALIFICATION", "DISCOVERY", "advance");
        CriterionResult expected = oracle.evaluate(ctx);
        CriterionResult first = fast.evaluate(ctx);
        CriterionResult again = fast.evaluate(ctx); // a kept result, when kept
        String what = p + " on " + subject + " at " + at;
        assertSame(first, expected, what);
        assertSame(again, expected, what);
        assertForMove(fast.evaluateForMove(ctx), expected, what);
        if (!again.equals(first)) {
          assertThat(again).as(what).isEqualTo(first);
        }
        boolean quotesData = subject instanceof DealFacts && (p.minBudgetPercent().isPresent() || p.maxTimelineMonths().isPresent());
        if (!quotesData && !first.equals(expected)) {
          // constant texts: the very same structured messages (parameters are the same strings)
          assertThat(first).as(what).isEqualTo(expected);
        }
      }
    });
  }

  @Test
  void guardedMovesEqualTheExplainedPathOnRandomSnapshots() {
    Property.forAll(0xBA4703L, 40, r -> {
      QualificationPolicy p = policy(r);
      Workflow fast = SalesPipeline.workflow(StandardCriteria.registry().toBuilder()
          .replace(BantQualifiedCriterionType.withDefault(p)).build());
      Workflow oracle = SalesPipeline.workflow(StandardCriteria.registry().toBuilder().replace(new CriterionType() {
        @Override
        public String name() {
          return BantQualifiedCriterionType.NAME;
        }

        @Override
        public Criterion create(DefinitionParams params) {
          return LegacyBant.criterion(p);
        }
      }).build());
      for (int i = 0; i < 20; i++) {
        Instant t0 = Instant.parse("2026-01-05T09:00:00Z").plusSeconds(r.nextInt(10_000_000));
        Snapshot s = fast.start(t0, REP);
        Instant t = t0.plusSeconds(60);
        s = fast.evaluate(s, Command.advance(), t, REP).snapshot(); // into QUALIFICATION
        int loops = r.nextInt(3);
        for (int k = 0; k < loops; k++) {
          s = fast.evaluate(s, Command.closeLost(dev.salesops.core.model.LostReason.TIMING), t = t.plusSeconds(60), REP).snapshot();
          s = fast.evaluate(s, Command.reopen(), t = t.plusSeconds(60), Actor.of(UserId.of("mgr"), Role.MANAGER)).snapshot();
        }
        Command command = switch (r.nextInt(3)) {
          case 0 -> Command.advance();
          case 1 -> Command.moveTo(SalesPipeline.PROPOSAL);
          default -> Command.moveTo(SalesPipeline.DISCOVERY);
        };
        Instant at = t.plusSeconds(r.nextInt(40_000_000));
        Object subject = r.nextInt(15) == 0 ? null : deal(r);
        Evaluation a = fast.evaluate(s, command, at, REP, subject);
        Evaluation b = oracle.evaluate(s, command, at, REP, subject);
        assertThat(a.isAccepted()).as("%s %s", command, subject).isEqualTo(b.isAccepted());
        assertThat(a.snapshot()).isEqualTo(b.snapshot());
        if (!a.isAccepted()) {
          Evaluation.Rejected ra = (Evaluation.Rejected) a;
          Evaluation.Rejected rb = (Evaluation.Rejected) b;
          assertThat(ra.target()).isEqualTo(rb.target());
          assertMessages(ra.messages(), rb.messages(), command + " " + subject);
          for (Locale l : LOCALES) {
            assertThat(ra.reasons(l)).isEqualTo(rb.reasons(l));
            assertThat(ra.message(l)).isEqualTo(rb.message(l));
          }
        }
      }
    });
  }

  @Test
  void theBenchmarksRefusalReadsAsBefore() {
    BantAssessment bant = BantAssessment.builder().budget(BantStatus.CONFIRMED).authority(BantStatus.UNKNOWN)
        .need(BantStatus.CONFIRMED).timeline(BantStatus.PARTIAL).build();
    CriterionResult r = new BantQualifiedCriterionType().create(DefinitionParams.empty())
        .evaluate(GuardContext.of(Instant.parse("2026-02-01T00:00:00Z"), REP, new HostDeal(bant, Optional.empty()),
            "QUALIFICATION", "DISCOVERY", "advance"));
    assertThat(r.reasons()).containsExactly(
        "BANT not met: Authority: UNKNOWN — no decision-maker contact recorded",
        "BANT not met: Timeline: PARTIAL — only partly known and PARTIAL does not count");
    assertThat(r.reasons(Locale.SIMPLIFIED_CHINESE)).containsExactly(
        "BANT 不满足：Authority: UNKNOWN — no decision-maker contact recorded",
        "BANT 不满足：Timeline: PARTIAL — only partly known and PARTIAL does not count");
    assertThat(r.messages()).extracting(Message::code).containsExactly("bant.not.met", "bant.not.met");
    assertThat(r.messages().get(0).params()).containsEntry("reason", "Authority: UNKNOWN — no decision-maker contact recorded");
  }

  /**
   * The demo's policy (budget at least 80 % of the deal amount, target date within 9 months, B/A/N mandatory, 3
   * met) and variants of its budget percentage (scales, a fraction, a negative scale, 0 and 1000 %), on deals at
   * the rules' edges: budgets exactly at the percentage and one minor unit either side, currencies with 0, 2 and 3
   * decimals and mismatched ones, amounts up to the money bound (beyond the 15-digit fast path), target dates on
   * the evaluation date, at the 9-month limit (month ends clamped) and one day either side, instants around UTC
   * midnight. Explained path, criterion and engine move (accepted and refused) against the former code.
   */
  @Test
  void demoPolicyBudgetAndTimelineEdgesEqualTheFormerCode() {
    BigDecimal[] percents = {new BigDecimal("80"), new BigDecimal("80.0"), new BigDecimal("80.00000"),
        new BigDecimal("80.5"), new BigDecimal("33.333"), new BigDecimal("1E+2"), BigDecimal.ZERO,
        new BigDecimal("1000"), new BigDecimal("99.99999999")};
    CurrencyUnit[] currencies = {CurrencyUnit.EUR, CurrencyUnit.USD, CurrencyUnit.JPY, CurrencyUnit.of("BHD")};
    Property.forAll(0xBA4704L, 300, r -> {
      BigDecimal pct = percents[r.nextInt(percents.length)];
      int months = r.nextInt(4) == 0 ? r.nextInt(25) : 9;
      QualificationPolicy p = QualificationPolicy.builder()
          .mandatory(EnumSet.of(BantCriterion.BUDGET, BantCriterion.AUTHORITY, BantCriterion.NEED))
          .minMet(3).partialCounts(false).minBudgetPercent(pct).maxTimelineMonths(months)
          .requireEvidence(r.nextInt(4) == 0).build();
      Criterion fast = BantQualifiedCriterionType.of(p);
      Criterion oracle = LegacyBant.criterion(p);
      // evaluation dates: month ends (clamping at +months), leap days, ordinary days
      LocalDate date = switch (r.nextInt(4)) {
        case 0 -> LocalDate.of(2023 + r.nextInt(4), 1 + r.nextInt(12), 1).plusMonths(1).minusDays(1);
        case 1 -> LocalDate.of(2024, 2, 29);
        case 2 -> LocalDate.of(2026, 5, 31);
        default -> LocalDate.of(2026, 1, 1).plusDays(r.nextInt(800));
      };
      for (int i = 0; i < 30; i++) {
        CurrencyUnit cur = currencies[r.nextInt(currencies.length)];
        Money amount = edgeAmount(r, cur);
        BantAssessment.Builder b = BantAssessment.builder()
            .budget(r.nextInt(5) == 0 ? BantStatus.PARTIAL : BantStatus.CONFIRMED)
            .authority(r.nextInt(6) == 0 ? BantStatus.UNKNOWN : BantStatus.CONFIRMED)
            .need(r.nextInt(6) == 0 ? BantStatus.NEGATIVE : BantStatus.CONFIRMED)
            .timeline(r.nextInt(5) == 0 ? BantStatus.values()[r.nextInt(4)] : BantStatus.CONFIRMED);
        if (r.nextInt(8) > 0) {
          b.budgetAmount(edgeBudget(r, amount, pct, r.nextInt(10) == 0 ? currencies[r.nextInt(currencies.length)] : cur));
        }
        if (r.nextBoolean()) {
          b.decisionMaker(ContactId.of("c-" + r.nextInt(9)));
        }
        if (r.nextBoolean()) {
          b.needStatement("need " + r.nextInt(9));
        }
        if (r.nextInt(8) > 0) {
          LocalDate limit = date.plusMonths(months);
          b.targetDate(switch (r.nextInt(6)) {
            case 0 -> limit;
            case 1 -> limit.plusDays(1);
            case 2 -> limit.minusDays(1);
            case 3 -> date;
            case 4 -> date.minusDays(1);
            default -> date.plusDays(r.nextInt(400));
          });
        }
        HostDeal deal = new HostDeal(b.build(), r.nextInt(12) == 0 ? Optional.empty() : Optional.of(amount));
        QualificationResult expected = LegacyBant.evaluate(p, deal, date);
        assertThat(p.evaluate(deal, date)).as("%s on %s at %s", p, deal, date).isEqualTo(expected);
        // an instant of that UTC date: midnight, the last second, or any time of it
        Instant at = date.atStartOfDay(ZoneOffset.UTC).toInstant()
            .plusSeconds(switch (r.nextInt(3)) { case 0 -> 0; case 1 -> 86_399; default -> r.nextInt(86_400); });
        GuardContext ctx = GuardContext.of(at, REP, deal, "QUALIFICATION", "DISCOVERY", "advance");
        String what = p + " on " + deal + " at " + at;
        CriterionResult legacy = oracle.evaluate(ctx);
        assertThat(legacy.met()).as(what).isEqualTo(expected.qualified());
        assertSame(fast.evaluate(ctx), legacy, what);
        assertForMove(fast.evaluateForMove(ctx), legacy, what);
      }
    });
  }

  /** An amount of {@code cur}: small, ordinary, at 15 and 16 digits, or at the money bound. */
  private static Money edgeAmount(Random r, CurrencyUnit cur) {
    long minor = switch (r.nextInt(6)) {
      case 0 -> r.nextInt(3);
      case 1 -> 999_999_999_999_999L - r.nextInt(3); // 15 digits: the last of the fast path
      case 2 -> 1_000_000_000_000_000L + r.nextInt(3); // 16 digits: BigDecimal arithmetic
      default -> 1 + (long) r.nextInt(1_000_000_000) * (1 + r.nextInt(1000));
    };
    BigDecimal major = BigDecimal.valueOf(minor, cur.getDecimalPlaces());
    if (major.compareTo(dev.salesops.core.money.Monies.MAX_ABS_AMOUNT) > 0) {
      major = dev.salesops.core.money.Monies.MAX_ABS_AMOUNT.setScale(cur.getDecimalPlaces(), java.math.RoundingMode.DOWN);
    }
    return Money.of(cur, major);
  }

  /** A budget exactly at {@code pct} of {@code amount} (when representable), one minor unit either side, or any. */
  private static Money edgeBudget(Random r, Money amount, BigDecimal pct, CurrencyUnit cur) {
    BigDecimal exact = amount.getAmount().multiply(pct).movePointLeft(2);
    BigDecimal at = exact.setScale(cur.getDecimalPlaces(), java.math.RoundingMode.CEILING);
    BigDecimal unit = BigDecimal.ONE.movePointLeft(cur.getDecimalPlaces());
    BigDecimal v = switch (r.nextInt(4)) {
      case 0 -> at;
      case 1 -> at.subtract(unit);
      case 2 -> at.add(unit);
      default -> at.multiply(BigDecimal.valueOf(r.nextInt(200))).movePointLeft(2)
          .setScale(cur.getDecimalPlaces(), java.math.RoundingMode.HALF_EVEN);
    };
    v = v.max(BigDecimal.ZERO).min(dev.salesops.core.money.Monies.MAX_ABS_AMOUNT
        .setScale(cur.getDecimalPlaces(), java.math.RoundingMode.DOWN));
    return Money.of(cur, v);
  }

  /** The budget rule's comparison without allocation equals BigDecimal arithmetic (signs, scales, 15 digits). */
  @Test
  void unscaledLongsCompareExactly() {
    Property.forAll(0xBA4705L, 200, r -> {
      for (int i = 0; i < 200; i++) {
        int digits = 1 + r.nextInt(17);
        long u = (long) (r.nextDouble() * Math.pow(10, digits));
        if (r.nextBoolean()) {
          u = -u;
        }
        int scale = r.nextInt(18) - 1;
        BigDecimal d = BigDecimal.valueOf(u, scale);
        long got = QualificationPolicy.unscaled(d);
        if (scale >= 0 && scale <= 15 && d.precision() <= 15) {
          assertThat(got).as("%s", d).isEqualTo(d.unscaledValue().longValueExact());
        } else {
          assertThat(got).as("%s", d).isEqualTo(QualificationPolicy.NONE);
        }
        long a = r.nextLong() >> r.nextInt(64);
        long b = r.nextLong() >> r.nextInt(64);
        long c = r.nextLong() >> r.nextInt(64);
        long e = r.nextLong() >> r.nextInt(64);
        int expected = java.math.BigInteger.valueOf(a).multiply(java.math.BigInteger.valueOf(b))
            .compareTo(java.math.BigInteger.valueOf(c).multiply(java.math.BigInteger.valueOf(e)));
        assertThat(QualificationPolicy.compareProducts(a, b, c, e)).as("%d*%d vs %d*%d", a, b, c, e).isEqualTo(expected);
        assertThat(QualificationPolicy.compareProducts(a, b, a, b)).isZero();
      }
    });
    // the largest 15-digit values at every scale
    for (int scale = 0; scale <= 15; scale++) {
      BigDecimal d = BigDecimal.valueOf(999_999_999_999_999L, scale);
      assertThat(QualificationPolicy.unscaled(d)).isEqualTo(999_999_999_999_999L);
      assertThat(QualificationPolicy.unscaled(d.negate())).isEqualTo(-999_999_999_999_999L);
    }
  }

  /** The engine's variant: the same met, the same reasons when unmet; a met result's reasons may be left out. */
  private static void assertForMove(CriterionResult forMove, CriterionResult expected, String what) {
    assertThat(forMove.met()).as(what).isEqualTo(expected.met());
    if (!forMove.met() || !forMove.messages().isEmpty()) {
      assertSame(forMove, expected, what);
    }
  }

  private static void assertSame(CriterionResult actual, CriterionResult expected, String what) {
    if (actual.met() != expected.met() || !signature(actual.messages()).equals(signature(expected.messages()))) {
      assertThat(actual.met()).as(what).isEqualTo(expected.met());
      assertThat(signature(actual.messages())).as(what).isEqualTo(signature(expected.messages()));
    }
  }

  private static void assertMessages(List<Message> actual, List<Message> expected, String what) {
    assertThat(signature(actual)).as(what).isEqualTo(signature(expected));
  }

  /** Per message: code, subject, parameter names, and the text in each locale. */
  private static List<String> signature(List<Message> messages) {
    List<String> out = new java.util.ArrayList<>();
    for (Message m : messages) {
      out.add(m.code());
      out.add(String.valueOf(m.subject().orElse(null)));
      out.add(m.params().keySet().toString());
      for (Locale l : LOCALES) {
        out.add(m.text(l));
      }
    }
    return out;
  }

  static QualificationPolicy policy(Random r) {
    QualificationPolicy.Builder b = QualificationPolicy.builder();
    if (r.nextInt(3) > 0) {
      Set<BantCriterion> m = EnumSet.noneOf(BantCriterion.class);
      for (BantCriterion c : BantCriterion.values()) {
        if (r.nextBoolean()) {
          m.add(c);
        }
      }
      b.mandatory(m);
    }
    b.minMet(r.nextInt(5)).partialCounts(r.nextBoolean()).requireEvidence(r.nextInt(4) == 0)
        .negativeDisqualifies(r.nextInt(4) > 0);
    switch (r.nextInt(4)) {
      case 0 -> b.minBudgetPercent(BigDecimal.valueOf(r.nextInt(2001), 1)); // 0.0 .. 200.0
      case 1 -> b.minBudgetPercent(BigDecimal.valueOf(r.nextInt(120)));
      default -> { }
    }
    if (r.nextInt(3) == 0) {
      b.maxTimelineMonths(r.nextInt(13));
    }
    return b.build();
  }

  static HostDeal deal(Random r) {
    BantStatus[] statuses = BantStatus.values();
    // weighted towards CONFIRMED so that qualified deals are common
    java.util.function.Supplier<BantStatus> status = () -> r.nextInt(3) == 0 ? statuses[r.nextInt(statuses.length)] : BantStatus.CONFIRMED;
    CurrencyUnit cur = CURRENCIES[r.nextInt(CURRENCIES.length)];
    BantAssessment.Builder b = BantAssessment.builder().budget(status.get()).authority(status.get()).need(status.get())
        .timeline(status.get());
    if (r.nextInt(4) > 0) {
      CurrencyUnit bc = r.nextInt(8) == 0 ? CURRENCIES[r.nextInt(CURRENCIES.length)] : cur;
      b.budgetAmount(Money.ofMinor(bc, r.nextInt(5) == 0 ? 0 : r.nextInt(10_000_000)));
    }
    if (r.nextBoolean()) {
      b.decisionMaker(ContactId.of("c-" + r.nextInt(100)));
    }
    if (r.nextBoolean()) {
      b.needStatement("need " + r.nextInt(100));
    }
    if (r.nextInt(4) > 0) {
      b.targetDate(LocalDate.of(2025, 10, 1).plusDays(r.nextInt(900)));
    }
    Optional<Money> amount = r.nextInt(5) == 0 ? Optional.empty()
        : Optional.of(Money.ofMinor(cur, r.nextInt(8) == 0 ? 0 : r.nextInt(12_000_000)));
    return new HostDeal(b.build(), amount);
  }
}
