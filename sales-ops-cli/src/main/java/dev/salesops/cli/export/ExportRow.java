package dev.salesops.cli.export;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.joda.money.Money;

/**
 * One usable row of an opportunity export, mapped to sales-ops terms.
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
 * @param dimensions owner, account, product, team, region, channel, source, segment and extra dimensions (joins
 *     included), by name; blank values are absent
 */
public record ExportRow(
    long line,
    String id,
    String stage,
    Outcome outcome,
    Optional<LocalDate> created,
    Optional<LocalDate> closed,
    Optional<Money> amount,
    Optional<String> lostReason,
    Optional<String> lostAt,
    Map<String, String> dimensions) {

  /** Validates and copies. */
  public ExportRow {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(closed, "closed");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(lostReason, "lostReason");
    Objects.requireNonNull(lostAt, "lostAt");
    dimensions = dimensions instanceof DimensionValues ? dimensions : Map.copyOf(dimensions);
  }

  /** The value of dimension {@code name} (a standard field key such as {@code owner}, or an extra dimension). */
  public Optional<String> dimension(String name) {
    return Optional.ofNullable(dimensions.get(name));
  }
}
