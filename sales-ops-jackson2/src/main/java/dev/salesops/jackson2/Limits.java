package dev.salesops.jackson2;

import dev.salesops.core.json.JsonLimits;

/** The library's input bounds, applied to every sales-ops value read, whatever the host mapper allows. */
final class Limits {
  static final int MAX_DEPTH = JsonLimits.DEFAULT_MAX_DEPTH;
  static final int MAX_STRING = JsonLimits.DEFAULT_MAX_STRING_LENGTH;
  static final int MAX_NAME = JsonLimits.DEFAULT_MAX_NAME_LENGTH;
  static final int MAX_NUMBER = JsonLimits.DEFAULT_MAX_NUMBER_LENGTH;
  static final long MAX_DOCUMENT = JsonLimits.DEFAULT_MAX_DOCUMENT_LENGTH;

  private Limits() {}
}
