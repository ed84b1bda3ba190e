package dev.salesops.json.forms;

import dev.salesops.metrics.target.*;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.testing.EqualsTester;
import dev.salesops.core.json.JsonInputException;
import dev.salesops.json.testing.CodecMapper;
import dev.salesops.core.testing.Generators;
import dev.salesops.core.testing.Property;
import dev.salesops.metrics.testing.JsonMutations;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** JSON of targets and their results: stable names, round trips, and refusals naming the path. */
class TargetJsonTest {
  private static final CodecMapper MAPPER = CodecMapper.INSTANCE;

  private static Target sample() {
    return Target.builder().id("T-2026").metric("revenue").scope(Scope.of(ScopeLevel.REGION, "north"))
        .period(TargetPeriod.quarter(2026, 1)).amount(Money.of(CurrencyUnit.USD, new BigDecimal("300000.00")))
        .parentId("T-company").addMilestones(new Milestone(LocalDate.of(2026, 1, 31), new BigDecimal("100000.00"))).build();
  }

  @Test
  void targetHasStableCamelCaseNames() throws Exception {
    String json = MAPPER.writeValueAsString(sample());
    assertThat(json).isEqualTo("{\"id\":\"T-2026\",\"metric\":\"revenue\",\"scope\":{\"level\":\"REGION\",\"id\":\"north\"},"
        + "\"period\":{\"from\":\"2026-01\",\"to\":\"2026-03\"},\"amount\":{\"amount\":\"300000.00\",\"currency\":\"USD\"},"
        + "\"parentId\":\"T-company\",\"milestones\":[{\"date\":\"2026-01-31\",\"expectedToDate\":100000.00}]}");
    assertThat(MAPPER.readValue(json, Target.class)).isEqualTo(sample());
    // a draft: only the id
    assertThat(MAPPER.readValue("{\"id\":\"draft\"}", Target.class)).isEqualTo(Target.builder().id("draft").build());
    assertThat(MAPPER.writeValueAsString(Target.builder().id("draft").count(12).unit("customers").build()))
        .isEqualTo("{\"id\":\"draft\",\"count\":12,\"unit\":\"customers\",\"milestones\":[]}");
  }

  @Test
  void resultsAreWrittenAndReadBack() throws Exception {
    MilestonePlan plan = MilestonePlan.of(TargetDecomposition.acrossMonths(Money.of(CurrencyUnit.EUR, new BigDecimal("1000")),
        Weights.evenly(TargetPeriod.quarter(2026, 2).months())));
    String json = MAPPER.writeValueAsString(plan);
    assertThat(json).isEqualTo("{\"2026-04\":{\"amount\":\"333.34\",\"currency\":\"EUR\"},\"2026-05\":{\"amount\":\"333.33\",\"currency\":\"EUR\"},"
        + "\"2026-06\":{\"amount\":\"333.33\",\"currency\":\"EUR\"}}");
    assertThat(MAPPER.readValue(json, MilestonePlan.class)).isEqualTo(plan);
    MilestoneStatus status = plan.statusAt(LocalDate.of(2026, 5, 10), Money.of(CurrencyUnit.EUR, new BigDecimal("300")));
    assertThat(MAPPER.writeValueAsString(status)).contains("\"onTrack\":false");
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(status), MilestoneStatus.class)).isEqualTo(status);
    TargetAllocation a = TargetDecomposition.decompose("company", Money.of(CurrencyUnit.USD, new BigDecimal("100")),
        k -> k.equals("company") ? Optional.of(Weights.evenly(List.of("north", "south", "west"))) : Optional.empty());
    String tree = MAPPER.writeValueAsString(a);
    assertThat(tree).startsWith("{\"key\":\"company\",\"amount\":{\"amount\":\"100.00\",\"currency\":\"USD\"},"
        + "\"share\":{\"value\":1,\"numerator\":1,\"denominator\":1},\"children\":[{\"key\":\"north\",\"amount\":{\"amount\":\"33.34\"");
    assertThat(MAPPER.readValue(tree, TargetAllocation.class)).isEqualTo(a);
    assertThat(tree).doesNotContain("exact");
    List<SmartFinding> findings = SmartCheck.defaults().check(Target.builder().id("draft").build());
    assertThat(findings).isNotEmpty();
    for (SmartFinding f : findings) {
      assertThat(MAPPER.readValue(MAPPER.writeValueAsString(f), SmartFinding.class)).isEqualTo(f);
    }
  }

  @Test
  void milestonePlansAreEqualByTheirMonthlyPlan() {
    TreeMap<YearMonth, Money> months = new TreeMap<>(Map.of(YearMonth.of(2026, 1), Money.of(CurrencyUnit.USD, BigDecimal.ONE)));
    TreeMap<YearMonth, Money> other = new TreeMap<>(Map.of(YearMonth.of(2026, 2), Money.of(CurrencyUnit.USD, BigDecimal.ONE)));
    new EqualsTester().addEqualityGroup(MilestonePlan.of(months), MilestonePlan.of(new TreeMap<>(months)))
        .addEqualityGroup(MilestonePlan.of(other)).testEquals();
  }

  // ---- random values

  static Target target(Random r) {
    Target.Builder b = Target.builder().id(Generators.text(r, 64));
    if (r.nextBoolean()) {
      b.metric(Generators.oneOf(r, List.of("revenue", "new_customers", "visits", "collected_cash")));
    }
    if (r.nextBoolean()) {
      b.scope(Scope.of(Generators.oneOf(r, List.of(ScopeLevel.values())), Generators.text(r, 64)));
    }
    TargetPeriod period = null;
    if (r.nextBoolean()) {
      YearMonth from = YearMonth.of(2000 + r.nextInt(40), 1 + r.nextInt(12));
      period = TargetPeriod.of(from, from.plusMonths(r.nextInt(24)));
      b.period(period);
    }
    switch (r.nextInt(4)) {
      case 0:
        b.amount(Generators.money(r));
        break;
      case 1:
        b.count(r.nextInt(4) == 0 ? Long.MAX_VALUE : (long) r.nextInt(100_000)).unit(Generators.text(r, 64));
        break;
      case 2:
        b.amount(Generators.money(r)).count(r.nextInt(10));
        break;
      default:
        break;
    }
    if (r.nextBoolean()) {
      b.parentId(Generators.text(r, 64));
    }
    LocalDate d = period == null ? LocalDate.of(2026, 1, 1) : period.startDate();
    for (int i = r.nextInt(4); i > 0; i--) {
      d = d.plusDays(r.nextInt(60));
      b.addMilestones(new Milestone(d, BigDecimal.valueOf(r.nextLong() >> r.nextInt(64), r.nextInt(5))));
    }
    return b.build();
  }

  static TargetAllocation allocation(Random r) {
    CurrencyUnit c = Generators.oneOf(r, Generators.CURRENCIES);
    Money whole = Generators.money(r, c);
    int[] n = {0};
    return TargetDecomposition.decompose("root", whole, key -> {
      if (key.split("/").length > 3 || r.nextInt(3) == 0) {
        return Optional.empty();
      }
      Map<String, BigDecimal> w = new LinkedHashMap<>();
      for (int i = 1 + r.nextInt(4); i > 0; i--) {
        w.put(key + "/" + (n[0]++), BigDecimal.valueOf(r.nextInt(1000), r.nextInt(3)).add(BigDecimal.ONE));
      }
      return Optional.of(Weights.explicit(w));
    });
  }

  static MilestonePlan plan(Random r) {
    CurrencyUnit c = Generators.oneOf(r, Generators.CURRENCIES);
    TreeMap<YearMonth, Money> months = new TreeMap<>();
    YearMonth m = YearMonth.of(2000 + r.nextInt(40), 1 + r.nextInt(12));
    for (int i = 1 + r.nextInt(12); i > 0; i--) {
      months.put(m, Generators.money(r, c));
      m = m.plusMonths(1);
    }
    return MilestonePlan.of(months);
  }

  @Test
  void randomValidValuesRoundTrip() {
    List<Function<Random, ?>> generators = List.of(TargetJsonTest::target, TargetJsonTest::allocation, TargetJsonTest::plan,
        r -> {
          MilestonePlan p = plan(r);
          return p.statusAt(p.period().startDate().plusDays(r.nextInt(400) - 30), Generators.money(r, p.target().getCurrencyUnit()));
        },
        r -> SmartCheck.defaults().check(target(r)).stream().findFirst().orElse(new SmartFinding(SmartCriterion.SPECIFIC,
            SmartFinding.Severity.WARNING, "x", "y")),
        r -> Scope.of(Generators.oneOf(r, List.of(ScopeLevel.values())), Generators.text(r, 64)),
        r -> TargetPeriod.quarter(1990 + r.nextInt(60), 1 + r.nextInt(4)));
    Property.forAll(31L, 200, r -> {
      for (Function<Random, ?> g : generators) {
        Object value = g.apply(r);
        Class<?> type = value instanceof Target ? Target.class : value.getClass();
        String json = MAPPER.writeValueAsString(value);
        assertThat(json).doesNotContain("Immutable");
        assertThat(MAPPER.readValue(json, type)).as(json).isEqualTo(value);
      }
    });
  }

  @Test
  void randomMutationsFailOnlyWithJsonInputException() {
    Property.forAll(32L, 300, r -> {
      switch (r.nextInt(4)) {
        case 0:
          JsonMutations.check(MAPPER, target(r), Target.class, r);
          break;
        case 1:
          JsonMutations.check(MAPPER, allocation(r), TargetAllocation.class, r);
          break;
        case 2:
          JsonMutations.check(MAPPER, plan(r), MilestonePlan.class, r);
          break;
        default:
          MilestonePlan p = plan(r);
          JsonMutations.check(MAPPER, p.statusAt(p.period().startDate(), p.target()), MilestoneStatus.class, r);
          break;
      }
    });
  }

  // ---- refusals

  static JsonInputException refused(String json, Class<?> type) {
    try {
      Object value = MAPPER.readValue(json, type);
      throw new AssertionError("accepted: " + value);
    } catch (JsonInputException e) {
      return e;
    } catch (RuntimeException e) {
      throw new AssertionError("not a JsonInputException: " + e, e);
    }
  }

  @Test
  void invalidDocumentsNameThePathAndTheRule() {
    assertThat(refused("{\"id\":\"t\",\"count\":-1}", Target.class).rule()).isEqualTo("target.count must not be negative");
    assertThat(refused("{\"id\":\" \"}", Target.class)).satisfies(e -> assertThat(e.jsonPath()).isEqualTo("$"))
        .satisfies(e -> assertThat(e.rule()).startsWith("target.id must not be blank"));
    assertThat(refused("{\"metric\":\"revenue\"}", Target.class).rule()).isEqualTo("required members are missing: [id]");
    assertThat(refused("{\"id\":\"t\",\"period\":{\"from\":\"2026-03\",\"to\":\"2026-01\"}}", Target.class))
        .satisfies(e -> assertThat(e.jsonPath()).isEqualTo("$.period"))
        .satisfies(e -> assertThat(e.rule()).startsWith("period.to must not be before period.from 2026-03"));
    assertThat(refused("{\"id\":\"t\",\"period\":{\"from\":\"2026-13\",\"to\":\"2027-01\"}}", Target.class).jsonPath()).isEqualTo("$.period.from");
    assertThat(refused("{\"id\":\"t\",\"scope\":{\"level\":\"PLANET\",\"id\":\"x\"}}", Target.class).jsonPath()).isEqualTo("$.scope.level");
    // further cases of the former Jackson mapper's exact messages, not the codecs' (whose refusals RefusalsTest pins)
  }
}
