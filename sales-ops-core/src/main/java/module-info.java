/**
 * sales-ops core: money, identifiers, the records of sales operations, validation, the workflow engine and its
 * shipped definitions, customer lifecycle, contracts and collections.
 *
 * <p>Exported: the API packages. Not exported: {@code dev.salesops.core.internal} (the Immutables style and the
 * {@code Checks} argument helpers) and {@code dev.salesops.core.internal.json} (the JSON field reader the
 * definition loaders share); both are exported only to the sibling modules scoring and metrics.
 *
 * <p>No JSON library: the domain types carry no JSON annotations. {@code dev.salesops.core.json} is the library's
 * own JSON (trees, a bounded reader, a writer); the JSON form of every model lives in {@code sales-ops-json}, and
 * {@code sales-ops-jackson2} / {@code sales-ops-jackson3} bridge it into a host's Jackson mapper.
 */
@SuppressWarnings({"module", "requires-automatic"}) // qualified exports name the sibling modules; Immutables is automatic
module dev.salesops.core {
  requires transitive org.joda.money;
  requires static org.immutables.value.annotations;

  exports dev.salesops.core.accumulate;
  exports dev.salesops.core.collection;
  exports dev.salesops.core.contract;
  exports dev.salesops.core.definition;
  exports dev.salesops.core.json;
  exports dev.salesops.core.lifecycle;
  exports dev.salesops.core.message;
  exports dev.salesops.core.model;
  exports dev.salesops.core.money;
  exports dev.salesops.core.pipeline;
  exports dev.salesops.core.privacy;
  exports dev.salesops.core.process;
  exports dev.salesops.core.segmentation;
  exports dev.salesops.core.validation;
  exports dev.salesops.core.workflow;

  // helpers shared with the sibling library modules only (not API)
  exports dev.salesops.core.internal to dev.salesops.scoring, dev.salesops.metrics;
  exports dev.salesops.core.internal.json to dev.salesops.scoring, dev.salesops.metrics;
  // the portable-state envelope and primitives of the library's own codecs (issue 18: not API)
  exports dev.salesops.core.internal.accumulate to dev.salesops.scoring, dev.salesops.metrics;
}
