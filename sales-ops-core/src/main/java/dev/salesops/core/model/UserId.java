package dev.salesops.core.model;


/**
 * The identifier of a user (sales rep, manager) as the host knows it: non-blank, at most 128 characters, no control
 * characters, no surrounding whitespace. Compared by value; JSON form is the bare string.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the host's identifier
 */
public record UserId(String value) implements Comparable<UserId> {

  /** Validates the value. */
  public UserId {
    Identifiers.check(value, "userId");
  }

  /** The identifier {@code value}. */
  public static UserId of(String value) {
    return new UserId(value);
  }

  @Override
  public String value() {
    return value;
  }

  @Override
  public int compareTo(UserId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
