package dev.salesops.scoring.predictive;

import dev.salesops.core.internal.Checks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A naive Bayes win-probability model frozen from {@link FrequencyTables}: Odoo's predictive lead scoring
 * ({@code odoo/odoo addons/crm/models/crm_lead.py}, {@code _pls_get_naive_bayes_probabilities},
 * {@code _pls_prepare_frequencies}, {@code _pls_update_frequency_table}, {@code _pls_get_won_lost_total_count}),
 * reproduced as follows and explained factor by factor.
 *
 * <ol>
 *   <li>Tables: the deal's segment's tables when that segment has any entry; otherwise (no segment, or a segment
 *       never seen) the fallback: every entry summed over all segments (including deals without segment), each
 *       segment's entry smoothed before summing, as Odoo sums its per-team frequency rows.
 *   <li>Smoothed counts: {@code c = max(0, net) + smoothing} for every entry present (0.1 in the preset).
 *       Multi-valued (tag) entries with {@code c_won + c_lost < tagSupportThreshold} are ignored (per segment
 *       row, before the fallback sums them).
 *   <li>Prior: the first configured stage's smoothed counts (it holds every closed deal of the segment, since
 *       stages count cumulatively): {@code P(won) = W / (W + L)}. No first-stage entry: no prediction.
 *   <li>Stage factor: {@code c_won(stage) / W} and {@code c_lost(stage) / L}. Field factors: {@code
 *       c_won(value) / Σ_values c_won} and {@code c_lost(value) / Σ_values c_lost} (sums over the field's
 *       values used in those tables). Values never seen in the tables (and unconfigured fields) are skipped.
 *   <li>{@code S_won = P(won) × Π won factors}, {@code S_lost = P(lost) × Π lost factors}, probability {@code
 *       S_won / (S_won + S_lost)}, clamped to [{@code minProbability}, {@code maxProbability}] (Odoo: [0.01%,
 *       99.99%]; Odoo also rounds the percentage to 2 decimals for display, which this model leaves to the
 *       caller).
 * </ol>
 *
 * <p>Fast paths: {@link #probability(Deal)} reads precomputed likelihoods from flat arrays indexed by dense value
 * ids (one small hash probe per field value, no allocation); {@link #probabilities(DealColumns)} scores an
 * encoded batch without hashing any string per deal. Both multiply the same factors in the same order as {@link
 * #predict}, so all three give bit-identical probabilities.
 *
 * <p>Equal when built from the same configuration and net counts, and then bit-identical in every probability:
 * sums over values and segments are taken in a fixed order (by value, by segment key with no segment first), not
 * in the maps' iteration order. This class is immutable and thread-safe.
 */
public final class NaiveBayesModel {
  /** The field name used for the stage factor. */
  public static final String STAGE = "stage";

  private final NaiveBayesConfig config;
  private final Map<Optional<String>, SegmentCounts> counts;
  private final StringIds segmentIds = new StringIds();
  private final View[] segmentViews;
  private final View noSegmentView;
  /** Dense ids of every stage and field value present in the counts (fields, then tag fields). */
  private final StringIds stageIds = new StringIds();
  private final StringIds[] valueIds;
  private final View fallback;
  private final String[] fieldNames;
  private final String[] tagNames;
  /** Hash codes of the field names, then the tag field names. */
  private final int[] nameHashes;
  /** Segment keys in a fixed order: no segment first, then by key. */
  private static final java.util.Comparator<Optional<String>> SEGMENT_ORDER =
      java.util.Comparator.comparing((Optional<String> k) -> k.orElse(null), java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()));

  NaiveBayesModel(NaiveBayesConfig config, Map<Optional<String>, SegmentCounts> counts) {
    this.config = config;
    this.counts = Map.copyOf(counts);
    this.fieldNames = config.fields().toArray(new String[0]);
    this.tagNames = config.tagFields().toArray(new String[0]);
    int nAll = fieldNames.length + tagNames.length;
    this.nameHashes = new int[nAll];
    for (int i = 0; i < nAll; i++) {
      nameHashes[i] = (i < fieldNames.length ? fieldNames[i] : tagNames[i - fieldNames.length]).hashCode();
    }
    this.valueIds = new StringIds[nAll];
    for (int i = 0; i < nAll; i++) {
      valueIds[i] = new StringIds();
    }
    for (SegmentCounts c : this.counts.values()) {
      c.stages().keySet().forEach(stageIds::add);
      for (int i = 0; i < nAll; i++) {
        Map<String, Count> vs = c.fields().get(i < fieldNames.length ? fieldNames[i] : tagNames[i - fieldNames.length]);
        if (vs != null) {
          vs.keySet().forEach(valueIds[i]::add);
        }
      }
    }
    List<View> views = new ArrayList<>();
    counts.forEach((k, c) -> k.ifPresent(key -> {
      segmentIds.add(key);
      views.add(new View(config, List.of(c), stageIds, valueIds));
    }));
    this.segmentViews = views.toArray(new View[0]);
    // the fallback sums the segments in key order (no segment first), so that equal counts give bit-identical
    // likelihoods whatever order the maps iterate in
    List<Map.Entry<Optional<String>, SegmentCounts>> bySegment = new ArrayList<>(counts.entrySet());
    bySegment.sort(Map.Entry.comparingByKey(SEGMENT_ORDER));
    List<SegmentCounts> parts = new ArrayList<>();
    bySegment.forEach(e -> parts.add(e.getValue()));
    this.fallback = new View(config, parts, stageIds, valueIds);
    this.noSegmentView = fallback;
  }

  /** A model from net counts (e.g. persisted from {@link FrequencyTables#counts()}). */
  public static NaiveBayesModel of(NaiveBayesConfig config, Map<Optional<String>, SegmentCounts> counts) {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(counts, "counts");
    return new NaiveBayesModel(config, counts);
  }

  /** The configuration. */
  public NaiveBayesConfig config() {
    return config;
  }

  /** The net counts per segment key. */
  public Map<Optional<String>, SegmentCounts> counts() {
    return counts;
  }

  private View viewFor(Deal deal) {
    int len = deal.segmentLength();
    if (len < 0) {
      return noSegmentView;
    }
    int id = segmentIds.get(deal.chars(), 0, len, deal.segmentHash());
    return id >= 0 ? segmentViews[id] : fallback;
  }

  /**
   * The clamped win probability of {@code deal}, without explanation (the fast path); {@code NaN} when the
   * tables used hold no closed deal (no first-stage entry).
   */
  public double probability(Deal deal) {
    Objects.requireNonNull(deal, "deal");
    NaiveBayesConfigChecks.check(config, deal);
    View v = viewFor(deal);
    if (!v.valid) {
      return Double.NaN;
    }
    // absent entries hold 1.0: multiplying by it is exact, so the result is that of skipping them
    double sWon = v.priorWon;
    double sLost = v.priorLost;
    int st = stageIds.get(deal.chars(), deal.stageOffset(), deal.stageLength(), deal.stageHash());
    if (st >= 0) {
      sWon *= v.stageWon[st];
      sLost *= v.stageLost[st];
    }
    String[] keys = deal.packedKeys();
    int[] meta = deal.packed();
    char[] cs = deal.chars();
    int singles = deal.packedSingles();
    int entries = keys.length;
    String[] fields = fieldNames;
    int[] fieldHashes = nameHashes;
    StringIds[] ids = valueIds;
    for (int i = 0; i < fields.length; i++) {
      String name = fields[i];
      int nameHash = fieldHashes[i];
      for (int e = 0; e < singles; e++) {
        int m = 4 * e;
        if (meta[m] == nameHash && (keys[e] == name || keys[e].equals(name))) {
          int id = ids[i].get(cs, meta[m + 2], meta[m + 3], meta[m + 1]);
          if (id >= 0) {
            sWon *= v.won[i][id];
            sLost *= v.lost[i][id];
          }
          break;
        }
      }
    }
    if (singles < entries) {
      for (int i = 0; i < tagNames.length; i++) {
        int f = fields.length + i;
        String name = tagNames[i];
        int nameHash = fieldHashes[f];
        double[] w = v.won[f];
        double[] l = v.lost[f];
        for (int e = singles; e < entries; e++) {
          int m = 4 * e;
          if (meta[m] == nameHash && (keys[e] == name || keys[e].equals(name))) {
            int id = ids[f].get(cs, meta[m + 2], meta[m + 3], meta[m + 1]);
            if (id >= 0) {
              sWon *= w[id];
              sLost *= l[id];
            }
          }
        }
      }
    }
    return clamp(sWon / (sWon + sLost));
  }

  /**
   * The clamped win probability of a deal given as the host's field values, without building a {@link Deal}
   * (the host-facing fast path: nothing is allocated, nothing is copied). Exactly {@link #probability(Deal)} of
   * {@code new Deal(segment, stage, fields, tags)} where {@code fields} maps {@code
   * config().fields().get(i)} to {@code fieldValues[i]} (null: the deal lacks the field) and {@code tags} maps
   * {@code config().tagFields().get(i)} to the values {@code tagValues[i]} (null or empty: none), provided the
   * deal's tag sets iterate in the order given here (factors are multiplied in that order; floating-point
   * products of the same factors in another order may differ in the last bit). The arrays may be reused by
   * the caller between calls.
   *
   * @param segment the segment key (see the overload without segment)
   * @param stage the stage code (validated as {@link Deal} validates it)
   * @param fieldValues one value per configured field, in {@link NaiveBayesConfig#fields()} order (null: unset)
   * @param tagValues one array of distinct values per configured tag field (an entry may be null or empty: none)
   * @throws dev.salesops.core.validation.ValidationException when the stage is blank or too long, an array does
   *     not have one entry per configured field, or a tag value repeats
   */
  public double probability(String segment, String stage, String[] fieldValues, String[][] tagValues) {
    return hostProbability(Objects.requireNonNull(segment, "segment"), stage, fieldValues, tagValues);
  }

  /**
   * {@link #probability(String, String, String[], String[][])} of a deal without segment (as {@code new
   * Deal(Optional.empty(), ...)}).
   */
  public double probability(String stage, String[] fieldValues, String[][] tagValues) {
    return hostProbability(null, stage, fieldValues, tagValues);
  }

  private double hostProbability(String segment, String stage, String[] fieldValues, String[][] tagValues) {
    Checks.text(stage, "deal.stage", 64);
    HostValues.check(fieldNames.length, tagNames.length, fieldValues, tagValues);
    View v;
    if (segment == null) {
      v = noSegmentView;
    } else {
      int id = segmentIds.get(segment);
      v = id >= 0 ? segmentViews[id] : fallback;
    }
    if (!v.valid) {
      return Double.NaN;
    }
    double sWon = v.priorWon;
    double sLost = v.priorLost;
    int st = stageIds.get(stage);
    if (st >= 0) {
      sWon *= v.stageWon[st];
      sLost *= v.stageLost[st];
    }
    StringIds[] ids = valueIds;
    for (int i = 0; i < fieldValues.length; i++) {
      String value = fieldValues[i];
      if (value != null) {
        int id = ids[i].get(value);
        if (id >= 0) {
          sWon *= v.won[i][id];
          sLost *= v.lost[i][id];
        }
      }
    }
    {
      int nFields = fieldValues.length;
      for (int t = 0; t < tagValues.length; t++) {
        String[] values = tagValues[t];
        if (values == null) {
          continue;
        }
        int f = nFields + t;
        double[] w = v.won[f];
        double[] l = v.lost[f];
        for (String value : values) {
          int id = ids[f].get(value);
          if (id >= 0) {
            sWon *= w[id];
            sLost *= l[id];
          }
        }
      }
    }
    return clamp(sWon / (sWon + sLost));
  }

  /**
   * The clamped win probability of every deal of an encoded batch, in row order; exactly {@link
   * #probability(Deal)} of each deal it was encoded from ({@code NaN} where the tables used hold no closed deal).
   *
   * @throws dev.salesops.core.validation.ValidationException when {@code deals} was encoded for other fields
   */
  public double[] probabilities(DealColumns deals) {
    Objects.requireNonNull(deals, "deals");
    double[] out = new double[deals.size()];
    probabilities(deals, out);
    return out;
  }

  /**
   * Writes the clamped win probability of every deal of an encoded batch into {@code out} (row {@code i} at index
   * {@code i}), without allocating per deal; see {@link #probabilities(DealColumns)}.
   *
   * @throws dev.salesops.core.validation.ValidationException when {@code deals} was encoded for other fields or
   *     {@code out} is shorter than the batch
   */
  public void probabilities(DealColumns deals, double[] out) {
    Objects.requireNonNull(deals, "deals");
    Objects.requireNonNull(out, "out");
    deals.checkFields(config);
    int n = deals.size();
    if (out.length < n) {
      throw dev.salesops.core.internal.Checks.fail("out.length", "must be at least the number of deals " + n, out.length);
    }
    if (n == 0) {
      return;
    }
    // map the batch's dictionaries to this model's ids once; an unknown value maps to the slot holding 1.0
    StringIds segDict = deals.segmentDictionary();
    View[] views = new View[segDict.size()];
    for (int i = 0; i < views.length; i++) {
      int id = segmentIds.get(segDict.name(i));
      views[i] = id >= 0 ? segmentViews[id] : fallback;
    }
    StringIds stageDict = deals.stageDictionary();
    int[] stageMap = new int[stageDict.size()];
    for (int i = 0; i < stageMap.length; i++) {
      int id = stageIds.get(stageDict.name(i));
      stageMap[i] = id >= 0 ? id : stageIds.size();
    }
    int nAll = valueIds.length;
    int[][] valueMap = new int[nAll][];
    for (int f = 0; f < nAll; f++) {
      StringIds dict = deals.valueDictionary(f);
      int[] m = new int[dict.size()];
      for (int i = 0; i < m.length; i++) {
        int id = valueIds[f].get(dict.name(i));
        m[i] = id >= 0 ? id : valueIds[f].size();
      }
      valueMap[f] = m;
    }
    int nFields = fieldNames.length;
    int nTags = tagNames.length;
    int[] segCol = deals.segments();
    int[] stageCol = deals.stages();
    int[][] values = deals.values();
    int[][] tagOffsets = deals.tagOffsets();
    int[][] tagValues = deals.tagValues();
    double min = config.minProbability();
    double max = config.maxProbability();
    for (int row = 0; row < n; row++) {
      int sid = segCol[row];
      View v = sid < 0 ? noSegmentView : views[sid];
      if (!v.valid) {
        out[row] = Double.NaN;
        continue;
      }
      int st = stageMap[stageCol[row]];
      double sWon = v.priorWon * v.stageWon[st];
      double sLost = v.priorLost * v.stageLost[st];
      for (int f = 0; f < nFields; f++) {
        int val = values[f][row];
        if (val >= 0) {
          int id = valueMap[f][val];
          sWon *= v.won[f][id];
          sLost *= v.lost[f][id];
        }
      }
      for (int t = 0; t < nTags; t++) {
        int[] off = tagOffsets[t];
        int f = nFields + t;
        for (int j = off[row], end = off[row + 1]; j < end; j++) {
          int id = valueMap[f][tagValues[t][j]];
          sWon *= v.won[f][id];
          sLost *= v.lost[f][id];
        }
      }
      out[row] = Math.min(Math.max(sWon / (sWon + sLost), min), max);
    }
  }

  private double clamp(double p) {
    return Math.min(Math.max(p, config.minProbability()), config.maxProbability());
  }

  /**
   * The win probability of {@code deal} with its explanation; empty when the tables used hold no closed deal.
   */
  public Optional<Prediction> predict(Deal deal) {
    Objects.requireNonNull(deal, "deal");
    View v = viewFor(deal);
    if (!v.valid) {
      return Optional.empty();
    }
    List<Factor> factors = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    double sWon = v.priorWon;
    double sLost = v.priorLost;
    double[] r = v.stage.get(deal.stage());
    if (r != null) {
      sWon *= r[0];
      sLost *= r[1];
      factors.add(new Factor(STAGE, deal.stage(), r[0], r[1]));
    } else {
      skipped.add(STAGE + "=" + deal.stage());
    }
    List<String> fields = config.fields();
    for (int i = 0; i < fields.size(); i++) {
      String value = deal.fields().get(fields.get(i));
      if (value != null) {
        r = v.fields[i].get(value);
        if (r != null) {
          sWon *= r[0];
          sLost *= r[1];
          factors.add(new Factor(fields.get(i), value, r[0], r[1]));
        } else {
          skipped.add(fields.get(i) + "=" + value);
        }
      }
    }
    List<String> tagFields = config.tagFields();
    for (int i = 0; i < tagFields.size(); i++) {
      Set<String> tags = deal.tags().get(tagFields.get(i));
      if (tags != null) {
        for (String t : tags) {
          r = v.fields[fields.size() + i].get(t);
          if (r != null) {
            sWon *= r[0];
            sLost *= r[1];
            factors.add(new Factor(tagFields.get(i), t, r[0], r[1]));
          } else {
            skipped.add(tagFields.get(i) + "=" + t);
          }
        }
      }
    }
    double raw = sWon / (sWon + sLost);
    return Optional.of(new Prediction(clamp(raw), raw, v == fallback ? null : deal.segment().orElse(null), v.priorWon,
        factors, skipped));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NaiveBayesModel && ((NaiveBayesModel) o).config.equals(config) && ((NaiveBayesModel) o).counts.equals(counts);
  }

  @Override
  public int hashCode() {
    return config.hashCode() * 31 + counts.hashCode();
  }

  @Override
  public String toString() {
    return "NaiveBayesModel{segments=" + counts.size() + ", stages=" + config.stages() + ", fields=" + config.fields()
        + ", tagFields=" + config.tagFields() + "}";
  }

  /** The likelihoods of one set of tables (one segment, or the fallback sum). */
  private static final class View {
    final boolean valid;
    final double priorWon;
    final double priorLost;
    final Map<String, double[]> stage = new HashMap<>();
    final Ratios[] fields;
    /** Stage likelihoods by model stage id; 1.0 where absent (and in the extra last slot for unknown stages). */
    final double[] stageWon;
    final double[] stageLost;
    /** Value likelihoods by field, then model value id; 1.0 where absent (and in the extra last slot). */
    final double[][] won;
    final double[][] lost;

    View(NaiveBayesConfig config, List<SegmentCounts> parts, StringIds stageIds, StringIds[] valueIds) {
      double s = config.smoothing();
      Map<String, double[]> stageCounts = new HashMap<>();
      for (SegmentCounts part : parts) {
        part.stages().forEach((st, c) -> {
          double[] a = stageCounts.computeIfAbsent(st, x -> new double[2]);
          a[0] += c.smoothedWon(s);
          a[1] += c.smoothedLost(s);
        });
      }
      double[] first = stageCounts.get(config.stages().get(0));
      valid = first != null;
      double w = valid ? first[0] : 0;
      double l = valid ? first[1] : 0;
      priorWon = valid ? w / (w + l) : Double.NaN;
      priorLost = valid ? l / (w + l) : Double.NaN;
      stageCounts.forEach((st, c) -> stage.put(st, new double[] {c[0] / w, c[1] / l}));

      int nSingle = config.fields().size();
      int n = nSingle + config.tagFields().size();
      fields = new Ratios[n];
      for (int i = 0; i < n; i++) {
        boolean tag = i >= nSingle;
        String name = tag ? config.tagFields().get(i - nSingle) : config.fields().get(i);
        Map<String, double[]> sums = new HashMap<>();
        double totalWon = 0;
        double totalLost = 0;
        for (SegmentCounts part : parts) {
          Map<String, Count> values = part.fields().get(name);
          if (values == null) {
            continue;
          }
          // sum in value order: floating-point sums depend on their order, and map iteration order follows the
          // maps' history, so equal counts would otherwise give predictions differing in the last bit
          for (Map.Entry<String, Count> e : new java.util.TreeMap<>(values).entrySet()) {
            double cw = e.getValue().smoothedWon(s);
            double cl = e.getValue().smoothedLost(s);
            if (tag && cw + cl < config.tagSupportThreshold()) {
              continue;
            }
            double[] a = sums.computeIfAbsent(e.getKey(), x -> new double[2]);
            a[0] += cw;
            a[1] += cl;
            totalWon += cw;
            totalLost += cl;
          }
        }
        Ratios ratios = new Ratios();
        for (Map.Entry<String, double[]> e : sums.entrySet()) {
          ratios.put(e.getKey(), new double[] {e.getValue()[0] / totalWon, e.getValue()[1] / totalLost});
        }
        fields[i] = ratios;
      }
      stageWon = new double[stageIds.size() + 1];
      stageLost = new double[stageIds.size() + 1];
      Arrays.fill(stageWon, 1.0);
      Arrays.fill(stageLost, 1.0);
      stage.forEach((st, r) -> {
        stageWon[stageIds.get(st)] = r[0];
        stageLost[stageIds.get(st)] = r[1];
      });
      won = new double[n][];
      lost = new double[n][];
      for (int i = 0; i < n; i++) {
        double[] wv = new double[valueIds[i].size() + 1];
        double[] lv = new double[valueIds[i].size() + 1];
        Arrays.fill(wv, 1.0);
        Arrays.fill(lv, 1.0);
        StringIds ids = valueIds[i];
        fields[i].forEach((value, r) -> {
          wv[ids.get(value)] = r[0];
          lv[ids.get(value)] = r[1];
        });
        won[i] = wv;
        lost[i] = lv;
      }
    }
  }

  /** {P(value | won), P(value | lost)} by value. */
  private static final class Ratios extends HashMap<String, double[]> {
    private static final long serialVersionUID = 1L;
  }
}
