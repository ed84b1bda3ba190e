package dev.salesops.scoring.predictive;

import dev.salesops.core.validation.Checks;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the predictive model sees of a deal: its segment key (e.g. the sales team; empty when the deal has
 * none), its pipeline stage (for a lost deal: the stage it was lost in; ignored for a won deal), its
 * single-valued fields ({@code "leadSource" -> "REFERRAL"}) and its multi-valued fields ({@code "tags" ->
 * {"enterprise", "urgent"}}). Fields not configured in the {@link NaiveBayesConfig} are ignored; a field the deal
 * lacks is simply not counted (as Odoo skips unset values).
 *
 * <p>Maps are copied into compact immutable maps (iteration order is not kept: it has no meaning here, and the
 * compact form makes training and prediction touch less memory).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Deal {
  private final String segment;
  private final String stage;
  private final Map<String, String> fields;
  private final Map<String, Set<String>> tags;

  /**
   * A deal.
   *
   * @param segment the segment key, when the deal has one
   * @param stage the stage code
   * @param fields single-valued field values, by field name
   * @param tags multi-valued field values, by field name
   */
  public Deal(Optional<String> segment, String stage, Map<String, String> fields, Map<String, Set<String>> tags) {
    Objects.requireNonNull(segment, "segment");
    Checks.text(stage, "deal.stage", 64);
    Objects.requireNonNull(fields, "fields");
    Objects.requireNonNull(tags, "tags");
    fields.forEach((k, v) -> {
      Objects.requireNonNull(k, "fields key");
      Objects.requireNonNull(v, "fields." + k);
    });
    Map<String, Set<String>> t = new HashMap<>();
    tags.forEach((k, v) -> {
      Objects.requireNonNull(k, "tags key");
      Objects.requireNonNull(v, "tags." + k);
      v.forEach(x -> Objects.requireNonNull(x, "tags." + k + " value"));
      t.put(k, Set.copyOf(v));
    });
    this.segment = segment.orElse(null);
    this.stage = stage;
    this.fields = Map.copyOf(fields);
    this.tags = Map.copyOf(t);
  }

  /** A deal without segment and without tags. */
  public static Deal of(String stage, Map<String, String> fields) {
    return new Deal(Optional.empty(), stage, fields, Map.of());
  }

  /** A deal of {@code segment} without tags. */
  public static Deal of(String segment, String stage, Map<String, String> fields) {
    return new Deal(Optional.of(segment), stage, fields, Map.of());
  }

  /** The segment key, when the deal has one. */
  public Optional<String> segment() {
    return Optional.ofNullable(segment);
  }

  /** The segment key or {@code null} (hot paths). */
  String segmentOrNull() {
    return segment;
  }

  /** The stage code. */
  public String stage() {
    return stage;
  }

  /** Single-valued field values, by field name. */
  public Map<String, String> fields() {
    return fields;
  }

  /** Multi-valued field values, by field name. */
  public Map<String, Set<String>> tags() {
    return tags;
  }

  /** This deal, closed with {@code outcome}. */
  public ClosedDeal closed(Outcome outcome) {
    return new ClosedDeal(this, outcome);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Deal)) {
      return false;
    }
    Deal d = (Deal) o;
    return Objects.equals(segment, d.segment) && stage.equals(d.stage) && fields.equals(d.fields) && tags.equals(d.tags);
  }

  @Override
  public int hashCode() {
    return Objects.hash(segment, stage, fields, tags);
  }

  @Override
  public String toString() {
    return "Deal{segment=" + (segment == null ? "-" : segment) + ", stage=" + stage + ", fields=" + fields + ", tags=" + tags + "}";
  }
}
