package dev.salesops.core.model;

import dev.salesops.core.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person at a customer. <b>Personal data</b>: {@code name}, {@code email} and {@code phone} are
 * redacted ({@code ***}) in {@code toString} and never appear in exception messages.
 *
 * <p>JSON names: {@code id}, {@code accountId}, {@code name}, {@code email}, {@code phone}, {@code title},
 * {@code decisionMaker} (boolean, default false). Name at most 200 characters, e-mail at most 254 and
 * containing one {@code @}, phone at most 40 characters of digits, spaces and {@code +()-./}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Contact {
  /** Only the generated implementation extends this type. */
  Contact() {}


  /** The contact's identifier. */
  public abstract ContactId id();

  /** The account the contact works for, when known. */
  public abstract Optional<AccountId> accountId();

  /** The person's name (personal data). */
  @Value.Redacted
  public abstract String name();

  /** The person's e-mail (personal data). */
  @Value.Redacted
  public abstract Optional<String> email();

  /** The person's phone (personal data). */
  @Value.Redacted
  public abstract Optional<String> phone();

  /** The job title, when known. */
  public abstract Optional<String> title();

  /** Whether the person decides the purchase (BANT authority). */
  @Value.Default
  public boolean decisionMaker() {
    return false;
  }

  @Value.Check
  final void check() {
    // messages never carry the personal value itself, only its length or the rule
    if (name().isBlank() || name().length() > 200 || hasControl(name())) {
      throw Checks.fail("contact.name", "must be 1 to 200 characters without control characters", "(redacted, " + name().length() + " characters)");
    }
    email().ifPresent(e -> {
      int at = e.indexOf('@');
      if (e.length() > 254 || at <= 0 || at != e.lastIndexOf('@') || at == e.length() - 1 || hasControl(e) || e.contains(" ")) {
        throw Checks.fail("contact.email", "must be an e-mail address of at most 254 characters", "(redacted)");
      }
    });
    phone().ifPresent(p -> {
      if (p.isBlank() || p.length() > 40 || !p.matches("[0-9 +()\\-./]+")) {
        throw Checks.fail("contact.phone", "must be at most 40 digits, spaces and +()-./", "(redacted)");
      }
    });
    title().ifPresent(t -> Checks.text(t, "contact.title", 200));
  }

  private static boolean hasControl(String s) {
    return s.chars().anyMatch(Character::isISOControl);
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Contact}. Not thread-safe. */
  public static final class Builder extends ImmutableContact.Builder {
    Builder() {}
  }
}
