package dev.salesops.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salesops.cli.CliJson;
import dev.salesops.core.model.Account;
import dev.salesops.core.model.AccountId;
import dev.salesops.core.model.BantAssessment;
import dev.salesops.core.model.BantStatus;
import dev.salesops.core.model.Industry;
import dev.salesops.core.model.LeadSource;
import dev.salesops.core.model.Opportunity;
import dev.salesops.core.model.OpportunityId;
import dev.salesops.core.model.ProductLine;
import dev.salesops.core.model.Region;
import dev.salesops.core.model.SalesChannel;
import dev.salesops.core.model.SizeBand;
import dev.salesops.core.model.UserId;
import dev.salesops.core.money.Monies;
import dev.salesops.core.validation.Problem;
import dev.salesops.core.validation.ValidationException;
import dev.salesops.scoring.scorecard.ScorecardCriterionScore;
import dev.salesops.scoring.scorecard.EngagementEvent;
import dev.salesops.scoring.scorecard.GroupScore;
import dev.salesops.scoring.scorecard.Score;
import dev.salesops.scoring.scorecard.Scorecard;
import dev.salesops.scoring.scorecard.ScorecardLoader;
import dev.salesops.scoring.scorecard.Scorecards;
import dev.salesops.scoring.scorecard.ScoringSubject;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;
import org.joda.money.CurrencyUnit;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sales-ops score}: scores every subject (opportunity) of a CSV file with a scorecard (JSON, or a
 * shipped framework) and ranks them.
 *
 * <p>Input columns (header names exact; blank cells are absent): {@code id} (required, unique); opportunity
 * facts {@code owner}, {@code stage}, {@code created}, {@code expectedClose}, {@code amount}, {@code currency},
 * {@code product}, {@code channel}, {@code source}; BANT facts {@code budget}, {@code authority}, {@code need},
 * {@code timeline} (CONFIRMED, PARTIAL, UNKNOWN or NEGATIVE), {@code budgetAmount}, {@code targetDate};
 * account facts {@code account}, {@code industry}, {@code size}, {@code region}, {@code segment}. Every other
 * column is a host attribute read by {@code attributes.<column>}. Choices (documented in docs/CLI.md): an
 * opportunity needs an owner, a stage and a creation instant, so a blank {@code owner} is {@code unassigned},
 * a blank {@code stage} is {@code UNSPECIFIED} and a blank {@code created} is the scoring instant; the
 * account exists when any account column is filled (its id and name are {@code account}, else the row's id).
 *
 * <p>Ranking: by total, highest first; equal totals by id. Every unusable cell is a refusal listing all of
 * them ({@code subjects.csv line 3, column "amount" must be a decimal number: abc}); nothing is skipped.
 */
@Command(name = "score", mixinStandardHelpOptions = true,
    description = "Score the subjects of a CSV file with a scorecard and rank them, with every criterion's points.")
final class ScoreCommand implements Callable<Integer> {

  static final Map<String, Supplier<Scorecard>> SHIPPED = Map.of(
      "meddic", Scorecards::meddic, "meddpicc", Scorecards::meddpicc, "champ", Scorecards::champ, "gpctba", Scorecards::gpctbaCi);

  static final Set<String> COLUMNS = Set.of("id", "owner", "stage", "created", "expectedClose", "amount", "currency", "product",
      "channel", "source", "budget", "authority", "need", "timeline", "budgetAmount", "targetDate", "account", "industry", "size",
      "region", "segment");

  private static final Set<String> ACCOUNT_COLUMNS = Set.of("account", "industry", "size", "region", "segment");

  @Spec
  CommandLine.Model.CommandSpec spec;

  static final class Source {
    @Option(names = "--scorecard", required = true, paramLabel = "FILE.json", description = "A scorecard (JSON).")
    Path scorecard;

    @Option(names = "--shipped", required = true, paramLabel = "NAME", description = "A shipped scorecard: meddic, meddpicc, champ or gpctba.")
    String shipped;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  @Option(names = "--input", required = true, paramLabel = "SUBJECTS.csv", description = "The subjects: one row per opportunity.")
  Path input;

  @Option(names = "--events", paramLabel = "EVENTS.csv", description = "Engagement events: columns id, type, at.")
  Path events;

  @Option(names = "--at", paramLabel = "INSTANT", converter = InstantConverter.class,
      description = "The scoring instant (ISO instant or date = its start in UTC; default: now).")
  Instant at;

  @Option(names = "--top", paramLabel = "N", description = "Show only the N best subjects.")
  Integer top;

  @Option(names = "--explain", description = "Text output: also every subject's full breakdown.")
  boolean explain;

  @Option(names = "--format", defaultValue = "text", converter = FormatConverter.class, description = "text or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  /** One scored row. */
  record Scored(String id, Score score) {}

  @Override
  public Integer call() throws Exception {
    if (top != null && top < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--top must be at least 1: " + top);
    }
    Scorecard card;
    if (source.scorecard != null) {
      card = Refusals.load(source.scorecard, ScorecardLoader.standard()::read);
    } else {
      Supplier<Scorecard> s = SHIPPED.get(source.shipped);
      if (s == null) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--shipped must be one of champ, gpctba, meddic, meddpicc: " + source.shipped);
      }
      card = s.get();
    }
    Instant when = at != null ? at : Instant.now();
    Map<String, ScoringSubject.Builder> subjects = subjects(CsvInput.read(input), when);
    if (events != null) {
      events(CsvInput.read(events), subjects);
    }
    List<Scored> scored = new ArrayList<>();
    subjects.forEach((id, b) -> scored.add(new Scored(id, card.score(b.build(), when))));
    scored.sort(Comparator.comparingDouble((Scored s) -> -s.score().total()).thenComparing(Scored::id));
    List<Scored> shown = top == null || top >= scored.size() ? scored : scored.subList(0, top);
    PrintWriter out = spec.commandLine().getOut();
    if (format == OutputFormat.JSON) {
      out.println(json(card, when, scored.size(), shown));
    } else {
      out.print(text(card, when, scored.size(), shown, explain));
    }
    return 0;
  }

  /** The subjects of {@code csv}, by id in file order; refuses with every problem. */
  @SuppressWarnings({"removal", "deprecation"}) // the CSV's stage column feeds the scorecard field opportunity.stage
  static Map<String, ScoringSubject.Builder> subjects(CsvInput csv, Instant at) {
    csv.requireColumns("id");
    for (String h : csv.header()) {
      if (!COLUMNS.contains(h) && (h.isEmpty() || h.length() > 64)) {
        csv.problem("column name \"" + h + "\" must be 1 to 64 characters to name an attribute", h.length() + " characters");
      }
    }
    csv.problems.throwIfAny();
    Map<String, ScoringSubject.Builder> out = new LinkedHashMap<>();
    Set<String> seen = new java.util.HashSet<>();
    for (CsvInput.Row row : csv.rows()) {
      Cells c = new Cells(csv, row);
      String id = row.get("id").orElse(null);
      if (id == null) {
        csv.problem(row.line(), "id", "is required but blank", null);
        continue;
      }
      if (!seen.add(id)) {
        csv.problem(row.line(), "id", "is a duplicate (an earlier row has it)", id);
        continue;
      }
      OpportunityId oid = c.parse("id", OpportunityId::of, "must be an identifier (at most 128 characters)").orElse(null);
      UserId owner = c.parse("owner", UserId::of, "must be an identifier (at most 128 characters)").orElse(UserId.of("unassigned"));
      Optional<LocalDate> created = c.parse("created", LocalDate::parse, "must be an ISO date (2026-04-30)");
      Optional<LocalDate> close = c.parse("expectedClose", LocalDate::parse, "must be an ISO date (2026-04-30)");
      Optional<CurrencyUnit> currency = c.parse("currency", CurrencyUnit::of, "must be an ISO 4217 currency code");
      Optional<String> amountText = row.get("amount");
      Optional<String> budgetText = row.get("budgetAmount");
      if ((amountText.isPresent() || budgetText.isPresent()) && currency.isEmpty() && row.get("currency").isEmpty()) {
        csv.problem(row.line(), "currency", "is required when amount or budgetAmount is given", null);
        c.parse("amount", BigDecimal::new, "must be a decimal number");
        c.parse("budgetAmount", BigDecimal::new, "must be a decimal number");
      }
      Optional<org.joda.money.Money> amount = currency.flatMap(cu -> c.parse("amount", v -> Monies.parse(v, cu, "amount"), null));
      Optional<org.joda.money.Money> budgetAmount = currency.flatMap(cu -> c.parse("budgetAmount", v -> Monies.parse(v, cu, "budgetAmount"), null));
      BantAssessment.Builder bant = BantAssessment.builder();
      c.parse("budget", ScoreCommand::status, BANT_RULE).ifPresent(bant::budget);
      c.parse("authority", ScoreCommand::status, BANT_RULE).ifPresent(bant::authority);
      c.parse("need", ScoreCommand::status, BANT_RULE).ifPresent(bant::need);
      c.parse("timeline", ScoreCommand::status, BANT_RULE).ifPresent(bant::timeline);
      budgetAmount.ifPresent(bant::budgetAmount);
      c.parse("targetDate", LocalDate::parse, "must be an ISO date (2026-04-30)").ifPresent(bant::targetDate);
      Optional<ProductLine> product = c.parse("product", ProductLine::of, CODE_RULE);
      Optional<SalesChannel> channel = c.parse("channel", SalesChannel::of, CODE_RULE);
      Optional<LeadSource> leadSource = c.parse("source", LeadSource::of, CODE_RULE);
      Optional<Industry> industry = c.parse("industry", Industry::of, CODE_RULE);
      Optional<SizeBand> size = c.parse("size", v -> SizeBand.valueOf(v.toUpperCase(Locale.ROOT)), "must be MICRO, SMALL, MEDIUM, LARGE or ENTERPRISE");
      Optional<Region> region = c.parse("region", Region::of, CODE_RULE);
      Map<String, String> attributes = new LinkedHashMap<>();
      for (String h : csv.header()) {
        if (!COLUMNS.contains(h)) {
          row.get(h).ifPresent(v -> {
            if (v.length() > 1000) {
              csv.problem(row.line(), h, "must be at most 1000 characters", v.length() + " characters");
            } else {
              attributes.put(h, v);
            }
          });
        }
      }
      if (c.failed || oid == null) {
        continue;
      }
      Instant createdAt = created.map(d -> d.atStartOfDay(ZoneOffset.UTC).toInstant()).orElse(at);
      Opportunity.Builder ob = Opportunity.builder().id(oid).ownerId(owner).stage(row.get("stage").orElse("UNSPECIFIED"))
          .createdAt(createdAt).bant(bant.build()).productLine(product).channel(channel).leadSource(leadSource);
      amount.ifPresent(ob::amount);
      close.ifPresent(ob::expectedCloseDate);
      Opportunity opp;
      try {
        opp = ob.build();
      } catch (ValidationException e) {
        Problem p = e.problems().get(0);
        String column = p.path().contains("expectedClose") ? "expectedClose" : p.path().contains("stage") ? "stage" : "id";
        csv.problem(row.line(), column, p.path() + " " + p.rule(), p.value());
        continue;
      }
      ScoringSubject.Builder b = ScoringSubject.builder().opportunity(opp).attributes(attributes);
      if (ACCOUNT_COLUMNS.stream().anyMatch(k -> row.get(k).isPresent())) {
        String accountId = row.get("account").orElse(id);
        try {
          Account.Builder ab = Account.builder().id(AccountId.of(accountId)).name(accountId).industry(industry).sizeBand(size).region(region);
          row.get("segment").ifPresent(ab::segment);
          b.account(ab.build());
        } catch (ValidationException e) {
          Problem p = e.problems().get(0);
          csv.problem(row.line(), p.path().contains("segment") ? "segment" : "account", p.path() + " " + p.rule(), p.value());
          continue;
        }
      }
      out.put(id, b);
    }
    csv.problems.throwIfAny();
    return out;
  }

  private static final String BANT_RULE = "must be CONFIRMED, PARTIAL, UNKNOWN or NEGATIVE";
  private static final String CODE_RULE = "must be an upper-case code of at most 64 characters (e.g. TECHNOLOGY)";

  private static BantStatus status(String v) {
    return BantStatus.valueOf(v.toUpperCase(Locale.ROOT));
  }

  /** Adds the events of {@code csv} (columns id, type, at) to their subjects; refuses with every problem. */
  static void events(CsvInput csv, Map<String, ScoringSubject.Builder> subjects) {
    csv.requireColumns("id", "type", "at");
    csv.problems.throwIfAny();
    for (CsvInput.Row row : csv.rows()) {
      Cells c = new Cells(csv, row);
      Optional<String> id = row.get("id");
      if (id.isEmpty()) {
        csv.problem(row.line(), "id", "is required but blank", null);
      } else if (!subjects.containsKey(id.get())) {
        csv.problem(row.line(), "id", "is not an id of the subjects file", id.get());
      }
      if (row.get("type").isEmpty()) {
        csv.problem(row.line(), "type", "is required but blank", null);
      }
      if (row.get("at").isEmpty()) {
        csv.problem(row.line(), "at", "is required but blank", null);
      }
      Optional<Instant> when = c.parse("at", v -> {
        Instant i = InstantConverter.parse(v);
        if (i == null) {
          throw new IllegalArgumentException();
        }
        return i;
      }, "must be an ISO instant or date");
      Optional<EngagementEvent> e = when.flatMap(w -> c.parse("type", t -> EngagementEvent.of(t, w), null));
      if (e.isPresent() && id.isPresent() && subjects.containsKey(id.get())) {
        subjects.get(id.get()).event(e.get());
      }
    }
    csv.problems.throwIfAny();
  }

  /** Parses the cells of one row, recording each unusable one as a problem. */
  static final class Cells {
    private final CsvInput csv;
    private final CsvInput.Row row;
    boolean failed;

    Cells(CsvInput csv, CsvInput.Row row) {
      this.csv = csv;
      this.row = row;
    }

    /**
     * The parsed value of {@code column}, empty when blank or unusable; {@code rule} names the rule broken,
     * or {@code null} to use the library's own message (a {@link dev.salesops.core.validation.ValidationException}'s rule).
     */
    <T> Optional<T> parse(String column, Function<String, T> parser, String rule) {
      Optional<String> v = row.get(column);
      if (v.isEmpty()) {
        return Optional.empty();
      }
      try {
        return Optional.of(parser.apply(v.get()));
      } catch (ValidationException e) {
        failed = true;
        Problem p = e.problems().get(0);
        csv.problem(row.line(), column, rule != null ? rule : p.path() + " " + p.rule(), v.get());
      } catch (IllegalArgumentException | DateTimeParseException e) {
        failed = true;
        csv.problem(row.line(), column, rule != null ? rule : String.valueOf(e.getMessage()), v.get());
      }
      return Optional.empty();
    }
  }

  static String fmt(double d) {
    return BigDecimal.valueOf(d).setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
  }

  static String text(Scorecard card, Instant at, int count, List<Scored> shown, boolean explain) {
    StringBuilder b = new StringBuilder();
    b.append("Scorecard ").append(card.name()).append(", scored at ").append(at).append(": ").append(count)
        .append(count == 1 ? " subject" : " subjects").append(shown.size() < count ? " (the best " + shown.size() + " shown)" : "")
        .append(".\n\n");
    List<String> head = new ArrayList<>(List.of("rank", "id", "total", "grade"));
    List<String> groups = shown.isEmpty() ? List.of() : shown.get(0).score().groups().stream().map(g -> g.group().name()).toList();
    head.addAll(groups);
    head.add("matched criteria");
    TextTable t = new TextTable(head.toArray(new String[0]));
    int rank = 0;
    for (Scored s : shown) {
      List<Object> cells = new ArrayList<>(List.of(++rank, s.id(), fmt(s.score().total()), s.score().grade().orElse("-")));
      for (GroupScore g : s.score().groups()) {
        cells.add(fmt(g.contribution()));
      }
      cells.add(String.join(", ", s.score().criteria().stream().filter(ScorecardCriterionScore::matched).map(ScorecardCriterionScore::id).toList()));
      t.row(cells.toArray());
    }
    b.append(t.render());
    if (explain) {
      for (Scored s : shown) {
        b.append('\n').append(s.id()).append(" - ").append(s.score().explain()).append('\n');
      }
    }
    return b.toString();
  }

  static String json(Scorecard card, Instant at, int count, List<Scored> shown) throws Exception {
    ObjectMapper m = CliJson.mapper();
    ObjectNode root = m.createObjectNode();
    root.put("scorecard", card.name());
    root.put("at", at.toString());
    root.put("subjects", count);
    root.put("shown", shown.size());
    ArrayNode results = root.putArray("results");
    int rank = 0;
    for (Scored s : shown) {
      Score sc = s.score();
      ObjectNode n = results.addObject();
      n.put("rank", ++rank);
      n.put("id", s.id());
      n.put("total", sc.total());
      n.put("uncappedTotal", sc.uncappedTotal());
      sc.totalCap().ifPresent(c -> n.put("totalCap", c));
      n.put("grade", sc.grade().orElse(null));
      ArrayNode gs = n.putArray("groups");
      for (GroupScore g : sc.groups()) {
        ObjectNode gn = gs.addObject();
        gn.put("group", g.group().name());
        gn.put("points", g.points());
        g.cap().ifPresent(c -> gn.put("cap", c));
        gn.put("capApplied", g.capApplied());
        gn.put("weight", g.weight());
        gn.put("contribution", g.contribution());
      }
      ArrayNode cs = n.putArray("criteria");
      for (ScorecardCriterionScore c : sc.criteria()) {
        ObjectNode cn = cs.addObject();
        cn.put("id", c.id());
        cn.put("group", c.group().name());
        cn.put("matched", c.matched());
        cn.put("rawPoints", c.rawPoints());
        cn.put("points", c.decayedPoints());
        c.ageDays().ifPresent(a -> cn.put("ageDays", a));
        cn.put("detail", c.detail());
      }
    }
    return m.writerWithDefaultPrettyPrinter().writeValueAsString(root);
  }
}
