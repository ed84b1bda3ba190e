package dev.salesops.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The snapshot reader's direct reading of history instants ({@code WorkflowJson.instant}, issue 13: the formatter
 * dominated reading a large snapshot) gives exactly {@link Instant#parse}'s result or refusal. Seeded property over
 * valid instants and broken ones (one character changed, impossible dates, leap days and seconds, fractions of
 * every length); the seed is printed on failure.
 */
class WorkflowJsonInstantTest {
  @Test
  void readsExactlyAsInstantParse() {
    long seed = System.nanoTime();
    Random r = new Random(seed);
    String text = null;
    try {
      for (int n = 0; n < 20_000; n++) {
        text = candidate(r);
        Instant expected;
        try {
          expected = Instant.parse(text);
        } catch (DateTimeParseException e) {
          String refused = text;
          assertThatThrownBy(() -> WorkflowJson.instant(refused)).isInstanceOf(DateTimeParseException.class)
              .hasMessage(e.getMessage());
          continue;
        }
        assertThat(WorkflowJson.instant(text)).isEqualTo(expected);
      }
    } catch (AssertionError | RuntimeException e) {
      throw new AssertionError("seed " + seed + ", text " + text, e);
    }
  }

  @Test
  void knownCases() {
    assertThat(WorkflowJson.instant("2026-01-05T09:00:00Z")).isEqualTo(Instant.parse("2026-01-05T09:00:00Z"));
    assertThat(WorkflowJson.instant("2024-02-29T23:59:59.5Z")).isEqualTo(Instant.parse("2024-02-29T23:59:59.500Z"));
    assertThat(WorkflowJson.instant("0000-01-01T00:00:00.000000001Z").getNano()).isEqualTo(1);
    assertThatThrownBy(() -> WorkflowJson.instant("2025-02-29T00:00:00Z")).isInstanceOf(DateTimeParseException.class);
    // Instant.parse takes a point without digits; so does the snapshot reader (through it)
    assertThat(WorkflowJson.instant("2025-01-01T00:00:00.Z")).isEqualTo(Instant.parse("2025-01-01T00:00:00Z"));
    assertThatThrownBy(() -> WorkflowJson.instant("2025-13-01T00:00:00Z")).isInstanceOf(DateTimeParseException.class);
  }

  private static String candidate(Random r) {
    int year = r.nextInt(10) == 0 ? r.nextInt(10_000) : 1990 + r.nextInt(50);
    String s = String.format("%04d-%02d-%02dT%02d:%02d:%02d", year, 1 + r.nextInt(r.nextInt(8) == 0 ? 13 : 12),
        1 + r.nextInt(r.nextInt(4) == 0 ? 31 : 28), r.nextInt(r.nextInt(8) == 0 ? 25 : 24),
        r.nextInt(r.nextInt(8) == 0 ? 61 : 60), r.nextInt(r.nextInt(8) == 0 ? 61 : 60));
    if (r.nextBoolean()) {
      int digits = r.nextInt(11);
      StringBuilder f = new StringBuilder(".");
      for (int i = 0; i < digits; i++) {
        f.append((char) ('0' + r.nextInt(10)));
      }
      s += f;
    }
    s += r.nextInt(10) == 0 ? "+01:00" : r.nextInt(20) == 0 ? "z" : "Z";
    if (r.nextInt(5) == 0) {
      // one character changed, removed or added
      int at = r.nextInt(s.length());
      String junk = "0123456789-:.TZ tz+\u0661";
      char c = junk.charAt(r.nextInt(junk.length()));
      int how = r.nextInt(3);
      s = how == 0 ? s.substring(0, at) + c + s.substring(at + 1)
          : how == 1 ? s.substring(0, at) + s.substring(at + 1) : s.substring(0, at) + c + s.substring(at);
    }
    return s;
  }
}
