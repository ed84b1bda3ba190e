package dev.salesops.examples.integration;

import dev.salesops.core.model.BantAssessment;
import dev.salesops.core.model.BantStatus;
import dev.salesops.core.model.ContactId;
import dev.salesops.core.model.LostReason;
import dev.salesops.core.model.Opportunity;
import dev.salesops.core.model.OpportunityId;
import dev.salesops.core.model.Role;
import dev.salesops.core.model.UserId;
import dev.salesops.core.pipeline.SalesPipeline;
import dev.salesops.core.workflow.Actor;
import dev.salesops.core.workflow.Command;
import dev.salesops.core.workflow.CriterionRegistry;
import dev.salesops.core.workflow.Evaluation;
import dev.salesops.core.workflow.Snapshot;
import dev.salesops.core.workflow.Stall;
import dev.salesops.core.workflow.StandardCriteria;
import dev.salesops.core.workflow.Workflow;
import dev.salesops.core.workflow.WorkflowEvent;
import dev.salesops.core.workflow.WorkflowJson;
import dev.salesops.scoring.bant.BantQualifiedCriterionType;
import dev.salesops.json.SalesOpsCodecs;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Consumer;
import org.joda.money.Money;

/**
 * Integration example — embedding the pipeline in a CRM. The host keeps its own records; the library is a pure
 * function from (snapshot, command, instant, actor, opportunity) to a decision.
 *
 * <ul>
 *   <li>{@link Repository}: the host's store, a map of id to {@link Row} (the {@link Opportunity} facts and its
 *       pipeline {@link Snapshot} side by side), stored as JSON (the opportunity through {@link SalesOpsCodecs},
 *       the stage history through {@link WorkflowJson}) and read back equal.
 *   <li>{@link PipelineService}: the host's application service: load the row, {@link Workflow#evaluate}, and
 *       on acceptance save the next snapshot (the one record of where the deal is) and publish the
 *       move's events, tagged with the opportunity id (events do not carry it: the host knows which record it
 *       moved).
 *   <li>The shipped {@link SalesPipeline} resolved against a registry where scoring's policy-based {@code
 *       bant.qualified} ({@link BantQualifiedCriterionType}) replaces core's default, so a refused QUALIFICATION
 *       exit says <em>why</em> per BANT criterion (the shipped pipeline gives no params, so the policy is {@link
 *       dev.salesops.scoring.bant.QualificationPolicy#allConfirmed()}; a host's own definition tunes it, e.g.
 *       {@code {"type": "bant.qualified", "params": {"partialCounts": true}}}); actor roles guard the reopen of a
 *       lost deal (MANAGER only).
 *   <li>The "which deals are stuck" query ({@link Workflow#stalled}) over the repository's snapshots.
 * </ul>
 *
 * <p>Every instant is fixed (a real host passes {@code clock.instant()}), so the run is deterministic.
 *
 * <p>Run: {@code java -cp sales-ops-cli/target/sales-ops.jar dev.salesops.examples.integration.CrmEmbeddingExample}.
 */
public final class CrmEmbeddingExample {
  /** When the story starts (a Monday). */
  public static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  static final Actor ALICE = Actor.of(UserId.of("alice"), Role.REP);
  static final Actor MARTA = Actor.of(UserId.of("marta"), Role.MANAGER);

  private CrmEmbeddingExample() {}

  /**
   * One stored record: the opportunity's facts and where it stands in the pipeline.
   *
   * @param opportunity the facts (amount, BANT, ...); where the deal is lives only in {@code pipeline}
   * @param pipeline the pipeline snapshot with the full stage history
   */
  public record Row(Opportunity opportunity, Snapshot pipeline) {
    /** Checks for nulls. */
    public Row {
      Objects.requireNonNull(opportunity, "opportunity");
      Objects.requireNonNull(pipeline, "pipeline");
    }
  }

  /**
   * An event as the host publishes it (e.g. to a message bus): the opportunity it concerns and the engine's event.
   *
   * @param opportunity the record moved
   * @param event what happened
   */
  public record PublishedEvent(OpportunityId opportunity, WorkflowEvent event) {
    @Override
    public String toString() {
      return event.at() + " " + opportunity + " " + event.type() + " " + event.state() + " by " + event.actor() + " ("
          + event.command() + ")";
    }
  }

  /** The host's in-memory repository, keyed by opportunity id, in insertion order. Not thread-safe. */
  public static final class Repository {
    private static final SalesOpsCodecs JSON = SalesOpsCodecs.standard();
    private final Map<OpportunityId, Row> rows = new LinkedHashMap<>();

    /** The row of {@code id}. */
    public Row get(OpportunityId id) {
      Row r = rows.get(id);
      if (r == null) {
        throw new NoSuchElementException("no opportunity " + id);
      }
      return r;
    }

    /** Stores {@code row} under its opportunity's id. */
    public void save(Row row) {
      rows.put(row.opportunity().id(), row);
    }

    /** Every row, in insertion order (a copy). */
    public Map<OpportunityId, Row> all() {
      return Collections.unmodifiableMap(new LinkedHashMap<>(rows));
    }

    /** Every snapshot by id, in insertion order. */
    public Map<OpportunityId, Snapshot> snapshots() {
      Map<OpportunityId, Snapshot> out = new LinkedHashMap<>();
      rows.forEach((id, r) -> out.put(id, r.pipeline()));
      return out;
    }

    /**
     * The row as a host stores it, in two JSON columns: the opportunity through {@link SalesOpsCodecs}, the stage
     * history through {@link WorkflowJson}.
     */
    public static Stored store(Row row) {
      return new Stored(JSON.write(row.opportunity()), WorkflowJson.write(row.pipeline()));
    }

    /** Reads a stored row back. */
    public static Row load(Stored stored) {
      return new Row(JSON.read(stored.opportunity(), Opportunity.class), WorkflowJson.readSnapshot(stored.history()));
    }
  }

  /**
   * A row as stored: two JSON documents (e.g. two JSONB columns).
   *
   * <p>The snapshot is stored in its own document here (read with {@link WorkflowJson#readSnapshot}) because a
   * host typically keeps it in its own column. Nesting it in a larger document works too: a record holding an
   * {@code Opportunity} and a {@code Snapshot} reads back through sales-ops-jackson2 or sales-ops-jackson3 (a mapper with the module).
   *
   * @param opportunity the opportunity's JSON
   * @param history the snapshot's JSON (state and full stage history)
   */
  public record Stored(String opportunity, String history) {}

  /**
   * The host's application service around the pipeline. Not thread-safe (the repository is not): a host with
   * concurrent writers saves the next snapshot only if the stored one is still the one evaluated (optimistic
   * locking, e.g. on the history size).
   */
  public static final class PipelineService {
    private final Workflow pipeline;
    private final Repository repository;
    private final Consumer<PublishedEvent> publisher;

    /** A service moving the rows of {@code repository} through {@code pipeline}, publishing to {@code publisher}. */
    public PipelineService(Workflow pipeline, Repository repository, Consumer<PublishedEvent> publisher) {
      this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
      this.repository = Objects.requireNonNull(repository, "repository");
      this.publisher = Objects.requireNonNull(publisher, "publisher");
    }

    /** Creates {@code opportunity} in the pipeline's initial stage. */
    public Row create(Opportunity opportunity, Actor actor) {
      Snapshot start = pipeline.start(opportunity.createdAt(), actor);
      Row row = new Row(opportunity, start);
      repository.save(row);
      return row;
    }

    /** Records new BANT facts (facts are not moves: no history entry, no event). */
    public Row recordBant(OpportunityId id, BantAssessment bant) {
      Row row = repository.get(id);
      Row next = new Row(Opportunity.builder().from(row.opportunity()).bant(bant).build(), row.pipeline());
      repository.save(next);
      return next;
    }

    /** Asks the pipeline; saves and publishes when accepted, changes nothing when refused. */
    public Evaluation move(OpportunityId id, Command command, Instant at, Actor actor) {
      Row row = repository.get(id);
      Evaluation e = pipeline.evaluate(row.pipeline(), command, at, actor, row.opportunity());
      if (e instanceof Evaluation.Accepted) {
        Evaluation.Accepted accepted = (Evaluation.Accepted) e;
        repository.save(new Row(row.opportunity(), accepted.snapshot()));
        accepted.events().forEach(ev -> publisher.accept(new PublishedEvent(id, ev)));
      }
      return e;
    }
  }

  /**
   * What happened.
   *
   * @param log one line per step, as printed
   * @param qualificationRefused the refused QUALIFICATION exit of opp-1 (its reasons are the BANT failures)
   * @param reopenByRep the rep's refused reopen of the lost opp-2
   * @param events the events published, in order
   * @param repository the final rows
   * @param stored every row as stored JSON
   * @param restored the rows read back from {@code stored}
   * @param stalled the stalled deals at the end of the story
   */
  public record Result(List<String> log, Evaluation.Rejected qualificationRefused, Evaluation.Rejected reopenByRep,
      List<PublishedEvent> events, Map<OpportunityId, Row> repository, Map<OpportunityId, Stored> stored,
      Map<OpportunityId, Row> restored, Map<OpportunityId, Stall> stalled) {}

  /** The pipeline a host builds once at start-up and shares: scoring's BANT policy fills core's slot. */
  public static Workflow pipeline() {
    CriterionRegistry registry = StandardCriteria.registry().toBuilder()
        .replace(new BantQualifiedCriterionType())
        .build();
    return SalesPipeline.workflow(registry);
  }

  /** Runs the story. */
  public static Result run() {
    Workflow pipeline = pipeline();
    Repository repository = new Repository();
    List<PublishedEvent> events = new ArrayList<>();
    PipelineService service = new PipelineService(pipeline, repository, events::add);
    List<String> log = new ArrayList<>();

    // opp-1: qualification refused with its BANT reasons, then accepted once the facts are recorded
    OpportunityId acme = OpportunityId.of("opp-1");
    service.create(opportunity(acme, "48000.00"), ALICE);
    move(service, log, acme, Command.advance(), 1, ALICE);
    service.recordBant(acme, BantAssessment.builder()
        .budget(BantStatus.CONFIRMED).budgetAmount(Money.parse("EUR 50000.00"))
        .need(BantStatus.CONFIRMED).needStatement("replace three regional CRMs by one")
        .timeline(BantStatus.PARTIAL)
        .build());
    Evaluation refused = move(service, log, acme, Command.advance(), 3, ALICE);
    service.recordBant(acme, BantAssessment.builder().from(repository.get(acme).opportunity().bant())
        .authority(BantStatus.CONFIRMED).decisionMaker(ContactId.of("c-17"))
        .timeline(BantStatus.CONFIRMED).targetDate(LocalDate.parse("2026-06-30"))
        .build());
    move(service, log, acme, Command.advance(), 4, ALICE);

    // opp-2: lost for lack of budget; the rep may not reopen it, the manager may
    OpportunityId globex = OpportunityId.of("opp-2");
    service.create(opportunity(globex, "12500.00"), ALICE);
    move(service, log, globex, Command.advance(), 2, ALICE);
    move(service, log, globex, Command.closeLost(LostReason.NO_BUDGET), 5, ALICE);
    Evaluation repReopen = move(service, log, globex, Command.reopen(), 9, ALICE);
    move(service, log, globex, Command.reopen().withReason("budget approved for Q3"), 10, MARTA);

    // persistence: JSON in, JSON out, equal
    Map<OpportunityId, Stored> stored = new LinkedHashMap<>();
    Map<OpportunityId, Row> restored = new LinkedHashMap<>();
    repository.all().forEach((id, row) -> {
      Stored s = Repository.store(row);
      stored.put(id, s);
      restored.put(id, Repository.load(s));
    });

    // the alert query: opp-1 has been in DISCOVERY since day 4, longer than the stage's 21 days
    Map<OpportunityId, Stall> stalled = pipeline.stalled(repository.snapshots(), day(30));
    return new Result(List.copyOf(log), (Evaluation.Rejected) refused, (Evaluation.Rejected) repReopen, List.copyOf(events),
        repository.all(), Collections.unmodifiableMap(stored), Collections.unmodifiableMap(restored), stalled);
  }

  /** Prints the story, the published events, one stored document and the stalled deals. */
  public static void main(String[] args) {
    Result r = run();
    r.log().forEach(System.out::println);
    System.out.println();
    System.out.println("published events:");
    r.events().forEach(e -> System.out.println("  " + e));
    System.out.println();
    OpportunityId opp2 = OpportunityId.of("opp-2");
    System.out.println("stored stage history of " + opp2 + ":");
    System.out.println(r.stored().get(opp2).history());
    System.out.println("read back equal: " + r.restored().equals(r.repository()));
    r.stalled().forEach((id, s) -> System.out.println("stalled: " + id + " in " + s.state() + " for " + s.dwell().toDays()
        + " days (max " + s.maxDwell().toDays() + ")"));
  }

  private static Opportunity opportunity(OpportunityId id, String euros) {
    return Opportunity.builder()
        .id(id)
        .ownerId(ALICE.id())
        .amount(Money.parse("EUR " + euros))
        .createdAt(T0)
        .build();
  }

  private static Instant day(int n) {
    return T0.plus(Duration.ofDays(n));
  }

  /** Moves {@code id} on day {@code n} and logs the outcome. */
  private static Evaluation move(PipelineService service, List<String> log, OpportunityId id, Command command, int n,
      Actor actor) {
    Evaluation e = service.move(id, command, day(n), actor);
    String head = "day " + n + " " + id + " " + command.name() + " by " + actor.id() + ": ";
    if (e instanceof Evaluation.Rejected) {
      StringBuilder sb = new StringBuilder(head).append("REFUSED");
      ((Evaluation.Rejected) e).reasons().forEach(reason -> sb.append("\n    - ").append(reason));
      log.add(sb.toString());
    } else {
      Evaluation.Accepted a = (Evaluation.Accepted) e;
      log.add(head + a.entry().from().orElse("-") + " -> " + a.entry().to());
    }
    return e;
  }
}
