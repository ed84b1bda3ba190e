package dev.salesops.cli.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salesops.core.model.Account;
import dev.salesops.core.model.AccountId;
import dev.salesops.cli.TextTable;
import dev.salesops.core.model.Outcome;
import dev.salesops.scoring.predictive.ClosedDeal;
import dev.salesops.scoring.predictive.Deal;
import dev.salesops.scoring.predictive.Factor;
import dev.salesops.scoring.predictive.FrequencyTables;
import dev.salesops.scoring.predictive.NaiveBayesConfig;
import dev.salesops.scoring.predictive.NaiveBayesModel;
import dev.salesops.scoring.predictive.Prediction;
import dev.salesops.scoring.scorecard.ScorecardCriterionScore;
import dev.salesops.scoring.scorecard.EngagementEvent;
import dev.salesops.scoring.scorecard.Score;
import dev.salesops.scoring.scorecard.Scorecard;
import dev.salesops.scoring.scorecard.ScorecardLoader;
import dev.salesops.scoring.scorecard.ScoringSubject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The demo's scoring: every open deal scored with the demo scorecard (fit + decaying engagement) at the demo
 * date, and its win probability predicted by naive Bayes tables learned from the company's closed deals
 * (the Odoo preset); the top deals ranked by score, then expected value, with the breakdown of the first.
 */
final class ScoringSection {
  static final List<String> FIELDS = List.of("productLine", "channel", "leadSource", "industry", "sizeBand");

  private ScoringSection() {}

  static Scorecard scorecard() {
    try (InputStream in = ScoringSection.class.getResourceAsStream("demo-scorecard.json")) {
      return ScorecardLoader.standard().read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Map<String, String> fields(DemoDeal d, Map<AccountId, Account> accounts) {
    Map<String, String> f = new LinkedHashMap<>();
    var o = d.opportunity();
    o.productLine().ifPresent(v -> f.put("productLine", v.code()));
    o.channel().ifPresent(v -> f.put("channel", v.code()));
    o.leadSource().ifPresent(v -> f.put("leadSource", v.code()));
    Account a = o.accountId().map(accounts::get).orElse(null);
    if (a != null) {
      a.industry().ifPresent(v -> f.put("industry", v.code()));
      a.sizeBand().ifPresent(v -> f.put("sizeBand", v.name()));
    }
    return f;
  }

  static NaiveBayesModel train(DemoCompany c, Map<AccountId, Account> accounts) {
    FrequencyTables tables = new FrequencyTables(NaiveBayesConfig.odooPreset(DemoGenerator.OPEN_STAGES, FIELDS, List.of()));
    for (DemoDeal d : c.deals()) {
      if (d.outcome() == Outcome.WON) {
        tables.add(ClosedDeal.won(Deal.of("NEGOTIATION", fields(d, accounts))));
      } else if (d.outcome() == Outcome.LOST) {
        tables.add(ClosedDeal.lost(Deal.of(d.lostAt().orElseThrow(), fields(d, accounts))));
      }
    }
    return tables.finish();
  }

  record Ranked(DemoDeal deal, Score score, Prediction prediction, BigDecimal expectedValue) {}

  static DemoRun.Section of(DemoCompany c, ObjectMapper json) {
    Map<AccountId, Account> accounts = c.accounts().stream().collect(Collectors.toMap(Account::id, Function.identity()));
    Scorecard card = scorecard();
    NaiveBayesModel model = train(c, accounts);
    Instant at = c.asOf().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    List<Ranked> ranked = new ArrayList<>();
    for (DemoDeal d : c.deals()) {
      if (d.outcome() != Outcome.OPEN) {
        continue;
      }
      ScoringSubject.Builder s = ScoringSubject.builder().opportunity(d.opportunity());
      d.opportunity().accountId().map(accounts::get).ifPresent(s::account);
      d.activities().forEach(a -> s.event(EngagementEvent.of(a.type(), a.date().atTime(12, 0).toInstant(ZoneOffset.UTC))));
      Score score = card.score(s.build(), at);
      Prediction p = model.predict(Deal.of(d.currentStage(), fields(d, accounts))).orElseThrow();
      BigDecimal amount = d.opportunity().amount().map(m -> m.getAmount()).orElse(BigDecimal.ZERO);
      BigDecimal ev = amount.multiply(BigDecimal.valueOf(p.probability())).setScale(2, RoundingMode.HALF_EVEN);
      ranked.add(new Ranked(d, score, p, ev));
    }
    ranked.sort(Comparator.comparingDouble((Ranked r) -> -r.score().total())
        .thenComparing(Ranked::expectedValue, Comparator.reverseOrder())
        .thenComparing(r -> r.deal().opportunity().id()));

    StringBuilder text = new StringBuilder();
    text.append(ranked.size()).append(" open deals scored with '").append(card.name()).append("' at ").append(at)
        .append("; win probabilities from naive Bayes tables learned from the closed deals (Odoo preset, fields ")
        .append(FIELDS).append(").\n\n");
    TextTable t = new TextTable("rank", "deal", "owner", "stage", "score", "grade", "P(win)", "expected value");
    ObjectNode node = json.createObjectNode();
    node.put("scorecard", card.name());
    node.put("at", at.toString());
    ArrayNode top = node.putArray("top");
    for (int i = 0; i < Math.min(5, ranked.size()); i++) {
      Ranked r = ranked.get(i);
      var o = r.deal().opportunity();
      String money = o.amount().map(m -> m.getCurrencyUnit().getCode()).orElse("") + " " + r.expectedValue().toPlainString();
      t.row(i + 1, o.id(), o.ownerId(), r.deal().currentStage(), fmt(r.score().total()), r.score().grade().orElse("-"),
          pct(r.prediction().probability()), money);
      ObjectNode n = top.addObject();
      n.put("rank", i + 1);
      n.put("opportunity", o.id().value());
      n.put("stage", r.deal().currentStage());
      n.put("score", r.score().total());
      n.put("grade", r.score().grade().orElse(null));
      n.put("winProbability", r.prediction().probability());
      n.put("expectedValue", r.expectedValue());
      ArrayNode cs = n.putArray("criteria");
      for (ScorecardCriterionScore cr : r.score().criteria()) {
        ObjectNode cn = cs.addObject();
        cn.put("id", cr.id());
        cn.put("group", cr.group().name());
        cn.put("matched", cr.matched());
        cn.put("rawPoints", cr.rawPoints());
        cn.put("decayedPoints", cr.decayedPoints());
        cn.put("detail", cr.detail());
      }
      ArrayNode fs = n.putArray("factors");
      for (Factor f : r.prediction().factors()) {
        ObjectNode fn = fs.addObject();
        fn.put("field", f.field());
        fn.put("value", f.value());
        fn.put("likelihoodRatio", f.likelihoodRatio());
      }
    }
    text.append(t.render()).append('\n');
    if (!ranked.isEmpty()) {
      Ranked first = ranked.get(0);
      text.append("Why ").append(first.deal().opportunity().id()).append(" ranks first:\n").append(first.score().explain()).append("\n\n");
      text.append("What drives its win probability ").append(pct(first.prediction().probability())).append(" (prior ")
          .append(pct(first.prediction().priorWon())).append("); likelihood ratio won/lost per factor:\n");
      for (Factor f : first.prediction().factors()) {
        text.append("  ").append(f.field()).append('=').append(f.value()).append(": ")
            .append(BigDecimal.valueOf(f.likelihoodRatio()).setScale(3, RoundingMode.HALF_EVEN)).append('\n');
      }
    }
    return new DemoRun.Section("scoring", "Scoring and predicted win probability", text.toString(), node);
  }

  private static String fmt(double d) {
    return BigDecimal.valueOf(d).setScale(1, RoundingMode.HALF_EVEN).toPlainString();
  }

  private static String pct(double d) {
    return BigDecimal.valueOf(d * 100).setScale(1, RoundingMode.HALF_EVEN).toPlainString() + "%";
  }
}
