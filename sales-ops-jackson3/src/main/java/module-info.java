/**
 * Jackson 3 ({@code tools.jackson}) for sales-ops: {@link dev.salesops.jackson3.SalesOpsJackson3Module} bridges the
 * codecs of {@code sales-ops-json} into a host's mapper; {@link dev.salesops.jackson3.SalesOpsJackson3} gives an
 * immutable mapper, readers and writers.
 */
@SuppressWarnings("module") // the name ends in the Jackson line, as the package does
module dev.salesops.jackson3 {
  requires transitive dev.salesops.json;
  requires transitive tools.jackson.databind;

  exports dev.salesops.jackson3;

  provides tools.jackson.databind.JacksonModule with dev.salesops.jackson3.SalesOpsJackson3Module;
}
