/**
 * The JSON form of every sales-ops model, with no JSON library: {@link dev.salesops.json.JsonCodec}s over
 * {@link dev.salesops.core.json.JsonValue} trees, collected in {@link dev.salesops.json.SalesOpsCodecs}. The
 * Jackson 2 and Jackson 3 modules bridge these codecs, so every JSON stack writes the same bytes.
 */
module dev.salesops.json {
  requires transitive dev.salesops.core;
  requires transitive dev.salesops.scoring;
  requires transitive dev.salesops.metrics;

  // TEMPORARY: core's JsonInputException extends a databind type until json-core's branch is merged
  requires static com.fasterxml.jackson.databind;

  exports dev.salesops.json;
}
