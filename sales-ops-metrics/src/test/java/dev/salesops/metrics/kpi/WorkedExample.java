package dev.salesops.metrics.kpi;

import dev.salesops.core.model.ForecastCategory;
import dev.salesops.core.model.Outcome;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The hand-made data set of the worked-example tests: 27 deals, three owners, two currencies, Q1 2024 with
 * deals before and after it (fiscal year starting in April: FY2024 ends 2024-03-31). Every expected value in
 * {@link KpiWorkedExampleTest} is computed by hand from this list.
 */
final class WorkedExample {
  private WorkedExample() {}

  static final List<String> STAGES = List.of("LEAD_CAPTURE", "QUALIFICATION", "DISCOVERY", "PROPOSAL", "NEGOTIATION");

  static DealRecord.Builder deal(String id, String owner, String created, String closed, Outcome outcome, String amount, String currency) {
    return DealRecord.builder().id(id).owner(owner).region(owner == null ? null : "R-" + owner)
        .createdDate(created == null ? null : LocalDate.parse(created)).closedDate(closed == null ? null : LocalDate.parse(closed))
        .outcome(outcome).amount(amount, currency);
  }

  static List<DealRecord> deals() {
    return List.of(
        // won, closed in Q1 2024                                                      cycle days
        deal("W1", "ann", "2024-01-02", "2024-01-12", Outcome.WON, "1000.00", "USD").account("A1").newCustomer(true).build(), // 10
        deal("W2", "ann", "2024-01-05", "2024-02-04", Outcome.WON, "3000.00", "USD").account("A2").newCustomer(true).build(), // 30
        deal("W3", "bob", "2023-12-20", "2024-01-09", Outcome.WON, "2000.00", "USD").account("A1").newCustomer(false).build(), // 20
        deal("W4", "bob", "2024-02-01", "2024-02-06", Outcome.WON, "500.00", "EUR").account("B1").newCustomer(true).build(), // 5
        deal("W5", "cho", "2024-02-10", "2024-03-22", Outcome.WON, "1500.00", "EUR").account("B2").newCustomer(true).build(), // 41 (leap Feb)
        deal("W6", "cho", "2024-03-01", "2024-03-31", Outcome.WON, "6000.00", "USD").account("A3").newCustomer(true).build(), // 30
        deal("W7", "ann", "2024-03-10", "2024-03-15", Outcome.WON, "700.00", "EUR").account("B3").build(), // 5, new-customer flag unknown
        // lost, closed in Q1 2024
        deal("L1", "ann", "2024-01-03", "2024-01-20", Outcome.LOST, "800.00", "USD").lostReason("PRICE").lostAtStage("PROPOSAL").build(),
        deal("L2", "bob", "2024-01-10", "2024-02-15", Outcome.LOST, "1200.00", "USD").lostReason("NO_DECISION").lostAtStage("NEGOTIATION").build(),
        deal("L3", "bob", "2024-02-01", "2024-02-20", Outcome.LOST, null, null).lostReason("COMPETITOR").lostAtStage("DISCOVERY").build(),
        deal("L4", "cho", "2024-02-05", "2024-03-01", Outcome.LOST, "300.00", "EUR").lostReason("NO_BUDGET").build(),
        deal("L5", "cho", "2023-11-15", "2024-01-25", Outcome.LOST, "900.00", "EUR").lostReason("PRICE").lostAtStage("QUALIFICATION").build(),
        // closed outside Q1 (fiscal-year boundary: FY2024 ends 2024-03-31)
        deal("X1", "ann", "2023-10-01", "2023-12-15", Outcome.WON, "5000.00", "USD").account("A1").build(),
        deal("X2", "bob", "2024-03-20", "2024-04-10", Outcome.WON, "2500.00", "EUR").account("B1").build(),
        deal("X3", "cho", "2024-03-25", "2024-04-02", Outcome.LOST, "700.00", "USD").lostReason("TIMING").lostAtStage("PROPOSAL").build(),
        // open
        deal("O1", "ann", "2024-01-15", null, Outcome.OPEN, "10000.00", "USD").stage("PROPOSAL").expectedCloseDate(LocalDate.parse("2024-03-30")).build(),
        deal("O2", "ann", "2024-02-20", null, Outcome.OPEN, "5000.00", "USD").stage("QUALIFICATION").expectedCloseDate(LocalDate.parse("2024-05-15")).build(),
        deal("O3", "bob", "2024-03-05", null, Outcome.OPEN, "4000.00", "EUR").stage("NEGOTIATION").expectedCloseDate(LocalDate.parse("2024-03-28")).build(),
        deal("O4", "bob", "2024-03-06", null, Outcome.OPEN, null, null).stage("DISCOVERY").build(),
        deal("O5", "cho", "2023-12-01", null, Outcome.OPEN, "2000.00", "USD").stage("DISCOVERY").expectedCloseDate(LocalDate.parse("2024-02-28")).build(),
        deal("O6", "cho", "2024-02-14", null, Outcome.OPEN, "1000.00", "EUR").stage("LEAD_CAPTURE").expectedCloseDate(LocalDate.parse("2024-06-30")).build(),
        deal("O7", null, "2024-03-15", null, Outcome.OPEN, "3000.00", "USD").stage("NEGOTIATION").probability(new BigDecimal("0.9"))
            .expectedCloseDate(LocalDate.parse("2024-03-31")).build(),
        deal("O8", "ann", "2024-01-20", null, Outcome.OPEN, "600.00", "USD").stage("UNKNOWN_STAGE").build(),
        deal("O9", "bob", null, null, Outcome.OPEN, "1500.00", "USD").stage("PROPOSAL").build(),
        // missing data
        deal("M1", "ann", "2024-01-04", null, Outcome.WON, "100.00", "USD").build(),
        deal("M2", "cho", null, null, Outcome.LOST, "50.00", "EUR").build(),
        DealRecord.builder().id("M3").outcome(Outcome.OPEN).build());
  }

  /** Q1 2024 options: probabilities and forecast categories per stage, NO_DECISION excluded, funnel min 12 deals. */
  static KpiOptions.Builder q1Options() {
    return KpiOptions.builder()
        .window(dev.salesops.metrics.period.DateRange.of(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-04-01")))
        .excludeLostReasons("NO_DECISION")
        .stageProbability("LEAD_CAPTURE", new BigDecimal("0.1"))
        .stageProbability("QUALIFICATION", new BigDecimal("0.2"))
        .stageProbability("DISCOVERY", new BigDecimal("0.3"))
        .stageProbability("PROPOSAL", new BigDecimal("0.5"))
        .stageProbability("NEGOTIATION", new BigDecimal("0.7"))
        .stageForecastCategory("LEAD_CAPTURE", ForecastCategory.OMITTED)
        .stageForecastCategory("QUALIFICATION", ForecastCategory.PIPELINE)
        .stageForecastCategory("DISCOVERY", ForecastCategory.PIPELINE)
        .stageForecastCategory("PROPOSAL", ForecastCategory.BEST_CASE)
        .stageForecastCategory("NEGOTIATION", ForecastCategory.COMMIT)
        .qualifiedStages("DISCOVERY", "PROPOSAL", "NEGOTIATION")
        .funnelStages(STAGES)
        .funnelMinDeals(12)
        .firstOpportunityStage("QUALIFICATION");
  }
}
