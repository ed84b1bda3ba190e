package dev.salesops.examples.boot4;

import dev.salesops.core.model.BantAssessment;
import dev.salesops.core.model.LostReason;
import dev.salesops.core.model.Opportunity;
import dev.salesops.core.model.OpportunityId;
import dev.salesops.core.model.Role;
import dev.salesops.core.model.UserId;
import dev.salesops.core.pipeline.SalesPipeline;
import dev.salesops.core.workflow.Actor;
import dev.salesops.core.workflow.Command;
import dev.salesops.core.workflow.Evaluation;
import dev.salesops.core.workflow.HistoryEntry;
import dev.salesops.core.workflow.Snapshot;
import dev.salesops.core.workflow.Workflow;
import dev.salesops.metrics.kpi.DealRecord;
import dev.salesops.metrics.kpi.KpiCollectors;
import dev.salesops.metrics.kpi.KpiOptions;
import dev.salesops.metrics.kpi.KpiReport;
import dev.salesops.core.model.Outcome;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The host's deal endpoints: create a deal, record its BANT facts, advance it through the pipeline (409 with the
 * guard's reasons, in the request's language, when refused) and the KPI report of every deal.
 */
@RestController
public class DealController {
  private static final KpiOptions KPI_OPTIONS = KpiOptions.builder().funnelStages(SalesPipeline.openStages()).build();

  private final Workflow pipeline;
  private final DealStore store;

  /** A controller over the starter's pipeline bean and the host's store. */
  public DealController(Workflow pipeline, DealStore store) {
    this.pipeline = pipeline;
    this.store = store;
  }

  /** A deal as answered: its facts, where it stands, its moves (read back from the stored snapshot) and the snapshot. */
  public record DealView(Opportunity deal, String stage, List<Move> moves, Snapshot pipeline) {
    static DealView of(DealStore.Row row) {
      Snapshot s = row.snapshot();
      List<Move> moves = s.history().stream()
          .map(h -> new Move(h.from().orElse(null), h.to(), h.at(), h.command(), h.actor().value())).toList();
      return new DealView(row.deal(), s.state(), moves, s);
    }
  }

  /** One move of the deal's history. */
  public record Move(String from, String to, Instant at, String command, String by) {}

  /** A refused move: the state it stays in and the guard's reasons with their stable codes. */
  public record Refusal(String stage, String command, List<String> reasons, List<String> codes) {}

  /** Creates a deal in the pipeline's first stage. */
  @PostMapping("/deals")
  public ResponseEntity<DealView> create(@RequestBody Opportunity deal,
      @RequestHeader(name = "X-User", defaultValue = "rep-1") String user) {
    Snapshot start = pipeline.start(Instant.now(), actor(user));
    return ResponseEntity.status(HttpStatus.CREATED).body(DealView.of(store.save(deal, start)));
  }

  /** The deal {@code id}. */
  @GetMapping("/deals/{id}")
  public DealView get(@PathVariable String id) {
    return DealView.of(row(id));
  }

  /** Records the deal's BANT facts (facts are not moves: the snapshot is unchanged). */
  @PutMapping("/deals/{id}/bant")
  public DealView bant(@PathVariable String id, @RequestBody BantAssessment bant) {
    DealStore.Row row = row(id);
    Opportunity next = Opportunity.builder().from(row.deal()).bant(bant).build();
    return DealView.of(store.save(next, row.snapshot()));
  }

  /** Advances the deal one stage; 409 with the reasons when a guard refuses. */
  @PostMapping("/deals/{id}/advance")
  public ResponseEntity<?> advance(@PathVariable String id,
      @RequestHeader(name = "X-User", defaultValue = "rep-1") String user, Locale locale) {
    return move(id, Command.advance(), user, locale);
  }

  private ResponseEntity<?> move(String id, Command command, String user, Locale locale) {
    DealStore.Row row = row(id);
    Evaluation e = pipeline.evaluate(row.snapshot(), command, Instant.now(), actor(user), row.deal());
    if (e instanceof Evaluation.Rejected refused) {
      return ResponseEntity.status(HttpStatus.CONFLICT).body(new Refusal(row.snapshot().state(), command.name(),
          refused.reasons(locale), refused.messages().stream().map(m -> m.code()).toList()));
    }
    return ResponseEntity.ok(DealView.of(store.save(row.deal(), ((Evaluation.Accepted) e).snapshot())));
  }

  /** Closes the deal as lost for {@code reason} (a {@link LostReason} name). */
  @PostMapping("/deals/{id}/lose")
  public ResponseEntity<?> lose(@PathVariable String id, @RequestParam String reason,
      @RequestHeader(name = "X-User", defaultValue = "rep-1") String user, Locale locale) {
    return move(id, Command.closeLost(LostReason.of(reason)), user, locale);
  }

  /** The KPI report of every stored deal (win rate, pipeline, funnel, ... with their parts). */
  @GetMapping("/kpis")
  public KpiReport kpis() {
    return store.all().stream().map(DealController::record).collect(KpiCollectors.toReport(KPI_OPTIONS));
  }

  private DealStore.Row row(String id) {
    return store.find(OpportunityId.of(id))
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such deal"));
  }

  private static Actor actor(String user) {
    return Actor.of(UserId.of(user), Role.REP);
  }

  /** A stored deal as the KPIs read it: facts, outcome and stage history from the snapshot. */
  static DealRecord record(DealStore.Row row) {
    Opportunity o = row.deal();
    Snapshot s = row.snapshot();
    Outcome outcome = switch (s.state()) {
      case SalesPipeline.CLOSED_WON, SalesPipeline.PAYMENT_AND_DELIVERY -> Outcome.WON;
      case SalesPipeline.CLOSED_LOST -> Outcome.LOST;
      default -> Outcome.OPEN;
    };
    DealRecord.Builder b = DealRecord.builder()
        .id(o.id().value())
        .owner(o.ownerId().value())
        .createdAt(o.createdAt(), ZoneOffset.UTC)
        .outcome(outcome)
        .stage(outcome == Outcome.OPEN ? s.state() : null);
    o.amount().ifPresent(b::amount);
    for (HistoryEntry h : s.history()) {
      b.addStage(h.to(), h.at());
      if (outcome.isClosed() && (h.to().equals(SalesPipeline.CLOSED_WON) || h.to().equals(SalesPipeline.CLOSED_LOST))) {
        b.closedAt(h.at(), ZoneOffset.UTC);
      }
    }
    return b.build();
  }
}
