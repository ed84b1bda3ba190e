package dev.salesops.cli.export;

import dev.salesops.core.model.Outcome;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.joda.money.Money;

/**
 * One usable row of an opportunity export, mapped to sales-ops terms: line, id, stage (mapped), outcome, the
 * created date and the actual close date of a closed deal, the amount, the lost-reason code and lost-at stage
 * of a lost deal (each when given), and the dimensions (owner, account, product, team, region, channel,
 * source, segment and extra dimensions, joins included; blank values absent).
 *
 * <p>Immutable. The optional parts are held as nullable fields and handed out as {@link Optional}s (the reader
 * creates a million of these per million rows: no wrapper objects are kept).
 */
public final class ExportRow {
  private final long line;
  private final String id;
  private final String stage;
  private final Outcome outcome;
  private final LocalDate created;
  private final LocalDate closed;
  private final Money amount;
  private final String lostReason;
  private final String lostAt;
  private final String[] slotNames;
  private final String[] slots;
  private final Map<String, String> dimensions;

  /**
   * A row; {@code dimensions} is copied.
   *
   * @param line the line number in the file
   * @param id the opportunity id
   * @param stage the pipeline stage (mapped)
   * @param outcome open, won or lost
   * @param created the creation date, when given
   * @param closed the actual close date of a closed deal
   * @param amount the amount, when given
   * @param lostReason the lost-reason code of a lost deal, when given
   * @param lostAt the open stage at which a lost deal was lost, when given
   * @param dimensions the dimensions by name; blank values are absent
   */
  public ExportRow(long line, String id, String stage, Outcome outcome, Optional<LocalDate> created, Optional<LocalDate> closed,
      Optional<Money> amount, Optional<String> lostReason, Optional<String> lostAt, Map<String, String> dimensions) {
    this(line, id, stage, outcome, created.orElse(null), closed.orElse(null), amount.orElse(null), lostReason.orElse(null),
        lostAt.orElse(null), null, null, dimensions instanceof DimensionValues ? dimensions : Map.copyOf(dimensions));
  }

  ExportRow(long line, String id, String stage, Outcome outcome, LocalDate created, LocalDate closed, Money amount,
      String lostReason, String lostAt, String[] slotNames, String[] slots, Map<String, String> dimensions) {
    this.line = line;
    this.id = Objects.requireNonNull(id, "id");
    this.stage = Objects.requireNonNull(stage, "stage");
    this.outcome = Objects.requireNonNull(outcome, "outcome");
    this.created = created;
    this.closed = closed;
    this.amount = amount;
    this.lostReason = lostReason;
    this.lostAt = lostAt;
    this.slotNames = slotNames;
    this.slots = slots;
    this.dimensions = dimensions;
  }

  /** A copy with another amount. */
  ExportRow withAmount(Money amount) {
    return new ExportRow(line, id, stage, outcome, created, closed, amount, lostReason, lostAt, slotNames, slots, dimensions);
  }

  /** The line number in the file. */
  public long line() {
    return line;
  }

  /** The opportunity id. */
  public String id() {
    return id;
  }

  /** The pipeline stage (mapped). */
  public String stage() {
    return stage;
  }

  /** Open, won or lost. */
  public Outcome outcome() {
    return outcome;
  }

  /** The creation date, when given. */
  public Optional<LocalDate> created() {
    return Optional.ofNullable(created);
  }

  /** The actual close date of a closed deal, when given. */
  public Optional<LocalDate> closed() {
    return Optional.ofNullable(closed);
  }

  /** The amount, when given. */
  public Optional<Money> amount() {
    return Optional.ofNullable(amount);
  }

  /** The lost-reason code of a lost deal, when given. */
  public Optional<String> lostReason() {
    return Optional.ofNullable(lostReason);
  }

  /** The open stage at which a lost deal was lost, when given. */
  public Optional<String> lostAt() {
    return Optional.ofNullable(lostAt);
  }

  /** The dimensions by name (standard field keys such as {@code owner}, extra dimensions, joined ones). */
  public Map<String, String> dimensions() {
    return dimensions != null ? dimensions : new DimensionValues(slotNames, slots);
  }

  /** The value of dimension {@code name} (a standard field key such as {@code owner}, or an extra dimension). */
  public Optional<String> dimension(String name) {
    return Optional.ofNullable(dimensions().get(name));
  }

  /**
   * The value in dimension slot {@code slot} (see {@link DimensionValues#OWNER} and the other constants), or
   * null; -1 slots means this row was not built by the reader (use {@link #dimensions()}).
   */
  public String slot(int slot) {
    return slots[slot];
  }

  /** The number of dimension slots, or -1 when the row was built from a map (use {@link #dimensions()}). */
  public int slots() {
    return slots == null ? -1 : slots.length;
  }

  /** The dimension name of {@code slot}. */
  public String slotName(int slot) {
    return slotNames[slot];
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ExportRow)) {
      return false;
    }
    ExportRow r = (ExportRow) o;
    return line == r.line && id.equals(r.id) && stage.equals(r.stage) && outcome == r.outcome && Objects.equals(created, r.created)
        && Objects.equals(closed, r.closed) && Objects.equals(amount, r.amount) && Objects.equals(lostReason, r.lostReason)
        && Objects.equals(lostAt, r.lostAt) && dimensions().equals(r.dimensions());
  }

  @Override
  public int hashCode() {
    return Objects.hash(line, id, stage, outcome, created, closed, amount);
  }

  @Override
  public String toString() {
    return "ExportRow{line=" + line + ", outcome=" + outcome + ", stage=" + stage + "}";
  }
}
