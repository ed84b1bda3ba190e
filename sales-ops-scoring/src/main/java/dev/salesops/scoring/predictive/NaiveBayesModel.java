package dev.salesops.scoring.predictive;

import java.util.ArrayList;
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
 * <p>Equal when built from the same configuration and net counts. This class is immutable and thread-safe.
 */
public final class NaiveBayesModel {
  /** The field name used for the stage factor. */
  public static final String STAGE = "stage";

  private final NaiveBayesConfig config;
  private final Map<Optional<String>, SegmentCounts> counts;
  private final Map<String, View> segmentViews = new HashMap<>();
  private final View noSegmentView;
  private final View fallback;
  private final String[] fieldNames;
  private final String[] tagNames;

  NaiveBayesModel(NaiveBayesConfig config, Map<Optional<String>, SegmentCounts> counts) {
    this.config = config;
    this.counts = Map.copyOf(counts);
    counts.forEach((k, c) -> k.ifPresent(key -> segmentViews.put(key, new View(config, List.of(c)))));
    this.fallback = new View(config, new ArrayList<>(counts.values()));
    this.noSegmentView = fallback;
    this.fieldNames = config.fields().toArray(new String[0]);
    this.tagNames = config.tagFields().toArray(new String[0]);
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
    String seg = deal.segmentOrNull();
    if (seg == null) {
      return noSegmentView;
    }
    View v = segmentViews.get(seg);
    return v != null ? v : fallback;
  }

  /**
   * The clamped win probability of {@code deal}, without explanation (the fast path); {@code NaN} when the
   * tables used hold no closed deal (no first-stage entry).
   */
  public double probability(Deal deal) {
    Objects.requireNonNull(deal, "deal");
    View v = viewFor(deal);
    if (!v.valid) {
      return Double.NaN;
    }
    double sWon = v.priorWon;
    double sLost = v.priorLost;
    double[] r = v.stage.get(deal.stage());
    if (r != null) {
      sWon *= r[0];
      sLost *= r[1];
    }
    String[] fields = fieldNames;
    Map<String, String> values = deal.fields();
    for (int i = 0; i < fields.length; i++) {
      String value = values.get(fields[i]);
      if (value != null) {
        r = v.fields[i].get(value);
        if (r != null) {
          sWon *= r[0];
          sLost *= r[1];
        }
      }
    }
    if (!deal.tags().isEmpty()) {
      String[] tagFields = tagNames;
      for (int i = 0; i < tagFields.length; i++) {
        Set<String> tags = deal.tags().get(tagFields[i]);
        if (tags != null) {
          Map<String, double[]> table = v.fields[fields.length + i];
          for (String t : tags) {
            r = table.get(t);
            if (r != null) {
              sWon *= r[0];
              sLost *= r[1];
            }
          }
        }
      }
    }
    return clamp(sWon / (sWon + sLost));
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
    return Optional.of(new Prediction(clamp(raw), raw, v == fallback ? Optional.empty() : deal.segment(), v.priorWon,
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

    View(NaiveBayesConfig config, List<SegmentCounts> parts) {
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
          for (Map.Entry<String, Count> e : values.entrySet()) {
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
    }
  }

  /** {P(value | won), P(value | lost)} by value. */
  private static final class Ratios extends HashMap<String, double[]> {
    private static final long serialVersionUID = 1L;
  }
}
