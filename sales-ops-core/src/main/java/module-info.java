/**
 * sales-ops core: money, identifiers, the records of sales operations, validation, the workflow engine and its
 * shipped definitions, customer lifecycle, contracts and collections.
 *
 * <p>Exported: the API packages. Not exported: {@code dev.salesops.core.internal} (the Immutables style and the
 * {@code Checks} argument helpers) and {@code dev.salesops.core.internal.json} (the JSON field reader the
 * definition loaders share); both are exported only to the sibling modules scoring and metrics.
 *
 * <p>Jackson: {@code jackson-annotations} is required (the domain types carry its annotations);
 * {@code jackson-databind} and the JSR-310 module are optional ({@code requires static}) — a host that reads or
 * writes JSON has them; the packages whose types Jackson builds are opened to databind.
 */
@SuppressWarnings({"module", "requires-automatic"}) // qualified exports name the sibling modules; Immutables is automatic
module dev.salesops.core {
  requires transitive org.joda.money;
  requires transitive com.fasterxml.jackson.annotation;
  requires static com.fasterxml.jackson.core;
  requires static com.fasterxml.jackson.databind;
  requires static com.fasterxml.jackson.datatype.jsr310;
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

  // Jackson builds these packages' values by reflection (package-private Immutables implementations,
  // @JsonCreator factories, custom (de)serializers)
  opens dev.salesops.core.collection to com.fasterxml.jackson.databind;
  opens dev.salesops.core.contract to com.fasterxml.jackson.databind;
  opens dev.salesops.core.json to com.fasterxml.jackson.databind;
  opens dev.salesops.core.lifecycle to com.fasterxml.jackson.databind;
  opens dev.salesops.core.model to com.fasterxml.jackson.databind;
  opens dev.salesops.core.segmentation to com.fasterxml.jackson.databind;
  opens dev.salesops.core.workflow to com.fasterxml.jackson.databind;
}
