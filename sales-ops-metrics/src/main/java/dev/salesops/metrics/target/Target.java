package dev.salesops.metrics.target;

import dev.salesops.core.internal.Checks;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * A sales target (銷售目標): what is measured ({@link #metric()}, e.g. {@code "revenue"}, {@code
 * "new_customers"}), for whom ({@link #scope()}), over which months ({@link #period()}), how much (a money
 * {@link #amount()} or a {@link #count()} with its {@link #unit()}), the parent it rolls up to and its
 * milestones.
 *
 * <p>Deliberately lenient: metric, scope, period and quantity may be missing so that a draft can be built and
 * {@link SmartCheck} can report what is missing as findings. Refused at the door: a blank id, a negative
 * amount or count, texts over 64 characters.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Target {
  /** Only the generated implementation extends this type. */
  Target() {}

  /** The target's identifier (a code, at most 64 characters). */
  public abstract String id();

  /** What is measured, e.g. {@code "revenue"}. */
  public abstract Optional<String> metric();

  /** For whom. */
  public abstract Optional<Scope> scope();

  /** Over which months. */
  public abstract Optional<TargetPeriod> period();

  /** The money amount, for money metrics. */
  public abstract Optional<Money> amount();

  /** The count, for count metrics (customers, visits, ...). */
  public abstract Optional<Long> count();

  /** The unit of {@link #count()}, e.g. {@code "customers"}. */
  public abstract Optional<String> unit();

  /** The target this one rolls up to. */
  public abstract Optional<String> parentId();

  /** Cumulative checkpoints inside the period. */
  public abstract List<Milestone> milestones();

  /** The quantity as a number: the amount (in major units) or the count; empty when neither or both are set. */
  public Optional<BigDecimal> value() {
    if (amount().isPresent() == count().isPresent()) {
      return Optional.empty();
    }
    return amount().isPresent() ? Optional.of(amount().get().getAmount()) : Optional.of(BigDecimal.valueOf(count().get()));
  }

  @Value.Check
  final void check() {
    Checks.text(id(), "target.id", 64);
    metric().ifPresent(m -> Checks.text(m, "target.metric", 64));
    unit().ifPresent(u -> Checks.text(u, "target.unit", 64));
    parentId().ifPresent(p -> Checks.text(p, "target.parentId", 64));
    amount().ifPresent(a -> {
      if (a.isNegative()) {
        throw Checks.fail("target.amount", "must not be negative", a);
      }
    });
    count().ifPresent(c -> Checks.nonNegative(c, "target.count"));
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Target}. Not thread-safe. */
  public static final class Builder extends ImmutableTarget.Builder {
    Builder() {}
  }
}
