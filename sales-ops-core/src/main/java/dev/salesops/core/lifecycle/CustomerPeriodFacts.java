package dev.salesops.core.lifecycle;

import dev.salesops.core.model.AccountId;
import dev.salesops.core.model.ProductLine;
import dev.salesops.core.money.MoneySum;
import dev.salesops.core.internal.Checks;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Repeat-purchase and cross-sell facts of one customer in one period {@code [from, until)}, small and
 * immutable so that the metrics module can aggregate them (repeat purchase rate, expansion).
 *
 * <p><b>Definitions</b> ({@link #of}): purchases are ORDER, UPSELL and RENEWAL events. {@code
 * purchasesBefore} and {@code productLinesBefore} count what happened before {@code from}; {@code
 * newProductLines} are the distinct lines bought in the period that were never bought before it.
 * {@code revenue} sums purchase amounts in the period; {@code expansionRevenue} sums, for a customer who had
 * purchased before the period, the amounts of UPSELL events and of ORDER events in a product line new to it.
 * Amounts in another currency than the one asked for are refused.
 * <ul>
 *   <li>{@link #isPurchaser()}: {@code purchases > 0};
 *   <li>{@link #isRepeatPurchaser()}: bought in the period having bought before ({@code purchases > 0 &&
 *       purchasesBefore > 0}); repeat purchase rate = repeat purchasers / purchasers;
 *   <li>{@link #isCrossSell()}: a new product line for a customer who had bought before ({@code
 *       newProductLines > 0 && purchasesBefore > 0}).
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param accountId the customer
 * @param from the period start, inclusive
 * @param until the period end, exclusive
 * @param purchases purchases in the period
 * @param purchasesBefore purchases before the period
 * @param productLinesBefore distinct product lines bought before the period
 * @param newProductLines distinct product lines first bought in the period
 * @param revenue purchase amounts in the period
 * @param expansionRevenue upsell and new-line amounts in the period, for a returning customer
 */
public record CustomerPeriodFacts(AccountId accountId, Instant from, Instant until, int purchases, int purchasesBefore,
    int productLinesBefore, int newProductLines, Money revenue, Money expansionRevenue) {

  /** Validates the parts. */
  public CustomerPeriodFacts {
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
    Objects.requireNonNull(revenue, "revenue");
    Objects.requireNonNull(expansionRevenue, "expansionRevenue");
    if (!until.isAfter(from)) {
      throw Checks.fail("until", "must be after from " + from, until);
    }
    Checks.nonNegative(purchases, "purchases");
    Checks.nonNegative(purchasesBefore, "purchasesBefore");
    Checks.nonNegative(productLinesBefore, "productLinesBefore");
    Checks.nonNegative(newProductLines, "newProductLines");
    if (!revenue.getCurrencyUnit().equals(expansionRevenue.getCurrencyUnit())) {
      throw Checks.fail("expansionRevenue", "must be in the revenue's currency " + revenue.getCurrencyUnit(), expansionRevenue);
    }
    if (revenue.isNegative() || expansionRevenue.isNegative() || expansionRevenue.isGreaterThan(revenue)) {
      throw Checks.fail("expansionRevenue", "must be within [0, revenue " + revenue + "]", expansionRevenue);
    }
  }

  /** The facts of {@code accountId}'s {@code events} for {@code [from, until)}, amounts in {@code currency}. */
  public static CustomerPeriodFacts of(AccountId accountId, List<CustomerEvent> events, Instant from, Instant until, CurrencyUnit currency) {
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
    Objects.requireNonNull(currency, "currency");
    Set<ProductLine> before = new HashSet<>();
    int purchasesBefore = 0;
    for (CustomerEvent e : events) {
      if (Objects.requireNonNull(e, "events[]").type().isPurchase() && e.at().isBefore(from)) {
        purchasesBefore++;
        if (e.productLineOrNull() != null) {
          before.add(e.productLineOrNull());
        }
      }
    }
    Set<ProductLine> fresh = new HashSet<>();
    int purchases = 0;
    MoneySum revenue = MoneySum.of(currency);
    MoneySum expansion = MoneySum.of(currency);
    for (CustomerEvent e : events) {
      if (!e.type().isPurchase() || e.at().isBefore(from) || !e.at().isBefore(until)) {
        continue;
      }
      purchases++;
      ProductLine line = e.productLineOrNull();
      boolean newLine = line != null && !before.contains(line);
      if (newLine) {
        fresh.add(line);
      }
      Money amount = e.amountOrNull();
      if (amount != null) {
        revenue.add(amount);
        if (purchasesBefore > 0 && (e.type() == CustomerEventType.UPSELL || (e.type() == CustomerEventType.ORDER && newLine))) {
          expansion.add(amount);
        }
      }
    }
    return new CustomerPeriodFacts(accountId, from, until, purchases, purchasesBefore, before.size(), fresh.size(), revenue.toMoney(),
        expansion.toMoney());
  }

  /** Whether the customer bought in the period. */
  public boolean isPurchaser() {
    return purchases > 0;
  }

  /** Whether the customer bought in the period having bought before it. */
  public boolean isRepeatPurchaser() {
    return purchases > 0 && purchasesBefore > 0;
  }

  /** Whether a returning customer bought a product line new to it in the period. */
  public boolean isCrossSell() {
    return newProductLines > 0 && purchasesBefore > 0;
  }
}
