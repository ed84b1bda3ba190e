package dev.salesops.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.salesops.core.model.AccountId;
import dev.salesops.core.model.Opportunity;
import dev.salesops.core.model.OpportunityId;
import dev.salesops.core.model.Probability;
import dev.salesops.core.model.UserId;
import dev.salesops.core.money.MoneyBag;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README's code sample honest: the {@code java} block in {@code README.md} must be exactly the body
 * of {@link #sample()} (indentation aside), and running it prints what the README says.
 */
class ReadmeSampleTest {

  static void sample() {
    // README-SAMPLE-BEGIN
    Opportunity deal = Opportunity.builder()
        .id(OpportunityId.of("OPP-1001"))
        .accountId(AccountId.of("ACME"))
        .ownerId(UserId.of("rep-7"))
        .amount(Money.of(CurrencyUnit.USD, new BigDecimal("12500.00")))
        .expectedCloseDate(LocalDate.of(2025, 6, 30))
        .stage("PROPOSAL")
        .createdAt(Instant.parse("2025-04-01T09:00:00Z"))
        .build();
    Probability win = Probability.parse("35%");
    Money weighted = win.times(deal.amount().orElseThrow(), RoundingMode.HALF_EVEN);
    MoneyBag pipeline = MoneyBag.of(List.of(weighted, Money.of(CurrencyUnit.EUR, new BigDecimal("800.00"))));
    System.out.println(weighted);              // USD 4375.00
    System.out.println(pipeline.currencies()); // [EUR, USD]: never added together silently
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
    assertThat(out.toString(StandardCharsets.UTF_8).lines()).containsExactly("USD 4375.00", "[EUR, USD]");
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
