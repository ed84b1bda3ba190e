package dev.salesops.cli.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salesops.core.model.BantAssessment;
import dev.salesops.core.model.BantCriterion;
import dev.salesops.core.model.BantStatus;
import dev.salesops.core.model.ContactId;
import dev.salesops.core.model.LostReason;
import dev.salesops.core.model.Opportunity;
import dev.salesops.core.model.Role;
import dev.salesops.core.model.SalesRep;
import dev.salesops.core.model.UserId;
import dev.salesops.core.pipeline.SalesPipeline;
import dev.salesops.core.workflow.Actor;
import dev.salesops.core.workflow.Command;
import dev.salesops.core.workflow.Criterion;
import dev.salesops.core.definition.DefinitionParams;
import dev.salesops.core.workflow.CriterionRegistry;
import dev.salesops.core.workflow.CriterionType;
import dev.salesops.core.workflow.Evaluation;
import dev.salesops.core.workflow.HistoryEntry;
import dev.salesops.core.workflow.Snapshot;
import dev.salesops.core.workflow.Stall;
import dev.salesops.core.workflow.StandardCriteria;
import dev.salesops.core.workflow.Workflow;
import dev.salesops.core.workflow.WorkflowEvent;
import dev.salesops.cli.TextTable;
import dev.salesops.core.model.Outcome;
import dev.salesops.scoring.bant.BantQualifiedCriterionType;
import dev.salesops.scoring.bant.QualificationPolicy;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo's pipeline moves on the workflow engine: one deal refused at the QUALIFICATION exit by the host's
 * BANT policy (with every reason), accepted once the facts are recorded, lost, refused a reopen by its rep,
 * reopened by the manager; then the stalled-deal query over every open deal of the company.
 */
final class PipelineSection {
  private PipelineSection() {}

  /** The host's qualification policy: budget, authority and need mandatory, 3 met, budget at least 80 % of the deal. */
  static QualificationPolicy policy() {
    return QualificationPolicy.builder()
        .mandatory(EnumSet.of(BantCriterion.BUDGET, BantCriterion.AUTHORITY, BantCriterion.NEED))
        .minMet(3)
        .partialCounts(false)
        .minBudgetPercent(new BigDecimal("80"))
        .maxTimelineMonths(9)
        .build();
  }

  /** The sales pipeline with the host's policy in the {@code bant.qualified} slot. */
  static Workflow workflow() {
    QualificationPolicy policy = policy();
    Criterion host = BantQualifiedCriterionType.of(policy);
    CriterionType slot = new CriterionType() {
      @Override
      public String name() {
        return BantQualifiedCriterionType.NAME;
      }

      @Override
      public Criterion create(DefinitionParams params) {
        return host;
      }
    };
    CriterionRegistry registry = StandardCriteria.registry().toBuilder().replace(slot).build();
    return SalesPipeline.workflow(registry);
  }

  static Instant at(LocalDate d) {
    return d.atTime(9, 0).toInstant(ZoneOffset.UTC);
  }

  /** The deal's recorded history as a snapshot of the sales pipeline. */
  static Snapshot snapshotOf(Workflow wf, DemoDeal d) {
    List<HistoryEntry> entries = new ArrayList<>();
    UserId owner = d.opportunity().ownerId();
    String from = null;
    for (DemoDeal.StageVisit v : d.history()) {
      String command = from == null ? HistoryEntry.START : v.stage().equals("CLOSED_LOST") ? Command.CLOSE_LOST : Command.ADVANCE;
      LostReason reason = v.stage().equals("CLOSED_LOST") ? d.lostReason().orElse(LostReason.OTHER) : null;
      entries.add(HistoryEntry.of(from, v.stage(), at(v.entered()), owner, command, null, reason));
      from = v.stage();
    }
    return Snapshot.of(wf.definition().id(), wf.definition().version(), entries);
  }

  static DemoRun.Section of(DemoCompany c, ObjectMapper json) {
    return of(c, json, java.util.Locale.ROOT);
  }

  static DemoRun.Section of(DemoCompany c, ObjectMapper json, java.util.Locale locale) {
    Workflow wf = workflow();
    DemoDeal deal = c.deals().stream()
        .filter(d -> d.outcome() == Outcome.OPEN && d.currentStage().equals("QUALIFICATION")
            && !policy().evaluate(d.opportunity(), c.asOf()).qualified())
        .findFirst().orElseThrow();
    UserId repId = deal.opportunity().ownerId();
    SalesRep rep = c.reps().stream().filter(r -> r.id().equals(repId)).findFirst().orElseThrow();
    UserId managerId = rep.managerId().orElseThrow();
    Actor repActor = new Actor(repId, rep.roles());
    Actor manager = Actor.of(managerId, Role.MANAGER, Role.REP);
    Instant t0 = at(c.asOf());

    StringBuilder text = new StringBuilder();
    ObjectNode node = json.createObjectNode();
    ArrayNode moves = node.putArray("moves");
    text.append("Deal ").append(deal.opportunity().id()).append(" (owner ").append(repId).append("), in ")
        .append(deal.currentStage()).append(" since ").append(deal.history().get(deal.history().size() - 1).entered())
        .append(". Host policy: ").append(policy()).append(".\n\n");

    Snapshot s = snapshotOf(wf, deal);
    Opportunity opp = deal.opportunity();
    Evaluation e = wf.evaluate(s, Command.advance(), t0, repActor, opp);
    move(text, moves, "rep advances (BANT as recorded)", e, locale);

    BantAssessment confirmed = BantAssessment.builder()
        .budget(BantStatus.CONFIRMED).budgetAmount(opp.amount().orElseThrow())
        .authority(BantStatus.CONFIRMED).decisionMaker(ContactId.of("C-DM-1"))
        .need(BantStatus.CONFIRMED).needStatement("Replace spreadsheets with a CRM")
        .timeline(BantStatus.CONFIRMED).targetDate(c.asOf().plusMonths(3))
        .build();
    Opportunity qualified = Opportunity.builder().from(opp).bant(confirmed).build();
    e = wf.evaluate(s, Command.advance(), t0.plusSeconds(600), repActor, qualified);
    move(text, moves, "rep advances (BANT confirmed with evidence)", e, locale);
    s = e.snapshot();
    e = wf.evaluate(s, Command.closeLost(LostReason.COMPETITOR), t0.plusSeconds(3600), repActor, qualified);
    move(text, moves, "rep closes it lost to a competitor", e, locale);
    s = e.snapshot();
    e = wf.evaluate(s, Command.reopen(), t0.plusSeconds(7200), repActor, qualified);
    move(text, moves, "rep tries to reopen it", e, locale);
    e = wf.evaluate(s, Command.reopen(), t0.plusSeconds(7300), manager, qualified);
    move(text, moves, "manager reopens it", e, locale);
    s = e.snapshot();

    text.append("\nHistory of ").append(opp.id()).append(":\n");
    TextTable h = new TextTable("at", "from", "to", "command", "actor", "lost reason");
    for (HistoryEntry he : s.history()) {
      h.row(he.at(), he.from().orElse("-"), he.to(), he.command(), he.actor(), he.lostReason().map(Object::toString).orElse(""));
    }
    text.append(h.render());
    try {
      node.set("snapshot", json.readTree(dev.salesops.core.workflow.WorkflowJson.write(s)));
    } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
      throw new java.io.UncheckedIOException(ex);
    }

    Map<String, Snapshot> open = new LinkedHashMap<>();
    for (DemoDeal d : c.deals()) {
      if (d.outcome() == Outcome.OPEN) {
        open.put(d.opportunity().id().value(), snapshotOf(wf, d));
      }
    }
    Map<String, Stall> stalled = wf.stalled(open, at(c.asOf()));
    Map<String, Integer> byState = new LinkedHashMap<>();
    wf.definition().states().forEach(state -> byState.put(state.id(), 0));
    stalled.values().forEach(st -> byState.merge(st.state(), 1, Integer::sum));
    byState.values().removeIf(n -> n == 0);
    text.append("\nStalled at ").append(c.asOf()).append(" (dwell past the stage's maximum): ").append(stalled.size())
        .append(" of ").append(open.size()).append(" open deals.\n");
    TextTable st = new TextTable("stage", "stalled deals");
    byState.forEach(st::row);
    text.append(st.render());
    ObjectNode sn = node.putObject("stalled");
    sn.put("asOf", c.asOf().toString());
    sn.put("open", open.size());
    sn.put("stalled", stalled.size());
    sn.set("byStage", json.valueToTree(byState));
    return new DemoRun.Section("pipeline", "Pipeline moves on the workflow engine", text.toString(), node);
  }

  private static void move(StringBuilder text, ArrayNode moves, String what, Evaluation e, java.util.Locale locale) {
    ObjectNode m = moves.addObject();
    m.put("move", what);
    m.put("accepted", e.isAccepted());
    if (e instanceof Evaluation.Rejected r) {
      text.append("REFUSED  ").append(what).append(": ").append(r.snapshot().state()).append(" -> ")
          .append(r.target().orElse(r.command().name())).append('\n');
      List<String> reasons = r.reasons(locale);
      reasons.forEach(reason -> text.append("           - ").append(reason).append('\n'));
      m.set("reasons", m.arrayNode().addAll(reasons.stream().map(m::textNode).toList()));
      m.set("codes", m.arrayNode().addAll(r.messages().stream().map(x -> m.textNode(x.code())).toList()));
    } else {
      Evaluation.Accepted a = (Evaluation.Accepted) e;
      text.append("ACCEPTED ").append(what).append(": ").append(a.previous().state()).append(" -> ").append(a.snapshot().state());
      List<String> events = a.events().stream().map(WorkflowEvent::type).map(Object::toString).toList();
      text.append("  events ").append(events).append('\n');
      m.put("to", a.snapshot().state());
      m.set("events", m.arrayNode().addAll(events.stream().map(m::textNode).toList()));
    }
  }
}
