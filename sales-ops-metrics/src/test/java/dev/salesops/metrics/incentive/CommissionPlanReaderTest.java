package dev.salesops.metrics.incentive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.salesops.core.validation.Problem;
import dev.salesops.core.validation.ValidationException;
import dev.salesops.metrics.appraisal.BoundaryRule;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * {@link CommissionPlans#read}: the documented JSON format of a commission plan (the class comment of
 * {@link CommissionPlans}), field by field, and its refusals, every problem at once with its path.
 */
class CommissionPlanReaderTest {
  /** The example of the format in the class comment of {@link CommissionPlans}. */
  static final String DOCUMENTED = """
      {"name": "tiered-2026", "currency": "USD", "method": "TIERED_MARGINAL",
       "tiers": [{"from": 0, "rate": 0.05}, {"from": 0.5, "rate": "8%"}],
       "accelerators": [{"from": 1, "multiplier": 1.5}],
       "attainmentCap": 2, "payoutCap": {"amount": "50000.00", "currency": "USD"},
       "ratingMultipliers": {"S": 1.2, "A": 1.1, "B": 1, "C": 0.8, "D": 0},
       "rounding": "PER_LINE", "roundingMode": "HALF_UP", "tierEdge": "LOWER_TIER"}
      """;
  static final String MINIMAL = "{\"name\": \"p\", \"currency\": \"USD\", \"method\": \"FLAT\", \"tiers\": [{\"from\": 0, \"rate\": \"6%\"}]}";

  static List<String> problems(String json) {
    ValidationException e = catchThrowableOfType(() -> CommissionPlans.read(json), ValidationException.class);
    assertThat(e).as("refused: %s", json).isNotNull();
    return e.problems().stream().map(Problem::message).toList();
  }

  /** {@link #MINIMAL} with {@code extra} members added at its end. */
  static String minimalWith(String extra) {
    return MINIMAL.substring(0, MINIMAL.length() - 1) + ", " + extra + "}";
  }

  @Test
  void theDocumentedExampleReadsEveryField() {
    CommissionPlan plan = CommissionPlans.read(DOCUMENTED);
    assertThat(plan.name()).isEqualTo("tiered-2026");
    assertThat(plan.currency()).isEqualTo(CurrencyUnit.USD);
    assertThat(plan.method()).isEqualTo(CommissionMethod.TIERED_MARGINAL);
    // "8%" is 0.08; numbers keep their literal scale
    assertThat(plan.tiers()).containsExactly(new RateTier(BigDecimal.ZERO, new BigDecimal("0.05")),
        new RateTier(new BigDecimal("0.5"), new BigDecimal("0.08")));
    assertThat(plan.accelerators()).containsExactly(new Accelerator(BigDecimal.ONE, new BigDecimal("1.5")));
    assertThat(plan.attainmentCap()).contains(new BigDecimal("2"));
    assertThat(plan.payoutCap()).contains(Money.of(CurrencyUnit.USD, new BigDecimal("50000.00")));
    // in document order
    assertThat(plan.ratingMultipliers()).containsExactly(Map.entry("S", new BigDecimal("1.2")), Map.entry("A", new BigDecimal("1.1")),
        Map.entry("B", BigDecimal.ONE), Map.entry("C", new BigDecimal("0.8")), Map.entry("D", BigDecimal.ZERO));
    assertThat(plan.rounding()).isEqualTo(Rounding.PER_LINE);
    assertThat(plan.roundingMode()).isEqualTo(RoundingMode.HALF_UP);
    assertThat(plan.tierEdge()).isEqualTo(BoundaryRule.LOWER_TIER);
    // and it computes: 50000 × 0.05 + 50000 × 0.08 + 20000 × 0.08 × 1.5 = 2500 + 4000 + 2400 = 8900; × A 1.1 = 9790
    assertThat(plan.compute(Money.of(CurrencyUnit.USD, new BigDecimal("120000.00")), Money.of(CurrencyUnit.USD, new BigDecimal("100000.00")), "A")
        .total()).isEqualTo(Money.of(CurrencyUnit.USD, new BigDecimal("9790.00")));
  }

  @Test
  void onlyNameCurrencyMethodAndTiersAreRequiredTheRestTakesItsDefaults() {
    CommissionPlan plan = CommissionPlans.read(MINIMAL);
    assertThat(plan.tiers()).containsExactly(new RateTier(BigDecimal.ZERO, new BigDecimal("0.06")));
    assertThat(plan.accelerators()).isEmpty();
    assertThat(plan.attainmentCap()).isEmpty();
    assertThat(plan.payoutCap()).isEmpty();
    assertThat(plan.ratingMultipliers()).isEmpty();
    assertThat(plan.rounding()).isEqualTo(Rounding.PER_LINE);
    assertThat(plan.roundingMode()).isEqualTo(RoundingMode.HALF_UP);
    assertThat(plan.tierEdge()).isEqualTo(BoundaryRule.LOWER_TIER);
    // JSON null is absent, as for the optional fields of every loader
    assertThat(CommissionPlans.read(minimalWith("\"accelerators\": null, \"attainmentCap\": null, \"payoutCap\": null, "
        + "\"ratingMultipliers\": null, \"rounding\": null, \"roundingMode\": null, \"tierEdge\": null"))).isEqualTo(plan);
  }

  @Test
  void theOptionalChoicesAreRead() {
    CommissionPlan plan = CommissionPlans.read(minimalWith("\"rounding\": \"ON_TOTAL\", \"roundingMode\": \"HALF_EVEN\", \"tierEdge\": \"UPPER_TIER\", "
        + "\"attainmentCap\": \"150%\", \"payoutCap\": {\"amount\": 1234.5, \"currency\": \"USD\"}"));
    assertThat(plan.rounding()).isEqualTo(Rounding.ON_TOTAL);
    assertThat(plan.roundingMode()).isEqualTo(RoundingMode.HALF_EVEN);
    assertThat(plan.tierEdge()).isEqualTo(BoundaryRule.UPPER_TIER);
    assertThat(plan.attainmentCap()).contains(new BigDecimal("1.50"));
    // a JSON number amount is read as written
    assertThat(plan.payoutCap()).contains(Money.of(CurrencyUnit.USD, new BigDecimal("1234.50")));
  }

  @Test
  void readsUtf8BytesFromAStream() {
    String json = MINIMAL.replace("\"p\"", "\"提成方案-2026\"");
    CommissionPlan plan = CommissionPlans.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    assertThat(plan.name()).isEqualTo("提成方案-2026");
    assertThat(plan).isEqualTo(CommissionPlans.read(json));
  }

  @Test
  void aDocumentThatIsNoObjectIsRefusedWithThatOneProblem() {
    assertThat(problems("[]")).containsExactly("$ must be a JSON object: array");
    assertThat(problems("null")).containsExactly("$ must be a JSON object: null");
    assertThat(problems("\"plan\"")).containsExactly("$ must be a JSON object: string");
    assertThat(problems("")).singleElement().asString().contains("must be a JSON document");
  }

  @Test
  void missingRequiredFieldsAndUnknownFieldsAreAllReported() {
    assertThat(problems("{\"nmae\": \"p\"}")).containsExactly(
        "nmae is not a known field (known: [accelerators, attainmentCap, currency, method, name, payoutCap, ratingMultipliers, rounding, roundingMode, tierEdge, tiers])",
        "name is required", "currency is required", "method is required", "tiers is required");
  }

  @Test
  void fieldsOfTheWrongKindAreReportedWithTheirValues() {
    assertThat(problems("{\"name\": 7, \"currency\": \"XYZ\", \"method\": \"LINEAR\", \"tiers\": {}, \"accelerators\": 1, "
        + "\"rounding\": \"ON_LINE\", \"roundingMode\": \"UP_HALF\", \"tierEdge\": \"MIDDLE\", \"attainmentCap\": \"two\", "
        + "\"ratingMultipliers\": [1]}")).containsExactly(
        "name must be a string: 7",
        "currency must be a known ISO-4217 currency code: \"XYZ\"",
        "method must be one of [FLAT, TIERED_MARGINAL, TIERED_RETROACTIVE]: \"LINEAR\"",
        "rounding must be one of [PER_LINE, ON_TOTAL]: \"ON_LINE\"",
        "roundingMode must be one of [UP, DOWN, CEILING, FLOOR, HALF_UP, HALF_DOWN, HALF_EVEN, UNNECESSARY]: \"UP_HALF\"",
        "tierEdge must be one of [LOWER_TIER, UPPER_TIER]: \"MIDDLE\"",
        "tiers must be a JSON array: {}",
        "accelerators must be a JSON array: 1",
        "attainmentCap must be a decimal number or a percentage such as \"5%\": two",
        "ratingMultipliers must be a JSON object of rating band to multiplier: array");
  }

  @Test
  void tiersAreReadElementByElementWithTheirPaths() {
    String json = "{\"name\": \"p\", \"currency\": \"USD\", \"method\": \"TIERED_MARGINAL\", \"tiers\": [{\"from\": 0}, 5, "
        + "{\"rate\": 0.1}, {\"from\": 0.5, \"rate\": 2, \"upto\": 1}, {\"from\": 1, \"rate\": true}]}";
    assertThat(problems(json)).containsExactly(
        "tiers[0].rate is required",
        "tiers[1] must be a JSON object: number",
        "tiers[2].from is required",
        "tiers[3].upto is not a known field (known: [from, rate])",
        "tiers[3].rate must be within [0, 1]: 2",
        "tiers[4].rate must be a number or a string such as \"0.05\" or \"5%\": true");
  }

  @Test
  void acceleratorsAreReadElementByElementWithTheirPaths() {
    assertThat(problems(minimalWith("\"accelerators\": [{\"from\": 1}, [], {\"multiplier\": 2}, {\"from\": \"50%\", \"multiplier\": 2}]")))
        .containsExactly(
            "accelerators[0].multiplier is required",
            "accelerators[1] must be a JSON object: array",
            "accelerators[2].from is required",
            "accelerators[3].from must be within [1, 100] (accelerators apply above quota): 0.50");
    // a valid element after a refused one is still read: only the refused one is reported
    assertThat(problems(minimalWith("\"accelerators\": [{\"from\": 1, \"multiplier\": 0.5}, {\"from\": 2, \"multiplier\": 3}]")))
        .containsExactly("accelerators[0].multiplier must be within [1, 10]: 0.5");
  }

  @Test
  void ratingMultipliersAreReadBandByBand() {
    assertThat(problems(minimalWith("\"ratingMultipliers\": {\"S\": 1.2, \"A\": true, \"B\": \"1,0\"}"))).containsExactly(
        "ratingMultipliers.A must be a number or a string such as \"0.05\" or \"5%\": true",
        "ratingMultipliers.B must be a decimal number or a percentage such as \"5%\": 1,0");
    // percentages too; the plan's own rule [0, 10] over the values read
    assertThat(CommissionPlans.read(minimalWith("\"ratingMultipliers\": {\"S\": \"120%\"}")).ratingMultipliers())
        .containsExactly(Map.entry("S", new BigDecimal("1.20")));
    assertThat(problems(minimalWith("\"ratingMultipliers\": {\"S\": 11}"))).containsExactly("ratingMultipliers.S must be within [0, 10]: 11");
  }

  @Test
  void thePayoutCapIsAnAmountAndACurrency() {
    assertThat(problems(minimalWith("\"payoutCap\": \"50000\""))).containsExactly("payoutCap must be a JSON object: string");
    assertThat(problems(minimalWith("\"payoutCap\": {\"currency\": \"USD\"}"))).containsExactly(
        "payoutCap.amount must be a decimal string such as \"1234.50\": missing");
    assertThat(problems(minimalWith("\"payoutCap\": {\"amount\": true, \"currency\": 840}"))).containsExactly(
        "payoutCap.amount must be a decimal string such as \"1234.50\": true",
        "payoutCap.currency must be an ISO-4217 code string such as \"USD\": 840");
    assertThat(problems(minimalWith("\"payoutCap\": {\"amount\": \"10\"}"))).containsExactly(
        "payoutCap.currency must be an ISO-4217 code string such as \"USD\": missing");
    assertThat(problems(minimalWith("\"payoutCap\": {\"amount\": \"10\", \"currency\": \"US\", \"cents\": 1}"))).containsExactly(
        "payoutCap.cents is not a known field (known: [amount, currency])",
        "payoutCap.currency must be a known ISO-4217 currency code: \"US\"");
    assertThat(problems(minimalWith("\"payoutCap\": {\"amount\": \"ten\", \"currency\": \"USD\"}"))).containsExactly(
        "payoutCap.amount must be a decimal number: \"ten\"");
    // the plan's rules once every field is read: in the plan's currency, not negative
    assertThat(problems(minimalWith("\"payoutCap\": {\"amount\": \"10\", \"currency\": \"EUR\"}"))).containsExactly(
        "payoutCap must be in the plan's currency USD: EUR 10.00");
    assertThat(problems(minimalWith("\"payoutCap\": {\"amount\": \"-1\", \"currency\": \"USD\"}"))).containsExactly(
        "payoutCap must not be negative: USD -1.00");
  }

  @Test
  void thePlansOwnRulesAreCheckedOnceEveryFieldIsRead() {
    assertThat(problems("{\"name\": \"p\", \"currency\": \"USD\", \"method\": \"TIERED_MARGINAL\", \"roundingMode\": \"UNNECESSARY\", "
        + "\"tiers\": [{\"from\": 0.1, \"rate\": 0.05}, {\"from\": 0.1, \"rate\": 0.04}]}")).containsExactly(
        "roundingMode must round (HALF_UP, HALF_EVEN, DOWN, ...), not UNNECESSARY: UNNECESSARY",
        "tiers[0].from must be 0: 0.1",
        "tiers[1].from must be greater than the previous tier's 0.1: 0.1",
        "tiers[1].rate must not be less than the previous tier's 0.05: 0.04");
    // while a field cannot be read, the rules over several fields wait: only the unreadable field is reported
    assertThat(problems("{\"name\": \"p\", \"currency\": \"USD\", \"method\": \"TIERED_MARGINAL\", "
        + "\"tiers\": [{\"from\": 0.1, \"rate\": 0.05}, {\"from\": 0.2, \"rate\": \"x\"}]}")).containsExactly(
        "tiers[1].rate must be a decimal number or a percentage such as \"5%\": x");
  }

  @Test
  void decimalsBeyondThirtyPlacesAreRefusedBeforeAnyArithmetic() {
    assertThat(problems(minimalWith("\"attainmentCap\": 1e-31"))).containsExactly(
        "attainmentCap must have at most 30 decimal places and an exponent of at most 30: 1E-31");
    assertThat(problems(MINIMAL.replace("\"6%\"", "\"1e99999999\""))).containsExactly(
        "tiers[0].rate must have at most 30 decimal places and an exponent of at most 30: 1e99999999");
  }
}
