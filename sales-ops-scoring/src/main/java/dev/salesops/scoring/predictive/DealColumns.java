package dev.salesops.scoring.predictive;

import dev.salesops.core.model.Outcome;
import dev.salesops.core.internal.Checks;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A batch of deals encoded once into columns of int ids (segment, stage, one column per configured field, and a
 * compressed list of tag values per tag field), for bulk training ({@link FrequencyTables#addAll(DealColumns)})
 * and bulk prediction ({@link NaiveBayesModel#probabilities(DealColumns)}) without hashing a string per deal.
 * Each distinct string is hashed once per batch, and once more per model or table the batch is used with (to map
 * the batch's ids to theirs); the rows themselves are then read as flat arrays.
 *
 * <p>Encode once and reuse when the same deals are scored repeatedly (e.g. the open pipeline re-scored after
 * every model rebuild). Only the fields named by the configuration are kept; the results are exactly those of
 * {@link FrequencyTables#add} and {@link NaiveBayesModel#probability} on the deals it was encoded from (tag
 * values are kept in the order their set iterates).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DealColumns {
  static final byte OPEN = 0;
  static final byte WON = 1;
  static final byte LOST = 2;

  /**
   * The empty batch (no deals, no fields): every model and table accepts it and does nothing with it.
   */
  public static final DealColumns EMPTY = new DealColumns(List.of(), List.of(), List.of(), true);

  private final List<String> fields;
  private final List<String> tagFields;
  private final int size;
  private final StringIds segmentDictionary = new StringIds();
  private final StringIds stageDictionary = new StringIds();
  private final StringIds[] valueDictionaries;
  private final int[] segments;
  private final int[] stages;
  private final int[][] values;
  private final int[][] tagOffsets;
  private final int[][] tagValues;
  private final byte[] outcomes;
  private final boolean closed;

  private DealColumns(List<String> fields, List<String> tagFields, List<?> rows, boolean closed) {
    this.fields = fields;
    this.tagFields = tagFields;
    this.closed = closed;
    this.size = rows.size();
    int nFields = fields.size();
    int nTags = tagFields.size();
    valueDictionaries = new StringIds[nFields + nTags];
    for (int f = 0; f < valueDictionaries.length; f++) {
      valueDictionaries[f] = new StringIds();
    }
    segments = new int[size];
    stages = new int[size];
    outcomes = new byte[size];
    values = new int[nFields][size];
    tagOffsets = new int[nTags][size + 1];
    int[][] tv = new int[nTags][16];
    int[] tagCount = new int[nTags];
    String[] fieldNames = fields.toArray(new String[0]);
    String[] tagNames = tagFields.toArray(new String[0]);
    int[] nameHashes = new int[nFields + nTags];
    for (int i = 0; i < nameHashes.length; i++) {
      nameHashes[i] = (i < nFields ? fieldNames[i] : tagNames[i - nFields]).hashCode();
    }
    int row = 0;
    for (Object o : rows) {
      Deal deal;
      if (closed) {
        ClosedDeal c = (ClosedDeal) Objects.requireNonNull(o, "deals element");
        deal = c.deal();
        outcomes[row] = c.outcome() == Outcome.WON ? WON : LOST;
      } else {
        deal = (Deal) Objects.requireNonNull(o, "deals element");
      }
      char[] cs = deal.chars();
      int segLen = deal.segmentLength();
      segments[row] = segLen < 0 ? -1 : segmentDictionary.add(cs, 0, segLen, deal.segmentHash());
      stages[row] = stageDictionary.add(cs, deal.stageOffset(), deal.stageLength(), deal.stageHash());
      String[] keys = deal.packedKeys();
      int[] meta = deal.packed();
      int singles = deal.packedSingles();
      for (int f = 0; f < nFields; f++) {
        String name = fieldNames[f];
        int nameHash = nameHashes[f];
        int id = -1;
        for (int e = 0; e < singles; e++) {
          int m = 4 * e;
          if (meta[m] == nameHash && (keys[e] == name || keys[e].equals(name))) {
            id = valueDictionaries[f].add(cs, meta[m + 2], meta[m + 3], meta[m + 1]);
            break;
          }
        }
        values[f][row] = id;
      }
      for (int t = 0; t < nTags; t++) {
        String name = tagNames[t];
        int nameHash = nameHashes[nFields + t];
        StringIds dict = valueDictionaries[nFields + t];
        for (int e = singles; e < keys.length; e++) {
          int m = 4 * e;
          if (meta[m] == nameHash && (keys[e] == name || keys[e].equals(name))) {
            if (tagCount[t] == tv[t].length) {
              tv[t] = Arrays.copyOf(tv[t], tv[t].length * 2);
            }
            tv[t][tagCount[t]++] = dict.add(cs, meta[m + 2], meta[m + 3], meta[m + 1]);
          }
        }
        tagOffsets[t][row + 1] = tagCount[t];
      }
      row++;
    }
    tagValues = new int[nTags][];
    for (int t = 0; t < nTags; t++) {
      tagValues[t] = Arrays.copyOf(tv[t], tagCount[t]);
    }
  }

  /** Open deals encoded for {@code config}'s fields (for {@link NaiveBayesModel#probabilities(DealColumns)}). */
  public static DealColumns of(NaiveBayesConfig config, List<Deal> deals) {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(deals, "deals");
    return new DealColumns(config.fields(), config.tagFields(), deals, false);
  }

  /**
   * Closed deals encoded for {@code config}'s fields, with their outcomes (for {@link
   * FrequencyTables#addAll(DealColumns)}; a model can also predict them, ignoring the outcomes).
   */
  public static DealColumns ofClosed(NaiveBayesConfig config, List<ClosedDeal> deals) {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(deals, "deals");
    return new DealColumns(config.fields(), config.tagFields(), deals, true);
  }

  /** The number of deals. */
  public int size() {
    return size;
  }

  /** Whether the rows carry outcomes (encoded by {@link #ofClosed}). */
  public boolean isClosed() {
    return closed;
  }

  /** Refuses a non-empty batch encoded for other fields (the empty batch fits every configuration). */
  void checkFields(NaiveBayesConfig config) {
    if (size > 0 && (!config.fields().equals(fields) || !config.tagFields().equals(tagFields))) {
      throw Checks.fail("deals", "must be encoded for the fields " + config.fields() + " and tag fields "
          + config.tagFields(), fields + " " + tagFields);
    }
  }

  void checkClosed(NaiveBayesConfig config) {
    checkFields(config);
    if (size > 0 && !closed) {
      throw Checks.fail("deals", "must be closed deals (DealColumns.ofClosed) to be counted", "open deals");
    }
  }

  StringIds segmentDictionary() {
    return segmentDictionary;
  }

  StringIds stageDictionary() {
    return stageDictionary;
  }

  StringIds valueDictionary(int field) {
    return valueDictionaries[field];
  }

  int[] segments() {
    return segments;
  }

  int[] stages() {
    return stages;
  }

  int[][] values() {
    return values;
  }

  int[][] tagOffsets() {
    return tagOffsets;
  }

  int[][] tagValues() {
    return tagValues;
  }

  byte[] outcomes() {
    return outcomes;
  }

  @Override
  public String toString() {
    return "DealColumns{size=" + size + ", closed=" + closed + ", fields=" + fields + ", tagFields=" + tagFields + "}";
  }
}
