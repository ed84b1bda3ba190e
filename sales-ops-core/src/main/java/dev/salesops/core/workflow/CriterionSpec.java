package dev.salesops.core.workflow;

import dev.salesops.core.definition.DefinitionParams;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A criterion as <em>data</em>, before it is resolved against a {@link CriterionRegistry}: a leaf
 * {@code {"type": "bant.qualified", "params": {...}}}, or a combination {@code {"allOf": [...]}},
 * {@code {"anyOf": [...]}}, {@code {"not": {...}}}.
 *
 * <p>Resolution happens when a definition is loaded ({@link Workflow#of}): an unknown type or bad params fail
 * the load with every problem listed, never the first evaluation.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface CriterionSpec permits CriterionSpec.Leaf, CriterionSpec.AllOf, CriterionSpec.AnyOf, CriterionSpec.Not {

  /** A leaf of {@code type} without params. */
  static CriterionSpec of(String type) {
    return new Leaf(type, DefinitionParams.empty());
  }

  /** A leaf of {@code type} with {@code params}. */
  static CriterionSpec of(String type, Map<String, ?> params) {
    return new Leaf(type, DefinitionParams.of(params));
  }

  /** All of {@code specs} must hold. */
  static CriterionSpec allOf(CriterionSpec... specs) {
    return new AllOf(List.of(specs));
  }

  /** At least one of {@code specs} must hold. */
  static CriterionSpec anyOf(CriterionSpec... specs) {
    return new AnyOf(List.of(specs));
  }

  /** {@code spec} must not hold. */
  static CriterionSpec not(CriterionSpec spec) {
    return new Not(spec);
  }

  /** A short label for diagrams, e.g. {@code "bant.qualified & role.required"}. */
  String label();

  /**
   * A leaf criterion.
   *
   * @param type the registered type name
   * @param params its parameters
   */
  record Leaf(String type, DefinitionParams params) implements CriterionSpec {
    /** Checks for nulls. */
    public Leaf {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(params, "params");
    }

    @Override
    public String label() {
      return type;
    }
  }

  /**
   * All must hold; an unmet result lists the reasons of every unmet part.
   *
   * @param all the parts
   */
  record AllOf(List<CriterionSpec> all) implements CriterionSpec {
    /** Copies the parts. */
    public AllOf {
      all = List.copyOf(all);
    }

    @Override
    public String label() {
      return all.stream().map(s -> s instanceof Leaf || s instanceof Not ? s.label() : "(" + s.label() + ")")
          .collect(Collectors.joining(" & "));
    }
  }

  /**
   * At least one must hold; an unmet result lists the reasons of every part.
   *
   * @param any the parts
   */
  record AnyOf(List<CriterionSpec> any) implements CriterionSpec {
    /** Copies the parts. */
    public AnyOf {
      any = List.copyOf(any);
    }

    @Override
    public String label() {
      return any.stream().map(s -> s instanceof Leaf || s instanceof Not ? s.label() : "(" + s.label() + ")")
          .collect(Collectors.joining(" | "));
    }
  }

  /**
   * Must not hold.
   *
   * @param spec the negated criterion
   */
  record Not(CriterionSpec spec) implements CriterionSpec {
    /** Checks for null. */
    public Not {
      Objects.requireNonNull(spec, "spec");
    }

    @Override
    public String label() {
      return "!" + (spec instanceof Leaf ? spec.label() : "(" + spec.label() + ")");
    }
  }
}
