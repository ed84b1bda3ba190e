package dev.salesops.scoring.scorecard;

import dev.salesops.core.model.BantCriterion;
import dev.salesops.core.model.Opportunity;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The documented fields a scorecard may read (see {@link ScorecardLoader}). Not API. */
final class Fields {
  private Fields() {}

  enum Kind {
    TEXT,
    NUMBER,
    DATE,
    /** A host attribute: text, read as a number or an ISO date when the operator needs one. */
    ANY
  }

  record Field(String name, Kind kind, Function<ScoringSubject, Object> accessor) {}

  static final String ATTRIBUTES = "attributes.";
  private static final Map<String, Field> FIELDS = new LinkedHashMap<>();

  private static void text(String name, Function<ScoringSubject, Object> f) {
    FIELDS.put(name, new Field(name, Kind.TEXT, f));
  }

  private static void number(String name, Function<ScoringSubject, Object> f) {
    FIELDS.put(name, new Field(name, Kind.NUMBER, f));
  }

  private static void date(String name, Function<ScoringSubject, Object> f) {
    FIELDS.put(name, new Field(name, Kind.DATE, f));
  }

  /** The host's recorded stage copy (deprecated on Opportunity): read until subjects carry the snapshot's state. */
  @SuppressWarnings("removal")
  private static Object recordedStage(ScoringSubject s) {
    return s.opportunity().flatMap(Opportunity::stage).orElse(null);
  }

  private static Object opp(ScoringSubject s, Function<Opportunity, Optional<?>> f) {
    Optional<Opportunity> o = s.opportunity();
    return o.isPresent() ? f.apply(o.get()).map(Object::toString).orElse(null) : null;
  }

  static {
    text("opportunity.stage", Fields::recordedStage);
    number("opportunity.amount", s -> s.opportunity().flatMap(Opportunity::amount).map(m -> m.getAmount()).orElse(null));
    text("opportunity.currency", s -> s.opportunity().flatMap(Opportunity::amount).map(m -> m.getCurrencyUnit().getCode()).orElse(null));
    date("opportunity.expectedCloseDate", s -> s.opportunity().flatMap(Opportunity::expectedCloseDate).orElse(null));
    date("opportunity.createdAt", s -> s.opportunity().map(o -> LocalDate.ofInstant(o.createdAt(), ZoneOffset.UTC)).orElse(null));
    text("opportunity.productLine", s -> opp(s, Opportunity::productLine));
    text("opportunity.channel", s -> opp(s, Opportunity::channel));
    text("opportunity.leadSource", s -> opp(s, Opportunity::leadSource));
    for (BantCriterion c : BantCriterion.values()) {
      text("opportunity.bant." + c.name().toLowerCase(java.util.Locale.ROOT), s -> s.opportunity().map(o -> o.bant().status(c).name()).orElse(null));
    }
    number("opportunity.bant.budgetAmount", s -> s.opportunity().flatMap(o -> o.bant().budgetAmount()).map(m -> m.getAmount()).orElse(null));
    date("opportunity.bant.targetDate", s -> s.opportunity().flatMap(o -> o.bant().targetDate()).orElse(null));
    text("account.industry", s -> s.account().flatMap(a -> a.industry()).map(Object::toString).orElse(null));
    text("account.sizeBand", s -> s.account().flatMap(a -> a.sizeBand()).map(Enum::name).orElse(null));
    text("account.region", s -> s.account().flatMap(a -> a.region()).map(Object::toString).orElse(null));
    text("account.segment", s -> s.account().flatMap(a -> a.segment()).orElse(null));
    text("account.channel", s -> s.account().flatMap(a -> a.channel()).map(Object::toString).orElse(null));
    text("lead.source", s -> s.lead().map(l -> l.source().code()).orElse(null));
    text("lead.companyName", s -> s.lead().flatMap(l -> l.companyName()).orElse(null));
    date("lead.createdAt", s -> s.lead().map(l -> LocalDate.ofInstant(l.createdAt(), ZoneOffset.UTC)).orElse(null));
    text("lead.hasContactPoint", s -> s.lead().map(l -> String.valueOf(l.hasContactPoint())).orElse(null));
  }

  /** The field named {@code name}, or empty. */
  static Optional<Field> find(String name) {
    if (name.startsWith(ATTRIBUTES) && name.length() > ATTRIBUTES.length()) {
      String key = name.substring(ATTRIBUTES.length());
      return Optional.of(new Field(name, Kind.ANY, s -> s.attributes().get(key)));
    }
    return Optional.ofNullable(FIELDS.get(name));
  }

  /** The documented field names (attributes.* aside). */
  static java.util.Set<String> names() {
    return FIELDS.keySet();
  }
}
