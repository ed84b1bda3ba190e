package dev.salesops.core.model;

import dev.salesops.core.internal.Checks;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A user of the sales organisation (a rep, a manager, ...) with roles for actor-aware guards. The display
 * name is <b>personal data</b> and redacted in {@code toString}.
 *
 * <p>JSON names: {@code id}, {@code name}, {@code teamId}, {@code managerId}, {@code region}, {@code roles}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SalesRep {
  /** Only the generated implementation extends this type. */
  SalesRep() {}


  /** The user's identifier. */
  public abstract UserId id();

  /** The display name (personal data). */
  @Value.Redacted
  public abstract Optional<String> name();

  /** The team, when the user belongs to one. */
  public abstract Optional<TeamId> teamId();

  /** The user's manager, when known. */
  public abstract Optional<UserId> managerId();

  /** The region the user covers, when known. */
  public abstract Optional<Region> region();

  /** The user's roles. */
  public abstract Set<Role> roles();

  /** Whether the user has {@code role}. */
  public final boolean hasRole(Role role) {
    Objects.requireNonNull(role, "role");
    return roles().contains(role);
  }

  @Value.Check
  final void check() {
    name().ifPresent(n -> {
      if (n.isBlank() || n.length() > 200 || n.chars().anyMatch(Character::isISOControl)) {
        throw Checks.fail("salesRep.name", "must be 1 to 200 characters without control characters", "(redacted)");
      }
    });
    if (managerId().isPresent() && managerId().get().equals(id())) {
      throw Checks.fail("salesRep.managerId", "must not be the user itself", id());
    }
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SalesRep}. Not thread-safe. */
  public static final class Builder extends ImmutableSalesRep.Builder {
    Builder() {}
  }
}
