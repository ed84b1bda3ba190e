package dev.salesops.core.model;

import dev.salesops.core.internal.Checks;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A lead (線索): someone who may buy, before qualification turns it into an opportunity.
 *
 * <p>LEAD_CAPTURE's exit criterion is "a source channel and a contact point": the source is required here,
 * the contact point ({@code contactPoint}, an e-mail or phone; <b>personal data</b>, redacted in
 * {@code toString}) may still be missing, which {@link #hasContactPoint()} tells.
 *
 * <p>JSON names: {@code id}, {@code source}, {@code contactPoint}, {@code contactId}, {@code companyName},
 * {@code ownerId}, {@code createdAt}. The contact point is 1 to 254 characters without control characters;
 * the company name 1 to 200; the creation instant lies within the years 0001 to 9999.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Lead {
  /** Only the generated implementation extends this type. */
  Lead() {}


  /** The lead's identifier. */
  public abstract LeadId id();

  /** Where the lead came from. */
  public abstract LeadSource source();

  /** An e-mail or phone to reach the lead (personal data). */
  @Value.Redacted
  public abstract Optional<String> contactPoint();

  /** The contact record, when one exists. */
  public abstract Optional<ContactId> contactId();

  /** The lead's company, when known. */
  public abstract Optional<String> companyName();

  /** Who works the lead, when assigned. */
  public abstract Optional<UserId> ownerId();

  /** When the lead was captured. */
  public abstract Instant createdAt();

  /** Whether the lead can be reached: a contact point or a contact record is present. */
  public final boolean hasContactPoint() {
    return contactPoint().isPresent() || contactId().isPresent();
  }

  @Value.Check
  final void check() {
    Checks.instant(createdAt(), "lead.createdAt");
    contactPoint().ifPresent(c -> {
      if (c.isBlank() || c.length() > 254 || c.chars().anyMatch(Character::isISOControl)) {
        throw Checks.fail("lead.contactPoint", "must be 1 to 254 characters without control characters", "(redacted)");
      }
    });
    companyName().ifPresent(n -> Checks.text(n, "lead.companyName", 200));
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Lead}. Not thread-safe. */
  public static final class Builder extends ImmutableLead.Builder {
    Builder() {}
  }
}
