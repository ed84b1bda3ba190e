package dev.salesops.core.model;

import dev.salesops.core.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A customer company (客戶).
 *
 * <p>JSON names: {@code id}, {@code name}, {@code industry}, {@code sizeBand}, {@code region}, {@code segment},
 * {@code ownerId}, {@code channel}. The name (a company name, not personal data) is 1 to 200 characters;
 * the segment is a host code of at most 64 characters.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Account {
  /** Only the generated implementation extends this type. */
  Account() {}


  /** The account's identifier. */
  public abstract AccountId id();

  /** The company name. */
  public abstract String name();

  /** The industry, when known. */
  public abstract Optional<Industry> industry();

  /** The size band, when known. */
  public abstract Optional<SizeBand> sizeBand();

  /** The region, when known. */
  public abstract Optional<Region> region();

  /** The host's segment code, when assigned. */
  public abstract Optional<String> segment();

  /** The account owner, when assigned. */
  public abstract Optional<UserId> ownerId();

  /** The channel the account buys through, when known. */
  public abstract Optional<SalesChannel> channel();

  @Value.Check
  final void check() {
    Checks.text(name(), "account.name", 200);
    segment().ifPresent(s -> Checks.text(s, "account.segment", ReferenceCode.MAX_LENGTH));
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Account}. Not thread-safe. */
  public static final class Builder extends ImmutableAccount.Builder {
    Builder() {}
  }
}
