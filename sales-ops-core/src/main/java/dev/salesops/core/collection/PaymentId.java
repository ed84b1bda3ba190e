package dev.salesops.core.collection;


/**
 * The identifier of a payment as the host knows it: non-blank, at most 128 characters, no control
 * characters, no surrounding whitespace. Compared by value; JSON form is the bare string.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the host's identifier
 */
public record PaymentId(String value) implements Comparable<PaymentId> {

  /** Validates the value. */
  public PaymentId {
    Ids.check(value, "paymentId");
  }

  /** The identifier {@code value}. */
  public static PaymentId of(String value) {
    return new PaymentId(value);
  }

  @Override
  public String value() {
    return value;
  }

  @Override
  public int compareTo(PaymentId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
