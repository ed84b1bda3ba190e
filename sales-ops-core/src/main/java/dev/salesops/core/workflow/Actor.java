package dev.salesops.core.workflow;

import dev.salesops.core.model.Role;
import dev.salesops.core.model.UserId;
import java.util.Objects;
import java.util.Set;

/**
 * Who acts in a command, with their roles, for actor-aware guards ("only a MANAGER may reopen a lost deal").
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the acting user
 * @param roles the user's roles at the time of the command
 */
public record Actor(UserId id, Set<Role> roles) {

  /** Validates and copies the roles. */
  public Actor {
    Objects.requireNonNull(id, "id");
    roles = Set.copyOf(Objects.requireNonNull(roles, "roles"));
  }

  /** An actor with the given roles. */
  public static Actor of(UserId id, Role... roles) {
    return new Actor(id, Set.of(roles));
  }

  /** Whether the actor has {@code role}. */
  public boolean hasRole(Role role) {
    return roles.contains(role);
  }
}
