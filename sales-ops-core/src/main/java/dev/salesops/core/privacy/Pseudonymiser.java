package dev.salesops.core.privacy;

import dev.salesops.core.model.Account;
import dev.salesops.core.model.AccountId;
import dev.salesops.core.model.Contact;
import dev.salesops.core.model.ContactId;
import dev.salesops.core.internal.Checks;
import dev.salesops.core.validation.Problems;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * <b>Pseudonymisation</b> (GDPR Art. 4(5); PIPL Art. 73(3) "去标识化", de-identification): a copy of an {@link
 * Account} and its {@link Contact}s that still counts in every KPI, with personal data removed or replaced
 * by a <em>keyed pseudonym</em>.
 *
 * <p><b>This is not anonymisation.</b> Keyed pseudonyms are deterministic: whoever holds the key can recompute
 * the pseudonym of a known id and so re-link the record, and records of the same customer stay linkable to
 * each other (that is what keeps joins and KPIs working). Pseudonymised data is therefore still personal
 * data in law. It becomes anonymous only when the key is destroyed (see "Key handling" in
 * docs/ARCHITECTURE.md): erasure by key destruction, one key per tenant or per erasure scope.
 *
 * <p><b>Pseudonym</b>: {@code prefix + "-" + hex(first 16 bytes of HMAC-SHA256(secret, kind + 0x00 +
 * value))}, e.g. {@code acct-3f2a…} (32 hex digits, 128 bits). The same input always gives the same
 * pseudonym under the same secret, so joins across the host's records still work (use {@link
 * #pseudonymise(AccountId)} on opportunities, orders, ...); without the secret it cannot be reversed or
 * recomputed from a guessed value. The kind separates name spaces (an account and a contact with the same
 * id get different pseudonyms).
 *
 * <p><b>What is kept</b> (what KPIs need): the account's industry, size band, region, segment, owner
 * (an employee, not the customer) and channel; each contact's decision-maker flag. <b>What is
 * replaced</b>: account id and name (a company name may name a person: sole traders) by the account's
 * pseudonym; contact id, its account id and its name by pseudonyms. <b>What is removed</b>: e-mail, phone
 * and job title. Dates and amounts live in other records, keyed by the pseudonymised account id.
 *
 * <p><b>The secret</b> is supplied by the host from its key store (at least {@value #MIN_SECRET_BYTES} bytes from a
 * cryptographic random source; a key whose bytes are all equal, such as 32 zero bytes, is refused), copied,
 * and never appears in any output, {@code toString} or exception message. Rotating it changes every
 * pseudonym. Messages never quote the original ids either.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Pseudonymiser {
  /** The shortest secret accepted, in bytes (256 bits, the HMAC-SHA256 block-size recommendation of RFC 2104). */
  public static final int MIN_SECRET_BYTES = 32;

  private static final String ALGORITHM = "HmacSHA256";
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final SecretKeySpec key;
  private final Mac prototype;

  private Pseudonymiser(byte[] secret) {
    this.key = new SecretKeySpec(secret, ALGORITHM); // copies the bytes
    this.prototype = newMac(key);
  }

  /**
   * An anonymiser keyed with {@code secret} (copied; the caller may wipe its array afterwards).
   *
   * @throws dev.salesops.core.validation.ValidationException when the secret is shorter than {@link #MIN_SECRET_BYTES}
   *     or all its bytes are equal (a placeholder, not a key)
   */
  public static Pseudonymiser withSecret(byte[] secret) {
    Objects.requireNonNull(secret, "secret");
    if (secret.length < MIN_SECRET_BYTES) {
      throw Checks.fail("secret", "must be at least " + MIN_SECRET_BYTES + " bytes long", secret.length + " bytes");
    }
    boolean allEqual = true;
    for (int i = 1; i < secret.length && allEqual; i++) {
      allEqual = secret[i] == secret[0];
    }
    if (allEqual) {
      throw Checks.fail("secret", "must be random bytes from a key store, not one byte repeated", secret.length + " bytes");
    }
    return new Pseudonymiser(secret);
  }

  private static Mac newMac(SecretKeySpec key) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac;
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      // every Java platform must support HmacSHA256
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  private Mac mac() {
    try {
      return (Mac) prototype.clone();
    } catch (CloneNotSupportedException e) {
      return newMac(key);
    }
  }

  /**
   * The pseudonym of {@code value} in the name space {@code kind}, with {@code prefix} (see the class
   * documentation). {@code kind} and {@code prefix} are short codes such as {@code "account"} and {@code
   * "acct"}.
   */
  public String pseudonym(String kind, String prefix, String value) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(prefix, "prefix");
    Objects.requireNonNull(value, "value");
    Checks.text(kind, "kind", 64);
    Checks.text(prefix, "prefix", 16);
    Mac mac = mac();
    mac.update(kind.getBytes(StandardCharsets.UTF_8));
    mac.update((byte) 0);
    byte[] digest = mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
    StringBuilder sb = new StringBuilder(prefix.length() + 33).append(prefix).append('-');
    for (int i = 0; i < 16; i++) {
      sb.append(HEX[(digest[i] >> 4) & 0xF]).append(HEX[digest[i] & 0xF]);
    }
    return sb.toString();
  }

  /** The pseudonymised account id ({@code acct-…}), the same for every record of the account. */
  public AccountId pseudonymise(AccountId id) {
    return AccountId.of(pseudonym("account", "acct", Objects.requireNonNull(id, "id").value()));
  }

  /** The pseudonymised contact id ({@code cont-…}). */
  public ContactId pseudonymise(ContactId id) {
    return ContactId.of(pseudonym("contact", "cont", Objects.requireNonNull(id, "id").value()));
  }

  /**
   * The pseudonymised copy of {@code account} and its {@code contacts} (see the class documentation).
   *
   * @throws dev.salesops.core.validation.ValidationException listing every contact whose account id names
   *     another account
   */
  public PseudonymisedCustomer pseudonymiseCustomer(Account account, List<Contact> contacts) {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(contacts, "contacts");
    Problems problems = new Problems();
    for (int i = 0; i < contacts.size(); i++) {
      Contact c = Objects.requireNonNull(contacts.get(i), "contacts[" + i + "]");
      if (c.accountId().isPresent() && !c.accountId().get().equals(account.id())) {
        // neither id is quoted: both are the personal data being protected
        problems.add("contacts[" + i + "].accountId", "must be the id of the account being pseudonymised");
      }
    }
    problems.throwIfAny();
    AccountId anonymousId = pseudonymise(account.id());
    Account anonymousAccount = Account.builder()
        .from(account)
        .id(anonymousId)
        .name(anonymousId.value())
        .build();
    List<Contact> anonymousContacts = new ArrayList<>(contacts.size());
    for (Contact c : contacts) {
      ContactId contactId = pseudonymise(c.id());
      anonymousContacts.add(Contact.builder()
          .id(contactId)
          .accountId(anonymousId)
          .name(contactId.value())
          .decisionMaker(c.decisionMaker())
          .build());
    }
    return new PseudonymisedCustomer(anonymousAccount, anonymousContacts);
  }

  /** Never shows the secret. */
  @Override
  public String toString() {
    return "Pseudonymiser[HMAC-SHA256, secret ***]";
  }

}
