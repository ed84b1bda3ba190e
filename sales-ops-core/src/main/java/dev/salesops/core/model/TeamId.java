package dev.salesops.core.model;


/**
 * The identifier of a team as the host knows it: non-blank, at most 128 characters, no control
 * characters, no surrounding whitespace. Compared by value; JSON form is the bare string.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the host's identifier
 */
public record TeamId(String value) implements Comparable<TeamId> {

  /** Validates the value. */
  public TeamId {
    Identifiers.check(value, "teamId");
  }

  /** The identifier {@code value}. */
  public static TeamId of(String value) {
    return new TeamId(value);
  }

  @Override
  public String value() {
    return value;
  }

  @Override
  public int compareTo(TeamId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
