package dev.salesops.core.contract;

import dev.salesops.core.internal.Checks;

/**
 * The identifier of a contract as the host knows it: non-blank, at most 128 characters, no control
 * characters, no surrounding whitespace. Compared by value; JSON form is the bare string.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the host's identifier
 */
public record ContractId(String value) implements Comparable<ContractId> {

  /** Validates the value. */
  public ContractId {
    checkId(value, "contractId");
  }

  /** The identifier {@code value}. */
  public static ContractId of(String value) {
    return new ContractId(value);
  }

  @Override
  public String value() {
    return value;
  }

  @Override
  public int compareTo(ContractId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }

  /** The identifier rule shared by the ids of this package and of {@code dev.salesops.core.collection}. */
  static String checkId(String value, String field) {
    Checks.text(value, field, 128);
    if (!value.equals(value.strip())) {
      throw Checks.fail(field, "must not start or end with whitespace", "\"" + value + "\"");
    }
    return value;
  }
}
