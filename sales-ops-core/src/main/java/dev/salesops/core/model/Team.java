package dev.salesops.core.model;

import dev.salesops.core.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A sales team. JSON names: {@code id}, {@code name}, {@code region}, {@code managerId}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Team {
  /** Only the generated implementation extends this type. */
  Team() {}


  /** The team's identifier. */
  public abstract TeamId id();

  /** The team's name. */
  public abstract String name();

  /** The region the team covers, when any. */
  public abstract Optional<Region> region();

  /** The team's manager, when any. */
  public abstract Optional<UserId> managerId();

  @Value.Check
  final void check() {
    Checks.text(name(), "team.name", 200);
  }

  /** A team with an id and a name. */
  public static Team of(TeamId id, String name) {
    return builder().id(id).name(name).build();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Team}. Not thread-safe. */
  public static final class Builder extends ImmutableTeam.Builder {
    Builder() {}
  }
}
