package dev.salesops.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salesops.core.contract.ContractReviewedCriterionType;
import dev.salesops.cli.CliJson;
import dev.salesops.core.lifecycle.LifecycleWorkflow;
import dev.salesops.core.model.LostReason;
import dev.salesops.core.pipeline.SalesPipeline;
import dev.salesops.core.process.AfterSalesService;
import dev.salesops.core.process.ComplaintHandling;
import dev.salesops.core.process.ImprovementLoop;
import dev.salesops.core.process.OrderFulfilment;
import dev.salesops.core.validation.Problem;
import dev.salesops.core.validation.ValidationException;
import dev.salesops.core.workflow.CriterionRegistry;
import dev.salesops.core.workflow.CriterionSpec;
import dev.salesops.core.workflow.Mermaid;
import dev.salesops.core.workflow.StandardCriteria;
import dev.salesops.core.workflow.State;
import dev.salesops.core.workflow.Transition;
import dev.salesops.core.workflow.Workflow;
import dev.salesops.core.workflow.WorkflowDefinition;
import dev.salesops.core.workflow.WorkflowJson;
import dev.salesops.scoring.bant.BantQualifiedCriterionType;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sales-ops pipeline validate|diagram}: a workflow definition (JSON, or one of the shipped ones) checked
 * against the command line's criterion registry, or drawn as a Mermaid {@code stateDiagram-v2}.
 *
 * <p>The registry is core's {@link StandardCriteria} with the {@code bant.qualified} slot filled by scoring's
 * policy-based {@link BantQualifiedCriterionType} (so its params, e.g. {@code minBudget}, validate) plus core's
 * {@code contract.reviewed} ({@link ContractReviewedCriterionType}).
 */
@Command(name = "pipeline", mixinStandardHelpOptions = true,
    description = "Validate a workflow definition (JSON) or draw it as a Mermaid state diagram.",
    subcommands = {PipelineCommand.Validate.class, PipelineCommand.Diagram.class})
final class PipelineCommand implements Runnable {

  /** The registry definitions are validated against. */
  static final CriterionRegistry REGISTRY = StandardCriteria.registry().toBuilder()
      .replace(new BantQualifiedCriterionType())
      .register(new ContractReviewedCriterionType())
      .build();

  /** The shipped definitions by their command-line names, in the order the help lists them. */
  static final Map<String, Supplier<WorkflowDefinition>> SHIPPED = shipped();

  @Spec
  CommandLine.Model.CommandSpec spec;

  private static Map<String, Supplier<WorkflowDefinition>> shipped() {
    Map<String, Supplier<WorkflowDefinition>> m = new LinkedHashMap<>();
    m.put("sales", SalesPipeline::definition);
    m.put("fulfilment", OrderFulfilment::definition);
    m.put("complaints", ComplaintHandling::definition);
    m.put("after-sales", AfterSalesService::definition);
    m.put("improvement", ImprovementLoop::definition);
    m.put("lifecycle", LifecycleWorkflow::definition);
    return java.util.Collections.unmodifiableMap(m);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing required subcommand: validate or diagram");
  }

  /** Where the definition comes from: a file or a shipped name. */
  static final class Source {
    @Option(names = "--definition", required = true, paramLabel = "FILE.json", description = "A workflow definition (JSON).")
    Path definition;

    @Option(names = "--shipped", required = true, paramLabel = "NAME",
        description = "A shipped definition: sales, fulfilment, complaints, after-sales, improvement or lifecycle.")
    String shipped;

    /** What the output calls the source. */
    String label() {
      return definition != null ? String.valueOf(definition.getFileName()) : "shipped " + shipped;
    }

    /** The definition, read but not validated; a malformed file is a {@link ValidationException}. */
    WorkflowDefinition read(CommandLine cli) throws java.io.IOException {
      if (definition != null) {
        return Refusals.load(definition, WorkflowJson::readDefinition);
      }
      Supplier<WorkflowDefinition> s = SHIPPED.get(shipped);
      if (s == null) {
        throw new CommandLine.ParameterException(cli, "--shipped must be one of " + String.join(", ", SHIPPED.keySet()) + ": " + shipped);
      }
      return s.get();
    }
  }

  /** {@code pipeline validate}. */
  @Command(name = "validate", mixinStandardHelpOptions = true,
      description = "Check a workflow definition: OK with a summary of its states and transitions, or every problem (exit 1).")
  static final class Validate implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(names = "--format", defaultValue = "text", converter = FormatConverter.class, description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      List<Problem> problems;
      WorkflowDefinition def = null;
      try {
        def = source.read(spec.commandLine());
        problems = Workflow.validate(def, REGISTRY);
        if (!problems.isEmpty()) {
          problems = Refusals.in(source.label(), problems).problems();
        }
      } catch (ValidationException e) {
        problems = e.problems();
      }
      if (format == OutputFormat.JSON) {
        ObjectMapper m = CliJson.mapper();
        ObjectNode root = m.createObjectNode();
        root.put("source", source.label());
        root.put("valid", problems.isEmpty());
        if (problems.isEmpty()) {
          summary(def, root);
        } else {
          Refusals.toJson(problems, root.putArray("problems"), SalesOpsCli.locale(spec));
        }
        out.println(m.writerWithDefaultPrettyPrinter().writeValueAsString(root));
      } else if (problems.isEmpty()) {
        out.print(text(def));
      } else {
        out.println("INVALID: " + source.label() + " has " + problems.size() + (problems.size() == 1 ? " problem" : " problems") + ":");
        for (Problem p : problems) {
          out.println("- " + p.message(SalesOpsCli.locale(spec)));
        }
      }
      return problems.isEmpty() ? 0 : 1;
    }
  }

  /** {@code pipeline diagram}. */
  @Command(name = "diagram", mixinStandardHelpOptions = true,
      description = "Print a workflow definition as a Mermaid stateDiagram-v2 (an invalid definition is refused with every problem).")
  static final class Diagram implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Override
    public Integer call() throws Exception {
      WorkflowDefinition def = source.read(spec.commandLine());
      List<Problem> problems = Workflow.validate(def, REGISTRY);
      if (!problems.isEmpty()) {
        throw Refusals.in(source.label(), problems);
      }
      spec.commandLine().getOut().print(Mermaid.of(def));
      return 0;
    }
  }

  static String text(WorkflowDefinition d) {
    StringBuilder b = new StringBuilder();
    long group = d.transitions().stream().filter(Transition::isGroup).count();
    b.append("OK: ").append(d.id()).append(" version ").append(d.version()).append(": ").append(d.states().size())
        .append(" states, ").append(d.transitions().size()).append(" transitions")
        .append(group == 0 ? "" : " (" + group + " from every state of a kind)")
        .append(", initial state ").append(d.initialState()).append(", move policy ").append(d.movePolicy()).append('\n');
    d.description().ifPresent(s -> b.append(s).append('\n'));
    b.append('\n');
    TextTable states = new TextTable("state", "order", "kind", "probability", "forecast", "max dwell", "entry criteria", "exit criteria");
    for (State s : d.states()) {
      states.row(s.id(), s.order(), s.kind().code(), s.probability().map(p -> p.stripTrailingZeros().toPlainString()).orElse(""),
          s.forecastCategory().map(Enum::name).orElse(""), s.maxDwell().map(PipelineCommand::duration).orElse(""),
          s.entryCriteria().map(CriterionSpec::label).orElse(""), s.exitCriteria().map(CriterionSpec::label).orElse(""));
    }
    b.append(states.render()).append('\n');
    TextTable edges = new TextTable("from", "command", "to", "guard", "priority");
    for (Transition t : d.transitions()) {
      edges.row(from(t), t.command(), to(t), t.guard().map(CriterionSpec::label).orElse(""),
          t.priority().isPresent() ? String.valueOf(t.priority().getAsInt()) : "");
    }
    b.append(edges.render());
    if (!d.lostReasons().isEmpty()) {
      b.append('\n').append("Lost reasons: ").append(d.lostReasons().stream().map(LostReason::code).collect(Collectors.joining(", "))).append('\n');
    }
    return b.toString();
  }

  /** ISO-8601, in days when whole days ({@code P5D} rather than {@code PT120H}). */
  static String duration(java.time.Duration d) {
    return !d.isNegative() && d.toSeconds() % 86_400 == 0 && d.getNano() == 0 ? "P" + d.toDays() + "D" : d.toString();
  }

  private static String from(Transition t) {
    return t.isGroup() ? "any " + t.fromKind().orElseThrow().code() : t.from().orElseThrow();
  }

  private static String to(Transition t) {
    return t.isToLastOpen() ? "(last open state)" : t.to().orElseThrow();
  }

  static void summary(WorkflowDefinition d, ObjectNode root) {
    root.put("id", d.id());
    root.put("version", d.version());
    d.description().ifPresent(s -> root.put("description", s));
    root.put("initialState", d.initialState());
    root.put("movePolicy", d.movePolicy().name());
    ArrayNode states = root.putArray("states");
    for (State s : d.states()) {
      ObjectNode n = states.addObject();
      n.put("id", s.id());
      n.put("order", s.order());
      n.put("kind", s.kind().code());
      s.probability().ifPresent(p -> n.put("probability", p));
      s.forecastCategory().ifPresent(f -> n.put("forecastCategory", f.name()));
      s.maxDwell().ifPresent(x -> n.put("maxDwell", duration(x)));
      s.leadTime().ifPresent(x -> n.put("leadTime", duration(x)));
      s.entryCriteria().ifPresent(c -> n.put("entryCriteria", c.label()));
      s.exitCriteria().ifPresent(c -> n.put("exitCriteria", c.label()));
    }
    ArrayNode edges = root.putArray("transitions");
    for (Transition t : d.transitions()) {
      ObjectNode n = edges.addObject();
      if (t.isGroup()) {
        n.put("fromKind", t.fromKind().orElseThrow().code());
      } else {
        n.put("from", t.from().orElseThrow());
      }
      n.put("command", t.command());
      if (t.isToLastOpen()) {
        n.put("toLastOpen", true);
      } else {
        n.put("to", t.to().orElseThrow());
      }
      t.guard().ifPresent(g -> n.put("guard", g.label()));
      if (t.priority().isPresent()) {
        n.put("priority", t.priority().getAsInt());
      }
    }
    ArrayNode reasons = root.putArray("lostReasons");
    d.lostReasons().forEach(r -> reasons.add(r.code()));
  }
}
