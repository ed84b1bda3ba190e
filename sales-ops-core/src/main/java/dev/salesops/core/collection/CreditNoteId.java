package dev.salesops.core.collection;


/**
 * The identifier of a credit note as the host knows it: non-blank, at most 128 characters, no control
 * characters, no surrounding whitespace. Compared by value; JSON form is the bare string.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the host's identifier
 */
public record CreditNoteId(String value) implements Comparable<CreditNoteId> {

  /** Validates the value. */
  public CreditNoteId {
    Ids.check(value, "creditNoteId");
  }

  /** The identifier {@code value}. */
  public static CreditNoteId of(String value) {
    return new CreditNoteId(value);
  }

  @Override
  public String value() {
    return value;
  }

  @Override
  public int compareTo(CreditNoteId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
