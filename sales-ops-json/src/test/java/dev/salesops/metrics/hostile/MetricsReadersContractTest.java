package dev.salesops.metrics.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.salesops.core.json.JsonInputException;
import dev.salesops.json.testing.CodecMapper;
import dev.salesops.core.testing.HostileJson;
import dev.salesops.core.testing.InputContract;
import dev.salesops.core.validation.ValidationException;
import dev.salesops.metrics.appraisal.AppraisalSchemes;
import dev.salesops.metrics.incentive.CommissionPlan;
import dev.salesops.metrics.incentive.CommissionPlans;
import dev.salesops.metrics.ratio.Ratio;
import dev.salesops.metrics.target.TargetAllocation;
import dev.salesops.metrics.target.MilestonePlan;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The readers of metrics under hostile input (appraisal schemes, commission plans, ratios, target allocations
 * and milestone plans): seeded structure-aware variants, a Jazzer fuzz test per loader (regression mode over
 * its corpus in the test command), and the untrusted-input issue's reproducers.
 */
class MetricsReadersContractTest {
  private static final CodecMapper MAPPER = CodecMapper.INSTANCE;
  private static final List<Class<? extends Throwable>> LOADER = List.of(ValidationException.class);
  private static final List<Class<? extends Throwable>> MAPPER_READ = List.of(JsonInputException.class);
  private static final int VARIANTS = Integer.getInteger("salesops.hostile.variants", 150);
  static final String PLAN = "{\"name\":\"p\",\"currency\":\"USD\",\"method\":\"TIERED_MARGINAL\","
      + "\"tiers\":[{\"from\":0,\"rate\":0.05},{\"from\":0.5,\"rate\":0.08}],\"accelerators\":[{\"from\":1,\"multiplier\":1.5}]}";

  private static String scheme() throws IOException {
    try (InputStream in = AppraisalSchemes.class.getResourceAsStream("seed-example-scheme.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void loadersUnderHostileVariantsKeepTheContract() throws IOException {
    String scheme = scheme();
    InputContract.check(() -> AppraisalSchemes.read(scheme), LOADER, Set.of());
    for (String json : HostileJson.variants(scheme, 201, VARIANTS)) {
      InputContract.check(() -> AppraisalSchemes.read(json), LOADER, Set.of());
    }
    InputContract.check(() -> CommissionPlans.read(PLAN), LOADER, Set.of());
    for (String json : HostileJson.variants(PLAN, 202, VARIANTS)) {
      InputContract.check(() -> CommissionPlans.read(json), LOADER, Set.of());
      InputContract.check(() -> MAPPER.readValue(json, CommissionPlan.class), MAPPER_READ, Set.of());
    }
  }

  @Test
  void reproducersOfTheUntrustedInputIssue() throws IOException {
    // a null period or week rule falls back to the default instead of an NPE
    String scheme = scheme();
    assertThat(InputContract.check(() -> AppraisalSchemes.read(scheme.replaceFirst("\"period\"\\s*:\\s*\"QUARTER\"", "\"period\": null")),
        LOADER, Set.of())).isNull();
    // duplicate keys cannot smuggle a value past the checks of the first
    assertThat(InputContract.check(() -> MAPPER.readValue("{\"numerator\":1,\"denominator\":2,\"denominator\":null}", Ratio.class),
        MAPPER_READ, Set.of())).isNotNull();
    String allocation = "{\"key\":\"north\",\"amount\":{\"amount\":\"500.00\",\"currency\":\"USD\"},"
        + "\"share\":{\"numerator\":1,\"denominator\":2}}";
    assertThat(InputContract.check(() -> MAPPER.readValue(allocation, TargetAllocation.class), MAPPER_READ, Set.of())).isNull();
    assertThat(InputContract.check(() -> MAPPER.readValue(allocation.replace("}}", "},\"amount\":{\"amount\":\"1\",\"currency\":\"EUR\"}}"),
        TargetAllocation.class), MAPPER_READ, Set.of())).isNotNull();
    // shares of -3.5 or 0/0 are no shares
    assertThat(InputContract.check(() -> MAPPER.readValue(allocation.replace("\"numerator\":1,\"denominator\":2", "\"numerator\":-3.5,\"denominator\":1"),
        TargetAllocation.class), MAPPER_READ, Set.of())).isNotNull();
    assertThat(InputContract.check(() -> MAPPER.readValue(allocation.replace("\"numerator\":1,\"denominator\":2", "\"numerator\":0,\"denominator\":0"),
        TargetAllocation.class), MAPPER_READ, Set.of())).isNotNull();
    // a milestone plan with a negative month or a total beyond 10^15, or a month outside 0001-9999
    assertThat(InputContract.check(() -> MAPPER.readValue("{\"2026-01\":{\"amount\":\"-5\",\"currency\":\"USD\"}}", MilestonePlan.class),
        MAPPER_READ, Set.of())).isNotNull();
    assertThat(InputContract.check(() -> MAPPER.readValue("{\"2026-01\":{\"amount\":\"900000000000000\",\"currency\":\"USD\"},"
        + "\"2026-02\":{\"amount\":\"900000000000000\",\"currency\":\"USD\"}}", MilestonePlan.class), MAPPER_READ, Set.of())).isNotNull();
    // targets outside the years 0001-9999
    assertThat(InputContract.check(() -> dev.salesops.metrics.target.TargetPeriod.of(java.time.YearMonth.of(0, 1),
        java.time.YearMonth.of(2026, 1)), List.of(ValidationException.class), Set.of())).isNotNull();
    assertThat(InputContract.check(() -> dev.salesops.metrics.target.TargetPeriod.of(java.time.YearMonth.of(2026, 1),
        java.time.YearMonth.of(10000, 1)), List.of(ValidationException.class), Set.of())).isNotNull();
    // a plan that would throw ArithmeticException at compute is refused at the door
    assertThat(InputContract.check(() -> CommissionPlans.read(PLAN.replace("}]}", "}],\"roundingMode\":\"UNNECESSARY\"}")), LOADER, Set.of()))
        .isInstanceOf(ValidationException.class).hasMessageContaining("roundingMode");
    // exponents the tree reader refuses before any arithmetic or formatting
    for (String n : List.of("1e99999999", "1e999999999", "1e2147483647", "1e-999999999", "1e9999999999")) {
      assertThat(InputContract.check(() -> CommissionPlans.read(PLAN.replace("0.05", n)), LOADER, Set.of())).isNotNull();
      assertThat(InputContract.check(() -> AppraisalSchemes.read(scheme.replaceFirst("\"30%\"", n)), LOADER, Set.of())).isNotNull();
    }
  }

  @FuzzTest(maxDuration = "5m")
  void appraisalScheme(byte[] data) {
    InputContract.check(() -> AppraisalSchemes.read(new String(data, StandardCharsets.UTF_8)), LOADER, Set.of());
  }

  @FuzzTest(maxDuration = "5m")
  void commissionPlan(byte[] data) {
    String json = new String(data, StandardCharsets.UTF_8);
    InputContract.check(() -> CommissionPlans.read(json), LOADER, Set.of());
    InputContract.check(() -> MAPPER.readValue(json, CommissionPlan.class), MAPPER_READ, Set.of());
  }
}
