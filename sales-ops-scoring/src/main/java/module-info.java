/**
 * sales-ops scoring: BANT qualification policies, scorecards with breakdowns, predictive scoring, customer
 * health and lead allocation. Every package is API. Jackson databind is optional ({@code requires static}): only
 * the scorecard loader reads JSON, and hosts that load scorecards have it.
 */
@SuppressWarnings("requires-automatic") // Immutables' annotations are an automatic module (compile time only)
module dev.salesops.scoring {
  requires transitive dev.salesops.core;
  requires static com.fasterxml.jackson.core;
  requires static com.fasterxml.jackson.databind;
  requires static com.fasterxml.jackson.datatype.jsr310;
  requires static org.immutables.value.annotations;

  exports dev.salesops.scoring.allocation;
  exports dev.salesops.scoring.bant;
  exports dev.salesops.scoring.health;
  exports dev.salesops.scoring.predictive;
  exports dev.salesops.scoring.scorecard;

  opens dev.salesops.scoring.scorecard to com.fasterxml.jackson.databind;
}
