package dev.salesops.core.model;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The channel a lead came from (多渠道獲客, docs/DOMAIN.md §2): a dimension of every KPI.
 *
 * <p>Well-known values are constants; hosts add their own with {@link #of}. This class is immutable and
 * thread-safe.
 */
public final class LeadSource extends ReferenceCode {

  /** {@code CONTENT_MARKETING}. */
  public static final LeadSource CONTENT_MARKETING = new LeadSource("CONTENT_MARKETING");
  /** {@code SOCIAL_MEDIA}. */
  public static final LeadSource SOCIAL_MEDIA = new LeadSource("SOCIAL_MEDIA");
  /** {@code SEARCH}. */
  public static final LeadSource SEARCH = new LeadSource("SEARCH");
  /** {@code EVENTS}. */
  public static final LeadSource EVENTS = new LeadSource("EVENTS");
  /** {@code REFERRAL}. */
  public static final LeadSource REFERRAL = new LeadSource("REFERRAL");

  private static final List<LeadSource> WELL_KNOWN = List.of(CONTENT_MARKETING, SOCIAL_MEDIA, SEARCH, EVENTS, REFERRAL);
  private static final Map<String, LeadSource> BY_CODE =
      WELL_KNOWN.stream().collect(Collectors.toUnmodifiableMap(LeadSource::code, Function.identity()));

  private LeadSource(String code) {
    super(code, "leadSource");
  }

  /** The value with {@code code}: the constant when it is well known, else a host-defined value. */
  public static LeadSource of(String code) {
    LeadSource known = code == null ? null : BY_CODE.get(code);
    return known != null ? known : new LeadSource(code);
  }

  /** The well-known values, in declaration order. */
  public static List<LeadSource> wellKnown() {
    return WELL_KNOWN;
  }

  /** Whether this is one of the well-known constants. */
  public boolean isWellKnown() {
    return BY_CODE.containsKey(code());
  }
}
