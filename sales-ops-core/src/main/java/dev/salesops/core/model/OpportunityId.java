package dev.salesops.core.model;


/**
 * The identifier of an opportunity as the host knows it: non-blank, at most 128 characters, no control
 * characters, no surrounding whitespace. Compared by value; JSON form is the bare string.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the host's identifier
 */
public record OpportunityId(String value) implements Comparable<OpportunityId> {

  /** Validates the value. */
  public OpportunityId {
    Identifiers.check(value, "opportunityId");
  }

  /** The identifier {@code value}. */
  public static OpportunityId of(String value) {
    return new OpportunityId(value);
  }

  @Override
  public String value() {
    return value;
  }

  @Override
  public int compareTo(OpportunityId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
