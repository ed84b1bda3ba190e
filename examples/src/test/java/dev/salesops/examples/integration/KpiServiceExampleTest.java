package dev.salesops.examples.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.salesops.cli.demo.DemoGenerator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class KpiServiceExampleTest {

  @Test
  void parallelStreamsGiveExactlyTheSequentialBreakdown() {
    KpiServiceExample.Result r = KpiServiceExample.run(DemoGenerator.generate(7L, 3_000));
    assertThat(r.sequential().groups()).hasSizeGreaterThan(8);
    assertThat(r.parallel()).isEqualTo(r.sequential());
  }

  @Test
  void mainRuns() {
    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      KpiServiceExample.main(new String[0]);
    } finally {
      System.setOut(old);
    }
    assertThat(buf.toString(StandardCharsets.UTF_8)).contains("[T1, 2024-Q1]").endsWith("parallel equals sequential: true\n");
  }
}
