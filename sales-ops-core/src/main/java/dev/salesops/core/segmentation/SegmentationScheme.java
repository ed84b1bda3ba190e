package dev.salesops.core.segmentation;

import dev.salesops.core.model.Account;
import dev.salesops.core.validation.Problem;
import dev.salesops.core.validation.Problems;
import dev.salesops.core.validation.ValidationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A multi-dimensional customer segmentation (精細化客戶分層) as data: dimensions (company size, industry,
 * purchasing power, decision model, or the host's own), each cut into named bands, and segments named by
 * the bands they require.
 *
 * <p><b>Dimensions and bands.</b> A dimension is <em>categorical</em> when its bands list {@code values}
 * (a value belongs to the one band listing it) or <em>numeric</em> when its bands give {@code from}
 * (inclusive) and/or {@code to} (exclusive) bounds; a missing bound is unbounded. Numeric values are read as
 * decimals from their text. Bands of one dimension are all of one kind, do not overlap and have unique ids.
 *
 * <p><b>Segments.</b> Each segment requires, per dimension it names, that the customer's band is one of the
 * listed bands; a segment naming no dimension matches everyone (a catch-all). Segments are tried in order;
 * the first that matches wins.
 *
 * <p><b>Unknown values are reported, never silently binned</b>: a missing value, a value in no band, an
 * unparseable number or a value for a dimension the scheme does not have is a {@link Problem} in the
 * {@link SegmentAssignment}. Segment matching stops, with no segment, at the first segment that needs a
 * dimension whose band is unknown while all its known conditions hold: a later (e.g. catch-all) segment is
 * not chosen by default when an earlier one might have matched. All definition problems are reported at once as a {@link
 * ValidationException}.
 *
 * <p>JSON: {@code {"id":"default","dimensions":[{"id":"companySize","bands":[{"id":"SMB","values":["MICRO",
 * "SMALL"]}]}, {"id":"purchasingPower","bands":[{"id":"LOW","to":50000},{"id":"HIGH","from":50000}]}],
 * "segments":[{"name":"STRATEGIC","when":{"companySize":["LARGE_ENTERPRISE"]}}]}}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the scheme's name
 * @param dimensions the dimensions, in order
 * @param segments the segments, in priority order
 */
public record SegmentationScheme(String id, List<Dimension> dimensions, List<Segment> segments) {
  /** Dimension id {@code companySize} (values: {@link dev.salesops.core.model.SizeBand} names). */
  public static final String COMPANY_SIZE = "companySize";
  /** Dimension id {@code industry} (values: {@link dev.salesops.core.model.Industry} codes). */
  public static final String INDUSTRY = "industry";
  /** Dimension id {@code purchasingPower} (values: annual budget, a decimal in the host's currency). */
  public static final String PURCHASING_POWER = "purchasingPower";
  /** Dimension id {@code decisionModel} (values: SINGLE_DECISION_MAKER, BUYING_COMMITTEE, FORMAL_PROCUREMENT). */
  public static final String DECISION_MODEL = "decisionModel";

  /**
   * A dimension and its bands. Validated by the scheme that holds it. Immutable and thread-safe.
   *
   * @param id the dimension id
   * @param bands the bands
   */
  public record Dimension(String id, List<Band> bands) {
    /** Copies the bands. */
    public Dimension {
      bands = Data.list(bands);
    }

    boolean isNumeric() {
      return !bands.isEmpty() && bands.get(0) != null && bands.get(0).values().isEmpty();
    }
  }

  /**
   * A band of a dimension: either categorical {@code values}, or a numeric range {@code [from, to)} where a
   * {@code null} bound is unbounded. Validated by the scheme that holds it. Immutable and thread-safe.
   *
   * @param id the band id
   * @param from the inclusive lower bound of a numeric band, or {@code null}
   * @param to the exclusive upper bound of a numeric band, or {@code null}
   * @param values the values of a categorical band, else empty
   */
  public record Band(String id, BigDecimal from, BigDecimal to, List<String> values) {
    /** Copies the values. */
    public Band {
      values = Data.list(values);
    }

    /** A categorical band. */
    public static Band of(String id, String... values) {
      return new Band(id, null, null, List.of(values));
    }

    /** A numeric band {@code [from, to)}; {@code null} for an unbounded side. */
    public static Band range(String id, BigDecimal from, BigDecimal to) {
      return new Band(id, from, to, List.of());
    }

    /** The lower bound, when bounded below. */
    public Optional<BigDecimal> lowerBound() {
      return Optional.ofNullable(from);
    }

    /** The upper bound, when bounded above. */
    public Optional<BigDecimal> upperBound() {
      return Optional.ofNullable(to);
    }

    boolean contains(BigDecimal v) {
      return (from == null || v.compareTo(from) >= 0) && (to == null || v.compareTo(to) < 0);
    }
  }

  /**
   * A named segment and the bands it requires per dimension (an empty map matches everyone). Validated by
   * the scheme that holds it. Immutable and thread-safe.
   *
   * @param name the segment name
   * @param when dimension id to the accepted band ids
   */
  public record Segment(String name, Map<String, List<String>> when) {
    /** Copies the conditions, their band lists included (keeping {@code null}s for the validation to report). */
    public Segment {
      Map<String, List<String>> copy = new LinkedHashMap<>();
      if (when != null) {
        when.forEach((dimension, bands) -> copy.put(dimension, bands == null ? null : Data.list(bands)));
      }
      when = Collections.unmodifiableMap(copy);
    }
  }

  /** Validates the scheme, reporting every problem at once. */
  public SegmentationScheme {
    dimensions = Data.list(dimensions);
    segments = Data.list(segments);
    List<Problem> problems = problemsOf(id, dimensions, segments);
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
  }

  private static List<Problem> problemsOf(String id, List<Dimension> dimensions, List<Segment> segments) {
    Problems problems = new Problems();
    if (!Data.isCode(id)) {
      problems.add("id", Data.CODE_RULE, id);
    }
    Map<String, Set<String>> bandsByDimension = new HashMap<>();
    for (int d = 0; d < dimensions.size(); d++) {
      String path = "dimensions[" + d + "]";
      Dimension dim = dimensions.get(d);
      if (dim == null) {
        problems.add(path, "must not be null");
        continue;
      }
      if (!Data.isCode(dim.id())) {
        problems.add(path + ".id", Data.CODE_RULE, dim.id());
      } else if (bandsByDimension.containsKey(dim.id())) {
        problems.add(path + ".id", "must be unique", dim.id());
      }
      Set<String> bandIds = new HashSet<>();
      if (dim.id() != null) {
        bandsByDimension.putIfAbsent(dim.id(), bandIds);
      }
      if (dim.bands().isEmpty()) {
        problems.add(path + ".bands", "must not be empty");
      }
      boolean numeric = dim.isNumeric();
      Map<String, String> bandOfValue = new HashMap<>();
      List<Band> ranges = new ArrayList<>();
      for (int b = 0; b < dim.bands().size(); b++) {
        String bp = path + ".bands[" + b + "]";
        Band band = dim.bands().get(b);
        if (band == null) {
          problems.add(bp, "must not be null");
          continue;
        }
        if (!Data.isCode(band.id())) {
          problems.add(bp + ".id", Data.CODE_RULE, band.id());
        } else if (!bandIds.add(band.id())) {
          problems.add(bp + ".id", "must be unique within the dimension", band.id());
        }
        if (band.values().isEmpty() != numeric) {
          problems.add(bp, "must be of the dimension's kind (" + (numeric ? "numeric from/to" : "categorical values") + "), not mixed");
          continue;
        }
        if (numeric) {
          if (band.from() == null && band.to() == null) {
            problems.add(bp, "must have from, to or both");
          } else if (band.from() != null && band.to() != null && band.from().compareTo(band.to()) >= 0) {
            problems.add(bp + ".to", "must be greater than from " + band.from().toPlainString(), band.to().toPlainString());
          } else {
            for (Band other : ranges) {
              if (overlap(band, other)) {
                problems.add(bp, "must not overlap band " + other.id());
              }
            }
            ranges.add(band);
          }
        } else {
          if (band.from() != null || band.to() != null) {
            problems.add(bp, "must not have both values and from/to");
          }
          for (int v = 0; v < band.values().size(); v++) {
            String value = band.values().get(v);
            if (value == null || value.isBlank()) {
              problems.add(bp + ".values[" + v + "]", "must not be blank", value);
            } else if (bandOfValue.containsKey(value)) {
              problems.add(bp + ".values[" + v + "]", "must not also be in band " + bandOfValue.get(value), value);
            } else {
              bandOfValue.put(value, band.id());
            }
          }
        }
      }
    }
    Set<String> names = new HashSet<>();
    for (int s = 0; s < segments.size(); s++) {
      String path = "segments[" + s + "]";
      Segment seg = segments.get(s);
      if (seg == null) {
        problems.add(path, "must not be null");
        continue;
      }
      if (!Data.isCode(seg.name())) {
        problems.add(path + ".name", Data.CODE_RULE, seg.name());
      } else if (!names.add(seg.name())) {
        problems.add(path + ".name", "must be unique", seg.name());
      }
      seg.when().forEach((dimId, bands) -> {
        Set<String> known = bandsByDimension.get(dimId);
        if (known == null) {
          problems.add(path + ".when." + dimId, "is not a dimension of the scheme");
        } else if (bands == null || bands.isEmpty()) {
          problems.add(path + ".when." + dimId, "must list at least one band");
        } else {
          for (String band : bands) {
            if (!known.contains(band)) {
              problems.add(path + ".when." + dimId, "must name bands of the dimension " + known, band);
            }
          }
        }
      });
    }
    return problems.toList();
  }

  private static boolean overlap(Band a, Band b) {
    boolean aBelowB = a.to() != null && b.from() != null && a.to().compareTo(b.from()) <= 0;
    boolean bBelowA = b.to() != null && a.from() != null && b.to().compareTo(a.from()) <= 0;
    return !aBelowB && !bBelowA;
  }

  /**
   * The shipped default scheme: {@code companySize} (SMALL_BUSINESS: MICRO, SMALL; MID_MARKET: MEDIUM;
   * LARGE_ENTERPRISE: LARGE, ENTERPRISE), {@code industry} (INDUSTRIAL: MANUFACTURING, ENERGY, LOGISTICS;
   * COMMERCIAL: RETAIL, TECHNOLOGY, PROFESSIONAL_SERVICES; REGULATED: FINANCE, HEALTHCARE; PUBLIC: GOVERNMENT,
   * EDUCATION), {@code purchasingPower} (annual budget: LOW below 50,000, MEDIUM below 500,000, HIGH from
   * 500,000) and {@code decisionModel} (SINGLE: SINGLE_DECISION_MAKER; COMMITTEE: BUYING_COMMITTEE;
   * PROCUREMENT: FORMAL_PROCUREMENT). Segments in order: STRATEGIC (LARGE_ENTERPRISE and HIGH), GROWTH
   * (MEDIUM or HIGH purchasing power), SMALL_BUSINESS (SMALL_BUSINESS size), STANDARD (everyone else).
   */
  public static SegmentationScheme defaults() {
    return new SegmentationScheme("default", List.of(
        new Dimension(COMPANY_SIZE, List.of(
            Band.of("SMALL_BUSINESS", "MICRO", "SMALL"),
            Band.of("MID_MARKET", "MEDIUM"),
            Band.of("LARGE_ENTERPRISE", "LARGE", "ENTERPRISE"))),
        new Dimension(INDUSTRY, List.of(
            Band.of("INDUSTRIAL", "MANUFACTURING", "ENERGY", "LOGISTICS"),
            Band.of("COMMERCIAL", "RETAIL", "TECHNOLOGY", "PROFESSIONAL_SERVICES"),
            Band.of("REGULATED", "FINANCE", "HEALTHCARE"),
            Band.of("PUBLIC", "GOVERNMENT", "EDUCATION"))),
        new Dimension(PURCHASING_POWER, List.of(
            Band.range("LOW", BigDecimal.ZERO, BigDecimal.valueOf(50_000)),
            Band.range("MEDIUM", BigDecimal.valueOf(50_000), BigDecimal.valueOf(500_000)),
            Band.range("HIGH", BigDecimal.valueOf(500_000), null))),
        new Dimension(DECISION_MODEL, List.of(
            Band.of("SINGLE", "SINGLE_DECISION_MAKER"),
            Band.of("COMMITTEE", "BUYING_COMMITTEE"),
            Band.of("PROCUREMENT", "FORMAL_PROCUREMENT")))),
        List.of(
            // conditions in a fixed order (not Map.of's per-run order), so the scheme's JSON is the same every run
            new Segment("STRATEGIC", ordered(COMPANY_SIZE, List.of("LARGE_ENTERPRISE"), PURCHASING_POWER, List.of("HIGH"))),
            new Segment("GROWTH", Map.of(PURCHASING_POWER, List.of("MEDIUM", "HIGH"))),
            new Segment("SMALL_BUSINESS", Map.of(COMPANY_SIZE, List.of("SMALL_BUSINESS"))),
            new Segment("STANDARD", Map.of())));
  }

  private static Map<String, List<String>> ordered(String k1, List<String> v1, String k2, List<String> v2) {
    Map<String, List<String>> m = new LinkedHashMap<>();
    m.put(k1, v1);
    m.put(k2, v2);
    return m;
  }

  /**
   * The values an {@link Account} supplies: {@code companySize} (the size band's name) and {@code industry}
   * (the industry code), each when known. Hosts add purchasing power and decision model from their records.
   */
  public static Map<String, String> valuesOf(Account account) {
    Objects.requireNonNull(account, "account");
    Map<String, String> values = new LinkedHashMap<>();
    account.sizeBand().ifPresent(s -> values.put(COMPANY_SIZE, s.name()));
    account.industry().ifPresent(i -> values.put(INDUSTRY, i.code()));
    return values;
  }

  /**
   * Assigns a customer given its raw value per dimension (dimension id to value text). Never throws for
   * unknown or missing values: they are reported in the result (see the class documentation).
   */
  public SegmentAssignment assign(Map<String, String> values) {
    Objects.requireNonNull(values, "values");
    Problems unknown = new Problems();
    Map<String, String> bands = new LinkedHashMap<>();
    Set<String> dimensionIds = new HashSet<>();
    for (Dimension dim : dimensions) {
      dimensionIds.add(dim.id());
      String value = values.get(dim.id());
      if (value == null) {
        unknown.add(dim.id(), "has no value");
        continue;
      }
      String band = null;
      if (dim.isNumeric()) {
        BigDecimal number = parse(value);
        if (number == null) {
          unknown.add(dim.id(), "must be a decimal number", abbreviate(value));
          continue;
        }
        for (Band b : dim.bands()) {
          if (b.contains(number)) {
            band = b.id();
            break;
          }
        }
      } else {
        for (Band b : dim.bands()) {
          if (b.values().contains(value)) {
            band = b.id();
            break;
          }
        }
      }
      if (band == null) {
        unknown.add(dim.id(), "has no band for the value", abbreviate(value));
      } else {
        bands.put(dim.id(), band);
      }
    }
    for (String key : values.keySet()) {
      if (!dimensionIds.contains(key)) {
        unknown.add(String.valueOf(key), "is not a dimension of scheme " + id);
      }
    }
    String segment = null;
    String undecided = null;
    for (Segment seg : segments) {
      boolean fails = false;
      String unknownDimension = null;
      for (Map.Entry<String, List<String>> c : seg.when().entrySet()) {
        String band = bands.get(c.getKey());
        if (band == null) {
          unknownDimension = unknownDimension == null ? c.getKey() : unknownDimension;
        } else if (!c.getValue().contains(band)) {
          fails = true;
          break;
        }
      }
      if (fails) {
        continue;
      }
      if (unknownDimension != null) {
        undecided = "segment " + seg.name() + " needs " + unknownDimension + ", whose band is unknown";
        break;
      }
      segment = seg.name();
      break;
    }
    return new SegmentAssignment(segment, bands, unknown.toList(), undecided);
  }

  private static BigDecimal parse(String text) {
    if (text.length() > 100) {
      return null;
    }
    try {
      return new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String abbreviate(String s) {
    return s.length() <= 50 ? "\"" + s + "\"" : "\"" + s.substring(0, 47) + "...\" (" + s.length() + " characters)";
  }
}
