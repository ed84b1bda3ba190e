package dev.salesops.scoring.scorecard;

import dev.salesops.core.definition.DefinitionParams;

/**
 * The SPI for teams' own criterion types, referenced from scorecard JSON by name:
 * {@code {"id": "crm_usage", "group": "FIT", "type": "acme.crm_usage", "params": {"min": 3}, "points": 10}}.
 * Register types with {@link ScorecardLoader#withType}.
 *
 * <p>Implementations must be immutable and thread-safe.
 */
public interface ScoringRuleType {

  /** The name used in JSON: lower-case words joined by dots ({@code "acme.crm_usage"}). */
  String name();

  /**
   * The rule for {@code params}.
   *
   * @throws dev.salesops.core.validation.ValidationException naming every bad parameter ({@code params.min})
   */
  ScoringRule create(DefinitionParams params);
}
