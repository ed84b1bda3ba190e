package dev.salesops.core.money;

import java.time.LocalDate;
import java.util.Objects;
import org.joda.money.CurrencyUnit;

/** No exchange rate is known for a currency pair at a date. Names the pair and the date. */
public final class MissingExchangeRateException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final transient CurrencyUnit from;
  private final transient CurrencyUnit to;
  private final transient LocalDate date;

  /** Creates the exception for the pair and date. */
  public MissingExchangeRateException(CurrencyUnit from, CurrencyUnit to, LocalDate date) {
    super("no exchange rate " + Objects.requireNonNull(from, "from") + "->" + Objects.requireNonNull(to, "to")
        + " on " + Objects.requireNonNull(date, "date"));
    this.from = from;
    this.to = to;
    this.date = date;
  }

  /** The source currency. */
  public CurrencyUnit from() {
    return from;
  }

  /** The target currency. */
  public CurrencyUnit to() {
    return to;
  }

  /** The date asked for. */
  public LocalDate date() {
    return date;
  }
}
