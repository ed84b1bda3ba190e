package dev.salesops.core.privacy;

import dev.salesops.core.model.Account;
import dev.salesops.core.model.Contact;
import java.util.List;
import java.util.Objects;

/**
 * The anonymised copy of an account and its contacts made by {@link Anonymiser#anonymise}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param account the anonymised account
 * @param contacts the anonymised contacts, in the original order
 */
public record AnonymisedCustomer(Account account, List<Contact> contacts) {

  /** Checks and copies the parts. */
  public AnonymisedCustomer {
    Objects.requireNonNull(account, "account");
    contacts = List.copyOf(contacts);
  }
}
