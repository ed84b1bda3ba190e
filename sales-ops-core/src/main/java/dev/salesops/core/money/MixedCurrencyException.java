package dev.salesops.core.money;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.joda.money.CurrencyUnit;

/** Amounts in several currencies were asked for as one amount without exchange rates. Names the currencies. */
public final class MixedCurrencyException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final transient Set<CurrencyUnit> currencies;

  /** Creates the exception naming {@code currencies}. */
  public MixedCurrencyException(Set<CurrencyUnit> currencies) {
    super("amounts in several currencies cannot be added without exchange rates: "
        + new TreeSet<>(Objects.requireNonNull(currencies, "currencies")).stream().map(CurrencyUnit::getCode).collect(Collectors.joining(", ")));
    this.currencies = Set.copyOf(currencies);
  }

  /** The currencies involved. */
  public Set<CurrencyUnit> currencies() {
    return currencies;
  }
}
