package dev.salesops.core.model;

import dev.salesops.core.money.Monies;
import dev.salesops.core.internal.Checks;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * A sales opportunity (商機): the facts of one deal. Where it stands in a pipeline, and how it got there,
 * lives in a workflow snapshot ({@code dev.salesops.core.workflow}); {@code stage()} (deprecated) is an optional copy of
 * that stage as the host last recorded it.
 *
 * <p>JSON names: {@code id}, {@code accountId}, {@code ownerId}, {@code amount} ({@code {"amount":"1234.50",
 * "currency":"USD"}}), {@code expectedCloseDate}, {@code stage}, {@code createdAt}, {@code productLine},
 * {@code channel}, {@code leadSource}, {@code bant}, {@code attributes}.
 *
 * <p>Rules: the amount is not negative and at most {@link Monies#MAX_ABS_AMOUNT}; the creation instant and
 * the expected close date lie within the years 0001 to 9999, and the expected close date is not before the
 * creation date (UTC); the stage is a code of at most 64 characters without surrounding whitespace; attributes (host-supplied fields for scoring) are at most
 * 100, with keys of at most 64 and values of at most 1,000 characters.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Opportunity implements DealFacts {
  /** Only the generated implementation extends this type. */
  Opportunity() {}


  /** The opportunity's identifier. */
  public abstract OpportunityId id();

  /** The customer. */
  public abstract Optional<AccountId> accountId();

  /** The rep who owns the deal. */
  public abstract UserId ownerId();

  /** The deal amount, when estimated. */
  public abstract Optional<Money> amount();

  /**
   * The amount unwrapped once by {@link #check()} ({@link #NO_AMOUNT} when none), for {@link #amountOrNull()}.
   * Racy single-check: {@code null} only in a thread that received this opportunity through a data race, which
   * then unwraps {@link #amount()} itself ({@code Money} is immutable). Not an attribute.
   */
  @SuppressWarnings("immutables:incompat") // a cache of an attribute, not state
  private Object amountValue;

  private static final Object NO_AMOUNT = new Object();

  /** {@link #amount()} without an {@code Optional}: the amount or {@code null}. Allocates nothing. */
  @Override
  public final Money amountOrNull() {
    Object a = amountValue;
    if (a == null) {
      return amount().orElse(null);
    }
    return a == NO_AMOUNT ? null : (Money) a;
  }

  /** When the deal is expected to close. */
  public abstract Optional<LocalDate> expectedCloseDate();

  /**
   * A copy of the stage code as the host last recorded it.
   *
   * @deprecated where a deal <em>is</em> has one source of truth: its workflow {@code Snapshot.state()}. This
   *     copy is optional now (absent unless set) and will be removed; keep the snapshot next to the
   *     opportunity instead.
   */
  @Deprecated(since = "0.1.0", forRemoval = true)
  public abstract Optional<String> stage();

  /** When the opportunity was created. */
  public abstract Instant createdAt();

  /** The product line, when known. */
  public abstract Optional<ProductLine> productLine();

  /** The sales channel, when known. */
  public abstract Optional<SalesChannel> channel();

  /** The lead source, when known. */
  public abstract Optional<LeadSource> leadSource();

  /** The BANT facts recorded so far. */
  @Value.Default
  public BantAssessment bant() {
    return BantAssessment.unknown();
  }

  /** Host-supplied attributes (for scorecards), by name. */
  public abstract Map<String, String> attributes();

  @Value.Check
  final void check() {
    amount().ifPresent(a -> Monies.requireBounded(Monies.requireNonNegative(a, "opportunity.amount"), "opportunity.amount"));
    Object unwrapped = amount().isPresent() ? amount().get() : NO_AMOUNT;
    amountValue = unwrapped;
    @SuppressWarnings("removal") Optional<String> stage = stage();
    stage.ifPresent(code -> {
      Checks.text(code, "opportunity.stage", ReferenceCode.MAX_LENGTH);
      if (!code.equals(code.strip())) {
        throw Checks.fail("opportunity.stage", "must not start or end with whitespace", Checks.describe(code));
      }
    });
    Checks.instant(createdAt(), "opportunity.createdAt");
    expectedCloseDate().ifPresent(d -> {
      Checks.date(d, "opportunity.expectedCloseDate");
      LocalDate created = LocalDate.ofInstant(createdAt(), ZoneOffset.UTC);
      if (d.isBefore(created)) {
        throw Checks.fail("opportunity.expectedCloseDate", "must not be before the creation date " + created, d);
      }
    });
    if (attributes().size() > 100) {
      throw Checks.fail("opportunity.attributes", "must hold at most 100 entries", attributes().size());
    }
    attributes().forEach((k, v) -> {
      Checks.text(k, "opportunity.attributes key", 64);
      if (v.length() > 1000 || v.chars().anyMatch(Character::isISOControl)) {
        throw Checks.fail("opportunity.attributes." + k, "must be at most 1000 characters without control characters", v.length() + " characters");
      }
    });
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Opportunity}. Not thread-safe. */
  public static final class Builder extends ImmutableOpportunity.Builder {
    Builder() {}
  }
}
