package dev.salesops.metrics.incentive;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import org.joda.money.CurrencyUnit;

/**
 * Reading commission plans from JSON, and ready-made plans for demos and tests.
 *
 * <p><b>Format</b> ({@link #read}), the same document sales-ops-json's codec writes for a {@link CommissionPlan}:
 *
 * <pre>{@code
 * {"name": "tiered-2026", "currency": "USD", "method": "TIERED_MARGINAL",
 *  "tiers": [{"from": 0, "rate": 0.05}, {"from": 0.5, "rate": "8%"}],
 *  "accelerators": [{"from": 1, "multiplier": 1.5}],
 *  "attainmentCap": 2, "payoutCap": {"amount": "50000.00", "currency": "USD"},
 *  "ratingMultipliers": {"S": 1.2, "A": 1.1, "B": 1, "C": 0.8, "D": 0},
 *  "rounding": "PER_LINE", "roundingMode": "HALF_UP", "tierEdge": "LOWER_TIER"}
 * }</pre>
 *
 * <p>{@code name}, {@code currency}, {@code method} and {@code tiers} are required ({@code tierEdge}: which tier an
 * attainment exactly on a tier's start belongs to, LOWER_TIER by default, see {@link CommissionPlan}); decimals are JSON numbers
 * or strings, a string may be a percentage ({@code "8%"} = 0.08, {@code "150%"} = 1.5), with at most 30 decimal
 * places. Unknown fields are refused. {@link #read} reports <em>every</em> problem at once in one {@link
 * dev.salesops.core.validation.ValidationException}, each naming its path ({@code tiers[1].rate},
 * {@code payoutCap.currency}, {@code ratingMultipliers.S}); the rules that relate several fields (tier order,
 * caps in the plan's currency) are checked once every field could be read. Reading the document with {@code
 * SalesOpsCodecs.standard().read(json, CommissionPlan.class)} (sales-ops-json) applies the same rules but stops at
 * the first problem (a {@code JsonInputException} naming the JSON path).
 *
 * <p>Ready-made plans for demos and tests. The seed names commission (業績提成) and asks that
 * appraisal results drive pay, but gives no rates; these numbers are a library example, not a
 * recommendation.
 *
 * <p>Stateless and thread-safe.
 */
public final class CommissionPlans {
  private CommissionPlans() {}

  /**
   * Reads a commission plan (see the class comment for the format).
   *
   * @throws dev.salesops.core.validation.ValidationException naming every problem with its path
   */
  public static CommissionPlan read(String json) {
    Objects.requireNonNull(json, "json");
    return CommissionPlanReader.read(json);
  }

  /** Reads a commission plan from UTF-8 bytes (see {@link #read(String)}). The stream is not closed. */
  public static CommissionPlan read(InputStream json) {
    Objects.requireNonNull(json, "json");
    try {
      return CommissionPlanReader.read(new String(json.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * An example plan in {@code currency}: tiered marginal, 5 % up to 50 % of quota, 8 % up to 100 %, 10 %
   * above; accelerator ×1.5 above 100 % and ×2 above 150 %; nothing earned above 200 % of quota; rating
   * multipliers S 1.2, A 1.1, B 1.0, C 0.8, D 0 (the default bands of the appraisal); rounded per line,
   * HALF_UP.
   */
  public static CommissionPlan example(CurrencyUnit currency) {
    Objects.requireNonNull(currency, "currency");
    return CommissionPlan.builder()
        .name("example-tiered")
        .currency(currency)
        .method(CommissionMethod.TIERED_MARGINAL)
        .addTiers(RateTier.of("0", "0.05"), RateTier.of("0.5", "0.08"), RateTier.of("1.0", "0.10"))
        .addAccelerators(Accelerator.of("1.0", "1.5"), Accelerator.of("1.5", "2"))
        .attainmentCap(new BigDecimal("2"))
        .ratingMultipliers(ratingMultipliers())
        .build();
  }

  /** S, A, B, C, D in that order (not Map.of's per-run order), so the plan's JSON is the same every run. */
  private static Map<String, BigDecimal> ratingMultipliers() {
    Map<String, BigDecimal> m = new java.util.LinkedHashMap<>();
    m.put("S", new BigDecimal("1.2"));
    m.put("A", new BigDecimal("1.1"));
    m.put("B", BigDecimal.ONE);
    m.put("C", new BigDecimal("0.8"));
    m.put("D", BigDecimal.ZERO);
    return m;
  }
}
