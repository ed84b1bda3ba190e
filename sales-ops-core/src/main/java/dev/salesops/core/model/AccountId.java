package dev.salesops.core.model;


/**
 * The identifier of an account as the host knows it: non-blank, at most 128 characters, no control
 * characters, no surrounding whitespace. Compared by value; JSON form is the bare string.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the host's identifier
 */
public record AccountId(String value) implements Comparable<AccountId> {

  /** Validates the value. */
  public AccountId {
    Identifiers.check(value, "accountId");
  }

  /** The identifier {@code value}. */
  public static AccountId of(String value) {
    return new AccountId(value);
  }

  @Override
  public String value() {
    return value;
  }

  @Override
  public int compareTo(AccountId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
