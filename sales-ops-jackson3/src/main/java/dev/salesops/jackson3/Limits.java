package dev.salesops.jackson3;

import dev.salesops.core.json.SalesOpsJson;

/** The library's input bounds, applied to every sales-ops value read, whatever the host mapper allows. */
final class Limits {
  static final int MAX_DEPTH = SalesOpsJson.MAX_NESTING_DEPTH;
  static final int MAX_STRING = SalesOpsJson.MAX_STRING_LENGTH;
  static final int MAX_NAME = SalesOpsJson.MAX_NAME_LENGTH;
  static final int MAX_NUMBER = SalesOpsJson.MAX_NUMBER_LENGTH;
  static final long MAX_DOCUMENT = SalesOpsJson.MAX_DOCUMENT_LENGTH;

  private Limits() {}
}
