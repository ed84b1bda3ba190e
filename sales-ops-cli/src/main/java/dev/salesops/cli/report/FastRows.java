package dev.salesops.cli.report;

import dev.salesops.cli.export.FastSink;
import dev.salesops.core.model.Outcome;
import org.joda.money.CurrencyUnit;

/**
 * A batch of the clean rows of the reader's fast lane, as columns: what {@link PipelinedRead} hands from the reading
 * thread to the accumulating one instead of one object per row.
 */
public final class FastRows implements FastSink {
  final int capacity;
  int size;
  final Outcome[] outcome;
  final String[] stage;
  final int[] created;
  final int[] closed;
  final CurrencyUnit[] currency;
  final long[] minor;
  final String[] lostReason;
  final String[] lostAt;
  final String[] account;
  final String[] id;

  /** An empty batch of {@code capacity} rows. */
  public FastRows(int capacity) {
    this.capacity = capacity;
    outcome = new Outcome[capacity];
    stage = new String[capacity];
    created = new int[capacity];
    closed = new int[capacity];
    currency = new CurrencyUnit[capacity];
    minor = new long[capacity];
    lostReason = new String[capacity];
    lostAt = new String[capacity];
    account = new String[capacity];
    id = new String[capacity];
  }

  /** How many rows. */
  public int size() {
    return size;
  }

  /** Whether it is full. */
  public boolean full() {
    return size == capacity;
  }

  @Override
  public void deal(Outcome outcome, String stage, int createdDay, int closedDay, CurrencyUnit currency, long amountMinor,
      String lostReason, String lostAt, String account, String id) {
    int i = size++;
    this.outcome[i] = outcome;
    this.stage[i] = stage;
    this.created[i] = createdDay;
    this.closed[i] = closedDay;
    this.currency[i] = currency;
    this.minor[i] = amountMinor;
    this.lostReason[i] = lostReason;
    this.lostAt[i] = lostAt;
    this.account[i] = account;
    this.id[i] = id;
  }

  /** Row {@code i}'s outcome. */
  public Outcome outcome(int i) {
    return outcome[i];
  }

  /** Row {@code i}'s close day (epoch day, or {@link FastSink#NO_DATE}). */
  public int closed(int i) {
    return closed[i];
  }

  /** Row {@code i}'s currency, or null. */
  public CurrencyUnit currency(int i) {
    return currency[i];
  }

  /** Row {@code i}'s amount in minor units. */
  public long minor(int i) {
    return minor[i];
  }
}
