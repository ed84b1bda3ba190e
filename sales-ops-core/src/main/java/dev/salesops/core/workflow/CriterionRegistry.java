package dev.salesops.core.workflow;

import dev.salesops.core.internal.Checks;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The criterion types a definition may name, by name. Built once, then shared: immutable and thread-safe.
 *
 * <pre>{@code
 * CriterionRegistry registry = CriterionRegistry.builder()
 *     .register(new MyCriterionType())
 *     .build();
 * }</pre>
 *
 * <p>A name may be registered once per registry; registering it again replaces the earlier type only
 * through {@link Builder#replace}, so that a host fills a slot such as {@code "bant.qualified"} on purpose.
 */
public final class CriterionRegistry {
  private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*");

  private final Map<String, CriterionType> types;

  private CriterionRegistry(Map<String, CriterionType> types) {
    this.types = types;
  }

  /** A builder with no types. */
  public static Builder builder() {
    return new Builder(Map.of());
  }

  /** A builder starting from this registry's types. */
  public Builder toBuilder() {
    return new Builder(types);
  }

  /** The type registered under {@code name}. */
  public Optional<CriterionType> find(String name) {
    return Optional.ofNullable(types.get(Objects.requireNonNull(name, "name")));
  }

  /** The registered names, in registration order. */
  public Set<String> names() {
    return types.keySet();
  }

  @Override
  public String toString() {
    return "CriterionRegistry" + types.keySet();
  }

  /** Builds a {@link CriterionRegistry}. Not thread-safe. */
  public static final class Builder {
    private final Map<String, CriterionType> types;

    private Builder(Map<String, CriterionType> start) {
      this.types = new LinkedHashMap<>(start);
    }

    /** Registers a new type; a name already present is refused. */
    public Builder register(CriterionType type) {
      String name = checkName(type);
      if (types.containsKey(name)) {
        throw Checks.fail("criterionType.name", "is already registered (use replace to fill a slot on purpose)", name);
      }
      types.put(name, type);
      return this;
    }

    /** Registers a type, replacing any type of the same name. */
    public Builder replace(CriterionType type) {
      types.put(checkName(type), type);
      return this;
    }

    /** The registry. */
    public CriterionRegistry build() {
      return new CriterionRegistry(Collections.unmodifiableMap(new LinkedHashMap<>(types)));
    }

    private static String checkName(CriterionType type) {
      Objects.requireNonNull(type, "type");
      String name = Objects.requireNonNull(type.name(), "type.name()");
      if (!NAME.matcher(name).matches()) {
        throw Checks.fail("criterionType.name", "must be lower-case words joined by dots, e.g. bant.qualified", name);
      }
      return name;
    }
  }
}
