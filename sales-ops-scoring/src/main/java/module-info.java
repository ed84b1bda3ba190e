/**
 * sales-ops scoring: BANT qualification policies, scorecards with breakdowns, predictive scoring, customer
 * health and lead allocation. Every package is API. No JSON library: the scorecard loader reads JSON with
 * core's own reader; the JSON form of the values lives in {@code sales-ops-json}.
 */
@SuppressWarnings("requires-automatic") // Immutables' annotations are an automatic module (compile time only)
module dev.salesops.scoring {
  requires transitive dev.salesops.core;
  requires static org.immutables.value.annotations;

  exports dev.salesops.scoring.allocation;
  exports dev.salesops.scoring.bant;
  exports dev.salesops.scoring.health;
  exports dev.salesops.scoring.predictive;
  exports dev.salesops.scoring.scorecard;
}
