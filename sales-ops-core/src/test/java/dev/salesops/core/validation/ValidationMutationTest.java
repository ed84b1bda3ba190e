package dev.salesops.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salesops.core.internal.Checks;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The documented bounds of {@link DecimalBounds}, {@link Problem}, {@link Problems} and {@link ValidationException}
 * (values cut at 100 characters, messages at 1 KiB, at most 1,000 problems kept) at their exact edges.
 */
class ValidationMutationTest {

  @Test
  void decimalBoundsAtExactlyOneHundred() {
    assertThat(DecimalBounds.within(BigDecimal.ONE.scaleByPowerOfTen(-100).setScale(100))).isTrue();
    assertThat(DecimalBounds.within(new BigDecimal("1E-100"))).isTrue();
    assertThat(DecimalBounds.within(new BigDecimal("1E-101"))).isFalse();
    assertThat(DecimalBounds.within(new BigDecimal("1E+100"))).isTrue();
    assertThat(DecimalBounds.within(new BigDecimal("1E+101"))).isFalse();
    assertThat(DecimalBounds.within(new BigDecimal("9".repeat(100)))).isTrue();
    assertThat(DecimalBounds.within(new BigDecimal("9".repeat(101)))).isFalse();
    assertThat(DecimalBounds.check("x", new BigDecimal("1.5"))).isEqualByComparingTo("1.5");
    assertThatThrownBy(() -> DecimalBounds.check("x", new BigDecimal("1E-101"))).isInstanceOf(ValidationException.class)
        .hasMessage("x must have at most 100 significant digits and at most 100 decimal places or trailing zeros: 1E-101");
    assertThat(DecimalBounds.brief(new BigDecimal("12.50"))).isEqualTo("12.50");
  }

  @Test
  void describeKeepsMessagesShort() {
    assertThat(Checks.describe((BigDecimal) null)).isEqualTo("null");
    assertThat(Checks.describe(new BigDecimal("1E-40"))).isEqualTo("0." + "0".repeat(39) + "1");
    assertThat(Checks.describe(new BigDecimal("1E-41"))).isEqualTo("1E-41");
    assertThat(Checks.describe(new BigDecimal("1E+40"))).isEqualTo("1" + "0".repeat(40));
    assertThat(Checks.describe(new BigDecimal("1E+41"))).isEqualTo("1E+41");
    String sixty = "1".repeat(60);
    assertThat(Checks.describe(new BigDecimal(sixty))).isEqualTo(sixty);
    String sixtyOne = "1".repeat(61);
    assertThat(Checks.describe(new BigDecimal(sixtyOne))).isEqualTo("1".repeat(30) + "...(61 digits, scale 0)");
    // 60 digits, 40 of them decimals: plain notation is 61 characters, so it is cut too
    assertThat(Checks.describe(new BigDecimal("1".repeat(20) + "." + "1".repeat(40))))
        .isEqualTo("1".repeat(20) + "." + "1".repeat(9) + "...(60 digits, scale 40)");
    assertThat(Checks.describe((String) null)).isEqualTo("null");
    assertThat(Checks.describe("x".repeat(50))).isEqualTo("\"" + "x".repeat(50) + "\"");
    assertThat(Checks.describe("x".repeat(51))).isEqualTo("\"" + "x".repeat(47) + "...\" (51 characters)");
  }

  @Test
  void problemValuesAreCutAtOneHundredCharacters() {
    assertThat(Problem.of("p", "r", "x".repeat(100)).value()).hasSize(100);
    assertThat(Problem.of("p", "r", "x".repeat(101)).value()).isEqualTo("x".repeat(97) + "...");
    assertThat(Problem.of("p", "r", null).value()).isEqualTo("null");
    assertThat(Problem.of("p", "r").value()).isNull();
    assertThat(Problem.of("p", "r").message()).isEqualTo("p r");
    assertThat(Problem.of("p", "r", 5).message()).isEqualTo("p r: 5");
    assertThat(Problem.of("p", "r", 5).toString()).isEqualTo("p r: 5");
    assertThat(Problem.of("p", "r", 5).rule()).isEqualTo("r");
    assertThat(Problem.of("p", "r", 5).path()).isEqualTo("p");
    assertThatThrownBy(() -> Problem.of(" ", "r", 5)).isInstanceOf(IllegalArgumentException.class).hasMessage("path must not be blank");
  }

  @Test
  void problemPathsNest() {
    Problem p = Problem.of("amount", "must be positive", -1);
    assertThat(p.under("deal").path()).isEqualTo("deal.amount");
    assertThat(p.under("").path()).isEqualTo("amount");
    assertThat(p.under("")).isSameAs(p);
    assertThat(Problem.of("[2]", "r", 1).under("deals").path()).isEqualTo("deals[2]");
    assertThat(p.at("x")).isEqualTo(Problem.of("x", "must be positive", -1));
    assertThat(p).isEqualTo(Problem.of("amount", "must be positive", -1)).hasSameHashCodeAs(Problem.of("amount", "must be positive", -1))
        .isNotEqualTo(Problem.of("amount", "must be positive", -2)).isNotEqualTo(Problem.of("amount", "must be negative", -1))
        .isNotEqualTo(Problem.of("amounts", "must be positive", -1)).isNotEqualTo("amount must be positive: -1");
    assertThat(Problem.of("a", "r")).isEqualTo(Problem.of("a", "r")).isNotEqualTo(Problem.of("a", "r", null));
    assertThat(p.message(Locale.ENGLISH)).isEqualTo("amount must be positive: -1");
    assertThat(Problem.of("a", "r").message(Locale.ENGLISH)).isEqualTo("a r");
  }

  @Test
  void problemsKeepAThousandAndCountTheRest() {
    Problems ps = new Problems();
    assertThat(ps.isEmpty()).isTrue();
    ps.throwIfAny();
    for (int i = 0; i < Problems.MAX_KEPT - 1; i++) {
      ps.add("p" + i, "r", i);
    }
    assertThat(ps.full()).isFalse();
    ps.add("last", "r");
    assertThat(ps.full()).isTrue();
    assertThat(ps.size()).isEqualTo(1000);
    ps.add("over", "r", 1).add("over2", "r", 2);
    assertThat(ps.size()).isEqualTo(1002);
    assertThat(ps.toList()).hasSize(1000).doesNotContain(Problem.of("over", "r", 1));
    assertThatThrownBy(ps::throwIfAny).isInstanceOfSatisfying(ValidationException.class, e -> {
      assertThat(e.problems()).hasSize(1000);
      assertThat(e.getMessage()).startsWith("1002 or more problems (reading stopped after 1000):\n- p0 r: 0\n- p1 r: 1")
          .hasSizeLessThanOrEqualTo(ValidationException.MAX_MESSAGE_LENGTH);
      assertThat(e.getMessage()).matches("(?s).*\\n\\.\\.\\. and \\d+ more");
    });
    Problems nested = new Problems().addAll("deal", List.of(Problem.of("a", "r", 1), Problem.of("[0]", "r", 2)));
    assertThat(nested.toList()).extracting(Problem::path).containsExactly("deal.a", "deal[0]");
    assertThat(nested.isEmpty()).isFalse();
  }

  @Test
  void exceptionMessagesAreBounded() {
    assertThat(new ValidationException(Problem.of("a", "r", 1)).getMessage()).isEqualTo("a r: 1");
    assertThat(new ValidationException(List.of(Problem.of("a", "r", 1), Problem.of("b", "r", 2))).getMessage())
        .isEqualTo("2 problems:\n- a r: 1\n- b r: 2");
    assertThatThrownBy(() -> new ValidationException(List.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("problems must not be empty");
    // one long problem: cut at 1 KiB exactly
    Problem longPath = Problem.of("p".repeat(2000), "r", 1);
    String one = new ValidationException(longPath).getMessage();
    assertThat(one).hasSize(ValidationException.MAX_MESSAGE_LENGTH).endsWith("...");
    assertThat(new ValidationException(Problem.of("p".repeat(1022), "r")).getMessage()).hasSize(1024).doesNotEndWith("...");
    // several: each line cut at 300 characters, lines dropped before the message passes 1 KiB
    List<Problem> many = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      many.add(Problem.of("q".repeat(400) + i, "r"));
    }
    String m = new ValidationException(many).getMessage();
    assertThat(m).startsWith("5 problems:\n- " + "q".repeat(297) + "...\n- ").hasSizeLessThanOrEqualTo(1024).endsWith("\n... and 2 more");
    assertThat(new ValidationException(many).message(Locale.ENGLISH)).isEqualTo(m);
    assertThat(new ValidationException(many).problems()).hasSize(5);
  }
}
