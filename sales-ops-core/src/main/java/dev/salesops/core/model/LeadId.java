package dev.salesops.core.model;


/**
 * The identifier of a lead as the host knows it: non-blank, at most 128 characters, no control
 * characters, no surrounding whitespace. Compared by value; JSON form is the bare string.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the host's identifier
 */
public record LeadId(String value) implements Comparable<LeadId> {

  /** Validates the value. */
  public LeadId {
    Identifiers.check(value, "leadId");
  }

  /** The identifier {@code value}. */
  public static LeadId of(String value) {
    return new LeadId(value);
  }

  @Override
  public String value() {
    return value;
  }

  @Override
  public int compareTo(LeadId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
