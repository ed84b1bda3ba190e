package dev.salesops.metrics.kpi;

import dev.salesops.core.model.ForecastCategory;
import dev.salesops.core.model.Outcome;
import dev.salesops.core.money.Monies;
import dev.salesops.core.internal.Checks;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The facts of one deal (opportunity) that the KPIs are computed from: the input record of {@code
 * dev.salesops.metrics}, independent of the workflow engine. Hosts map their own rows into it with {@link
 * #builder()}.
 *
 * <p><b>Required</b>: only {@link #id()}. Everything else is optional; a record lacking what one KPI needs is
 * left out of that KPI only (each KPI result says how many records it used, and {@link KpiReport#missing()}
 * counts what was missing). In the builder, {@code null} or a blank string for an optional field means
 * <em>absent</em> (convenient for CSV cells).
 *
 * <p><b>Rules</b> (refused at {@link Builder#build()} with a message naming the field and value): texts are
 * at most 128 characters (stage codes and lost reasons 64) without control characters; dates lie in years
 * 1000..9999; the closed date is not before the created date, and only WON and LOST deals have one; the
 * amount is not negative; the probability is within [0, 1] with at most 6 decimal places; free dimensions are
 * at most 100, keys at most 64 and values at most 1,000 characters. The stage history is kept in
 * chronological order (stable for equal instants).
 *
 * <p>Dimensions for breakdowns: {@code owner}, {@code team}, {@code region}, {@code productLine}, {@code
 * channel}, {@code leadSource}, {@code segment}, {@code account}, and any free dimension by its key (see
 * {@link #dimension(String)}).
 *
 * <p>This class is immutable and thread-safe. Equality is by all fields.
 */
public final class DealRecord {
  static final int NO_DATE = Integer.MIN_VALUE;
  private static final long MIN_DAY = LocalDate.of(1000, 1, 1).toEpochDay();
  private static final long MAX_DAY = LocalDate.of(9999, 12, 31).toEpochDay();
  private static final BigDecimal MICRO = BigDecimal.valueOf(1_000_000);

  final String id;
  final String owner;
  final String team;
  final String region;
  final String productLine;
  final String channel;
  final String leadSource;
  final String segment;
  final String account;
  final int createdDay;
  final int closedDay;
  final int expectedCloseDay;
  final Outcome outcome;
  final String stage;
  final String lostReason;
  final String lostAtStage;
  /** Amount in minor units; meaningful only when {@link #currency} is not null. */
  final long amountMinor;
  final CurrencyUnit currency;
  /** Probability in millionths, or -1 when absent. */
  final int probabilityMicro;
  final ForecastCategory forecastCategory;
  /** 1 = yes, 0 = no, -1 = unknown. */
  final byte newCustomer;
  final List<StageEntry> stageHistory;
  final Map<String, String> dimensions;

  private DealRecord(Builder b) {
    if (b.id == null) {
      // the only required part: a record built without one is refused as invalid input (not an NPE)
      throw Checks.fail("id", "is required", "missing");
    }
    this.id = Checks.text(b.id, "id", 128);
    this.owner = b.owner;
    this.team = b.team;
    this.region = b.region;
    this.productLine = b.productLine;
    this.channel = b.channel;
    this.leadSource = b.leadSource;
    this.segment = b.segment;
    this.account = b.account;
    this.createdDay = day(b.createdDate, "createdDate");
    this.closedDay = day(b.closedDate, "closedDate");
    this.expectedCloseDay = day(b.expectedCloseDate, "expectedCloseDate");
    this.outcome = b.outcome;
    this.stage = b.stage;
    this.lostReason = b.lostReason;
    this.lostAtStage = b.lostAtStage;
    if (b.amount != null) {
      Monies.requireNonNegative(b.amount, "amount");
      this.amountMinor = b.amount.getAmountMinorLong();
      this.currency = b.amount.getCurrencyUnit();
    } else {
      this.amountMinor = 0;
      this.currency = null;
    }
    if (b.probability != null) {
      Checks.within(b.probability, BigDecimal.ZERO, BigDecimal.ONE, "probability");
      BigDecimal micro = b.probability.multiply(MICRO);
      if (micro.stripTrailingZeros().scale() > 0) {
        throw Checks.fail("probability", "must have at most 6 decimal places", b.probability.toPlainString());
      }
      this.probabilityMicro = micro.intValue();
    } else {
      this.probabilityMicro = -1;
    }
    this.forecastCategory = b.forecastCategory;
    this.newCustomer = b.newCustomer == null ? -1 : (byte) (b.newCustomer ? 1 : 0);
    if (b.stageHistory.isEmpty()) {
      this.stageHistory = List.of();
    } else {
      List<StageEntry> h = new ArrayList<>(b.stageHistory);
      h.sort(Comparator.comparing(StageEntry::enteredAt));
      this.stageHistory = Collections.unmodifiableList(h);
    }
    if (b.dimensions.size() > 100) {
      throw Checks.fail("dimensions", "must hold at most 100 entries", b.dimensions.size());
    }
    this.dimensions = b.dimensions.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(b.dimensions));
    if (outcome == Outcome.OPEN && closedDay != NO_DATE) {
      throw Checks.fail("closedDate", "must be absent for an OPEN deal (id " + id + ")", b.closedDate);
    }
    if (closedDay != NO_DATE && createdDay != NO_DATE && closedDay < createdDay) {
      throw Checks.fail("closedDate", "must not be before the created date " + b.createdDate + " (id " + id + ")", b.closedDate);
    }
  }

  /**
   * A record of values {@link KpiAccumulator#addDeal} has already validated, for the parts of an accumulator that
   * read a record (the funnel): no id, dimensions, probability, forecast category or stage history. Never handed
   * out.
   */
  DealRecord(Outcome outcome, String stage, int createdDay, int closedDay, String lostReason, String lostAtStage,
      CurrencyUnit currency, long amountMinor, byte newCustomer) {
    this.id = "(values)";
    this.owner = null;
    this.team = null;
    this.region = null;
    this.productLine = null;
    this.channel = null;
    this.leadSource = null;
    this.segment = null;
    this.account = null;
    this.createdDay = createdDay;
    this.closedDay = closedDay;
    this.expectedCloseDay = NO_DATE;
    this.outcome = outcome;
    this.stage = stage;
    this.lostReason = lostReason;
    this.lostAtStage = lostAtStage;
    this.amountMinor = amountMinor;
    this.currency = currency;
    this.probabilityMicro = -1;
    this.forecastCategory = null;
    this.newCustomer = newCustomer;
    this.stageHistory = List.of();
    this.dimensions = Map.of();
  }

  /** Whether {@code epochDay} is a day of years 1000..9999. */
  static boolean validDay(int epochDay) {
    return epochDay >= MIN_DAY && epochDay <= MAX_DAY;
  }

  private static int day(LocalDate d, String field) {
    if (d == null) {
      return NO_DATE;
    }
    long e = d.toEpochDay();
    if (e < MIN_DAY || e > MAX_DAY) {
      throw Checks.fail(field, "must be within years 1000..9999", d);
    }
    return (int) e;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this record's fields, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder().id(id).owner(owner).team(team).region(region).productLine(productLine).channel(channel)
        .leadSource(leadSource).segment(segment).account(account).createdDate(createdDate().orElse(null))
        .closedDate(closedDate().orElse(null)).expectedCloseDate(expectedCloseDate().orElse(null)).outcome(outcome)
        .stage(stage).lostReason(lostReason).lostAtStage(lostAtStage).amount(amount().orElse(null))
        .probability(probability().orElse(null)).forecastCategory(forecastCategory).newCustomer(newCustomer().orElse(null))
        .stageHistory(stageHistory);
    b.dimensions.putAll(dimensions);
    return b;
  }

  /** The deal's identifier. */
  public String id() {
    return id;
  }

  /** The owning rep. */
  public Optional<String> owner() {
    return Optional.ofNullable(owner);
  }

  /** The owner's team. */
  public Optional<String> team() {
    return Optional.ofNullable(team);
  }

  /** The sales region. */
  public Optional<String> region() {
    return Optional.ofNullable(region);
  }

  /** The product line. */
  public Optional<String> productLine() {
    return Optional.ofNullable(productLine);
  }

  /** The sales channel (e.g. DIRECT). */
  public Optional<String> channel() {
    return Optional.ofNullable(channel);
  }

  /** The lead source (e.g. REFERRAL). */
  public Optional<String> leadSource() {
    return Optional.ofNullable(leadSource);
  }

  /** The customer segment. */
  public Optional<String> segment() {
    return Optional.ofNullable(segment);
  }

  /** The customer (account) identifier. */
  public Optional<String> account() {
    return Optional.ofNullable(account);
  }

  /** When the deal was created. */
  public Optional<LocalDate> createdDate() {
    return date(createdDay);
  }

  /** When the deal closed (WON or LOST only). */
  public Optional<LocalDate> closedDate() {
    return date(closedDay);
  }

  /** When the deal is expected to close (for pipeline coverage). */
  public Optional<LocalDate> expectedCloseDate() {
    return date(expectedCloseDay);
  }

  private static Optional<LocalDate> date(int day) {
    return day == NO_DATE ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(day));
  }

  /** OPEN, WON or LOST (OPEN when not given). */
  public Outcome outcome() {
    return outcome;
  }

  /** The current stage code. */
  public Optional<String> stage() {
    return Optional.ofNullable(stage);
  }

  /** Why the deal was lost. */
  public Optional<String> lostReason() {
    return Optional.ofNullable(lostReason);
  }

  /** The open stage the deal was in when it was lost. */
  public Optional<String> lostAtStage() {
    return Optional.ofNullable(lostAtStage);
  }

  /** The deal amount. */
  public Optional<Money> amount() {
    return currency == null ? Optional.empty() : Optional.of(Money.ofMinor(currency, amountMinor));
  }

  /** The currency of the amount. */
  public Optional<CurrencyUnit> currency() {
    return Optional.ofNullable(currency);
  }

  /** The win probability recorded on the deal (overrides the stage default of {@link KpiOptions}). */
  public Optional<BigDecimal> probability() {
    return probabilityMicro < 0 ? Optional.empty() : Optional.of(Stats.micro(probabilityMicro));
  }

  /** The forecast category recorded on the deal (overrides the stage default of {@link KpiOptions}). */
  public Optional<ForecastCategory> forecastCategory() {
    return Optional.ofNullable(forecastCategory);
  }

  /** Whether this deal is the account's first won deal (a new customer); empty when unknown. */
  public Optional<Boolean> newCustomer() {
    return newCustomer < 0 ? Optional.empty() : Optional.of(newCustomer == 1);
  }

  /** The stage history in chronological order; empty when not recorded. */
  public List<StageEntry> stageHistory() {
    return stageHistory;
  }

  /** The free dimensions (host-defined fields), by key. */
  public Map<String, String> dimensions() {
    return dimensions;
  }

  /**
   * The value of dimension {@code name}: one of the standard names ({@code owner}, {@code team}, {@code
   * region}, {@code productLine}, {@code channel}, {@code leadSource}, {@code segment}, {@code account},
   * {@code stage}, {@code outcome}, {@code currency}) or a free dimension key.
   */
  public Optional<String> dimension(String name) {
    Objects.requireNonNull(name, "name");
    switch (name) {
      case "owner":
        return owner();
      case "team":
        return team();
      case "region":
        return region();
      case "productLine":
        return productLine();
      case "channel":
        return channel();
      case "leadSource":
        return leadSource();
      case "segment":
        return segment();
      case "account":
        return account();
      case "stage":
        return stage();
      case "outcome":
        return Optional.of(outcome.name());
      case "currency":
        return currency().map(CurrencyUnit::getCode);
      default:
        return Optional.ofNullable(dimensions.get(name));
    }
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof DealRecord)) {
      return false;
    }
    DealRecord r = (DealRecord) o;
    return id.equals(r.id) && Objects.equals(owner, r.owner) && Objects.equals(team, r.team) && Objects.equals(region, r.region)
        && Objects.equals(productLine, r.productLine) && Objects.equals(channel, r.channel) && Objects.equals(leadSource, r.leadSource)
        && Objects.equals(segment, r.segment) && Objects.equals(account, r.account) && createdDay == r.createdDay
        && closedDay == r.closedDay && expectedCloseDay == r.expectedCloseDay && outcome == r.outcome
        && Objects.equals(stage, r.stage) && Objects.equals(lostReason, r.lostReason) && Objects.equals(lostAtStage, r.lostAtStage)
        && amountMinor == r.amountMinor && Objects.equals(currency, r.currency) && probabilityMicro == r.probabilityMicro
        && forecastCategory == r.forecastCategory && newCustomer == r.newCustomer && stageHistory.equals(r.stageHistory)
        && dimensions.equals(r.dimensions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, owner, outcome, createdDay, closedDay, amountMinor, stage);
  }

  /** The identifier, outcome, stage, dates and amount (no personal data). */
  @Override
  public String toString() {
    return "DealRecord{id=" + id + ", outcome=" + outcome + (stage != null ? ", stage=" + stage : "")
        + createdDate().map(d -> ", created=" + d).orElse("") + closedDate().map(d -> ", closed=" + d).orElse("")
        + amount().map(a -> ", amount=" + a).orElse("") + "}";
  }

  /**
   * Builds a {@link DealRecord}. For optional fields, {@code null} or a blank string means absent.
   * Not thread-safe.
   */
  public static final class Builder {
    private String id;
    private String owner;
    private String team;
    private String region;
    private String productLine;
    private String channel;
    private String leadSource;
    private String segment;
    private String account;
    private LocalDate createdDate;
    private LocalDate closedDate;
    private LocalDate expectedCloseDate;
    private Outcome outcome = Outcome.OPEN;
    private String stage;
    private String lostReason;
    private String lostAtStage;
    private Money amount;
    private BigDecimal probability;
    private ForecastCategory forecastCategory;
    private Boolean newCustomer;
    private final List<StageEntry> stageHistory = new ArrayList<>();
    private final Map<String, String> dimensions = new LinkedHashMap<>();

    Builder() {}

    /**
     * Strings this builder already accepted unchanged (non-blank, nothing to strip, no control character), by
     * identity: a host that hands the same string instances again (a reader's shared values) is not re-checked
     * character by character. Strings are immutable, so an instance that passed passes again; only the length
     * limit, which differs by field, is checked on a hit.
     */
    private final String[] accepted = new String[512];

    private String opt(String value, String field, int max) {
      if (value == null) {
        return null;
      }
      int slot = System.identityHashCode(value) & accepted.length - 1;
      if (accepted[slot] == value && value.length() <= max) {
        return value;
      }
      if (value.isBlank()) {
        return null;
      }
      String v = value.strip();
      Checks.text(v, field, max);
      if (v == value) {
        accepted[slot] = value;
      }
      return v;
    }

    /** The identifier (required). */
    public Builder id(String id) {
      this.id = Objects.requireNonNull(id, "id").strip();
      return this;
    }

    /** The owning rep. */
    public Builder owner(String owner) {
      this.owner = opt(owner, "owner", 128);
      return this;
    }

    /** The team. */
    public Builder team(String team) {
      this.team = opt(team, "team", 128);
      return this;
    }

    /** The region. */
    public Builder region(String region) {
      this.region = opt(region, "region", 128);
      return this;
    }

    /** The product line. */
    public Builder productLine(String productLine) {
      this.productLine = opt(productLine, "productLine", 128);
      return this;
    }

    /** The sales channel. */
    public Builder channel(String channel) {
      this.channel = opt(channel, "channel", 128);
      return this;
    }

    /** The lead source. */
    public Builder leadSource(String leadSource) {
      this.leadSource = opt(leadSource, "leadSource", 128);
      return this;
    }

    /** The customer segment. */
    public Builder segment(String segment) {
      this.segment = opt(segment, "segment", 128);
      return this;
    }

    /** The customer (account) identifier. */
    public Builder account(String account) {
      this.account = opt(account, "account", 128);
      return this;
    }

    /** The created date. */
    public Builder createdDate(LocalDate createdDate) {
      this.createdDate = createdDate;
      return this;
    }

    /** The created date of {@code createdAt} as seen in {@code zone}. */
    public Builder createdAt(Instant createdAt, ZoneId zone) {
      Objects.requireNonNull(zone, "zone");
      this.createdDate = createdAt == null ? null : LocalDate.ofInstant(createdAt, zone);
      return this;
    }

    /** The closed date (WON or LOST deals only). */
    public Builder closedDate(LocalDate closedDate) {
      this.closedDate = closedDate;
      return this;
    }

    /** The closed date of {@code closedAt} as seen in {@code zone}. */
    public Builder closedAt(Instant closedAt, ZoneId zone) {
      Objects.requireNonNull(zone, "zone");
      this.closedDate = closedAt == null ? null : LocalDate.ofInstant(closedAt, zone);
      return this;
    }

    /** The expected close date. */
    public Builder expectedCloseDate(LocalDate expectedCloseDate) {
      this.expectedCloseDate = expectedCloseDate;
      return this;
    }

    /** The outcome; {@code null} means OPEN. */
    public Builder outcome(Outcome outcome) {
      this.outcome = outcome == null ? Outcome.OPEN : outcome;
      return this;
    }

    /** The current stage code. */
    public Builder stage(String stage) {
      this.stage = opt(stage, "stage", 64);
      return this;
    }

    /** Why the deal was lost. */
    public Builder lostReason(String lostReason) {
      this.lostReason = opt(lostReason, "lostReason", 64);
      return this;
    }

    /** The open stage the deal was in when lost. */
    public Builder lostAtStage(String lostAtStage) {
      this.lostAtStage = opt(lostAtStage, "lostAtStage", 64);
      return this;
    }

    /** The amount. */
    public Builder amount(Money amount) {
      this.amount = amount;
      return this;
    }

    /**
     * The amount parsed from text (e.g. {@code "1234.50"}, {@code "EUR"}); absent when {@code amount} is null or blank.
     *
     * @throws dev.salesops.core.validation.ValidationException for a malformed amount or unknown currency
     */
    public Builder amount(String amount, String currency) {
      if (amount == null || amount.isBlank()) {
        this.amount = null;
        return this;
      }
      Objects.requireNonNull(currency, "currency");
      this.amount = Monies.parse(amount, Monies.currency(currency, "currency"), "amount");
      return this;
    }

    /** The deal's own win probability in [0, 1]. */
    public Builder probability(BigDecimal probability) {
      this.probability = probability;
      return this;
    }

    /** The deal's own forecast category. */
    public Builder forecastCategory(ForecastCategory forecastCategory) {
      this.forecastCategory = forecastCategory;
      return this;
    }

    /** Whether this deal is the account's first won deal; {@code null} when unknown. */
    public Builder newCustomer(Boolean newCustomer) {
      this.newCustomer = newCustomer;
      return this;
    }

    /** Replaces the stage history. */
    public Builder stageHistory(List<StageEntry> history) {
      Objects.requireNonNull(history, "history");
      stageHistory.clear();
      for (StageEntry e : history) {
        stageHistory.add(Objects.requireNonNull(e, "history element"));
      }
      return this;
    }

    /** Appends one stage-history entry. */
    public Builder addStage(String stage, Instant enteredAt) {
      stageHistory.add(StageEntry.of(stage, enteredAt));
      return this;
    }

    /** Sets a free dimension; a null or blank value removes it. */
    public Builder dimension(String key, String value) {
      Checks.text(key, "dimension key", 64);
      if (value == null || value.isBlank()) {
        dimensions.remove(key);
      } else {
        dimensions.put(key, Checks.text(value.strip(), "dimensions." + key, 1000));
      }
      return this;
    }

    /**
     * Builds the record, validating it.
     *
     * @throws dev.salesops.core.validation.ValidationException (an {@link IllegalArgumentException}) when the id is
     *     missing or a part breaks its rule
     */
    public DealRecord build() {
      return new DealRecord(this);
    }
  }
}
