package dev.salesops.core.privacy;

import dev.salesops.core.model.Account;
import dev.salesops.core.model.Contact;
import java.util.List;
import java.util.Objects;

/**
 * The pseudonymised copy of an account and its contacts made by {@link Pseudonymiser#pseudonymiseCustomer}:
 * still personal data while the key exists (see {@link Pseudonymiser}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param account the pseudonymised account
 * @param contacts the pseudonymised contacts, in the original order
 */
public record PseudonymisedCustomer(Account account, List<Contact> contacts) {

  /** Checks and copies the parts. */
  public PseudonymisedCustomer {
    Objects.requireNonNull(account, "account");
    contacts = List.copyOf(contacts);
  }
}
