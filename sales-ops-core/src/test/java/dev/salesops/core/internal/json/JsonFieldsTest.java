package dev.salesops.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.salesops.core.json.JsonReader;
import dev.salesops.core.json.JsonValue;
import dev.salesops.core.testing.Property;
import dev.salesops.core.validation.Problem;
import dev.salesops.core.validation.Problems;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JsonFieldsTest {
  private final Problems problems = new Problems();
  private final JsonFields plain = new JsonFields(problems);
  private final JsonFields percent = plain.withPercentages("0.4", "40%");

  private static JsonValue tree(String json) {
    return JsonReader.read(json.replace('\'', '"'));
  }

  private List<String> messages() {
    return problems.toList().stream().map(Problem::message).toList();
  }

  @Test
  void joinsPaths() {
    assertThat(JsonFields.join("", "a")).isEqualTo("a");
    assertThat(JsonFields.join("$", "a")).isEqualTo("a");
    assertThat(JsonFields.join("a", "b")).isEqualTo("a.b");
    assertThat(JsonFields.join("a[1]", "b")).isEqualTo("a[1].b");
    assertThat(JsonFields.join("a", 2)).isEqualTo("a[2]");
    assertThat(JsonFields.join("a.b", 0)).isEqualTo("a.b[0]");
    assertThat(JsonFields.join("$", 3)).isEqualTo("[3]");
    assertThat(Problem.of(JsonFields.join("", 3), "is bad").under("x").path()).isEqualTo("x[3]");
  }

  @Test
  void shortensLongValues() {
    assertThat(JsonFields.shorten("x".repeat(40))).isEqualTo("x".repeat(40));
    assertThat(JsonFields.shorten("x".repeat(41))).isEqualTo("x".repeat(37) + "...").hasSize(40);
    assertThat(JsonFields.shorten("")).isEmpty();
  }

  @Test
  void objectReportsTheKindAndEveryUnknownField() {
    assertThat(plain.object(tree("[1]"), "", Set.of())).isFalse();
    assertThat(plain.object(null, "tiers[0]", Set.of())).isFalse();
    assertThat(plain.object(tree("{'b':1,'a':2,'zz':3}"), "$", Set.of("b", "c", "a"))).isTrue();
    assertThat(plain.object(tree("{'q':1}"), "x[1]", Set.of("p"))).isTrue();
    assertThat(messages()).containsExactly(
        "$ must be a JSON object: array",
        "tiers[0] must be a JSON object: missing",
        "zz is not a known field (known: [a, b, c])",
        "x[1].q is not a known field (known: [p])");
  }

  @Test
  void textRequiredOptionalAndWrongKind() {
    JsonValue n = tree("{'a':' x ','b':12,'c':null,'d':'" + "y".repeat(50) + "'}");
    assertThat(plain.text(n, "p", "a", true)).isEqualTo(" x ");
    assertThat(plain.text(n, "p", "b", true)).isNull();
    assertThat(plain.text(n, "p", "c", true)).isNull();
    assertThat(plain.text(n, "p", "missing", false)).isNull();
    assertThat(plain.text(n, "$", "missing", true)).isNull();
    assertThat(plain.text(n, "$", "d", false)).hasSize(50);
    assertThat(messages()).containsExactly("p.b must be a string: 12", "p.c is required", "missing is required");
  }

  @Test
  void decimalsAcceptNumbersStringsAndPercentages() {
    JsonValue n = tree("{'a':0.50,'b':'0.05','c':'40%','d':' 12.5 % ','e':7,'f':'1E+3','g':123456789012345678901234567890}");
    assertThat(percent.decimal(n, "", "a", true)).isEqualByComparingTo("0.5").hasToString("0.50");
    assertThat(percent.decimal(n, "", "b", true)).hasToString("0.05");
    assertThat(percent.decimal(n, "", "c", true)).hasToString("0.40");
    assertThat(percent.decimal(n, "", "d", true)).hasToString("0.125");
    assertThat(percent.decimal(n, "", "e", true)).hasToString("7");
    assertThat(percent.decimal(n, "", "f", true)).isEqualByComparingTo("1000");
    assertThat(percent.decimal(n, "", "g", true)).hasToString("123456789012345678901234567890");
    assertThat(percent.decimal(n, "", "absent", false)).isNull();
    assertThat(problems.isEmpty()).isTrue();
  }

  @Test
  void decimalProblemsNameTheRuleWithPercentages() {
    JsonValue n = tree("{'a':true,'b':'','c':'" + "1".repeat(41) + "','d':'abc','e':'1E-1000000','f':'0E-99','g':'40%%','h':[1,2]}");
    for (String f : List.of("a", "b", "c", "d", "e", "f", "g", "h", "i")) {
      assertThat(percent.decimal(n, "tiers[1]", f, true)).isNull();
    }
    assertThat(messages()).containsExactly(
        "tiers[1].a must be a number or a string such as \"0.4\" or \"40%\": true",
        "tiers[1].b must be a decimal of 1 to 40 characters: ",
        "tiers[1].c must be a decimal of 1 to 40 characters: " + "1".repeat(37) + "...",
        "tiers[1].d must be a decimal number or a percentage such as \"40%\": abc",
        "tiers[1].e must have at most 30 decimal places and an exponent of at most 30: 1E-1000000",
        "tiers[1].f must have at most 30 decimal places and an exponent of at most 30: 0E-99",
        "tiers[1].g must be a decimal number or a percentage such as \"40%\": 40%%",
        "tiers[1].h must be a number or a string such as \"0.4\" or \"40%\": [1,2]",
        "tiers[1].i is required");
  }

  @Test
  void plainDecimalsRefusePercentages() {
    JsonValue n = tree("{'a':'40%','b':false,'c':'2.5'}");
    assertThat(plain.decimal(n, "x", "a", true)).isNull();
    assertThat(plain.decimal(n, "x", "b", true)).isNull();
    assertThat(plain.decimal(n, "x", "c", true)).hasToString("2.5");
    assertThat(messages()).containsExactly("x.a must be a decimal number such as \"1.5\": 40%",
        "x.b must be a number or a string such as \"1.5\": false");
  }

  @Test
  void scaleBoundsAreInclusive() {
    JsonValue n = tree("{'a':'1E-30','b':'1E+30','c':'1E-31','d':'1E+31','e':'30%'}");
    assertThat(percent.decimal(n, "", "a", true)).isEqualByComparingTo("1E-30");
    assertThat(percent.decimal(n, "", "b", true)).isEqualByComparingTo("1E+30");
    assertThat(percent.decimal(n, "", "c", true)).isNull();
    assertThat(percent.decimal(n, "", "d", true)).isNull();
    assertThat(messages()).hasSize(2).allMatch(m -> m.contains("must have at most 30 decimal places"));
  }

  @Test
  void percentagesAreTheDecimalOverAHundred() {
    Property.forAll(20261127L, 300, random -> {
      BigDecimal d = BigDecimal.valueOf(random.nextLong() % 1_000_000_000L, random.nextInt(10));
      Problems ps = new Problems();
      JsonFields f = new JsonFields(ps).withPercentages("0.4", "40%");
      BigDecimal read = f.decimal(tree("{'p':'" + d.toPlainString() + "%'}"), "", "p", true);
      assertThat(read).isEqualByComparingTo(d.movePointLeft(2));
      assertThat(f.decimal(tree("{'p':" + d.toPlainString() + "}"), "", "p", true)).isEqualByComparingTo(d);
      assertThat(ps.isEmpty()).isTrue();
    });
  }

  @Test
  void enumsByExactName() {
    JsonValue n = tree("{'a':'SECONDS','b':'seconds','c':3}");
    assertThat(plain.enumValue(n, "p", "a", java.util.concurrent.TimeUnit.class, true)).isEqualTo(java.util.concurrent.TimeUnit.SECONDS);
    assertThat(plain.enumValue(n, "p", "b", java.time.DayOfWeek.class, true)).isNull();
    assertThat(plain.enumValue(n, "p", "c", java.time.DayOfWeek.class, true)).isNull();
    assertThat(messages()).containsExactly(
        "p.b must be one of [MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY]: \"seconds\"",
        "p.c must be a string: 3");
  }

  @Test
  void integersAndBooleans() {
    JsonValue n = tree("{'i':42,'j':1.5,'k':'3','l':3000000000,'t':true,'u':'true'}");
    assertThat(plain.integer(n, "", "i", true)).isEqualTo(42);
    assertThat(plain.integer(n, "", "j", true)).isNull();
    assertThat(plain.integer(n, "", "k", true)).isNull();
    assertThat(plain.integer(n, "", "l", true)).isNull();
    assertThat(plain.integer(n, "", "m", false)).isNull();
    assertThat(plain.bool(n, "", "t", true)).isTrue();
    assertThat(plain.bool(n, "", "u", true)).isNull();
    assertThat(plain.bool(n, "", "v", true)).isNull();
    assertThat(messages()).containsExactly(
        "j must be a whole number within [-2147483648, 2147483647]: 1.5",
        "k must be a whole number within [-2147483648, 2147483647]: \"3\"",
        "l must be a whole number within [-2147483648, 2147483647]: 3000000000",
        "u must be true or false: \"true\"",
        "v is required");
  }

  @Test
  void arraysListsAndMaps() {
    JsonValue n = tree("{'a':['x','y'],'b':['x',1,null],'c':{'k':'v','l':'w'},'d':{'k':2},'e':'s','f':[]}");
    assertThat(plain.array(n, "", "f", true)).isEqualTo(dev.salesops.core.json.JsonArray.empty());
    assertThat(plain.array(n, "", "e", true)).isNull();
    assertThat(plain.textList(n, "r", "a", true)).containsExactly("x", "y");
    assertThat(plain.textList(n, "r", "b", true)).isNull();
    assertThat(plain.textList(n, "r", "absent", false)).isNull();
    Map<String, String> m = plain.textMap(n, "r", "c", true);
    assertThat(m).containsExactly(Map.entry("k", "v"), Map.entry("l", "w"));
    assertThat(plain.textMap(n, "r", "d", true)).isNull();
    assertThat(plain.textMap(n, "r", "a", true)).isNull();
    assertThat(messages()).containsExactly(
        "e must be a JSON array: \"s\"",
        "r.b[1] must be a string: 1",
        "r.b[2] must be a string: null",
        "r.d.k must be a string: 2",
        "r.a must be a JSON object: array");
  }

  @Test
  void sharesOneCollectorAndRefusesNulls() {
    percent.text(tree("{}"), "", "a", true);
    plain.text(tree("{}"), "", "b", true);
    assertThat(plain.problems()).isSameAs(percent.problems()).isSameAs(problems);
    assertThat(messages()).containsExactly("a is required", "b is required");
    assertThatNullPointerException().isThrownBy(() -> new JsonFields(null)).withMessage("problems");
    assertThatNullPointerException().isThrownBy(() -> plain.text(null, "", "a", true)).withMessage("parent");
    assertThatNullPointerException().isThrownBy(() -> plain.decimal(tree("1"), null)).withMessage("path");
    assertThatNullPointerException().isThrownBy(() -> JsonFields.join("a", null)).withMessage("field");
  }

  @Test
  void plainValueGivesTheSmallestJavaTypeAndDocumentOrder() {
    assertThat(JsonFields.plainValue(tree("12"))).isEqualTo(12);
    assertThat(JsonFields.plainValue(tree("-2147483648"))).isEqualTo(Integer.MIN_VALUE);
    assertThat(JsonFields.plainValue(tree("2147483647"))).isEqualTo(Integer.MAX_VALUE);
    assertThat(JsonFields.plainValue(tree("2147483648"))).isEqualTo(2147483648L);
    assertThat(JsonFields.plainValue(tree("-2147483649"))).isEqualTo(-2147483649L);
    assertThat(JsonFields.plainValue(tree("9223372036854775807"))).isEqualTo(Long.MAX_VALUE);
    assertThat(JsonFields.plainValue(tree("9223372036854775808"))).isEqualTo(new java.math.BigInteger("9223372036854775808"));
    assertThat(JsonFields.plainValue(tree("0.50"))).isEqualTo(new BigDecimal("0.50"));
    assertThat(JsonFields.plainValue(tree("'s'"))).isEqualTo("s");
    assertThat(JsonFields.plainValue(tree("true"))).isEqualTo(true);
    assertThat(JsonFields.plainValue(tree("false"))).isEqualTo(false);
    assertThat(JsonFields.plainValue(tree("null"))).isNull();
    assertThat(JsonFields.plainValue(tree("[1,'a',null,[]]"))).isEqualTo(java.util.Arrays.asList(1, "a", null, List.of()));
    Object m = JsonFields.plainValue(tree("{'z':1,'a':{'b':[2.5]},'n':null}"));
    assertThat(m).isInstanceOf(java.util.LinkedHashMap.class);
    assertThat(List.copyOf(((Map<?, ?>) m).keySet())).isEqualTo(List.of("z", "a", "n"));
    assertThat(((Map<?, ?>) m).get("a")).isEqualTo(Map.of("b", List.of(new BigDecimal("2.5"))));
  }

  @Test
  void childQuotesOddNamesAndHasValueSkipsNulls() {
    assertThat(JsonFields.child("", "a")).isEqualTo("a");
    assertThat(JsonFields.child("$", "a-b_1")).isEqualTo("a-b_1");
    assertThat(JsonFields.child("p", "a")).isEqualTo("p.a");
    assertThat(JsonFields.child("p", "")).isEqualTo("p[\"\"]");
    assertThat(JsonFields.child("", "")).isEqualTo("$[\"\"]");
    assertThat(JsonFields.child("$", "a.b")).isEqualTo("$[\"a.b\"]");
    assertThat(JsonFields.child("p", "x\"y")).isEqualTo("p[\"x'y\"]");
    assertThat(JsonFields.child("p", "x".repeat(64))).isEqualTo("p." + "x".repeat(64));
    assertThat(JsonFields.child("p", "x".repeat(65))).isEqualTo("p[\"" + "x".repeat(37) + "...\"]");
    assertThat(JsonFields.join("p", " ")).isEqualTo("p[\" \"]");
    JsonValue o = tree("{'a':1,'n':null}");
    assertThat(JsonFields.hasValue(o, "a")).isTrue();
    assertThat(JsonFields.hasValue(o, "n")).isFalse();
    assertThat(JsonFields.hasValue(o, "x")).isFalse();
    assertThat(JsonFields.intValue(tree("12"))).isEqualTo(12);
    assertThat(JsonFields.intValue(tree("-2147483648"))).isEqualTo(Integer.MIN_VALUE);
    assertThat(JsonFields.intValue(tree("2147483648"))).isNull();
    assertThat(JsonFields.intValue(tree("12345678901"))).isNull();
    assertThat(JsonFields.intValue(tree("-1234567890"))).isEqualTo(-1234567890);
    assertThat(JsonFields.intValue(tree("1.0"))).isNull();
    assertThat(JsonFields.intValue(tree("'1'"))).isNull();
    assertThat(JsonFields.decimalValue(tree("0.50"))).isEqualTo(new BigDecimal("0.50"));
    assertThat(JsonFields.decimalValue(tree("'0.5'"))).isNull();
  }

  @Test
  void boolAndTextMapReadTheirValuesAndReportTheRest() {
    JsonValue o = tree("{'t':true,'f':false,'s':'x','m':{'a':'1','b':'2'},'bad':{'a':1},'arr':[1]}");
    assertThat(plain.bool(o, "", "t", true)).isTrue();
    assertThat(plain.bool(o, "", "f", true)).isFalse();
    assertThat(plain.bool(o, "", "absent", false)).isNull();
    assertThat(plain.bool(o, "p", "s", true)).isNull();
    assertThat(plain.textMap(o, "", "m", true)).containsExactly(Map.entry("a", "1"), Map.entry("b", "2"));
    assertThat(plain.textMap(o, "", "absent", false)).isNull();
    assertThat(plain.textMap(o, "", "bad", true)).isNull();
    assertThat(plain.textMap(o, "", "arr", true)).isNull();
    assertThat(messages()).containsExactly("p.s must be true or false: \"x\"", "bad.a must be a string: 1", "arr must be a JSON object: array");
  }
}
