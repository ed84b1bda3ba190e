package dev.salesops.json.testing;

/** Samples of the scoring and metrics models (added by {@link ModelSamples#all}). */
final class MoreSamples {
  private MoreSamples() {}

  static void add(ModelSamples s) {
  }
}
