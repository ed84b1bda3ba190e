package dev.salesops.scoring.predictive;

import dev.salesops.core.validation.Checks;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the predictive model sees of a deal: its segment key (e.g. the sales team; empty when the deal has
 * none), its pipeline stage, its single-valued fields ({@code "leadSource" -> "REFERRAL"}) and its multi-valued
 * fields ({@code "tags" -> {"enterprise", "urgent"}}). Fields not configured in the {@link NaiveBayesConfig}
 * are ignored; a field the deal lacks is simply not counted (as Odoo skips unset values).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param segment the segment key, when the deal has one
 * @param stage the stage code (for a lost deal: the stage it was lost in; ignored for a won deal)
 * @param fields single-valued field values, by field name
 * @param tags multi-valued field values, by field name
 */
public record Deal(Optional<String> segment, String stage, Map<String, String> fields, Map<String, Set<String>> tags) {

  /**
   * Validates and copies into compact immutable maps (iteration order is not kept: it has no meaning here, and
   * the compact form makes lookups touch less memory).
   */
  public Deal {
    Objects.requireNonNull(segment, "segment");
    Checks.text(stage, "deal.stage", 64);
    Objects.requireNonNull(fields, "fields");
    Objects.requireNonNull(tags, "tags");
    fields.forEach((k, v) -> {
      Objects.requireNonNull(k, "fields key");
      Objects.requireNonNull(v, "fields." + k);
    });
    fields = Map.copyOf(fields);
    Map<String, Set<String>> t = new HashMap<>();
    tags.forEach((k, v) -> {
      Objects.requireNonNull(k, "tags key");
      Objects.requireNonNull(v, "tags." + k);
      v.forEach(x -> Objects.requireNonNull(x, "tags." + k + " value"));
      t.put(k, Set.copyOf(v));
    });
    tags = Map.copyOf(t);
  }

  /** A deal without segment and without tags. */
  public static Deal of(String stage, Map<String, String> fields) {
    return new Deal(Optional.empty(), stage, fields, Map.of());
  }

  /** A deal of {@code segment} without tags. */
  public static Deal of(String segment, String stage, Map<String, String> fields) {
    return new Deal(Optional.of(segment), stage, fields, Map.of());
  }

  /** This deal, closed with {@code outcome}. */
  public ClosedDeal closed(Outcome outcome) {
    return new ClosedDeal(this, outcome);
  }
}
