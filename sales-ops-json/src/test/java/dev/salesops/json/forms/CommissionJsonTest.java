package dev.salesops.json.forms;

import dev.salesops.metrics.incentive.*;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.salesops.core.json.JsonInputException;
import dev.salesops.json.testing.CodecMapper;
import dev.salesops.core.testing.Generators;
import dev.salesops.core.testing.Property;
import dev.salesops.core.validation.Problem;
import dev.salesops.core.validation.ValidationException;
import dev.salesops.metrics.testing.JsonMutations;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** JSON of commission plans and payouts: stable names, round trips, the all-problems reader. */
class CommissionJsonTest {
  private static final CodecMapper MAPPER = CodecMapper.INSTANCE;

  @Test
  void planHasStableNamesAndReadsBothWays() throws Exception {
    CommissionPlan example = CommissionPlans.example(CurrencyUnit.USD);
    CommissionPlan plan = CommissionPlan.builder().from(example).payoutCap(Money.of(CurrencyUnit.USD, new BigDecimal("50000.00"))).build();
    String json = MAPPER.writeValueAsString(plan);
    assertThat(json).startsWith("{\"name\":\"example-tiered\",\"currency\":\"USD\",\"method\":\"TIERED_MARGINAL\","
        + "\"tiers\":[{\"from\":0,\"rate\":0.05},{\"from\":0.5,\"rate\":0.08},{\"from\":1.0,\"rate\":0.10}],"
        + "\"accelerators\":[{\"from\":1.0,\"multiplier\":1.5},{\"from\":1.5,\"multiplier\":2}],\"attainmentCap\":2,"
        + "\"payoutCap\":{\"amount\":\"50000.00\",\"currency\":\"USD\"},\"ratingMultipliers\":{")
        .endsWith("},\"rounding\":\"PER_LINE\",\"roundingMode\":\"HALF_UP\",\"tierEdge\":\"LOWER_TIER\"}");
    assertThat(MAPPER.readValue(json, CommissionPlan.class)).isEqualTo(plan);
    assertThat(CommissionPlans.read(json)).isEqualTo(plan);
    assertThat(CommissionPlans.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))).isEqualTo(plan);
    // defaults may be omitted; percentages are read by the reader
    CommissionPlan flat = CommissionPlans.read("{\"name\":\"flat\",\"currency\":\"EUR\",\"method\":\"FLAT\",\"tiers\":[{\"from\":0,\"rate\":\"5%\"}]}");
    assertThat(flat.tiers()).containsExactly(new RateTier(BigDecimal.ZERO, new BigDecimal("0.05")));
    assertThat(flat.rounding()).isEqualTo(Rounding.PER_LINE);
    assertThat(MAPPER.readValue("{\"name\":\"flat\",\"currency\":\"EUR\",\"method\":\"FLAT\",\"tiers\":[{\"from\":0,\"rate\":0.05}]}",
        CommissionPlan.class)).isEqualTo(flat);
  }

  @Test
  void payoutIsWrittenWithItsLinesAndReadBack() throws Exception {
    CommissionPlan plan = CommissionPlans.example(CurrencyUnit.USD);
    Payout payout = plan.compute(Money.of(CurrencyUnit.USD, new BigDecimal("120000")), Money.of(CurrencyUnit.USD, new BigDecimal("100000")),
        "A");
    String json = MAPPER.writeValueAsString(payout);
    assertThat(json).startsWith("{\"plan\":\"example-tiered\",\"credited\":{\"amount\":\"120000.00\",\"currency\":\"USD\"},"
        + "\"quota\":{\"amount\":\"100000.00\",\"currency\":\"USD\"},\"attainment\":{\"value\":1.2,\"numerator\":120000,\"denominator\":100000},"
        + "\"rating\":\"A\",\"lines\":[{\"kind\":\"SLICE\",\"description\":")
        .endsWith("\"total\":{\"amount\":\"" + payout.total().getAmount().toPlainString() + "\",\"currency\":\"USD\"}}");
    assertThat(MAPPER.readValue(json, Payout.class)).isEqualTo(payout);
    Payout unrated = CommissionPlan.builder().name("p").currency(CurrencyUnit.EUR).method(CommissionMethod.FLAT)
        .addTiers(RateTier.of("0", "0.1")).build().compute(Money.of(CurrencyUnit.EUR, BigDecimal.TEN), Money.of(CurrencyUnit.EUR, BigDecimal.ONE));
    assertThat(MAPPER.writeValueAsString(unrated)).doesNotContain("rating");
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(unrated), Payout.class)).isEqualTo(unrated);
  }

  // ---- random values

  static CommissionPlan plan(Random r) {
    CurrencyUnit c = Generators.oneOf(r, Generators.CURRENCIES);
    CommissionMethod method = Generators.oneOf(r, List.of(CommissionMethod.values()));
    CommissionPlan.Builder b = CommissionPlan.builder().name(Generators.text(r, 128)).currency(c).method(method);
    int n = method == CommissionMethod.FLAT ? 1 : 1 + r.nextInt(4);
    BigDecimal from = BigDecimal.ZERO;
    BigDecimal rate = BigDecimal.valueOf(r.nextInt(300), 3);
    for (int i = 0; i < n; i++) {
      b.addTiers(new RateTier(i == 0 ? BigDecimal.valueOf(0, r.nextInt(3)) : from, rate));
      from = from.add(BigDecimal.valueOf(1 + r.nextInt(200), 2));
      rate = rate.add(BigDecimal.valueOf(r.nextInt(50), 3)).min(BigDecimal.ONE);
    }
    BigDecimal af = BigDecimal.ONE.add(BigDecimal.valueOf(r.nextInt(100), 2));
    BigDecimal am = BigDecimal.ONE.add(BigDecimal.valueOf(r.nextInt(20), 1));
    for (int i = r.nextInt(3); i > 0; i--) {
      b.addAccelerators(new Accelerator(af, am));
      af = af.add(BigDecimal.valueOf(1 + r.nextInt(200), 2));
      am = am.add(BigDecimal.valueOf(r.nextInt(20), 1)).min(BigDecimal.TEN);
    }
    if (r.nextBoolean()) {
      b.attainmentCap(BigDecimal.valueOf(1 + r.nextInt(500), 1 + r.nextInt(2)));
    }
    if (r.nextBoolean()) {
      b.payoutCap(Generators.money(r, c));
    }
    for (String band : List.of("S", "A", "B", "C", "D")) {
      if (r.nextBoolean()) {
        b.putRatingMultipliers(band, BigDecimal.valueOf(r.nextInt(1001), 2));
      }
    }
    if (r.nextBoolean()) {
      b.rounding(Generators.oneOf(r, List.of(Rounding.values())));
    }
    if (r.nextBoolean()) {
      b.roundingMode(Generators.oneOf(r, List.of(RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.DOWN, RoundingMode.CEILING)));
    }
    if (r.nextBoolean()) {
      b.tierEdge(Generators.oneOf(r, List.of(dev.salesops.metrics.appraisal.BoundaryRule.values())));
    }
    return b.build();
  }

  @Test
  void randomPlansAndPayoutsRoundTrip() {
    Property.forAll(77L, 300, r -> {
      CommissionPlan plan = plan(r);
      String json = MAPPER.writeValueAsString(plan);
      assertThat(json).doesNotContain("Immutable");
      assertThat(MAPPER.readValue(json, CommissionPlan.class)).as(json).isEqualTo(plan);
      assertThat(CommissionPlans.read(json)).as(json).isEqualTo(plan);
      CurrencyUnit c = plan.currency();
      Money quota = Generators.money(r, c);
      if (!quota.isPositive()) {
        quota = Money.ofMinor(c, 1 + r.nextInt(1000));
      }
      Optional<String> rating = plan.ratingMultipliers().keySet().stream().findFirst();
      Payout payout = plan.compute(Generators.money(r, c), quota, rating.orElse(null));
      String out = MAPPER.writeValueAsString(payout);
      assertThat(MAPPER.readValue(out, Payout.class)).as(out).isEqualTo(payout);
    });
  }

  @Test
  void randomMutationsFailOnlyWithJsonInputExceptionOrValidationException() {
    Property.forAll(78L, 300, r -> {
      CommissionPlan plan = plan(r);
      JsonMutations.check(MAPPER, plan, CommissionPlan.class, r);
      // the all-problems reader over a mutated document: a plan equal to its own JSON, or a ValidationException
      String json = MAPPER.writeValueAsString(plan);
      String mutated = r.nextBoolean() ? json.replaceFirst("\\d", "-") : json.replaceFirst("\"[A-Z_]+\"", "\"X\"");
      try {
        CommissionPlan read = CommissionPlans.read(mutated);
        assertThat(CommissionPlans.read(MAPPER.writeValueAsString(read))).isEqualTo(read);
      } catch (ValidationException e) {
        assertThat(e.problems()).isNotEmpty();
      }
      CurrencyUnit c = plan.currency();
      JsonMutations.check(MAPPER, plan.compute(Generators.money(r, c), Money.ofMinor(c, 1 + r.nextInt(1_000_000)),
          plan.ratingMultipliers().keySet().stream().findFirst().orElse(null)), Payout.class, r);
    });
  }

  // ---- refusals

  private static List<String> problems(String json) {
    try {
      CommissionPlan plan = CommissionPlans.read(json);
      throw new AssertionError("accepted: " + plan);
    } catch (ValidationException e) {
      return e.problems().stream().map(Problem::message).toList();
    }
  }

  @Test
  void theReaderReportsEveryProblemWithItsPath() {
    assertThat(problems("{\"name\":\"\",\"currency\":\"XYZ\",\"method\":\"STEPPED\",\"tiers\":[{\"from\":0,\"rate\":1.5},"
        + "{\"from\":\"x\",\"rate\":0.1,\"cap\":1}],\"accelerators\":[{\"from\":0.5,\"multiplier\":1}],\"attainmentCap\":true,"
        + "\"payoutCap\":{\"amount\":\"1.001\",\"currency\":\"USD\"},\"ratingMultipliers\":{\"S\":\"many\"},\"rounding\":\"NEVER\",\"extra\":1}"))
        .containsExactlyInAnyOrder(
            "extra is not a known field (known: [accelerators, attainmentCap, currency, method, name, payoutCap, ratingMultipliers, rounding, roundingMode, tierEdge, tiers])",
            "currency must be a known ISO-4217 currency code: \"XYZ\"",
            "method must be one of [FLAT, TIERED_MARGINAL, TIERED_RETROACTIVE]: \"STEPPED\"",
            "rounding must be one of [PER_LINE, ON_TOTAL]: \"NEVER\"",
            "tiers[0].rate must be within [0, 1]: 1.5",
            "tiers[1].cap is not a known field (known: [from, rate])",
            "tiers[1].from must be a decimal number or a percentage such as \"5%\": x",
            "accelerators[0].from must be within [1, 100] (accelerators apply above quota): 0.5",
            "attainmentCap must be a number or a string such as \"0.05\" or \"5%\": true",
            "payoutCap.amount must have at most 2 decimal places for USD: 1.001",
            "ratingMultipliers.S must be a decimal number or a percentage such as \"5%\": many");
    // plan-level rules once every field is read, all at once
    assertThat(problems("{\"name\":\"p\",\"currency\":\"USD\",\"method\":\"FLAT\",\"tiers\":[{\"from\":0.1,\"rate\":0.2},{\"from\":0.1,\"rate\":0.1}],"
        + "\"payoutCap\":{\"amount\":\"5\",\"currency\":\"EUR\"},\"ratingMultipliers\":{\"S\":11}}"))
        .containsExactlyInAnyOrder("tiers[0].from must be 0: 0.1", "tiers must hold exactly one tier for a FLAT plan: 2 tiers",
            "tiers[1].from must be greater than the previous tier's 0.1: 0.1", "tiers[1].rate must not be less than the previous tier's 0.2: 0.1",
            "payoutCap must be in the plan's currency USD: EUR 5.00", "ratingMultipliers.S must be within [0, 10]: 11");
    assertThat(problems("{}")).containsExactlyInAnyOrder("name is required", "currency is required", "method is required", "tiers is required");
    assertThat(problems("[]")).containsExactly("$ must be a JSON object: array");
    assertThat(problems("{\"name\":")).singleElement().asString().startsWith("name must be well-formed JSON: the document ends too early (line 1");
    assertThat(problems("{\"name\":\"p\",\"currency\":\"USD\",\"method\":\"FLAT\",\"tiers\":[{\"from\":0,\"rate\":1e-1000000}]}"))
        .singleElement().asString().startsWith("tiers[0].rate must have at most 100 significant digits").contains(": 1E-1000000");
    assertThatThrownBy(() -> CommissionPlans.read((String) null)).isInstanceOf(NullPointerException.class).hasMessage("json");
  }

  @Test
  void theMapperStopsAtTheFirstProblemWithItsJsonPath() {
    String ok = "{\"name\":\"p\",\"currency\":\"USD\",\"method\":\"TIERED_MARGINAL\"";
    assertThat(refused(ok + ",\"tiers\":[{\"from\":0,\"rate\":0.1},{\"from\":1,\"rate\":2}]}"))
        .satisfies(e -> assertThat(e.jsonPath()).isEqualTo("$.tiers[1]"))
        .satisfies(e -> assertThat(e.rule()).isEqualTo("rate must be within [0, 1]"));
    assertThat(refused(ok + ",\"tiers\":[{\"from\":0.5,\"rate\":0.1}],\"attainmentCap\":0}"))
        .satisfies(e -> assertThat(e.jsonPath()).isEqualTo("$"))
        .satisfies(e -> assertThat(e.rule()).isEqualTo("tiers[0].from must be 0 (and 1 more problems)"));
    assertThat(refused(ok + ",\"tiers\":[],\"currency\":\"ABC\"}").jsonPath()).isEqualTo("$.currency");
    // absurd scales are refused by the types themselves, before any payout arithmetic
    assertThat(refused(ok + ",\"tiers\":[{\"from\":0,\"rate\":1e-1000000}]}"))
        .satisfies(e -> assertThat(e.jsonPath()).isEqualTo("$.tiers[0].rate"))
        .satisfies(e -> assertThat(e.rule()).startsWith("must have at most 100 significant digits and at most 100 decimal places or trailing zeros"));
    assertThat(refused(ok + ",\"tiers\":[{\"from\":0,\"rate\":0.1}],\"ratingMultipliers\":{\"S\":0e-99}}").rule())
        .startsWith("ratingMultipliers.S must have at most 30 decimal places and an exponent of at most 30");
    assertThat(refused(ok + ",\"tiers\":[{\"from\":0,\"rate\":0.1}],\"roundingMode\":\"NEAREST\"}").jsonPath()).isEqualTo("$.roundingMode");
  }

  private static JsonInputException refused(String json) {
    try {
      Object value = MAPPER.readValue(json, CommissionPlan.class);
      throw new AssertionError("accepted: " + value);
    } catch (JsonInputException e) {
      return e;
    } catch (RuntimeException e) {
      throw new AssertionError("not a JsonInputException: " + e, e);
    }
  }
}
