package dev.salesops.scoring.scorecard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The shipped scorecards: qualification frameworks expressed as data (JSON resources under
 * {@code dev/salesops/scoring/scorecard/}), proving that no framework is hard-wired. Each element's status
 * (CONFIRMED earns full points, PARTIAL half) is read from a host attribute
 * ({@code attributes.meddic.metrics = "CONFIRMED"}), or from the opportunity's BANT facts where the framework
 * element is a BANT criterion (e.g. MEDDIC's Economic buyer is BANT authority). Grades: the default A/B/C/D bands
 * over a 0-100 total.
 */
public final class Scorecards {
  private Scorecards() {}

  /** MEDDIC: Metrics, Economic buyer, Decision criteria, Decision process, Identify pain, Champion. */
  public static Scorecard meddic() {
    return load("meddic.json");
  }

  /** MEDDPICC: MEDDIC plus Paper process and Competition. */
  public static Scorecard meddpicc() {
    return load("meddpicc.json");
  }

  /** CHAMP: Challenges, Authority, Money, Prioritization. */
  public static Scorecard champ() {
    return load("champ.json");
  }

  /** GPCTBA/C&amp;I: Goals, Plans, Challenges, Timeline, Budget, Authority, negative Consequences, positive Implications. */
  public static Scorecard gpctbaCi() {
    return load("gpctba-ci.json");
  }

  static Scorecard load(String resource) {
    try (InputStream in = Scorecards.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return ScorecardLoader.standard().read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
