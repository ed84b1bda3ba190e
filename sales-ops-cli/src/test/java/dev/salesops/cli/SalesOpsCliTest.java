package dev.salesops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SalesOpsCliTest {

  @Test
  void noCommandPrintsUsageOnStderrAndExitsTwo() {
    CliRun run = CliRun.of();
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("Usage: sales-ops").contains("report");
  }

  @Test
  void helpStillExitsZero() {
    CliRun run = CliRun.of("--help");
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("Usage: sales-ops");
  }
}
