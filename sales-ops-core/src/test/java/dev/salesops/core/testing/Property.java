package dev.salesops.core.testing;

import java.util.Random;

/**
 * Seeded property tests without a framework: runs a check over {@code trials} random inputs, each from its
 * own seed, and on failure reports the seed so the case can be replayed.
 *
 * <p>Replay one case with {@code -Dsalesops.seed=<seed>} (then only that seed runs). Change the number of
 * trials for all tests with {@code -Dsalesops.trials=<n>}.
 */
public final class Property {
  private Property() {}

  /** A check over one seeded random source. */
  @FunctionalInterface
  public interface Check {
    void run(Random random) throws Exception;
  }

  /** Runs {@code check} for {@code trials} seeds derived from {@code baseSeed}. */
  public static void forAll(long baseSeed, int trials, Check check) {
    String fixed = System.getProperty("salesops.seed");
    if (fixed != null) {
      runOne(Long.parseLong(fixed), check);
      return;
    }
    int n = Integer.getInteger("salesops.trials", trials);
    Random seeds = new Random(baseSeed);
    for (int i = 0; i < n; i++) {
      runOne(seeds.nextLong(), check);
    }
  }

  private static void runOne(long seed, Check check) {
    try {
      check.run(new Random(seed));
    } catch (AssertionError | Exception e) {
      AssertionError failure = new AssertionError("property failed for seed " + seed
          + " (replay with -Dsalesops.seed=" + seed + "): " + e.getMessage(), e);
      throw failure;
    }
  }
}
