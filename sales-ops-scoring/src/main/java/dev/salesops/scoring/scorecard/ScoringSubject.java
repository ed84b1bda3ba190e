package dev.salesops.scoring.scorecard;

import dev.salesops.core.model.Account;
import dev.salesops.core.model.Lead;
import dev.salesops.core.model.Opportunity;
import dev.salesops.core.internal.Checks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a scorecard scores: an opportunity and/or a lead, the account, host-supplied attributes (e.g.
 * {@code "employees" -> "1200"}, {@code "nps" -> "8"}) and dated engagement events. Opportunity attributes are
 * visible as attributes too (subject attributes win on a name clash).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ScoringSubject {
  private final Optional<Opportunity> opportunity;
  private final Optional<Lead> lead;
  private final Optional<Account> account;
  private final Map<String, String> attributes;
  private final List<EngagementEvent> events;

  private ScoringSubject(Builder b) {
    this.opportunity = b.opportunity;
    this.lead = b.lead;
    this.account = b.account;
    Map<String, String> attrs = new LinkedHashMap<>();
    opportunity.ifPresent(o -> attrs.putAll(o.attributes()));
    attrs.putAll(b.attributes);
    this.attributes = Collections.unmodifiableMap(attrs);
    this.events = List.copyOf(b.events);
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The opportunity, when scored. */
  public Optional<Opportunity> opportunity() {
    return opportunity;
  }

  /** The lead, when scored. */
  public Optional<Lead> lead() {
    return lead;
  }

  /** The account, when known. */
  public Optional<Account> account() {
    return account;
  }

  /** Host attributes by name (the opportunity's attributes, overridden by the subject's own). */
  public Map<String, String> attributes() {
    return attributes;
  }

  /** The engagement events, in the order given. */
  public List<EngagementEvent> events() {
    return events;
  }

  @Override
  public String toString() {
    return "ScoringSubject{opportunity=" + opportunity.map(o -> o.id().toString()).orElse("-") + ", lead="
        + lead.map(l -> l.id().toString()).orElse("-") + ", account=" + account.map(a -> a.id().toString()).orElse("-")
        + ", attributes=" + attributes.keySet() + ", events=" + events.size() + "}";
  }

  /** Builds a {@link ScoringSubject}. Not thread-safe. */
  public static final class Builder {
    private Optional<Opportunity> opportunity = Optional.empty();
    private Optional<Lead> lead = Optional.empty();
    private Optional<Account> account = Optional.empty();
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final List<EngagementEvent> events = new ArrayList<>();

    private Builder() {}

    /** The opportunity. */
    public Builder opportunity(Opportunity value) {
      this.opportunity = Optional.of(value);
      return this;
    }

    /** The lead. */
    public Builder lead(Lead value) {
      this.lead = Optional.of(value);
      return this;
    }

    /** The account. */
    public Builder account(Account value) {
      this.account = Optional.of(value);
      return this;
    }

    /** An attribute: key of at most 64 characters, value of at most 1,000. */
    public Builder attribute(String key, String value) {
      Checks.text(key, "attribute key", 64);
      Objects.requireNonNull(value, "value");
      if (value.length() > 1000) {
        throw Checks.fail("attributes." + key, "must be at most 1000 characters", value.length() + " characters");
      }
      attributes.put(key, value);
      return this;
    }

    /** All {@code values} as attributes. */
    public Builder attributes(Map<String, String> values) {
      values.forEach(this::attribute);
      return this;
    }

    /** An engagement event. */
    public Builder event(EngagementEvent event) {
      events.add(Objects.requireNonNull(event, "event"));
      return this;
    }

    /** Engagement events. */
    public Builder events(List<EngagementEvent> values) {
      values.forEach(this::event);
      return this;
    }

    /** The subject. */
    public ScoringSubject build() {
      return new ScoringSubject(this);
    }
  }
}
