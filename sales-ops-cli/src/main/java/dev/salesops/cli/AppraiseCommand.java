package dev.salesops.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salesops.cli.CliJson;
import dev.salesops.core.model.UserId;
import dev.salesops.core.validation.Problem;
import dev.salesops.core.validation.Problems;
import dev.salesops.core.validation.ValidationException;
import dev.salesops.metrics.appraisal.Appraisal;
import dev.salesops.metrics.appraisal.AppraisalInput;
import dev.salesops.metrics.appraisal.AppraisalScheme;
import dev.salesops.metrics.appraisal.AppraisalSchemes;
import dev.salesops.metrics.appraisal.CalendarPeriod;
import dev.salesops.metrics.appraisal.GateResult;
import dev.salesops.metrics.appraisal.Indicator;
import dev.salesops.metrics.appraisal.IndicatorResult;
import dev.salesops.metrics.appraisal.Measurement;
import dev.salesops.metrics.incentive.CommissionPlan;
import dev.salesops.metrics.incentive.CommissionPlans;
import dev.salesops.metrics.incentive.Payout;
import dev.salesops.metrics.incentive.PayoutLine;
import dev.salesops.metrics.ratio.Ratio;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.joda.money.Money;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sales-ops appraise}: appraises every rep of a measurements CSV ({@code rep,indicator,period,actual,target})
 * for one period under a scheme (JSON, or the seed's), optionally with the example commission plan's payout.
 *
 * <p>Every unusable cell and every problem the scheme finds in a rep's measurements is a refusal listing all
 * of them, each with its line ({@code measurements.csv line 7, column "period" must be a WEEK for indicator
 * visits: 2026-04}); nothing is skipped. Reps are reported in the order they first appear in the file.
 * {@code --credited} and {@code --quota} apply to every rep appraised (use {@code --rep} to appraise one).
 */
@Command(name = "appraise", mixinStandardHelpOptions = true,
    description = "Appraise every rep of a measurements CSV for one period under an appraisal scheme, optionally with the commission payout.")
final class AppraiseCommand implements Callable<Integer> {
  static final List<String> COLUMNS = List.of("rep", "indicator", "period", "actual", "target");
  private static final Pattern INPUT_PATH = Pattern.compile("input\\.(.+)\\[(\\d+)\\]\\.(period|actual|target)");

  @Spec
  CommandLine.Model.CommandSpec spec;

  static final class Source {
    @Option(names = "--scheme", required = true, paramLabel = "FILE.json", description = "An appraisal scheme (JSON).")
    Path scheme;

    @Option(names = "--shipped", required = true, paramLabel = "NAME", description = "A shipped scheme: seed (the seed's example, quarterly).")
    String shipped;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  @Option(names = "--period", required = true, paramLabel = "PERIOD", description = "The appraisal period, e.g. 2026-Q2 (of the scheme's period kind).")
  String period;

  @Option(names = "--input", required = true, paramLabel = "MEASUREMENTS.csv", description = "Columns rep, indicator, period, actual, target.")
  Path input;

  @Option(names = "--rep", paramLabel = "ID", description = "Appraise only this rep.")
  String rep;

  @Option(names = "--plan", paramLabel = "NAME", description = "Also compute the commission: commission-example (needs --credited and --quota).")
  String plan;

  @Option(names = "--credited", paramLabel = "AMOUNT", description = "Credited amount for the commission, e.g. \"USD 130000\".")
  String credited;

  @Option(names = "--quota", paramLabel = "AMOUNT", description = "Quota for the commission, e.g. \"USD 120000\".")
  String quota;

  @Option(names = "--format", defaultValue = "text", converter = FormatConverter.class, description = "text or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  /** One rep's result. */
  record Result(Appraisal appraisal, Optional<Payout> payout) {}

  @Override
  public Integer call() throws Exception {
    CommandLine cli = spec.commandLine();
    if (plan != null && !plan.equals("commission-example")) {
      throw new CommandLine.ParameterException(cli, "--plan must be commission-example: " + plan);
    }
    if (plan != null && (credited == null || quota == null)) {
      throw new CommandLine.ParameterException(cli, "--plan needs --credited and --quota");
    }
    if (plan == null && (credited != null || quota != null)) {
      throw new CommandLine.ParameterException(cli, "--credited and --quota need --plan commission-example");
    }
    AppraisalScheme scheme;
    if (source.scheme != null) {
      scheme = Refusals.load(source.scheme, in -> AppraisalSchemes.read(text(in)));
    } else if (source.shipped.equals("seed")) {
      scheme = AppraisalSchemes.seedExample();
    } else {
      throw new CommandLine.ParameterException(cli, "--shipped must be seed: " + source.shipped);
    }
    CalendarPeriod p;
    try {
      p = CalendarPeriod.parse(period);
    } catch (ValidationException e) {
      throw new CommandLine.ParameterException(cli, "--period " + e.problems().get(0).rule() + ": " + period);
    }
    if (p.kind() != scheme.period()) {
      throw new CommandLine.ParameterException(cli, "--period must be a " + scheme.period() + " for scheme " + scheme.name() + ": " + period);
    }
    Money creditedMoney = null;
    Money quotaMoney = null;
    CommissionPlan commission = null;
    if (plan != null) {
      creditedMoney = money(cli, "--credited", credited);
      quotaMoney = money(cli, "--quota", quota);
      if (!creditedMoney.getCurrencyUnit().equals(quotaMoney.getCurrencyUnit())) {
        throw new CommandLine.ParameterException(cli, "--credited and --quota must be in the same currency: " + credited + ", " + quota);
      }
      commission = CommissionPlans.example(creditedMoney.getCurrencyUnit());
    }

    CsvInput csv = CsvInput.read(input);
    Map<String, Rep> reps = measurements(csv, scheme);
    if (rep != null) {
      Rep only = reps.get(rep);
      if (only == null && csv.problems.isEmpty()) {
        throw new ValidationException(Problem.of(csv.name(), "has no measurements of rep " + rep));
      }
      reps = only == null ? Map.of() : Map.of(rep, only);
    }
    // a rep with an unusable row is not appraised (its other problems would be guesses), the others are, so
    // that one refusal lists every problem of the file
    Problems problems = new Problems();
    csv.problems.toList().forEach(problems::add);
    List<Result> results = new ArrayList<>();
    for (Rep r : reps.values()) {
      if (r.broken) {
        continue;
      }
      try {
        Appraisal a = scheme.appraise(r.id, p, r.input.build());
        Optional<Payout> payout = commission == null ? Optional.empty() : Optional.of(commission.compute(creditedMoney, quotaMoney, a));
        results.add(new Result(a, payout));
      } catch (ValidationException e) {
        for (Problem x : e.problems()) {
          problems.add(located(csv.name(), r, x));
        }
      }
    }
    problems.throwIfAny();
    PrintWriter out = cli.getOut();
    if (format == OutputFormat.JSON) {
      out.println(json(scheme, p, results));
    } else {
      out.print(text(scheme, p, results));
    }
    return 0;
  }

  private static String text(java.io.InputStream in) {
    try {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Money money(CommandLine cli, String option, String value) {
    try {
      return Money.parse(value.strip());
    } catch (RuntimeException e) {
      throw new CommandLine.ParameterException(cli, option + " must be a currency code and an amount, e.g. \"USD 120000\": " + value);
    }
  }

  /** A rep's measurements, with the line each came from (by indicator, in input order). */
  static final class Rep {
    final UserId id;
    final AppraisalInput.Builder input = AppraisalInput.builder();
    final Map<String, List<Long>> lines = new LinkedHashMap<>();
    boolean broken;

    Rep(UserId id) {
      this.id = id;
    }
  }

  /**
   * The reps of {@code csv}, in order of first appearance; every unusable cell is added to {@code csv.problems}
   * and marks its rep (when readable) broken.
   */
  static Map<String, Rep> measurements(CsvInput csv, AppraisalScheme scheme) {
    csv.requireColumns(COLUMNS.toArray(new String[0]));
    csv.problems.throwIfAny();
    Map<String, Rep> reps = new LinkedHashMap<>();
    for (CsvInput.Row row : csv.rows()) {
      boolean ok = true;
      for (String c : COLUMNS) {
        if (row.get(c).isEmpty()) {
          csv.problem(row.line(), c, "is required but blank", null);
          ok = false;
        }
      }
      UserId id = null;
      Optional<String> repText = row.get("rep");
      if (repText.isPresent()) {
        try {
          id = UserId.of(repText.get());
        } catch (ValidationException e) {
          csv.problem(row.line(), "rep", "must be an identifier (at most 128 characters)", repText.get());
        }
      }
      Optional<String> indicator = row.get("indicator");
      Optional<Indicator> ind = indicator.flatMap(scheme::indicator);
      if (indicator.isPresent() && ind.isEmpty()) {
        csv.problem(row.line(), "indicator", "must be an indicator of scheme " + scheme.name() + " ("
            + scheme.indicators().stream().map(Indicator::name).collect(Collectors.joining(", ")) + ")", indicator.get());
        ok = false;
      }
      CalendarPeriod period = null;
      Optional<String> periodText = row.get("period");
      if (periodText.isPresent()) {
        try {
          period = CalendarPeriod.parse(periodText.get());
          if (ind.isPresent() && period.kind() != ind.get().period()) {
            csv.problem(row.line(), "period", "must be a " + ind.get().period() + " for indicator " + indicator.get(), period.label());
            ok = false;
          }
        } catch (ValidationException e) {
          csv.problem(row.line(), "period", e.problems().get(0).rule(), periodText.get());
        }
      }
      BigDecimal actual = decimal(csv, row, "actual");
      BigDecimal target = decimal(csv, row, "target");
      if (actual != null && actual.signum() < 0) {
        csv.problem(row.line(), "actual", "must not be negative", row.get("actual").orElseThrow());
        actual = null;
      }
      if (target != null && target.signum() <= 0) {
        csv.problem(row.line(), "target", "must be positive", row.get("target").orElseThrow());
        target = null;
      }
      if (id == null) {
        continue;
      }
      Rep r = reps.computeIfAbsent(id.value(), k -> new Rep(UserId.of(k)));
      if (!ok || period == null || actual == null || target == null) {
        r.broken = true;
        continue;
      }
      r.input.add(indicator.get(), Measurement.of(period, actual, target));
      r.lines.computeIfAbsent(indicator.get(), k -> new ArrayList<>()).add(row.line());
    }
    return reps;
  }

  private static BigDecimal decimal(CsvInput csv, CsvInput.Row row, String column) {
    String v = row.get(column).orElse(null);
    if (v == null) {
      return null;
    }
    if (v.length() > 40) {
      csv.problem(row.line(), column, "must be a decimal number of at most 40 characters", v.length() + " characters");
      return null;
    }
    try {
      return new BigDecimal(v);
    } catch (NumberFormatException e) {
      csv.problem(row.line(), column, "must be a decimal number", v);
      return null;
    }
  }

  /** A problem of the scheme on a rep's input, moved to the CSV line it came from when it names one measurement. */
  static Problem located(String file, Rep rep, Problem p) {
    Matcher m = INPUT_PATH.matcher(p.path());
    if (m.matches()) {
      List<Long> lines = rep.lines.get(m.group(1));
      int i = Integer.parseInt(m.group(2));
      if (lines != null && i < lines.size()) {
        return new Problem(file + " line " + lines.get(i) + ", column \"" + m.group(3) + "\"", p.rule(), p.value());
      }
    }
    return new Problem(file + " rep " + rep.id + ": " + p.path(), p.rule(), p.value());
  }

  static String plain(BigDecimal d, int scale) {
    BigDecimal s = d.setScale(scale, RoundingMode.HALF_EVEN);
    return s.signum() == 0 ? "0" : s.stripTrailingZeros().toPlainString();
  }

  static String pct(BigDecimal d) {
    return d.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN).toPlainString() + "%";
  }

  static String text(AppraisalScheme scheme, CalendarPeriod period, List<Result> results) {
    StringBuilder b = new StringBuilder();
    boolean pay = results.stream().anyMatch(r -> r.payout().isPresent());
    b.append("Appraisal ").append(period).append(" under scheme ").append(scheme.name()).append(": ").append(results.size())
        .append(results.size() == 1 ? " rep" : " reps").append(".\n\n");
    TextTable summary = pay ? new TextTable("rep", "total", "band", "zeroed by", "payout") : new TextTable("rep", "total", "band", "zeroed by");
    for (Result r : results) {
      Appraisal a = r.appraisal();
      summary.row(a.subject(), plain(a.total(), 4), a.band(), String.join(", ", a.totalZeroedBy()),
          r.payout().map(x -> x.total().toString()).orElse(""));
    }
    b.append(summary.render());
    for (Result r : results) {
      Appraisal a = r.appraisal();
      b.append("\n== ").append(a.subject()).append(" ==\n");
      TextTable t = new TextTable("indicator", "type", "periods", "actual", "target", "achievement", "score", "weight", "weighted");
      for (IndicatorResult i : a.indicators()) {
        t.row(i.name(), i.type(), i.periodsUsed().size() + (i.periodsMissing().isEmpty() ? "" : " (" + i.periodsMissing().size() + " missing)"),
            plain(i.actual(), 2), plain(i.target(), 2), pct(i.achievement()), pct(i.score()), pct(i.weight()), plain(i.weightedScore(), 4));
      }
      b.append(t.render());
      for (GateResult g : a.gates()) {
        b.append(g.explain()).append('\n');
      }
      a.subtotals().forEach((type, v) -> b.append("subtotal ").append(type).append(": ").append(plain(v, 4)).append('\n'));
      b.append("Total ").append(plain(a.total(), 4)).append(" -> rating band ").append(a.band())
          .append(a.totalZeroedBy().isEmpty() ? "" : " (total zeroed by gate " + String.join(", ", a.totalZeroedBy()) + ")").append(".\n");
      r.payout().ifPresent(x -> {
        b.append("Commission (").append(x.plan()).append("): credited ").append(x.credited()).append(" against quota ").append(x.quota())
            .append(x.rating().map(s -> ", rating " + s).orElse("")).append(".\n");
        for (PayoutLine l : x.lines()) {
          b.append("  ").append(l.kind()).append(": ").append(l.description()).append('\n');
        }
        b.append("  payout: ").append(x.total()).append('\n');
      });
    }
    return b.toString();
  }

  static String json(AppraisalScheme scheme, CalendarPeriod period, List<Result> results) throws Exception {
    ObjectMapper m = CliJson.mapper();
    ObjectNode root = m.createObjectNode();
    root.put("scheme", scheme.name());
    root.put("period", period.label());
    ArrayNode reps = root.putArray("reps");
    for (Result r : results) {
      Appraisal a = r.appraisal();
      ObjectNode n = reps.addObject();
      n.put("rep", a.subject().value());
      n.put("total", a.total());
      n.put("band", a.band());
      ArrayNode zeroed = n.putArray("totalZeroedBy");
      a.totalZeroedBy().forEach(zeroed::add);
      ObjectNode subtotals = n.putObject("subtotals");
      a.subtotals().forEach((t, v) -> subtotals.put(t.name(), v));
      ArrayNode inds = n.putArray("indicators");
      for (IndicatorResult i : a.indicators()) {
        ObjectNode x = inds.addObject();
        x.put("name", i.name());
        x.put("type", i.type().name());
        x.put("actual", i.actual());
        x.put("target", i.target());
        x.set("ratio", ratio(m, i.ratio()));
        x.put("achievement", i.achievement());
        x.put("curveScore", i.curveScore());
        x.put("score", i.score());
        x.put("weight", i.weight());
        x.put("weightedScore", i.weightedScore());
        labels(x.putArray("periodsUsed"), i.periodsUsed());
        labels(x.putArray("periodsMissing"), i.periodsMissing());
        labels(x.putArray("periodsIgnored"), i.periodsIgnored());
        ArrayNode z = x.putArray("zeroedBy");
        i.zeroedBy().forEach(z::add);
      }
      ArrayNode gates = n.putArray("gates");
      for (GateResult g : a.gates()) {
        ObjectNode x = gates.addObject();
        x.put("gate", g.gate());
        x.put("indicator", g.indicator());
        x.put("achievement", g.achievement());
        x.put("minAchievement", g.minAchievement());
        x.put("passed", g.passed());
        x.put("effect", g.effect().name());
      }
      r.payout().ifPresent(p -> {
        ObjectNode c = n.putObject("commission");
        c.put("plan", p.plan());
        c.set("credited", m.valueToTree(p.credited()));
        c.set("quota", m.valueToTree(p.quota()));
        c.set("attainment", ratio(m, p.attainment()));
        c.put("rating", p.rating().orElse(null));
        ArrayNode lines = c.putArray("lines");
        for (PayoutLine l : p.lines()) {
          ObjectNode x = lines.addObject();
          x.put("kind", l.kind().name());
          x.put("description", l.description());
          x.put("amount", l.amount());
        }
        c.set("total", m.valueToTree(p.total()));
      });
    }
    return m.writerWithDefaultPrettyPrinter().writeValueAsString(root);
  }

  private static ObjectNode ratio(ObjectMapper m, Ratio r) {
    ObjectNode n = m.createObjectNode();
    n.put("numerator", r.numerator());
    n.put("denominator", r.denominator());
    n.put("value", r.value().orElse(null));
    return n;
  }

  private static void labels(ArrayNode into, List<CalendarPeriod> periods) {
    periods.forEach(p -> into.add(p.label()));
  }
}
