package dev.salesops.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import dev.salesops.core.internal.Checks;
import dev.salesops.core.message.Message;
import com.google.common.testing.NullPointerTester;
import dev.salesops.core.testing.Generators;
import dev.salesops.core.testing.Property;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationTest {

  @Test
  void textNamesFieldValueAndRule() {
    assertThat(Checks.text("ok", "name", 5)).isEqualTo("ok");
    assertThatThrownBy(() -> Checks.text("  ", "name", 5)).isInstanceOf(ValidationException.class)
        .hasMessage("name must not be blank: \"  \"");
    assertThatThrownBy(() -> Checks.text("toolong", "name", 5))
        .hasMessage("name must be at most 5 characters long: 7 characters");
    assertThatThrownBy(() -> Checks.text("a\u0007b", "name", 5))
        .hasMessage("name must not contain control characters: U+0007 at index 1");
    assertThatThrownBy(() -> Checks.text(null, "name", 5)).isInstanceOf(NullPointerException.class).hasMessage("name");
  }

  @Test
  void freeTextAllowsLineBreaksAndTabsOnly() {
    assertThat(Checks.freeText("a\nb\r\n\tc", "note", 50)).isEqualTo("a\nb\r\n\tc");
    assertThatThrownBy(() -> Checks.freeText("a\u0000b", "note", 50))
        .hasMessage("note must not contain control characters other than line breaks and tabs: U+0000 at index 1");
    assertThatThrownBy(() -> Checks.freeText("\n", "note", 50)).hasMessage("note must not be blank: \"\n\"");
  }

  @Test
  void numbersAndRanges() {
    assertThatThrownBy(() -> Checks.nonNegative(-1L, "count")).hasMessage("count must not be negative: -1");
    assertThatThrownBy(() -> Checks.nonNegative(-1, "count")).hasMessage("count must not be negative: -1");
    assertThatThrownBy(() -> Checks.nonNegative(new BigDecimal("-0.5"), "weight")).hasMessage("weight must not be negative: -0.5");
    assertThatThrownBy(() -> Checks.positive(0, "n")).hasMessage("n must be positive: 0");
    assertThatThrownBy(() -> Checks.within(new BigDecimal("1.2"), BigDecimal.ZERO, BigDecimal.ONE, "probability"))
        .hasMessage("probability must be within [0, 1]: 1.2");
    assertThatThrownBy(() -> Checks.finite(Double.NaN, "x")).hasMessage("x must be a finite number: NaN");
    assertThat(Checks.within(new BigDecimal("0.5"), BigDecimal.ZERO, BigDecimal.ONE, "p")).isEqualByComparingTo("0.5");
  }

  @Test
  void extremeDecimalsAreDescribedBriefly() {
    BigDecimal huge = new BigDecimal("1e1000000");
    assertThatThrownBy(() -> Checks.within(huge, BigDecimal.ZERO, BigDecimal.ONE, "p"))
        .hasMessage("p must be within [0, 1]: 1E+1000000");
    assertThat(Checks.describe(new BigDecimal("1e-1000000"))).isEqualTo("1E-1000000");
    assertThat(Checks.describe(new BigDecimal("1" + "0".repeat(400)))).startsWith("1000000000").endsWith("(401 digits, scale 0)");
    assertThat(Checks.describe(new BigDecimal("1234.50"))).isEqualTo("1234.50");
    assertThat(Checks.describe((BigDecimal) null)).isEqualTo("null");
    assertThat(Checks.describe("x".repeat(60))).isEqualTo("\"" + "x".repeat(47) + "...\" (60 characters)");
  }

  @Test
  void instantsAndDatesWithinFourDigitYears() {
    assertThat(Checks.instant(Instant.EPOCH, "at")).isEqualTo(Instant.EPOCH);
    assertThatThrownBy(() -> Checks.instant(Instant.MAX, "at"))
        .hasMessage("at must be within the years 0001 to 9999 (UTC): " + Instant.MAX);
    assertThatThrownBy(() -> Checks.date(LocalDate.of(10000, 1, 1), "on"))
        .hasMessage("on must be within the years 0001 to 9999: +10000-01-01");
    assertThat(Checks.date(LocalDate.of(9999, 12, 31), "on")).isEqualTo(LocalDate.of(9999, 12, 31));
  }

  @Test
  void problemMessagesAndPaths() throws Exception {
    Problem p = Problem.of("probability", "must be within [0, 1]", "1.2");
    assertThat(p.message()).isEqualTo("probability must be within [0, 1]: 1.2");
    assertThat(p.under("states[2]").message()).isEqualTo("states[2].probability must be within [0, 1]: 1.2");
    assertThat(Problem.of("[0]", "must not be null").under("states").path()).isEqualTo("states[0]");
    assertThat(p.under("")).isSameAs(p);
    assertThat(Problem.of("name", "is required").message()).isEqualTo("name is required");
    assertThat(Problem.of("x", "must be set", null).value()).isEqualTo("null");
    assertThatThrownBy(() -> Problem.of(" ", "rule")).isInstanceOf(IllegalArgumentException.class).hasMessage("path must not be blank");
    new EqualsTester()
        .addEqualityGroup(p, Problem.of("probability", "must be within [0, 1]", "1.2"))
        .addEqualityGroup(Problem.of("probability", "must be within [0, 1]"))
        .testEquals();
    new NullPointerTester().setDefault(String.class, "a").setDefault(Message.class, Message.text("b"))
        .ignore(Problem.class.getMethod("of", String.class, String.class, Object.class)) // a null value is documented
        .ignore(Problem.class.getMethod("of", String.class, Message.class, Object.class)) // a null value is documented
        .testAllPublicStaticMethods(Problem.class);
    new NullPointerTester().setDefault(String.class, "a").testAllPublicInstanceMethods(p);
  }

  @Test
  void problemsReportsEverythingAtOnce() throws Exception {
    Problems problems = new Problems();
    assertThat(problems.isEmpty()).isTrue();
    problems.throwIfAny();
    problems.add("weight", "must not be negative", -1).add("name", "is required")
        .addAll("states[1]", List.of(Problem.of("id", "must not be blank", "\"\"")));
    assertThat(problems.toList()).hasSize(3);
    assertThatThrownBy(problems::throwIfAny).isInstanceOfSatisfying(ValidationException.class, e -> {
      assertThat(e.problems()).hasSize(3);
      assertThat(e).hasMessage("3 problems:\n- weight must not be negative: -1\n- name is required\n- states[1].id must not be blank: \"\"");
    });
    assertThatThrownBy(() -> new ValidationException(List.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("problems must not be empty");
    assertThat(new ValidationException(Problem.of("a", "rule", 1))).isInstanceOf(IllegalArgumentException.class).hasMessage("a rule: 1");
    new NullPointerTester().setDefault(String.class, "a").setDefault(Problem.class, Problem.of("a", "b"))
        .setDefault(Message.class, Message.text("b"))
        .ignore(Problems.class.getMethod("add", String.class, String.class, Object.class)) // a null value is documented
        .ignore(Problems.class.getMethod("add", String.class, Message.class, Object.class)) // a null value is documented
        .testAllPublicInstanceMethods(new Problems());
  }

  @Test
  void textChecksNeverThrowAnythingButTheDocumentedExceptions() {
    Property.forAll(7L, 300, r -> {
      String s = Generators.nastyText(r);
      try {
        assertThat(Checks.text(s, "f", 64)).isEqualTo(s);
      } catch (ValidationException e) {
        assertThat(e.getMessage()).startsWith("f must ");
        assertThat(e.getMessage().length()).isLessThan(120);
      }
    });
  }
}
