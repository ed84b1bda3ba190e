package dev.salesops.core.workflow;

import dev.salesops.core.definition.DefinitionParams;
/**
 * A named kind of criterion that hosts and modules register (e.g. {@code "bant.qualified"} from the scoring
 * module, {@code "role.required"} from core). It turns the {@code params} of a criterion declared in a
 * definition into a {@link Criterion}; invalid params fail the <em>load</em> of the definition, not its
 * first evaluation.
 *
 * <p>Implementations must be immutable and thread-safe.
 */
public interface CriterionType {

  /** The type name used in definitions, e.g. {@code "bant.qualified"}: lower-case words joined by dots. */
  String name();

  /**
   * Builds the criterion from its params.
   *
   * @throws dev.salesops.core.validation.ValidationException naming every bad parameter (paths such as
   *     {@code params.minConfirmed})
   */
  Criterion create(DefinitionParams params);
}
