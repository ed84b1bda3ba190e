package dev.salesops.core.model;


/**
 * The identifier of a contact as the host knows it: non-blank, at most 128 characters, no control
 * characters, no surrounding whitespace. Compared by value; JSON form is the bare string.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the host's identifier
 */
public record ContactId(String value) implements Comparable<ContactId> {

  /** Validates the value. */
  public ContactId {
    Identifiers.check(value, "contactId");
  }

  /** The identifier {@code value}. */
  public static ContactId of(String value) {
    return new ContactId(value);
  }

  @Override
  public String value() {
    return value;
  }

  @Override
  public int compareTo(ContactId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
