package dev.salesops.examples.integration;

import dev.salesops.core.model.Opportunity;
import dev.salesops.core.model.OpportunityId;
import dev.salesops.core.model.ProductLine;
import dev.salesops.core.model.UserId;
import dev.salesops.core.validation.Problem;
import dev.salesops.core.validation.Problems;
import dev.salesops.core.validation.ValidationException;
import dev.salesops.core.definition.DefinitionParams;
import dev.salesops.scoring.scorecard.EngagementEvent;
import dev.salesops.scoring.scorecard.RuleMatch;
import dev.salesops.scoring.scorecard.Score;
import dev.salesops.scoring.scorecard.Scorecard;
import dev.salesops.scoring.scorecard.ScorecardLoader;
import dev.salesops.scoring.scorecard.ScoringRule;
import dev.salesops.scoring.scorecard.ScoringRuleType;
import dev.salesops.scoring.scorecard.ScoringSubject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.joda.money.Money;

/**
 * Integration example — extending scoring: a criterion type written in Java ({@link UsageGrowthRuleType},
 * {@code "acme.usage_growth"}) through the scorecard SPI {@link ScoringRuleType}, registered with {@link
 * ScorecardLoader#withType}, and referenced by name from a JSON scorecard (the resource {@value #SCORECARD}), next
 * to built-in operators. Three customers are scored at a fixed instant and the breakdown of each is printed
 * ({@link Score#explain()}). Loading the same JSON without registering the type fails with the problem named.
 *
 * <p>Run: {@code java -cp sales-ops-cli/target/sales-ops.jar dev.salesops.examples.integration.CustomScoringExample}.
 */
public final class CustomScoringExample {
  /** The scorecard resource, relative to this class. */
  public static final String SCORECARD = "expansion-scorecard.json";
  /** The scoring instant. */
  public static final Instant AS_OF = Instant.parse("2026-04-01T00:00:00Z");

  private CustomScoringExample() {}

  /**
   * {@code acme.usage_growth}: the customer's monthly active users grew by at least {@code minGrowthPercent}
   * percent, read from two host attributes (named by the params {@code previous} and {@code current}, by default
   * {@code active_users_last_month} and {@code active_users_this_month}).
   *
   * <p>Formula: {@code growth = (current - previous) × 100 / previous}, exact, shown to one decimal (HALF_EVEN);
   * matched when {@code growth >= minGrowthPercent}. Missing or unreadable figures, or no users last month, do
   * not match (a rule never throws for a subject). Params are checked when the scorecard is loaded, every
   * problem at once: {@code minGrowthPercent} is required and not negative; unknown params are refused.
   *
   * <p>This class is immutable and thread-safe.
   */
  public static final class UsageGrowthRuleType implements ScoringRuleType {
    /** The name used in scorecard JSON. */
    public static final String NAME = "acme.usage_growth";
    private static final Set<String> PARAMS = Set.of("minGrowthPercent", "previous", "current");

    @Override
    public String name() {
      return NAME;
    }

    @Override
    public ScoringRule create(DefinitionParams params) {
      Problems problems = new Problems();
      for (String p : params.asMap().keySet()) {
        if (!PARAMS.contains(p)) {
          problems.add("params." + p, "is not a parameter of " + NAME + " (known: " + new TreeSet<>(PARAMS) + ")", p);
        }
      }
      BigDecimal min = null;
      String previous = "active_users_last_month";
      String current = "active_users_this_month";
      try {
        min = params.decimal("minGrowthPercent");
        if (min.signum() < 0) {
          problems.add("params.minGrowthPercent", "must not be negative", min.toPlainString());
        }
        previous = params.optionalString("previous").orElse(previous);
        current = params.optionalString("current").orElse(current);
      } catch (ValidationException e) {
        e.problems().forEach(problems::add);
      }
      problems.throwIfAny();
      return new UsageGrowth(min, previous, current);
    }

    @Override
    public String toString() {
      return NAME;
    }
  }

  /** The rule of {@link UsageGrowthRuleType}. */
  private static final class UsageGrowth implements ScoringRule {
    private final BigDecimal minPercent;
    private final String previous;
    private final String current;

    UsageGrowth(BigDecimal minPercent, String previous, String current) {
      this.minPercent = minPercent;
      this.previous = previous;
      this.current = current;
    }

    @Override
    public RuleMatch evaluate(ScoringSubject subject, Instant asOf) {
      BigDecimal before = number(subject.attributes().get(previous));
      BigDecimal now = number(subject.attributes().get(current));
      if (before == null || now == null) {
        return RuleMatch.no("no usage figures (" + previous + ", " + current + ")");
      }
      if (before.signum() <= 0) {
        return RuleMatch.no("no active users last month, so no growth rate");
      }
      BigDecimal growth = now.subtract(before).multiply(BigDecimal.valueOf(100));
      boolean matched = growth.compareTo(minPercent.multiply(before)) >= 0; // exact: no division in the test
      String detail = "active users " + before.toPlainString() + " -> " + now.toPlainString() + ", growth "
          + growth.divide(before, 1, RoundingMode.HALF_EVEN).toPlainString() + "%" + (matched ? " >= " : " < ")
          + minPercent.toPlainString() + "%";
      return matched ? RuleMatch.yes(detail) : RuleMatch.no(detail);
    }

    private static BigDecimal number(String s) {
      if (s == null || s.length() > 30) {
        return null;
      }
      try {
        return new BigDecimal(s.strip());
      } catch (NumberFormatException e) {
        return null;
      }
    }
  }

  /**
   * What happened.
   *
   * @param scores the score of every customer, by name, in input order
   * @param withoutTheType the problems reported when the scorecard is loaded without registering the type
   */
  public record Result(Map<String, Score> scores, List<Problem> withoutTheType) {}

  /** Loads the scorecard with the custom type and scores three customers at {@link #AS_OF}. */
  public static Result run() {
    Scorecard scorecard = load(ScorecardLoader.standard().withType(new UsageGrowthRuleType()));

    Map<String, ScoringSubject> customers = new LinkedHashMap<>();
    customers.put("Northwind", ScoringSubject.builder()
        .opportunity(deal("opp-101", ProductLine.PREMIUM, "36000.00"))
        .attribute("active_users_last_month", "50").attribute("active_users_this_month", "70")
        .event(EngagementEvent.of("demo_attended", daysAgo(30)))
        .event(EngagementEvent.of("pricing_discussed", daysAgo(10)))
        .build());
    customers.put("Contoso", ScoringSubject.builder()
        .opportunity(deal("opp-102", ProductLine.SERVICES, "8000.00"))
        .attribute("active_users_last_month", "200").attribute("active_users_this_month", "220")
        .event(EngagementEvent.of("demo_attended", daysAgo(60)))
        .build());
    customers.put("Fabrikam", ScoringSubject.builder()
        .opportunity(deal("opp-103", ProductLine.PREMIUM, "25000.00"))
        .event(EngagementEvent.of("demo_attended", AS_OF))
        .build());
    Map<String, Score> scores = new LinkedHashMap<>();
    customers.forEach((name, subject) -> scores.put(name, scorecard.score(subject, AS_OF)));

    List<Problem> withoutTheType = List.of();
    try {
      load(ScorecardLoader.standard());
    } catch (ValidationException e) {
      withoutTheType = e.problems();
    }
    return new Result(scores, withoutTheType);
  }

  /** Prints every customer's breakdown, then what a loader without the type says. */
  public static void main(String[] args) {
    Result r = run();
    r.scores().forEach((name, score) -> {
      System.out.println(name);
      System.out.println(score.explain());
      System.out.println();
    });
    System.out.println("without registering " + UsageGrowthRuleType.NAME + ":");
    r.withoutTheType().forEach(p -> System.out.println("  " + p.message()));
  }

  @SuppressWarnings({"removal", "deprecation"}) // a host's scorecard may read the recorded stage copy (opportunity.stage)
  private static Opportunity deal(String id, ProductLine line, String euros) {
    return Opportunity.builder()
        .id(OpportunityId.of(id))
        .ownerId(UserId.of("alice"))
        .stage("PROPOSAL")
        .createdAt(AS_OF.minus(Duration.ofDays(120)))
        .amount(Money.parse("EUR " + euros))
        .productLine(line)
        .build();
  }

  private static Instant daysAgo(int days) {
    return AS_OF.minus(Duration.ofDays(days));
  }

  /** Reads the scorecard resource with {@code loader}. */
  static Scorecard load(ScorecardLoader loader) {
    try (InputStream in = CustomScoringExample.class.getResourceAsStream(SCORECARD)) {
      if (in == null) {
        throw new IOException("missing class-path resource " + SCORECARD);
      }
      return loader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
