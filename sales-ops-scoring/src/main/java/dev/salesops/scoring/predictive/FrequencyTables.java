package dev.salesops.scoring.predictive;

import dev.salesops.core.model.Outcome;
import dev.salesops.core.accumulate.Accumulator;
import dev.salesops.core.internal.Checks;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.Optional;

/**
 * The won/lost frequency tables of the naive Bayes model, per (segment key, field, value) and (segment key,
 * stage), learned from closed deals and updated incrementally.
 *
 * <ul>
 *   <li>{@link #add} a deal when it is won or lost: +1 won (or lost) for every configured field value it has;
 *       the stage is counted cumulatively: a won deal counts as won in <em>every</em> configured stage, a lost
 *       deal counts as lost in the stage it was lost in and every earlier stage (Odoo's
 *       {@code _pls_prepare_frequencies}). A multi-valued field counts once per value.
 *   <li>{@link #remove} the same deal, with the values it had when it closed, when it is reopened (a won deal
 *       back in the pipeline) or restored (a lost deal reactivated): -1 where {@code add} gave +1.
 *   <li>{@link #merge} tables of two shards: the tables of the union of their deals.
 * </ul>
 *
 * <p>Net counts are kept exact (integers); smoothing is applied when the model is built, so a sequence of
 * adds and removes gives exactly the tables of a rebuild from the deals that remain closed, and shards merge
 * exactly. An entry exists while its net won or lost count is not 0 (an entry is "seen" when a closed deal
 * counts in it). <b>Deviations from Odoo</b> (documented choices, so that incremental == rebuild holds exactly):
 * Odoo keeps a frequency row at 0.1/0.1 after its last deal is decremented (until its nightly rebuild drops it),
 * we drop it at once; Odoo stores smoothed floats and floors a decremented count at 0.1 immediately, so a remove
 * of a deal that was never added followed by an add reads 1.1 there and 0.1 here (net 0). For consistent
 * histories (every removed deal was added before) the probabilities agree with an Odoo rebuild.
 *
 * <p>Internally every field value (and segment key) gets a dense int id once, and counts live in flat
 * {@code long} arrays per (segment, field), so counting a deal costs one small hash probe per value and no
 * allocation. {@link #addAll(DealColumns)} counts an already encoded batch without any string hashing.
 *
 * <p><b>Not thread-safe</b>: use one per thread or shard and {@link #merge}.
 */
public final class FrequencyTables implements Accumulator<ClosedDeal, FrequencyTables, NaiveBayesModel> {
  private final NaiveBayesConfig config;
  private final StringIds stageIds = new StringIds();
  private final String[] fieldNames;
  private final String[] tagNames;
  private final int stageCount;
  private final int fieldCount;
  /** Value ids per field (single-valued fields first, then tag fields), shared by all segments. */
  private final StringIds[] valueIds;
  /** Hash codes of the field names, then the tag field names. */
  private final int[] nameHashes;
  /** Segment ids ({@code null} key excluded: see {@link #noSegment}). */
  private final StringIds segmentIds = new StringIds();
  private Seg[] segments = new Seg[8];
  /** The deals without segment; {@code null} until one is counted. */
  private Seg noSegment;

  /** Empty tables for {@code config}. */
  public FrequencyTables(NaiveBayesConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.fieldNames = config.fields().toArray(new String[0]);
    this.tagNames = config.tagFields().toArray(new String[0]);
    this.stageCount = config.stages().size();
    this.fieldCount = fieldNames.length + tagNames.length;
    for (String st : config.stages()) {
      stageIds.add(st);
    }
    nameHashes = new int[fieldCount];
    for (int i = 0; i < fieldCount; i++) {
      nameHashes[i] = (i < fieldNames.length ? fieldNames[i] : tagNames[i - fieldNames.length]).hashCode();
    }
    valueIds = new StringIds[fieldCount];
    for (int i = 0; i < fieldCount; i++) {
      valueIds[i] = new StringIds();
    }
  }

  /** The configuration. */
  public NaiveBayesConfig config() {
    return config;
  }

  /**
   * Counts a deal that was won or lost.
   *
   * @throws dev.salesops.core.validation.ValidationException when a lost deal's stage is not a configured stage
   */
  @Override
  public void add(ClosedDeal record) {
    update(Objects.requireNonNull(record, "record"), 1);
  }

  /**
   * Counts every deal of {@code records}, as {@link #add} one by one (a convenience for bulk training).
   *
   * @throws dev.salesops.core.validation.ValidationException when a lost deal's stage is not a configured stage
   *     (the deals before it stay counted)
   */
  public void addAll(Iterable<ClosedDeal> records) {
    Objects.requireNonNull(records, "records");
    for (ClosedDeal r : records) {
      update(Objects.requireNonNull(r, "records element"), 1);
    }
  }

  /**
   * Counts every row of an encoded batch of closed deals, as {@link #add} would count each {@link ClosedDeal} it
   * was encoded from (the fast bulk path: no string is hashed per row).
   *
   * @throws dev.salesops.core.validation.ValidationException when {@code deals} holds open deals (rows without
   *     outcome), was encoded for another configuration, or a lost deal's stage is not a configured stage (then
   *     nothing is counted)
   */
  public void addAll(DealColumns deals) {
    Objects.requireNonNull(deals, "deals");
    deals.checkClosed(config);
    int n = deals.size();
    if (n == 0) {
      return;
    }
    // validate first, so that a refusal leaves the tables unchanged
    int[] stageMap = new int[deals.stageDictionary().size()];
    for (int i = 0; i < stageMap.length; i++) {
      stageMap[i] = stageIds.get(deals.stageDictionary().name(i));
    }
    byte[] outcome = deals.outcomes();
    int[] stage = deals.stages();
    for (int row = 0; row < n; row++) {
      if (outcome[row] == DealColumns.LOST && stageMap[stage[row]] < 0) {
        throw Checks.fail("deal.stage", "must be one of the configured stages " + config.stages() + " for a lost deal",
            deals.stageDictionary().name(stage[row]));
      }
    }
    Seg[] segMap = new Seg[deals.segmentDictionary().size()];
    for (int i = 0; i < segMap.length; i++) {
      segMap[i] = segment(deals.segmentDictionary().name(i));
    }
    int[][] valueMap = new int[fieldCount][];
    for (int f = 0; f < fieldCount; f++) {
      StringIds dict = deals.valueDictionary(f);
      valueMap[f] = new int[dict.size()];
      for (int i = 0; i < dict.size(); i++) {
        valueMap[f][i] = valueIds[f].add(dict.name(i));
      }
    }
    int[] segCol = deals.segments();
    int nFields = fieldNames.length;
    int[][] values = deals.values();
    int[][] tagOffsets = deals.tagOffsets();
    int[][] tagValues = deals.tagValues();
    Seg noSeg = null;
    for (int row = 0; row < n; row++) {
      Seg seg;
      int sid = segCol[row];
      if (sid < 0) {
        if (noSeg == null) {
          noSeg = segment(null);
        }
        seg = noSeg;
      } else {
        seg = segMap[sid];
      }
      boolean won = outcome[row] == DealColumns.WON;
      if (won) {
        long[] a = seg.stageWon;
        for (int s = 0; s < stageCount; s++) {
          a[s]++;
        }
      } else {
        long[] a = seg.stageLost;
        for (int s = 0, upTo = stageMap[stage[row]]; s <= upTo; s++) {
          a[s]++;
        }
      }
      int side = won ? 0 : 1;
      for (int f = 0; f < nFields; f++) {
        int v = values[f][row];
        if (v >= 0) {
          seg.bump(f, valueMap[f][v], side, 1);
        }
      }
      for (int t = 0; t < tagNames.length; t++) {
        int[] off = tagOffsets[t];
        int[] tv = tagValues[t];
        int[] map = valueMap[nFields + t];
        for (int j = off[row], end = off[row + 1]; j < end; j++) {
          seg.bump(nFields + t, map[tv[j]], side, 1);
        }
      }
    }
  }

  /**
   * Counts a closed deal given as the host's field values, without building a {@link Deal} or {@link
   * ClosedDeal}: exactly {@link #add(ClosedDeal)} of the deal {@link NaiveBayesModel#probability(String, String,
   * String[], String[][])} describes for the same arguments (counts do not depend on the order of tag values).
   * The arrays may be reused by the caller between calls.
   *
   * @throws dev.salesops.core.validation.ValidationException when the stage is blank or too long (or, for a lost
   *     deal, not a configured stage), an array does not have one entry per configured field, or a tag value
   *     repeats; nothing is counted then
   */
  public void add(String segment, String stage, String[] fieldValues, String[][] tagValues, Outcome outcome) {
    hostAdd(Objects.requireNonNull(segment, "segment"), stage, fieldValues, tagValues, outcome);
  }

  /** {@link #add(String, String, String[], String[][], Outcome)} of a deal without segment. */
  public void add(String stage, String[] fieldValues, String[][] tagValues, Outcome outcome) {
    hostAdd(null, stage, fieldValues, tagValues, outcome);
  }

  private void hostAdd(String segment, String stage, String[] fieldValues, String[][] tagValues, Outcome outcome) {
    Checks.text(stage, "deal.stage", 64);
    Objects.requireNonNull(outcome, "outcome");
    HostValues.check(fieldNames.length, tagNames.length, fieldValues, tagValues);
    if (!outcome.isClosed()) {
      throw Checks.fail("outcome", "must be WON or LOST for a closed deal", outcome);
    }
    boolean won = outcome == Outcome.WON;
    int upTo;
    if (won) {
      upTo = stageCount - 1;
    } else {
      upTo = stageIds.get(stage);
      if (upTo < 0) {
        throw Checks.fail("deal.stage", "must be one of the configured stages " + config.stages() + " for a lost deal", stage);
      }
    }
    Seg seg = segment(segment);
    long[] stageCounts = won ? seg.stageWon : seg.stageLost;
    for (int s = 0; s <= upTo; s++) {
      stageCounts[s]++;
    }
    int side = won ? 0 : 1;
    for (int i = 0; i < fieldValues.length; i++) {
      String value = fieldValues[i];
      if (value != null) {
        seg.bump(i, valueIds[i].add(value), side, 1);
      }
    }
    {
      int nFields = fieldValues.length;
      for (int t = 0; t < tagValues.length; t++) {
        String[] values = tagValues[t];
        if (values != null) {
          StringIds ids = valueIds[nFields + t];
          for (String value : values) {
            seg.bump(nFields + t, ids.add(value), side, 1);
          }
        }
      }
    }
  }

  /**
   * Uncounts a deal that was counted by {@link #add} and is reopened or restored; pass the values it had when
   * it closed.
   *
   * @throws dev.salesops.core.validation.ValidationException when these tables never counted such a deal (a count
   *     would go below zero), changing nothing. With partial tables (shards), remove a deal from the partial that
   *     counted it: route a deal's close and reopen to the same shard.
   */
  public void remove(ClosedDeal record) {
    Objects.requireNonNull(record, "record");
    checkCounted(record);
    update(record, -1);
  }

  /**
   * Refuses, before anything changes, the removal of a deal these tables never counted (a count would go below
   * zero): its segment, every stage it passed and every field value must hold at least one such deal.
   */
  private void checkCounted(ClosedDeal record) {
    Deal deal = record.deal();
    NaiveBayesConfigChecks.check(config, deal);
    Seg seg;
    if (deal.segmentLength() < 0) {
      seg = noSegment;
    } else {
      int id = segmentIds.get(deal.chars(), 0, deal.segmentLength(), deal.segmentHash());
      seg = id < 0 ? null : segments[id];
    }
    boolean won = record.outcome() == Outcome.WON;
    int upTo = won ? stageCount - 1 : stageIds.get(deal.chars(), deal.stageOffset(), deal.stageLength(), deal.stageHash());
    long[] stages = seg == null ? null : won ? seg.stageWon : seg.stageLost;
    boolean counted = seg != null && upTo >= 0 && stages[upTo] > 0;
    int side = won ? 0 : 1;
    for (int f = 0; counted && f < fieldCount; f++) {
      String name = f < fieldNames.length ? fieldNames[f] : tagNames[f - fieldNames.length];
      java.util.Collection<String> values = f < fieldNames.length
          ? (deal.fields().containsKey(name) ? java.util.List.of(deal.fields().get(name)) : java.util.List.of())
          : deal.tags().getOrDefault(name, Set.of());
      for (String v : values) {
        int id = valueIds[f].get(v);
        long[] c = seg.counts[f];
        if (id < 0 || 2 * id + side >= c.length || c[2 * id + side] <= 0) {
          counted = false;
          break;
        }
      }
    }
    if (!counted) {
      throw Checks.fail("record", "must be a deal these tables counted (remove() takes back an add(): a count would go below zero)",
          record.outcome() + " deal at stage " + deal.stage());
    }
  }

  private Seg segment(String key) {
    if (key == null) {
      if (noSegment == null) {
        noSegment = new Seg(stageCount, fieldCount);
      }
      return noSegment;
    }
    int id = segmentIds.get(key);
    if (id >= 0) {
      return segments[id];
    }
    id = segmentIds.add(key);
    if (id == segments.length) {
      segments = Arrays.copyOf(segments, id * 2);
    }
    Seg seg = new Seg(stageCount, fieldCount);
    segments[id] = seg;
    return seg;
  }

  private Seg segmentOf(Deal deal) {
    int len = deal.segmentLength();
    if (len < 0) {
      return segment(null);
    }
    int id = segmentIds.get(deal.chars(), 0, len, deal.segmentHash());
    return id >= 0 ? segments[id] : segment(deal.segmentOrNull());
  }

  private void update(ClosedDeal record, int step) {
    Deal deal = record.deal();
    NaiveBayesConfigChecks.check(config, deal);
    boolean won = record.outcome() == Outcome.WON;
    int upTo;
    if (won) {
      upTo = stageCount - 1;
    } else {
      int idx = stageIds.get(deal.chars(), deal.stageOffset(), deal.stageLength(), deal.stageHash());
      if (idx < 0) {
        throw Checks.fail("deal.stage", "must be one of the configured stages " + config.stages() + " for a lost deal", deal.stage());
      }
      upTo = idx;
    }
    Seg seg = segmentOf(deal);
    long[] stageCounts = won ? seg.stageWon : seg.stageLost;
    for (int s = 0; s <= upTo; s++) {
      stageCounts[s] += step;
    }
    int side = won ? 0 : 1;
    String[] keys = deal.packedKeys();
    int[] meta = deal.packed();
    char[] cs = deal.chars();
    int singles = deal.packedSingles();
    int entries = keys.length;
    int nFields = fieldNames.length;
    for (int i = 0; i < nFields; i++) {
      String name = fieldNames[i];
      int nameHash = nameHashes[i];
      for (int e = 0; e < singles; e++) {
        int m = 4 * e;
        if (meta[m] == nameHash && (keys[e] == name || keys[e].equals(name))) {
          seg.bump(i, valueIds[i].add(cs, meta[m + 2], meta[m + 3], meta[m + 1]), side, step);
          break;
        }
      }
    }
    for (int i = 0; i < tagNames.length && singles < entries; i++) {
      int f = nFields + i;
      String name = tagNames[i];
      int nameHash = nameHashes[f];
      StringIds ids = valueIds[f];
      for (int e = singles; e < entries; e++) {
        int m = 4 * e;
        if (meta[m] == nameHash && (keys[e] == name || keys[e].equals(name))) {
          seg.bump(f, ids.add(cs, meta[m + 2], meta[m + 3], meta[m + 1]), side, step);
        }
      }
    }
  }

  @Override
  public FrequencyTables merge(FrequencyTables other) {
    Objects.requireNonNull(other, "other");
    if (!other.config.equals(config)) {
      throw Checks.fail("other.config", "must equal this table's configuration", other.config);
    }
    int[][] valueMap = new int[fieldCount][];
    for (int f = 0; f < fieldCount; f++) {
      StringIds theirs = other.valueIds[f];
      valueMap[f] = new int[theirs.size()];
      for (int i = 0; i < theirs.size(); i++) {
        valueMap[f][i] = valueIds[f].add(theirs.name(i));
      }
    }
    if (other.noSegment != null) {
      segment(null).addAll(other.noSegment, valueMap);
    }
    for (int i = 0; i < other.segmentIds.size(); i++) {
      segment(other.segmentIds.name(i)).addAll(other.segments[i], valueMap);
    }
    return this;
  }

  /** The net counts so far, per segment key (empty key = deals without segment). */
  public Map<Optional<String>, SegmentCounts> counts() {
    Map<Optional<String>, SegmentCounts> out = new HashMap<>();
    if (noSegment != null) {
      countsOf(null, noSegment, out);
    }
    for (int i = 0; i < segmentIds.size(); i++) {
      countsOf(segmentIds.name(i), segments[i], out);
    }
    return Map.copyOf(out);
  }

  private void countsOf(String key, Seg seg, Map<Optional<String>, SegmentCounts> out) {
    Map<String, Count> stages = new HashMap<>();
    for (int s = 0; s < seg.stageWon.length; s++) {
      if (seg.stageWon[s] != 0 || seg.stageLost[s] != 0) {
        stages.put(config.stages().get(s), new Count(seg.stageWon[s], seg.stageLost[s]));
      }
    }
    Map<String, Map<String, Count>> fields = new HashMap<>();
    for (int f = 0; f < fieldCount; f++) {
      Map<String, Count> values = new HashMap<>();
      long[] c = seg.counts[f];
      int n = Math.min(c.length / 2, valueIds[f].size());
      for (int v = 0; v < n; v++) {
        if (c[2 * v] != 0 || c[2 * v + 1] != 0) {
          values.put(valueIds[f].name(v), new Count(c[2 * v], c[2 * v + 1]));
        }
      }
      if (!values.isEmpty()) {
        fields.put(f < fieldNames.length ? fieldNames[f] : tagNames[f - fieldNames.length], values);
      }
    }
    if (!stages.isEmpty() || !fields.isEmpty()) {
      out.put(Optional.ofNullable(key), new SegmentCounts(stages, fields));
    }
  }

  /** The model of everything counted so far (the tables are unchanged and may be updated further). */
  @Override
  public NaiveBayesModel finish() {
    return new NaiveBayesModel(config, counts());
  }

  @Override
  public String toString() {
    return "FrequencyTables{segments=" + (segmentIds.size() + (noSegment == null ? 0 : 1)) + "}";
  }

  // ---- portable state (see FrequencyTablesCodec): package-private, additive ----

  int portableFieldCount() {
    return fieldCount;
  }

  int portableStageCount() {
    return stageCount;
  }

  /** Visits every segment ({@code null} key first when present) with its stage counts and, per field, its values. */
  void portableVisit(PortableVisitor v) {
    if (noSegment != null) {
      portableVisit(null, noSegment, v);
    }
    for (int i = 0; i < segmentIds.size(); i++) {
      portableVisit(segmentIds.name(i), segments[i], v);
    }
  }

  private void portableVisit(String key, Seg seg, PortableVisitor v) {
    String[][] names = new String[fieldCount][];
    long[][] counts = new long[fieldCount][];
    for (int f = 0; f < fieldCount; f++) {
      int n = Math.min(seg.counts[f].length / 2, valueIds[f].size());
      names[f] = new String[n];
      for (int i = 0; i < n; i++) {
        names[f][i] = valueIds[f].name(i);
      }
      counts[f] = Arrays.copyOf(seg.counts[f], 2 * n);
    }
    v.segment(key, seg.stageWon.clone(), seg.stageLost.clone(), names, counts);
  }

  /** Receives one segment: stage won/lost counts; per field the value names by id and {won, lost} interleaved. */
  interface PortableVisitor {
    void segment(String key, long[] stageWon, long[] stageLost, String[][] valueNames, long[][] valueCounts);
  }

  /** Adds counts to segment {@code key} ({@code null}: deals without segment). */
  void portableAddStages(String key, long[] stageWon, long[] stageLost) {
    Seg seg = segment(key);
    for (int s = 0; s < stageCount; s++) {
      seg.stageWon[s] += stageWon[s];
      seg.stageLost[s] += stageLost[s];
    }
  }

  /** Adds {@code won} and {@code lost} to value {@code value} of field {@code field} in segment {@code key}. */
  void portableAddValue(String key, int field, String value, long won, long lost) {
    Seg seg = segment(key);
    int id = valueIds[field].add(value);
    seg.bump(field, id, 0, won);
    seg.bump(field, id, 1, lost);
  }

  /** The net counts of one segment: per stage, and per field {won, lost} interleaved by value id. */
  private static final class Seg {
    final long[] stageWon;
    final long[] stageLost;
    final long[][] counts;

    Seg(int stages, int fields) {
      stageWon = new long[stages];
      stageLost = new long[stages];
      counts = new long[fields][];
      for (int i = 0; i < fields; i++) {
        counts[i] = new long[16];
      }
    }

    void bump(int field, int valueId, int side, long step) {
      long[] c = counts[field];
      int at = 2 * valueId + side;
      if (at >= c.length) {
        // keep the length even (room for both sides of valueId): readers take length / 2 values, so an odd
        // length (at + 2 for a lost count) would hide the won count of the next value id
        c = Arrays.copyOf(c, Math.max(c.length * 2, 2 * valueId + 2));
        counts[field] = c;
      }
      c[at] += step;
    }

    void addAll(Seg o, int[][] valueMap) {
      for (int s = 0; s < o.stageWon.length; s++) {
        stageWon[s] += o.stageWon[s];
        stageLost[s] += o.stageLost[s];
      }
      for (int f = 0; f < o.counts.length; f++) {
        long[] c = o.counts[f];
        int[] map = valueMap[f];
        for (int v = 0; v < map.length && 2 * v + 1 < c.length; v++) {
          if (c[2 * v] != 0 || c[2 * v + 1] != 0) {
            bump(f, map[v], 0, c[2 * v]);
            bump(f, map[v], 1, c[2 * v + 1]);
          }
        }
      }
    }
  }
}
