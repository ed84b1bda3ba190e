package dev.salesops.scoring.allocation;

import dev.salesops.core.model.UserId;
import dev.salesops.core.internal.Checks;
import java.util.Objects;
import java.util.Set;

/**
 * A rep who can take more work: how many more candidates they may take, and the territories they cover
 * (empty: all).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param rep the rep
 * @param capacity how many candidates they may take, not negative
 * @param territories the territories covered; empty means every territory
 */
public record RepCapacity(UserId rep, int capacity, Set<String> territories) {

  /** Validates and copies. */
  public RepCapacity {
    Objects.requireNonNull(rep, "rep");
    Checks.nonNegative(capacity, "capacity");
    territories = Set.copyOf(Objects.requireNonNull(territories, "territories"));
  }

  /** A rep covering every territory. */
  public static RepCapacity of(UserId rep, int capacity) {
    return new RepCapacity(rep, capacity, Set.of());
  }

  /** Whether this rep covers {@code territory}. */
  public boolean covers(String territory) {
    Objects.requireNonNull(territory, "territory");
    return territories.isEmpty() || territories.contains(territory);
  }
}
