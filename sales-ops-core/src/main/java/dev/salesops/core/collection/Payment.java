package dev.salesops.core.collection;

import dev.salesops.core.model.AccountId;
import dev.salesops.core.money.Monies;
import dev.salesops.core.internal.Checks;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.joda.money.Money;

/**
 * Cash received from an account (回款). Applied by the {@link Ledger} to the account's invoices
 * oldest-due-first when {@link #allocations()} is empty, or as the host allocates otherwise; what is not
 * applied stays as the account's unapplied credit (an over-payment).
 *
 * <p>Rules: the amount is positive and fits its currency; allocations are in the payment currency.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the payment's identifier
 * @param accountId the paying account
 * @param amount the cash received; positive
 * @param receivedOn the value date
 * @param allocations the host's allocation, or empty for oldest-due-first
 */
public record Payment(PaymentId id, AccountId accountId, Money amount, LocalDate receivedOn,
    List<PaymentAllocation> allocations) {

  /** Validates the parts. */
  public Payment {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(receivedOn, "receivedOn");
    allocations = List.copyOf(Objects.requireNonNull(allocations, "allocations"));
    Monies.of(amount.getAmount(), amount.getCurrencyUnit(), "payment " + id + " amount");
    if (!amount.isPositive()) {
      throw Checks.fail("payment " + id + " amount", "must be positive", amount);
    }
    for (int i = 0; i < allocations.size(); i++) {
      PaymentAllocation a = allocations.get(i);
      if (!a.amount().getCurrencyUnit().equals(amount.getCurrencyUnit())) {
        throw Checks.fail("payment " + id + " allocations[" + i + "].amount", "must be in the payment currency " + amount.getCurrencyUnit(), a.amount());
      }
    }
  }

  /** A payment applied oldest-due-first. */
  public static Payment of(PaymentId id, AccountId accountId, Money amount, LocalDate receivedOn) {
    return new Payment(id, accountId, amount, receivedOn, List.of());
  }

  /** A payment applied as the host allocates. */
  public static Payment allocated(PaymentId id, AccountId accountId, Money amount, LocalDate receivedOn, List<PaymentAllocation> allocations) {
    return new Payment(id, accountId, amount, receivedOn, allocations);
  }
}
