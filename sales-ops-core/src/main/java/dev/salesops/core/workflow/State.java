package dev.salesops.core.workflow;

import dev.salesops.core.model.ForecastCategory;
import dev.salesops.core.model.Probability;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One state of a {@link WorkflowDefinition}: its id, order, {@link StateKind kind}, and optionally a default
 * win probability and {@link ForecastCategory} (sales pipelines), a maximum dwell time (milestone: a record
 * that stays longer is <em>stalled</em>), a lead time (the expected time spent in the state, used for
 * promise-date calculations), and entry and exit criteria.
 *
 * <p>A state is data: it is not checked when built; {@link Workflow#of} validates the whole definition and
 * reports every problem at once (e.g. {@code states[2].probability must be within [0, 1]: 1.2}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class State {
  private final String id;
  private final int order;
  private final StateKind kind;
  private final BigDecimal probability;
  private final ForecastCategory forecastCategory;
  private final Duration maxDwell;
  private final Duration leadTime;
  private final CriterionSpec entryCriteria;
  private final CriterionSpec exitCriteria;
  private final String description;

  private State(Builder b) {
    this.id = Objects.requireNonNull(b.id, "id");
    this.order = b.order;
    this.kind = Objects.requireNonNull(b.kind, "kind");
    this.probability = b.probability;
    this.forecastCategory = b.forecastCategory;
    this.maxDwell = b.maxDwell;
    this.leadTime = b.leadTime;
    this.entryCriteria = b.entryCriteria;
    this.exitCriteria = b.exitCriteria;
    this.description = b.description;
  }

  /** A builder for a state {@code id} at position {@code order} of {@code kind}. */
  public static Builder builder(String id, int order, StateKind kind) {
    return new Builder().id(id).order(order).kind(kind);
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The state id, e.g. {@code "QUALIFICATION"}. */
  public String id() {
    return id;
  }

  /** The position (1 = first); forward moves go to a higher order. */
  public int order() {
    return order;
  }

  /** The kind. */
  public StateKind kind() {
    return kind;
  }

  /** Whether the state is {@link StateKind#OPEN}. */
  public boolean isOpen() {
    return kind.isOpen();
  }

  /** The default win probability as declared (validated to be within [0, 1] when the definition is loaded). */
  public Optional<BigDecimal> probability() {
    return Optional.ofNullable(probability);
  }

  /**
   * The default win probability as a {@link Probability}.
   *
   * @throws dev.salesops.core.validation.ValidationException when the declared value is outside [0, 1] (only
   *     possible on a definition that was not validated)
   */
  public Optional<Probability> winProbability() {
    return probability == null ? Optional.empty() : Optional.of(Probability.of(probability));
  }

  /** The forecast category, where the definition is a sales pipeline. */
  public Optional<ForecastCategory> forecastCategory() {
    return Optional.ofNullable(forecastCategory);
  }

  /** The maximum dwell time: longer and the record is stalled. */
  public Optional<Duration> maxDwell() {
    return Optional.ofNullable(maxDwell);
  }

  /** The expected time spent in this state (e.g. a supply-chain lead time). */
  public Optional<Duration> leadTime() {
    return Optional.ofNullable(leadTime);
  }

  /** What must hold to enter the state. */
  public Optional<CriterionSpec> entryCriteria() {
    return Optional.ofNullable(entryCriteria);
  }

  /** What must hold to leave the state forward (not checked when moving to a closed LOST-like state or by reopen). */
  public Optional<CriterionSpec> exitCriteria() {
    return Optional.ofNullable(exitCriteria);
  }

  /** A human description (e.g. the seed's term). */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /** A builder starting from this state. */
  public Builder toBuilder() {
    Builder b = new Builder().id(id).order(order).kind(kind);
    b.probability = probability;
    b.forecastCategory = forecastCategory;
    b.maxDwell = maxDwell;
    b.leadTime = leadTime;
    b.entryCriteria = entryCriteria;
    b.exitCriteria = exitCriteria;
    b.description = description;
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof State)) {
      return false;
    }
    State s = (State) o;
    return id.equals(s.id) && order == s.order && kind.equals(s.kind) && (probability == null ? s.probability == null : s.probability != null && probability.compareTo(s.probability) == 0)
        && forecastCategory == s.forecastCategory && Objects.equals(maxDwell, s.maxDwell)
        && Objects.equals(leadTime, s.leadTime) && Objects.equals(entryCriteria, s.entryCriteria)
        && Objects.equals(exitCriteria, s.exitCriteria) && Objects.equals(description, s.description);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, order, kind, probability == null ? null : probability.stripTrailingZeros(), forecastCategory, maxDwell, leadTime, entryCriteria, exitCriteria,
        description);
  }

  @Override
  public String toString() {
    return "State{" + id + " #" + order + " " + kind + (probability == null ? "" : " p=" + probability.toPlainString())
        + (forecastCategory == null ? "" : " " + forecastCategory) + "}";
  }

  /** Builds a {@link State}. Not thread-safe. */
  public static final class Builder {
    private String id;
    private int order;
    private StateKind kind = StateKind.OPEN;
    private BigDecimal probability;
    private ForecastCategory forecastCategory;
    private Duration maxDwell;
    private Duration leadTime;
    private CriterionSpec entryCriteria;
    private CriterionSpec exitCriteria;
    private String description;

    private Builder() {}

    /** The id. */
    public Builder id(String id) {
      this.id = Objects.requireNonNull(id, "id");
      return this;
    }

    /** The order. */
    public Builder order(int order) {
      this.order = order;
      return this;
    }

    /** The kind (default OPEN). */
    public Builder kind(StateKind kind) {
      this.kind = Objects.requireNonNull(kind, "kind");
      return this;
    }

    /** The default win probability (validated on load). */
    public Builder probability(BigDecimal probability) {
      this.probability = probability;
      return this;
    }

    /** The default win probability, e.g. {@code "0.35"}. */
    public Builder probability(String probability) {
      this.probability = new BigDecimal(Objects.requireNonNull(probability, "probability"));
      return this;
    }

    /** The forecast category. */
    public Builder forecastCategory(ForecastCategory forecastCategory) {
      this.forecastCategory = forecastCategory;
      return this;
    }

    /** The maximum dwell time. */
    public Builder maxDwell(Duration maxDwell) {
      this.maxDwell = maxDwell;
      return this;
    }

    /** The lead time. */
    public Builder leadTime(Duration leadTime) {
      this.leadTime = leadTime;
      return this;
    }

    /** The entry criteria. */
    public Builder entryCriteria(CriterionSpec entryCriteria) {
      this.entryCriteria = entryCriteria;
      return this;
    }

    /** The exit criteria. */
    public Builder exitCriteria(CriterionSpec exitCriteria) {
      this.exitCriteria = exitCriteria;
      return this;
    }

    /** The description. */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /** The state. */
    public State build() {
      return new State(this);
    }
  }
}
