package dev.salesops.core.collection;


/**
 * The identifier of an invoice as the host knows it: non-blank, at most 128 characters, no control
 * characters, no surrounding whitespace. Compared by value; JSON form is the bare string.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the host's identifier
 */
public record InvoiceId(String value) implements Comparable<InvoiceId> {

  /** Validates the value. */
  public InvoiceId {
    Ids.check(value, "invoiceId");
  }

  /** The identifier {@code value}. */
  public static InvoiceId of(String value) {
    return new InvoiceId(value);
  }

  @Override
  public String value() {
    return value;
  }

  @Override
  public int compareTo(InvoiceId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
