package dev.salesops.cli.export;

import dev.salesops.core.money.Monies;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The date and amount parsers of an export, each with a strict path (a {@link DateTimeFormatter} read strictly;
 * {@link BigDecimal} and {@link Monies#of}) and a fast path for the common shapes (fixed-width numeric date
 * patterns such as {@code yyyy-MM-dd} or {@code dd.MM.yyyy}; plain decimal amounts) that accepts exactly
 * what the strict path accepts, with the same result: any text outside the fast path's shape goes to the
 * strict path. Tests compare both paths on seeded random inputs, malformed ones included.
 *
 * <p>The fast paths share {@link LocalDate} and {@link Money} instances of repeated values (a bounded cache), so
 * that a million rows do not allocate a million of each. Not thread-safe: one per read.
 */
public final class ValueParsers {
  /** A mark for "not this path's shape: use the strict path". */
  private static final int DEFER = Integer.MIN_VALUE;
  private static final long[] POW10 = new long[19];

  static {
    POW10[0] = 1;
    for (int i = 1; i < POW10.length; i++) {
      POW10[i] = POW10[i - 1] * 10;
    }
  }

  /** Dates of years 1900..2199 by y << 9 | m << 5 | d, less 1900 << 9. */
  private final LocalDate[] dates = new LocalDate[300 << 9];
  private CurrencyUnit lastCurrency;
  private long lastMinor;
  private MoneyCache lastCache;
  private final java.util.Map<CurrencyUnit, MoneyCache> moneyCaches = new java.util.HashMap<>();

  /** Money by minor amount for one currency, up to a bound. */
  private static final class MoneyCache {
    private static final int MAX = 1 << 16;
    long[] keys = new long[1024];
    Money[] values = new Money[1024];
    int size;

    Money get(CurrencyUnit c, long minor) {
      int mask = keys.length - 1;
      int slot = (int) (minor ^ minor >>> 29) * 0x9E3779B1 >>> 7 & mask;
      while (values[slot] != null) {
        if (keys[slot] == minor) {
          return values[slot];
        }
        slot = slot + 1 & mask;
      }
      Money m = Money.ofMinor(c, minor);
      if (size < MAX) {
        keys[slot] = minor;
        values[slot] = m;
        if (++size * 2 > keys.length) {
          grow();
        }
      }
      return m;
    }

    private void grow() {
      long[] ok = keys;
      Money[] ov = values;
      keys = new long[ok.length * 2];
      values = new Money[ok.length * 2];
      int mask = keys.length - 1;
      for (int i = 0; i < ok.length; i++) {
        if (ov[i] != null) {
          long minor = ok[i];
          int slot = (int) (minor ^ minor >>> 29) * 0x9E3779B1 >>> 7 & mask;
          while (values[slot] != null) {
            slot = slot + 1 & mask;
          }
          keys[slot] = minor;
          values[slot] = ov[i];
        }
      }
    }
  }

  private final List<DateTimeFormatter> formats;
  private final List<int[]> layouts;
  private final char decimalSeparator;
  private final Optional<Character> groupingSeparator;

  /** Parsers for the mapping's date formats and number separators. */
  public ValueParsers(ExportMapping mapping) {
    this(mapping.dateFormats(), mapping.datePatterns(), mapping.decimalSeparator(), mapping.groupingSeparator());
  }

  ValueParsers(List<DateTimeFormatter> formats, List<String> patterns, char decimalSeparator, Optional<Character> groupingSeparator) {
    this.formats = List.copyOf(formats);
    List<int[]> l = new ArrayList<>();
    for (String p : patterns) {
      l.add(layout(p));
    }
    this.layouts = l;
    this.decimalSeparator = decimalSeparator;
    this.groupingSeparator = groupingSeparator;
  }

  /**
   * The layout of a fixed-width numeric pattern: per character, -1 year digit, -2 month digit, -3 day digit,
   * else the literal character; null when the pattern has another shape.
   */
  static int[] layout(String pattern) {
    int[] out = new int[pattern.length()];
    int years = 0;
    int months = 0;
    int days = 0;
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      int run = 1;
      while (i + run < pattern.length() && pattern.charAt(i + run) == c) {
        run++;
      }
      if (c == 'y' || c == 'u') {
        if (run != 4) {
          return null;
        }
        years++;
        fill(out, i, run, -1);
      } else if (c == 'M') {
        if (run != 2) {
          return null;
        }
        months++;
        fill(out, i, run, -2);
      } else if (c == 'd') {
        if (run != 2) {
          return null;
        }
        days++;
        fill(out, i, run, -3);
      } else if (Character.isLetter(c) || c == '\'' || c == '[' || c == ']' || c == '#' || c == '{' || c == '}' || c > 127) {
        return null;
      } else {
        fill(out, i, run, c);
      }
      i += run;
    }
    return years == 1 && months == 1 && days == 1 ? out : null;
  }

  private static void fill(int[] a, int from, int n, int v) {
    for (int k = 0; k < n; k++) {
      a[from + k] = v;
    }
  }

  /** The strict path: the first format that reads the whole text, or empty. */
  public Optional<LocalDate> dateStrict(String text) {
    for (DateTimeFormatter f : formats) {
      try {
        return Optional.of(LocalDate.from(f.parse(text)));
      } catch (DateTimeException e) {
        // the next format
      }
    }
    return Optional.empty();
  }

  /** The fast path over a stripped text: same answers as {@link #dateStrict}. */
  public Optional<LocalDate> date(String text) {
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    return Optional.ofNullable(date(b, 0, b.length, text));
  }

  /**
   * The fast path over bytes {@code [s, e)} of a stripped value; {@code text} is the value as a string when
   * already at hand (else it is decoded when the strict path is needed). Null when no format reads it.
   */
  LocalDate date(byte[] b, int s, int e, String text) {
    for (int f = 0; f < formats.size(); f++) {
      int[] layout = layouts.get(f);
      int day = layout == null ? DEFER : fixed(layout, b, s, e);
      if (day == DEFER) {
        if (text == null) {
          text = new String(b, s, e - s, StandardCharsets.UTF_8);
        }
        try {
          return LocalDate.from(formats.get(f).parse(text));
        } catch (DateTimeException ex) {
          continue;
        }
      }
      if (day == -1) {
        continue; // the shape, but not a date: this format refuses it
      }
      int y = day >>> 9;
      if (y >= 1900 && y < 2200) {
        int k = day - (1900 << 9);
        LocalDate c = dates[k];
        if (c == null) {
          c = LocalDate.of(y, day >>> 5 & 0xF, day & 0x1F);
          dates[k] = c;
        }
        return c;
      }
      return LocalDate.of(y, day >>> 5 & 0xF, day & 0x1F);
    }
    return null;
  }

  /** y << 9 | m << 5 | d when the text has the layout's shape and is a real date; -1 when it has the shape but is no date; DEFER otherwise. */
  private static int fixed(int[] layout, byte[] b, int s, int e) {
    if (e - s != layout.length) {
      return DEFER;
    }
    int y = 0;
    int m = 0;
    int d = 0;
    for (int k = 0; k < layout.length; k++) {
      int c = b[s + k];
      int l = layout[k];
      if (l < 0) {
        if (c < '0' || c > '9') {
          return DEFER;
        }
        int v = c - '0';
        if (l == -1) {
          y = y * 10 + v;
        } else if (l == -2) {
          m = m * 10 + v;
        } else {
          d = d * 10 + v;
        }
      } else if (c != l) {
        return DEFER;
      }
    }
    if (m < 1 || m > 12 || d < 1) {
      return -1;
    }
    int len;
    switch (m) {
      case 2:
        len = (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28;
        break;
      case 4:
      case 6:
      case 9:
      case 11:
        len = 30;
        break;
      default:
        len = 31;
    }
    if (d > len) {
      return -1;
    }
    return y << 9 | m << 5 | d;
  }

  /** The minor units of the last money the fast path returned. */
  long lastMinor() {
    return lastMinor;
  }

  /** An amount, or why it was refused. */
  public record Amount(Money money, String reason) {}

  /** The strict path: the reader's rules for an amount text (stripped, non-empty) in {@code currency}. */
  public Amount amountStrict(String v, CurrencyUnit currency) {
    String text = v;
    if (groupingSeparator.isPresent()) {
      text = text.replace(String.valueOf(groupingSeparator.get()), "");
    }
    if (decimalSeparator != '.') {
      if (text.indexOf('.') >= 0) {
        return new Amount(null, "unparseable amount (decimal separator is '" + decimalSeparator + "')");
      }
      text = text.replace(decimalSeparator, '.');
    }
    if (!plainDecimal(text) || text.length() > Monies.MAX_AMOUNT_CHARS) {
      return new Amount(null, "unparseable amount");
    }
    BigDecimal d = new BigDecimal(text);
    if (d.signum() < 0) {
      return new Amount(null, "negative amount");
    }
    try {
      return new Amount(Monies.of(d, currency, "amount"), null);
    } catch (IllegalArgumentException e) {
      return new Amount(null, "amount has more decimals than " + currency + " allows, or is too large");
    }
  }

  /** {@code [+-]?[0-9]+(\.[0-9]+)?} without a regular expression. */
  static boolean plainDecimal(String t) {
    int i = 0;
    int n = t.length();
    if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
      i++;
    }
    int digits = 0;
    while (i < n && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
      i++;
      digits++;
    }
    if (digits == 0) {
      return false;
    }
    if (i == n) {
      return true;
    }
    if (t.charAt(i) != '.') {
      return false;
    }
    i++;
    int frac = 0;
    while (i < n && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
      i++;
      frac++;
    }
    return frac > 0 && i == n;
  }

  /** The fast path over a stripped text: same answers as {@link #amountStrict}. */
  public Amount amount(String v, CurrencyUnit currency) {
    byte[] b = v.getBytes(StandardCharsets.UTF_8);
    Money m = amountFast(b, 0, b.length, currency);
    return m != null ? new Amount(m, null) : amountStrict(v, currency);
  }

  /**
   * The fast path over bytes {@code [s, e)}: the money when the text is a plain unsigned decimal (digits,
   * at most one decimal separator with digits on both sides) that fits, else null (use the strict path).
   */
  Money amountFast(byte[] b, int s, int e, CurrencyUnit currency) {
    long minor = minorFast(b, s, e, currency);
    if (minor < 0) {
      return null;
    }
    lastMinor = minor;
    if (currency != lastCurrency) {
      lastCache = moneyCaches.computeIfAbsent(currency, c -> new MoneyCache());
      lastCurrency = currency;
    }
    return lastCache.get(currency, minor);
  }

  /**
   * The minor units of {@link #amountFast}'s money, without the money: -1 when {@link #amountFast} returns null.
   */
  long minorFast(byte[] b, int s, int e, CurrencyUnit currency) {
    int n = e - s;
    if (n == 0 || n > 18) {
      return -1;
    }
    byte point = (byte) decimalSeparator;
    long whole = 0;
    long frac = 0;
    int wholeDigits = 0;
    int fracDigits = -1;
    for (int k = s; k < e; k++) {
      int c = b[k];
      if (c >= '0' && c <= '9') {
        if (fracDigits < 0) {
          whole = whole * 10 + (c - '0');
          wholeDigits++;
        } else {
          frac = frac * 10 + (c - '0');
          fracDigits++;
        }
      } else if (c == point && fracDigits < 0 && decimalSeparator < 128) {
        fracDigits = 0;
      } else {
        return -1; // a sign, a grouping separator, another character: the strict path decides
      }
    }
    if (wholeDigits == 0 || fracDigits == 0) {
      return -1;
    }
    if (fracDigits < 0) {
      fracDigits = 0;
    }
    int places = currency.getDecimalPlaces();
    if (places < 0 || fracDigits > places || whole > 1_000_000_000_000_000L || whole == 1_000_000_000_000_000L && frac != 0) {
      return -1;
    }
    return whole * POW10[places] + frac * POW10[places - fracDigits];
  }

  /** Epoch days of the cached dates of {@link #date(byte[], int, int, String)}, + 1 (0: not yet). */

  /**
   * The epoch day of {@link #date(byte[], int, int, String)}'s date (same rules), or {@code Integer.MAX_VALUE} when
   * that returns null.
   */
  /**
   * {@link LocalDate#toEpochDay()} of a valid date of years 0..9999, in plain arithmetic (LocalDate's own: no
   * object and no calls on the fast lane's hot path; a test compares both over every day of 1900..2199).
   */
  static int epochDay(int y, int m, int d) {
    int total = 365 * y + (y + 3) / 4 - (y + 99) / 100 + (y + 399) / 400 + (367 * m - 362) / 12 + d - 1;
    if (m > 2) {
      total--;
      if (!(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0))) {
        total--;
      }
    }
    return total - 719_528;
  }

  int epochDay(byte[] b, int s, int e) {
    if (!layouts.isEmpty() && layouts.get(0) != null) {
      int day = fixed(layouts.get(0), b, s, e);
      if (day != DEFER && day != -1) {
        int y = day >>> 9;
        if (y >= 1900 && y < 2200) {
          return epochDay(y, day >>> 5 & 0xF, day & 0x1F);
        }
      }
    }
    LocalDate d = date(b, s, e, null);
    return d == null ? Integer.MAX_VALUE : (int) d.toEpochDay();
  }
}
