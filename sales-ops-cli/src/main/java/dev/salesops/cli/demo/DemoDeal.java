package dev.salesops.cli.demo;

import dev.salesops.core.model.LostReason;
import dev.salesops.core.model.Opportunity;
import dev.salesops.core.model.Region;
import dev.salesops.core.model.TeamId;
import dev.salesops.core.model.Outcome;
import dev.salesops.metrics.kpi.DealRecord;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One deal of the demo company: the opportunity, where it went (stage history) and how it ended.
 *
 * @param opportunity the opportunity facts
 * @param teamId the owner's team
 * @param region the owner's region
 * @param history stage visits in order, the first at creation
 * @param outcome open, won or lost as of the demo date
 * @param closedDate the close date of a closed deal
 * @param lostReason why a lost deal was lost
 * @param lostAt the open stage a lost deal was lost at
 * @param activities engagement activities on the deal
 */
public record DemoDeal(
    Opportunity opportunity,
    TeamId teamId,
    Region region,
    List<StageVisit> history,
    Outcome outcome,
    Optional<LocalDate> closedDate,
    Optional<LostReason> lostReason,
    Optional<String> lostAt,
    List<Activity> activities) {

  /** Copies the lists. */
  public DemoDeal {
    Objects.requireNonNull(opportunity, "opportunity");
    history = List.copyOf(history);
    activities = List.copyOf(activities);
  }

  /** This deal as a KPI record: the mapping a host writes from its own records to the metrics module's input. */
  public DealRecord toDealRecord() {
    DemoDeal d = this;
    DealRecord.Builder b = DealRecord.builder()
        .id(d.opportunity().id().value())
        .owner(d.opportunity().ownerId().value())
        .team(d.teamId().value())
        .region(d.region().code())
        .productLine(d.opportunity().productLine().map(Object::toString).orElse(null))
        .channel(d.opportunity().channel().map(Object::toString).orElse(null))
        .leadSource(d.opportunity().leadSource().map(Object::toString).orElse(null))
        .account(d.opportunity().accountId().map(Object::toString).orElse(null))
        .createdDate(d.created())
        .closedDate(d.closedDate().orElse(null))
        .outcome(d.outcome() == Outcome.WON ? dev.salesops.core.model.Outcome.WON
            : d.outcome() == Outcome.LOST ? dev.salesops.core.model.Outcome.LOST : dev.salesops.core.model.Outcome.OPEN)
        .stage(d.outcome() == Outcome.OPEN ? d.currentStage() : null)
        .lostReason(d.lostReason().map(Object::toString).orElse(null))
        .lostAtStage(d.lostAt().orElse(null));
    d.opportunity().amount().ifPresent(b::amount);
    for (DemoDeal.StageVisit v : d.history()) {
      Instant at = v.entered().atStartOfDay().toInstant(ZoneOffset.UTC);
      b.addStage(v.stage(), at);
    }
    return b.build();
  }

  /** The stage the deal is in (the last visit). */
  public String currentStage() {
    return history.get(history.size() - 1).stage();
  }

  /** The creation date. */
  public LocalDate created() {
    return history.get(0).entered();
  }

  /**
   * A stage visit.
   *
   * @param stage the stage code
   * @param entered the day the deal entered it
   */
  public record StageVisit(String stage, LocalDate entered) {}

  /**
   * An engagement activity.
   *
   * @param type e.g. {@code EMAIL}, {@code CALL}, {@code MEETING}, {@code DEMO}, {@code PRICE_DISCUSSION}
   * @param date the day it happened
   */
  public record Activity(String type, LocalDate date) {}
}
