/**
 * Jackson 2 ({@code com.fasterxml.jackson}) for sales-ops: {@link dev.salesops.jackson2.SalesOpsJackson2Module}
 * bridges the codecs of {@code sales-ops-json} into a host's mapper; {@link dev.salesops.jackson2.SalesOpsJackson2}
 * gives immutable readers and writers.
 */
@SuppressWarnings("module") // the name ends in the Jackson line, as the package does
module dev.salesops.jackson2 {
  requires transitive dev.salesops.json;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;

  exports dev.salesops.jackson2;

  provides com.fasterxml.jackson.databind.Module with dev.salesops.jackson2.SalesOpsJackson2Module;
}
