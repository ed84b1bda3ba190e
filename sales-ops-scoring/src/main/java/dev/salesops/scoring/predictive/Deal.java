package dev.salesops.scoring.predictive;

import dev.salesops.core.internal.Nullable;
import dev.salesops.core.model.Outcome;
import dev.salesops.core.internal.Checks;
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
 * <p>Maps are copied into compact immutable maps (iteration order is not kept: it has no meaning here). The
 * constructor also packs the segment, stage and configured-or-not field values once into a few contiguous
 * arrays (their hash codes, offsets and characters), which is all that {@link FrequencyTables#add} and {@link
 * NaiveBayesModel#probability} read: with a million distinct deals the cost of both is the memory they touch,
 * and the packed form cuts it to a few adjacent cache lines per deal, at the price of about one more copy of
 * the values' characters per deal.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Deal {
  private final String segment;
  private final String stage;
  private final Map<String, String> fields;
  private final Map<String, Set<String>> tags;
  /**
   * The same values packed for the model's hot paths (built once here, read by every training and prediction):
   * entry {@code e} (single-valued fields first, then one entry per tag value, in the set's iteration order) has
   * key {@code packedKeys[e]} and {@code packed[4e .. 4e+3]} = {key hash, value hash, offset, length} of its value
   * in {@code chars}. Reading a deal then touches a few contiguous arrays instead of a map, its table and one
   * string per value.
   */
  private final String[] packedKeys;
  private final int[] packed;
  private final char[] chars;
  private final int packedSingles;
  /** The segment's and the stage's hash codes; their characters lead {@code chars} (segment first, if any). */
  private final int segmentHash;
  private final int stageHash;
  private final int packedSegmentLength;
  private final int packedStageLength;

  /**
   * A deal.
   *
   * @param segment the segment key; {@code null} = the deal has none
   * @param stage the stage code
   * @param fields single-valued field values, by field name
   * @param tags multi-valued field values, by field name
   */
  public Deal(@Nullable String segment, String stage, Map<String, String> fields, Map<String, Set<String>> tags) {
    Checks.text(stage, "deal.stage", 64);
    Objects.requireNonNull(fields, "fields");
    Objects.requireNonNull(tags, "tags");
    fields.forEach((k, v) -> {
      Objects.requireNonNull(k, "fields key");
      if (v == null) {
        // a null inside the data is input, not a programming error
        throw Checks.fail("deal.fields." + k, "must have a value (leave the field out when it is unknown)", "null");
      }
    });
    Map<String, Set<String>> t = new HashMap<>();
    tags.forEach((k, v) -> {
      Objects.requireNonNull(k, "tags key");
      boolean nulls = v == null;
      for (java.util.Iterator<String> it = nulls ? null : v.iterator(); it != null && it.hasNext();) {
        nulls = it.next() == null;
        if (nulls) {
          break;
        }
      }
      if (nulls) {
        throw Checks.fail("deal.tags." + k, "must be a set of values without null (leave the field out when it is unknown)", "null");
      }
      t.put(k, Set.copyOf(v));
    });
    this.segment = segment;
    this.stage = stage;
    this.fields = Map.copyOf(fields);
    this.tags = Map.copyOf(t);
    int entries = this.fields.size();
    int length = stage.length() + (this.segment == null ? 0 : this.segment.length());
    for (String v : this.fields.values()) {
      length += v.length();
    }
    for (Set<String> vs : this.tags.values()) {
      entries += vs.size();
      for (String v : vs) {
        length += v.length();
      }
    }
    String[] keys = new String[entries];
    int[] meta = new int[4 * entries];
    char[] buf = new char[length];
    int e = 0;
    int off = 0;
    if (this.segment != null) {
      this.segment.getChars(0, this.segment.length(), buf, 0);
      off = this.segment.length();
    }
    stage.getChars(0, stage.length(), buf, off);
    off += stage.length();
    this.segmentHash = this.segment == null ? 0 : this.segment.hashCode();
    this.stageHash = stage.hashCode();
    this.packedSegmentLength = this.segment == null ? 0 : this.segment.length();
    this.packedStageLength = stage.length();
    for (Map.Entry<String, String> f : this.fields.entrySet()) {
      off = pack(keys, meta, buf, e++, off, f.getKey(), f.getValue());
    }
    for (Map.Entry<String, Set<String>> f : this.tags.entrySet()) {
      for (String v : f.getValue()) {
        off = pack(keys, meta, buf, e++, off, f.getKey(), v);
      }
    }
    this.packedKeys = keys;
    this.packed = meta;
    this.chars = buf;
    this.packedSingles = this.fields.size();
  }

  private static int pack(String[] keys, int[] meta, char[] buf, int e, int off, String key, String value) {
    keys[e] = key;
    meta[4 * e] = key.hashCode();
    meta[4 * e + 1] = value.hashCode();
    meta[4 * e + 2] = off;
    meta[4 * e + 3] = value.length();
    value.getChars(0, value.length(), buf, off);
    return off + value.length();
  }

  /** The keys of the packed entries (see the field's comment). */
  String[] packedKeys() {
    return packedKeys;
  }

  /** {key hash, value hash, offset, length} per packed entry. */
  int[] packed() {
    return packed;
  }

  /** The hash code of the segment key (0 without segment). */
  int segmentHash() {
    return segmentHash;
  }

  /** The length of the segment key in {@link #chars()} (from 0), or -1 without segment. */
  int segmentLength() {
    return segment == null ? -1 : packedSegmentLength;
  }

  /** The hash code of the stage code. */
  int stageHash() {
    return stageHash;
  }

  /** The offset of the stage code in {@link #chars()} (its length is {@link #stageLength()}). */
  int stageOffset() {
    return packedSegmentLength;
  }

  /** The length of the stage code. */
  int stageLength() {
    return packedStageLength;
  }

  /** The number of packed entries of single-valued fields (they come first). */
  int packedSingles() {
    return packedSingles;
  }

  /** The packed values' characters. */
  char[] chars() {
    return chars;
  }

  /** A deal without segment and without tags. */
  public static Deal of(String stage, Map<String, String> fields) {
    return new Deal(null, stage, fields, Map.of());
  }

  /** A deal of {@code segment} without tags. */
  public static Deal of(String segment, String stage, Map<String, String> fields) {
    return new Deal(Objects.requireNonNull(segment, "segment"), stage, fields, Map.of());
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
