package dev.salesops.cli.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salesops.cli.CliJson;
import dev.salesops.core.money.MoneyBag;
import dev.salesops.cli.TextTable;
import dev.salesops.core.model.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.joda.money.Money;

/**
 * The demo: the sample company run through the library, section by section, each with a text rendering and a
 * JSON form.
 */
public final class DemoRun {
  private final List<Section> sections;

  /**
   * One section of the demo output.
   *
   * @param key the JSON key
   * @param title the text title
   * @param text the text body
   * @param json the JSON body
   */
  public record Section(String key, String title, String text, JsonNode json) {}

  private DemoRun(List<Section> sections) {
    this.sections = List.copyOf(sections);
  }

  /** Runs every demo section on {@code company}. */
  public static DemoRun of(DemoCompany company) {
    return of(company, java.util.Locale.ROOT);
  }

  /** Runs every demo section on {@code company}, refusal reasons in {@code locale} (api: issue 18). */
  public static DemoRun of(DemoCompany company, java.util.Locale locale) {
    ObjectMapper json = CliJson.mapper();
    List<Section> sections = new ArrayList<>();
    sections.add(overview(company, json));
    sections.add(PipelineSection.of(company, json, locale));
    sections.add(ScoringSection.of(company, json));
    sections.add(KpiSection.of(company, json));
    sections.add(ForecastSection.of(company, json));
    sections.add(AppraisalSection.of(company, json));
    return new DemoRun(sections);
  }

  /** The sections, in order. */
  public List<Section> sections() {
    return sections;
  }

  /** The text rendering. */
  public String toText() {
    StringBuilder b = new StringBuilder();
    for (Section s : sections) {
      b.append("== ").append(s.title()).append(" ==\n").append(s.text()).append('\n');
    }
    return b.toString();
  }

  /** The JSON rendering: one field per section. */
  public ObjectNode toJson(ObjectMapper mapper) {
    ObjectNode root = mapper.createObjectNode();
    for (Section s : sections) {
      root.set(s.key(), s.json());
    }
    return root;
  }

  static Section overview(DemoCompany c, ObjectMapper json) {
    Map<Outcome, Integer> counts = new TreeMap<>();
    Map<Outcome, MoneyBag> sums = new TreeMap<>();
    for (DemoDeal d : c.deals()) {
      counts.merge(d.outcome(), 1, Integer::sum);
      MoneyBag bag = sums.getOrDefault(d.outcome(), MoneyBag.empty());
      sums.put(d.outcome(), d.opportunity().amount().map(bag::plus).orElse(bag));
    }
    StringBuilder text = new StringBuilder();
    text.append("Sample company (seed ").append(c.seed()).append("): ").append(c.teams().size()).append(" teams, ")
        .append(c.reps().size()).append(" users, ").append(c.accounts().size()).append(" accounts, ")
        .append(c.deals().size()).append(" opportunities from ").append(c.start()).append(" to ").append(c.asOf()).append(".\n\n");
    TextTable t = new TextTable("outcome", "deals", "amount by currency");
    for (Outcome o : Outcome.values()) {
      t.row(o, counts.getOrDefault(o, 0), sums.getOrDefault(o, MoneyBag.empty()).toMap().values().stream()
          .map(Money::toString).reduce((a, b) -> a + ", " + b).orElse("-"));
    }
    text.append(t.render());
    ObjectNode node = json.createObjectNode();
    node.put("seed", c.seed());
    node.put("teams", c.teams().size());
    node.put("users", c.reps().size());
    node.put("accounts", c.accounts().size());
    node.put("opportunities", c.deals().size());
    node.put("from", c.start().toString());
    node.put("asOf", c.asOf().toString());
    ArrayNode outcomes = node.putArray("outcomes");
    for (Outcome o : Outcome.values()) {
      ObjectNode on = outcomes.addObject();
      on.put("outcome", o.name());
      on.put("deals", counts.getOrDefault(o, 0));
      on.set("amounts", json.valueToTree(new ArrayList<>(sums.getOrDefault(o, MoneyBag.empty()).toMap().values())));
    }
    return new Section("company", "The sample company", text.toString(), node);
  }
}
