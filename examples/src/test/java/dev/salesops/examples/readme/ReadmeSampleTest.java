package dev.salesops.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.salesops.core.model.BantAssessment;
import dev.salesops.core.model.BantStatus;
import dev.salesops.core.model.DealFacts;
import dev.salesops.core.model.Role;
import dev.salesops.core.model.UserId;
import dev.salesops.core.workflow.Actor;
import dev.salesops.core.workflow.Command;
import dev.salesops.core.workflow.Evaluation;
import dev.salesops.core.workflow.Snapshot;
import dev.salesops.core.workflow.Workflow;
import dev.salesops.scoring.bant.QualificationPolicy;
import dev.salesops.scoring.bant.SalesPipelines;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README's code sample honest: the {@code java} block in {@code README.md} must be exactly the body
 * of {@link #sample()} (indentation aside), and running it prints what the README says.
 */
class ReadmeSampleTest {

  static void sample() {
    // README-SAMPLE-BEGIN
    // the host's own record: it shows the guards its BANT facts and amount through DealFacts
    record CrmDeal(String id, BantAssessment bant, Optional<Money> amount) implements DealFacts {}
    Workflow pipeline = SalesPipelines.withQualification(QualificationPolicy.allConfirmed());
    Actor rep = Actor.of(UserId.of("rep-7"), Role.REP);
    Instant t0 = Instant.parse("2026-03-02T09:00:00Z");
    Snapshot state = pipeline.start(t0, rep); // LEAD_CAPTURE; the host stores the snapshot
    state = pipeline.evaluate(state, Command.advance(), t0, rep).snapshot(); // QUALIFICATION
    CrmDeal deal = new CrmDeal("OPP-1001", BantAssessment.builder().budget(BantStatus.CONFIRMED)
        .budgetAmount(Money.parse("USD 20000.00")).build(), Optional.of(Money.parse("USD 12500.00")));
    Evaluation e = pipeline.evaluate(state, Command.advance(), t0.plusSeconds(3600), rep, deal);
    Evaluation.Rejected refused = (Evaluation.Rejected) e;
    System.out.println(refused.messages().get(0).code()); // bant.not.met
    System.out.println(refused.reasons().get(0));         // BANT not met: Authority: UNKNOWN — no decision-maker contact recorded
    System.out.println(refused.reasons(Locale.SIMPLIFIED_CHINESE).get(0).startsWith("BANT 不满足")); // true
    // README-SAMPLE-END
  }

  private static String dedent(String block) {
    List<String> lines = block.lines().collect(Collectors.toList());
    int indent = lines.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    return lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).collect(Collectors.joining("\n")).strip();
  }

  private static String between(String text, String begin, String end) {
    Matcher m = Pattern.compile(Pattern.quote(begin) + "\\R(.*?)\\R[ \\t]*" + Pattern.quote(end), Pattern.DOTALL).matcher(text);
    assertThat(m.find()).as("block between %s and %s", begin, end).isTrue();
    return dedent(m.group(1));
  }

  @Test
  void readmeSampleIsTheCodeThisTestRuns() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    String self = Files.readString(Path.of("src", "test", "java", "dev", "salesops", "examples", "readme", "ReadmeSampleTest.java"),
        StandardCharsets.UTF_8);
    String inReadme = between(readme, "```java", "```");
    String inTest = between(self, "// README-SAMPLE-BEGIN", "// README-SAMPLE-END");
    assertThat(inReadme).isEqualTo(inTest);
    assertThat(inReadme.lines().count()).as("a short sample").isBetween(10L, 20L);
    assertThat(inReadme).as("the one-call pipeline with a host's own record")
        .contains("SalesPipelines.withQualification(", "implements DealFacts");
  }

  @Test
  void readmeSamplePrintsWhatItsCommentsSay() {
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      sample();
    } finally {
      System.setOut(original);
    }
    assertThat(out.toString(StandardCharsets.UTF_8).lines()).containsExactly("bant.not.met",
        "BANT not met: Authority: UNKNOWN — no decision-maker contact recorded", "true");
  }

  @Test
  void readmeStartsWithTheTwoCommands() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    Matcher shell = Pattern.compile("```(?:sh|bash|shell)\\R(.*?)\\R```", Pattern.DOTALL).matcher(readme);
    assertThat(shell.find()).isTrue();
    assertThat(shell.group(1).strip()).isEqualTo("mvn -B -q -ntp package -DskipTests && java -jar sales-ops-cli/target/sales-ops.jar demo");
    assertThat(shell.find()).isTrue();
    assertThat(shell.group(1).strip()).isEqualTo("mvn -B -ntp verify");
    String ci = Files.readString(Path.of("..", ".ci", "run"), StandardCharsets.UTF_8);
    assertThat(ci).contains("TEST_CMD=(mvn -B -ntp verify)");
  }
}
