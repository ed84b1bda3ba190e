package dev.salesops.examples.modular;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A modular host: a small consumer module ({@code requires dev.salesops.scoring; requires dev.salesops.metrics;})
 * is compiled with {@code javac --module-path} against the library modules as built by this reactor (their jars,
 * or their class directories: both carry {@code module-info.class}), and run with {@code java --module-path ...
 * -m consumer/consumer.Main} in a new JVM. It proves that the module graph resolves with no Jackson on the module
 * path (the domain modules require no JSON library) and none of DataSketches (metrics' {@code requires static}: exact
 * percentiles run, the approximate mode says it is unavailable), that a guarded move of the shipped pipeline runs, and that the helpers stay
 * encapsulated: {@code dev.salesops.core.internal} is neither readable at compile time nor exported at run time.
 */
class ModularConsumerTest {

  private static final String MODULE_INFO = """
      module consumer {
        requires dev.salesops.scoring;
        requires dev.salesops.metrics;
      }
      """;

  private static final String MAIN = """
      package consumer;

      import dev.salesops.core.model.Probability;
      import dev.salesops.core.workflow.Actor;
      import dev.salesops.core.workflow.Command;
      import dev.salesops.core.workflow.Evaluation;
      import dev.salesops.core.workflow.Snapshot;
      import dev.salesops.core.workflow.Workflow;
      import dev.salesops.core.model.Role;
      import dev.salesops.core.model.UserId;
      import dev.salesops.metrics.ratio.Ratio;
      import dev.salesops.scoring.bant.QualificationPolicy;
      import dev.salesops.scoring.bant.SalesPipelines;
      import java.math.RoundingMode;
      import java.time.Instant;
      import org.joda.money.Money;

      public final class Main {
        public static void main(String[] args) {
          Instant t0 = Instant.parse("2026-03-02T09:00:00Z");
          Actor rep = Actor.of(UserId.of("rep-7"), Role.REP);
          Workflow pipeline = SalesPipelines.withQualification(QualificationPolicy.allConfirmed());
          Snapshot start = pipeline.start(t0, rep);
          Evaluation first = pipeline.evaluate(start, Command.advance(), t0.plusSeconds(60), rep);
          Snapshot qualifying = ((Evaluation.Accepted) first).snapshot();
          Evaluation second = pipeline.evaluate(qualifying, Command.advance(), t0.plusSeconds(120), rep);
          System.out.println("state " + qualifying.state());
          System.out.println("refused " + ((Evaluation.Rejected) second).messages().get(0).code());
          System.out.println("zh " + ((Evaluation.Rejected) second).reasons(java.util.Locale.SIMPLIFIED_CHINESE).get(0));
          System.out.println("weighted " + Probability.parse("35%").times(Money.parse("USD 12500.00"), RoundingMode.HALF_EVEN));
          System.out.println("ratio " + Ratio.of(1, 4).value().orElseThrow());
          dev.salesops.metrics.stats.Sample sample = dev.salesops.metrics.stats.QuantileMode.exact().newSample();
          for (long v = 1; v <= 5; v++) {
            sample.add(v);
          }
          System.out.println("exact median " + sample.toDistribution(dev.salesops.metrics.stats.PercentileMethod.LINEAR).median().orElseThrow()
              + ", approximate supported " + dev.salesops.metrics.stats.QuantileMode.approximateSupported()
              + ", datasketches resolved " + ModuleLayer.boot().findModule("datasketches.java").isPresent());
          Module core = Workflow.class.getModule();
          System.out.println("module " + core.getName() + " named " + core.isNamed());
          System.out.println("exports workflow " + core.isExported("dev.salesops.core.workflow"));
          System.out.println("exports internal " + core.isExported("dev.salesops.core.internal"));
          System.out.println("jackson databind present " + ModuleLayer.boot().findModule("com.fasterxml.jackson.databind").isPresent());
          System.out.println("requires jackson " + java.util.stream.Stream.of(core, Ratio.class.getModule(), QualificationPolicy.class.getModule())
              .flatMap(m -> m.getDescriptor().requires().stream()).anyMatch(r -> r.name().contains("jackson")));
        }
      }
      """;

  private static final String INTRUDER = """
      package consumer;

      public final class Intruder {
        public static String blank() {
          return dev.salesops.core.internal.Checks.text("x", "name", 5);
        }
      }
      """;

  private static List<String> modulePath;

  @TempDir static Path dir;

  @BeforeAll
  static void findLibraryModules() {
    modulePath = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String e = entry.replace('\\', '/');
      boolean library = e.matches(".*/sales-ops-(core|scoring|metrics)(/target/classes|-[^/]*(?<!-tests)\\.jar)$");
      // metrics' DataSketches is optional (requires static, issue 18) and not on this class path: exact mode only
      boolean needed = e.contains("/joda-money-");
      if (library || needed) {
        modulePath.add(entry);
      }
    }
    assertThat(modulePath).as("library modules on the test class path")
        .anyMatch(p -> p.replace('\\', '/').matches(".*sales-ops-core.*"))
        .anyMatch(p -> p.replace('\\', '/').matches(".*sales-ops-scoring.*"))
        .anyMatch(p -> p.replace('\\', '/').matches(".*sales-ops-metrics.*"))
        .noneMatch(p -> p.contains("jackson"));
  }

  @Test
  void aModularHostResolvesTheLibraryAndRunsAGuardedMove() throws Exception {
    Path src = write(dir.resolve("ok"), MAIN);
    Path out = dir.resolve("ok-classes");
    Compilation c = javac(src, out);
    assertThat(c.exitCode).as(c.output).isZero();

    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Dfile.encoding=UTF-8");
    command.add("-Dsun.stdout.encoding=UTF-8");
    command.add("-Dstdout.encoding=UTF-8");
    command.add("--module-path");
    command.add(out + File.pathSeparator + String.join(File.pathSeparator, modulePath));
    command.add("-m");
    command.add("consumer/consumer.Main");
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output;
    try (var in = p.getInputStream()) {
      output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(output).isZero();
    assertThat(output.lines().collect(Collectors.toList())).containsExactly(
        "state QUALIFICATION",
        "refused bant.not.opportunity",
        "zh BANT 不满足：对象不是商机，无法判断其 BANT 情况",
        "weighted USD 4375.00",
        "ratio 0.25",
        "exact median 3, approximate supported false, datasketches resolved false",
        "module dev.salesops.core named true",
        "exports workflow true",
        "exports internal false",
        "jackson databind present false",
        "requires jackson false");
  }

  @Test
  void theHelpersAreNotVisibleToAModularHost() throws Exception {
    Path src = write(dir.resolve("intruder"), INTRUDER);
    Compilation c = javac(src, dir.resolve("intruder-classes"));
    assertThat(c.exitCode).isNotZero();
    assertThat(c.output).contains("dev.salesops.core.internal").containsAnyOf("not visible", "does not export");
  }

  private static Path write(Path root, String mainSource) throws IOException {
    Files.createDirectories(root.resolve("consumer"));
    Files.writeString(root.resolve("module-info.java"), MODULE_INFO);
    String name = mainSource.contains("class Intruder") ? "Intruder.java" : "Main.java";
    Files.writeString(root.resolve("consumer").resolve(name), mainSource);
    return root;
  }

  private record Compilation(int exitCode, String output) {}

  private static Compilation javac(Path src, Path out) throws IOException {
    ToolProvider javac = ToolProvider.findFirst("javac").orElseThrow();
    List<String> args = new ArrayList<>(List.of("-d", out.toString(), "--release", "17", "-Xlint:-options",
        "--module-path", String.join(File.pathSeparator, modulePath)));
    try (var files = Files.walk(src)) {
      files.filter(f -> f.toString().endsWith(".java")).forEach(f -> args.add(f.toString()));
    }
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (PrintWriter w = new PrintWriter(buffer, true, StandardCharsets.UTF_8)) {
      int code = javac.run(w, w, args.toArray(String[]::new));
      w.flush();
      return new Compilation(code, buffer.toString(StandardCharsets.UTF_8));
    }
  }
}
