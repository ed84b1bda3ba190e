package dev.salesops.scoring.predictive;

import dev.salesops.core.accumulate.Accumulator;
import dev.salesops.core.validation.Checks;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

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
 * <p><b>Not thread-safe</b>: use one per thread or shard and {@link #merge}.
 */
public final class FrequencyTables implements Accumulator<ClosedDeal, FrequencyTables, NaiveBayesModel> {
  private final NaiveBayesConfig config;
  private final Map<String, Integer> stageIndex = new HashMap<>();
  private final Map<String, Integer> fieldIndex = new HashMap<>();
  private final String[] fieldNames;
  private final String[] tagNames;
  private final int stageCount;
  /** Per segment key ({@code null} = no segment). */
  private final Map<String, Seg> segments = new HashMap<>();

  /** Empty tables for {@code config}. */
  public FrequencyTables(NaiveBayesConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.fieldNames = config.fields().toArray(new String[0]);
    this.tagNames = config.tagFields().toArray(new String[0]);
    this.stageCount = config.stages().size();
    for (int i = 0; i < config.stages().size(); i++) {
      stageIndex.put(config.stages().get(i), i);
    }
    int i = 0;
    for (String f : config.fields()) {
      fieldIndex.put(f, i++);
    }
    for (String f : config.tagFields()) {
      fieldIndex.put(f, i++);
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
   * Uncounts a deal that was counted by {@link #add} and is reopened or restored; pass the values it had when
   * it closed.
   */
  public void remove(ClosedDeal record) {
    update(Objects.requireNonNull(record, "record"), -1);
  }

  private void update(ClosedDeal record, int step) {
    Deal deal = record.deal();
    boolean won = record.outcome() == Outcome.WON;
    int upTo;
    if (won) {
      upTo = stageCount - 1;
    } else {
      Integer idx = stageIndex.get(deal.stage());
      if (idx == null) {
        throw Checks.fail("deal.stage", "must be one of the configured stages " + config.stages() + " for a lost deal", deal.stage());
      }
      upTo = idx;
    }
    String key = deal.segmentOrNull();
    Seg seg = segments.get(key);
    if (seg == null) {
      seg = new Seg(stageCount, fieldIndex.size());
      segments.put(key, seg);
    }
    for (int s = 0; s <= upTo; s++) {
      if (won) {
        seg.stageWon[s] += step;
      } else {
        seg.stageLost[s] += step;
      }
    }
    int nFields = fieldNames.length;
    Map<String, String> values = deal.fields();
    for (int i = 0; i < nFields; i++) {
      String v = values.get(fieldNames[i]);
      if (v != null) {
        bump(seg.values[i], v, won, step);
      }
    }
    Map<String, Set<String>> tags = deal.tags();
    for (int i = 0; i < tagNames.length && !tags.isEmpty(); i++) {
      Set<String> vs = tags.get(tagNames[i]);
      if (vs != null) {
        for (String v : vs) {
          bump(seg.values[nFields + i], v, won, step);
        }
      }
    }
  }

  private static void bump(Map<String, long[]> map, String value, boolean won, long step) {
    long[] c = map.get(value);
    if (c == null) {
      c = new long[2];
      map.put(value, c);
    }
    c[won ? 0 : 1] += step;
  }

  @Override
  public FrequencyTables merge(FrequencyTables other) {
    Objects.requireNonNull(other, "other");
    if (!other.config.equals(config)) {
      throw Checks.fail("other.config", "must equal this table's configuration", other.config);
    }
    other.segments.forEach((key, o) -> {
      Seg seg = segments.computeIfAbsent(key, k -> new Seg(config.stages().size(), fieldIndex.size()));
      for (int s = 0; s < o.stageWon.length; s++) {
        seg.stageWon[s] += o.stageWon[s];
        seg.stageLost[s] += o.stageLost[s];
      }
      for (int f = 0; f < o.values.length; f++) {
        Map<String, long[]> mine = seg.values[f];
        o.values[f].forEach((v, c) -> {
          long[] m = mine.computeIfAbsent(v, x -> new long[2]);
          m[0] += c[0];
          m[1] += c[1];
        });
      }
    });
    return this;
  }

  /** The net counts so far, per segment key (empty key = deals without segment). */
  public Map<Optional<String>, SegmentCounts> counts() {
    Map<Optional<String>, SegmentCounts> out = new HashMap<>();
    segments.forEach((key, seg) -> {
      Map<String, Count> stages = new HashMap<>();
      for (int s = 0; s < seg.stageWon.length; s++) {
        if (seg.stageWon[s] != 0 || seg.stageLost[s] != 0) {
          stages.put(config.stages().get(s), new Count(seg.stageWon[s], seg.stageLost[s]));
        }
      }
      Map<String, Map<String, Count>> fields = new HashMap<>();
      fieldIndex.forEach((name, idx) -> {
        Map<String, Count> values = new HashMap<>();
        seg.values[idx].forEach((v, c) -> {
          if (c[0] != 0 || c[1] != 0) {
            values.put(v, new Count(c[0], c[1]));
          }
        });
        if (!values.isEmpty()) {
          fields.put(name, values);
        }
      });
      if (!stages.isEmpty() || !fields.isEmpty()) {
        out.put(Optional.ofNullable(key), new SegmentCounts(stages, fields));
      }
    });
    return Map.copyOf(out);
  }

  /** The model of everything counted so far (the tables are unchanged and may be updated further). */
  @Override
  public NaiveBayesModel finish() {
    return new NaiveBayesModel(config, counts());
  }

  @Override
  public String toString() {
    return "FrequencyTables{segments=" + segments.size() + "}";
  }

  private static final class Seg {
    final long[] stageWon;
    final long[] stageLost;
    final Values[] values;

    Seg(int stages, int fields) {
      stageWon = new long[stages];
      stageLost = new long[stages];
      values = new Values[fields];
      for (int i = 0; i < fields; i++) {
        values[i] = new Values();
      }
    }
  }

  /** Net counts {won, lost} by value. */
  private static final class Values extends HashMap<String, long[]> {
    private static final long serialVersionUID = 1L;
  }
}
