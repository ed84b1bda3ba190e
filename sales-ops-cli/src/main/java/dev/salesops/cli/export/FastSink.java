package dev.salesops.cli.export;

import dev.salesops.core.model.Outcome;
import org.joda.money.CurrencyUnit;

/**
 * Receives the clean rows that {@link ExportReader}'s fast lane read straight from the CSV bytes, as values: no
 * {@link ExportRow}, date or money object per row. Every value is the one the {@link ExportRow} of the same row
 * would hold (tests compare both lanes). Called on the reading thread, in file order.
 */
public interface FastSink {
  /** The day value of a missing date. */
  int NO_DATE = Integer.MIN_VALUE;

  /**
   * One clean row.
   *
   * @param outcome open, won or lost
   * @param stage the mapped stage (a shared instance)
   * @param createdDay the created date as epoch day, or {@link #NO_DATE}
   * @param closedDay the actual close date of a closed deal as epoch day, or {@link #NO_DATE}
   * @param currency the amount's currency, or null without an amount
   * @param amountMinor the amount in minor units (0 without an amount)
   * @param lostReason the lost-reason code of a lost deal, or null
   * @param lostAt the lost-at stage of a lost deal, or null
   * @param account the account (a shared instance) of a won deal with a close date (new customers), else null
   * @param id the deal's id: only for a won deal with an account and a close date (new customers), else null
   */
  void deal(Outcome outcome, String stage, int createdDay, int closedDay, CurrencyUnit currency, long amountMinor,
      String lostReason, String lostAt, String account, String id);
}
