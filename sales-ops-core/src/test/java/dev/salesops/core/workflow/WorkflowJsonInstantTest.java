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

  @Test
  void everyInstantTheLibraryWritesIsReadDirectly() {
    long seed = 5151L;
    Random r = new Random(seed);
    long min = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
    long max = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
    for (int n = 0; n < 20_000; n++) {
      long second = n < 4 ? new long[] {min, max, 0, 951_868_800L}[n] : min + (long) (r.nextDouble() * (max - min));
      int nano = switch (r.nextInt(4)) {
        case 0 -> 0;
        case 1 -> r.nextInt(1000) * 1_000_000;
        case 2 -> r.nextInt(1_000_000) * 1000;
        default -> r.nextInt(1_000_000_000);
      };
      Instant i = Instant.ofEpochSecond(second, nano);
      assertThat(WorkflowJson.direct(i.toString())).as("seed %s: %s", seed, i).isEqualTo(i);
    }
    for (String edge : new String[] {"2024-02-29T00:00:00Z", "2023-12-31T23:59:59.999999999Z", "2000-01-01T00:00:00.1Z",
        "2026-09-30T12:30:00Z", "2026-10-31T09:09:09.09Z", "0001-01-01T00:00:00Z"}) {
      assertThat(WorkflowJson.direct(edge)).as(edge).isEqualTo(Instant.parse(edge));
    }
    for (String other : new String[] {"2025-02-29T00:00:00Z", "2025-04-31T00:00:00Z", "2025-13-01T00:00:00Z", "2025-00-01T00:00:00Z",
        "2025-01-00T00:00:00Z", "2025-01-01T24:00:00Z", "2025-01-01T00:60:00Z", "2025-01-01T00:00:60Z", "2025-01-01T00:00:00.Z",
        "2025-01-01T00:00:00.1234567890Z", "2025-01-01T00:00:00+01:00", "2025-01-01t00:00:00Z", "2025-01-01T00:00:00z",
        "2025-01-01T00:00:00,5Z", "2025-01-01T00:00:0aZ", "2025-01-01T00:00:00.1a3Z", "+12025-01-01T00:00:00Z",
        "2025-01-01T00:00:00.12Zx", "2025-01-01T00:00Z", "2025-01-01T00:00:00XZ", "2025-01-01T00:00:0/Z",
        "2025-01-01T00:00:0:Z", "2025-01-01T00:00:00.0/Z", "2025-01-01T00:00:00.:Z", "/025-01-01T00:00:00Z"}) {
      assertThat(WorkflowJson.direct(other)).as(other).isNull();
    }
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
