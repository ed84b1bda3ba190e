package dev.salesops.cli.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** The fast date and amount paths accept exactly what the strict paths accept, with the same results (seeded random inputs). */
class ValueParsersTest {

  static ValueParsers parsers(String mappingExtra) throws Exception {
    ExportMapping m = ExportMapping.parse("{\"columns\": {\"id\": \"Id\", \"stage\": \"S\"}, \"stages\": {\"W\": \"CLOSED_WON\"}"
        + mappingExtra + "}", Path.of("."));
    return new ValueParsers(m);
  }

  static String randomText(Random r, String alphabet, int maxLen) {
    int n = r.nextInt(maxLen + 1);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return b.toString();
  }

  static String randomDate(Random r, String pattern) {
    // mostly well-shaped values (some impossible: month 13, day 31 in April, 29 February), sometimes mangled
    int y = r.nextInt(10) == 0 ? r.nextInt(10_000) : 1990 + r.nextInt(50);
    int m = r.nextInt(14);
    int d = r.nextInt(33);
    String s = pattern.replace("yyyy", String.format("%04d", y)).replace("MM", String.format("%02d", m)).replace("dd", String.format("%02d", d));
    switch (r.nextInt(6)) {
      case 0:
        return randomText(r, "0123456789-./ +x\u0661", 12);
      case 1:
        int at = r.nextInt(s.length());
        return s.substring(0, at) + s.substring(at + 1);
      case 2:
        return s + r.nextInt(10);
      case 3:
        return "+" + s;
      default:
        return s;
    }
  }

  @Test
  void fastDatesEqualStrictDates() throws Exception {
    long seed = System.nanoTime();
    Random r = new Random(seed);
    List<String> formats = List.of("[]", "[\"yyyy-MM-dd\"]", "[\"dd.MM.yyyy\", \"yyyy-MM-dd\"]", "[\"MM/dd/yyyy\"]", "[\"yyyyMMdd\"]",
        "[\"d/M/yyyy\", \"yyyy-MM-dd\"]", "[\"uuuu-MM-dd\"]");
    for (String f : formats) {
      ValueParsers p = parsers(f.equals("[]") ? "" : ", \"dateFormats\": " + f);
      String pattern = f.equals("[]") ? "yyyy-MM-dd" : f.replaceAll("^\\[\"([^\"]+)\".*$", "$1").replace("uuuu", "yyyy");
      for (int i = 0; i < 4_000; i++) {
        String text = randomDate(r, pattern.contains("d/M") ? "yyyy-MM-dd" : pattern);
        Optional<LocalDate> strict = p.dateStrict(text);
        assertThat(p.date(text)).as("seed %d, formats %s, text \"%s\"", seed, f, text).isEqualTo(strict);
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        assertThat(Optional.ofNullable(p.date(b, 0, b.length, null))).as("seed %d, bytes \"%s\"", seed, text).isEqualTo(strict);
      }
    }
  }

  @Test
  void fastDatesSeeImpossibleDates() throws Exception {
    ValueParsers p = parsers("");
    assertThat(p.date("2024-02-29")).contains(LocalDate.of(2024, 2, 29));
    assertThat(p.date("2023-02-29")).isEmpty();
    assertThat(p.date("2024-04-31")).isEmpty();
    assertThat(p.date("2024-13-01")).isEmpty();
    assertThat(p.date("0000-01-01")).isEqualTo(p.dateStrict("0000-01-01"));
  }

  static String randomAmount(Random r) {
    switch (r.nextInt(5)) {
      case 0:
        return randomText(r, "0123456789.,-+ e", 20);
      case 1:
        return String.valueOf(r.nextLong());
      case 2:
        return (r.nextBoolean() ? "" : "0") + r.nextInt(1_000_000) + "." + String.format("%0" + (1 + r.nextInt(4)) + "d", r.nextInt(1000));
      case 3:
        return "1" + "0".repeat(r.nextInt(20)) + (r.nextBoolean() ? ".0" : "");
      default:
        return String.valueOf(r.nextInt(100_000)) + (r.nextBoolean() ? "," + r.nextInt(100) : "");
    }
  }

  @Test
  void fastAmountsEqualStrictAmounts() throws Exception {
    long seed = System.nanoTime();
    Random r = new Random(seed);
    List<String> configs = List.of("", ", \"decimalSeparator\": \",\"", ", \"decimalSeparator\": \",\", \"groupingSeparator\": \".\"",
        ", \"groupingSeparator\": \",\"");
    List<CurrencyUnit> currencies = List.of(CurrencyUnit.USD, CurrencyUnit.JPY, CurrencyUnit.of("BHD"));
    for (String c : configs) {
      ValueParsers p = parsers(c);
      for (int i = 0; i < 6_000; i++) {
        String text = randomAmount(r).strip();
        if (text.isEmpty()) {
          continue;
        }
        CurrencyUnit cur = currencies.get(r.nextInt(currencies.size()));
        ValueParsers.Amount strict = p.amountStrict(text, cur);
        assertThat(p.amount(text, cur)).as("seed %d, config %s, %s \"%s\"", seed, c, cur, text).isEqualTo(strict);
      }
    }
  }

  @Test
  void fastAmountsAreExactMoney() throws Exception {
    ValueParsers p = parsers("");
    assertThat(p.amount("1234.5", CurrencyUnit.USD).money()).isEqualTo(Money.of(CurrencyUnit.USD, new java.math.BigDecimal("1234.50")));
    assertThat(p.amount("10.005", CurrencyUnit.USD).reason()).contains("more decimals");
    assertThat(p.amount("-1", CurrencyUnit.USD).reason()).isEqualTo("negative amount");
    assertThat(p.amount("1000000000000001", CurrencyUnit.USD).reason()).contains("too large");
  }

  @Test
  void theArithmeticEpochDayIsLocalDatesForEveryDayTheFastLaneComputes() {
    for (LocalDate d = LocalDate.of(1900, 1, 1); d.getYear() < 2200; d = d.plusDays(1)) {
      assertThat(ValueParsers.epochDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth())).as(d.toString()).isEqualTo((int) d.toEpochDay());
    }
    for (LocalDate d : List.of(LocalDate.of(0, 1, 1), LocalDate.of(1000, 2, 28), LocalDate.of(1600, 2, 29), LocalDate.of(9999, 12, 31))) {
      assertThat(ValueParsers.epochDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth())).as(d.toString()).isEqualTo((int) d.toEpochDay());
    }
  }
}
