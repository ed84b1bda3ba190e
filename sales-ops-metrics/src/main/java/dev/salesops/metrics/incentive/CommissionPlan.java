package dev.salesops.metrics.incentive;

import dev.salesops.core.internal.Nullable;
import dev.salesops.core.validation.Problems;
import dev.salesops.metrics.appraisal.Appraisal;
import dev.salesops.metrics.appraisal.BoundaryRule;
import dev.salesops.metrics.ratio.Ratio;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * A commission plan (提成方案): a rate table on attainment, accelerators above quota, caps and a payout
 * multiplier per appraisal rating.
 *
 * <p><b>Calculation</b> for a credited amount {@code A} against a quota {@code Q} (attainment {@code A /
 * Q}):
 *
 * <ol>
 *   <li>The amount {@code [0, A]} is cut into slices at every point {@code from × Q} of a tier, an
 *       accelerator and the attainment cap that lies inside it. The cuts do not depend on the method, so
 *       marginal and retroactive plans with the same table are computed over the same slices.
 *   <li>Each slice {@code [lo, hi)} earns {@code (hi - lo) × rate × multiplier}: the rate is the slice's own
 *       tier rate ({@link CommissionMethod#TIERED_MARGINAL}), the rate of the highest tier the whole amount
 *       reaches ({@link CommissionMethod#TIERED_RETROACTIVE}; a tier is reached when attainment {@code >} its
 *       {@code from}, or {@code >=} with {@link #tierEdge()} {@code UPPER_TIER}) or the one rate ({@link
 *       CommissionMethod#FLAT}); the multiplier is the highest
 *       accelerator whose {@code from × Q <= lo} (else 1); a slice above {@code attainmentCap × Q} earns 0.
 *   <li>Subtotal = Σ slices; times the rating's multiplier (when the plan has rating multipliers); limited
 *       to {@code payoutCap}.
 *   <li>Rounding to the currency's minor unit with {@link #roundingMode()} (HALF_UP by default): every line
 *       ({@link Rounding#PER_LINE}, the default) or the total only ({@link Rounding#ON_TOTAL}).
 * </ol>
 *
 * <p><b>Tier edges.</b> An attainment exactly on a tier's start belongs to the tier <em>below</em> by default
 * ({@link BoundaryRule#LOWER_TIER}): tier ranges are "from (excluded) to (included)", as commission tools document
 * them (e.g. Aptify's commission tiers: "The lower range value is not included in the range ... The upper range
 * value is included in the range"). {@link BoundaryRule#UPPER_TIER} puts it in the tier above. Only the
 * retroactive method depends on it: a marginal slice starting exactly at an edge earns the upper rate either way,
 * and the amount exactly on the edge has no width.
 *
 * <p>Because rates must be non-decreasing from tier to tier, a marginal payout never exceeds the
 * retroactive one for the same table, amount and quota (slice by slice, under either rounding).
 *
 * <p>Rules: at least one tier; the first tier starts at 0; tier starts strictly increasing; rates
 * non-decreasing; a {@code FLAT} plan has exactly one tier; accelerator starts strictly increasing, their
 * multipliers non-decreasing; the attainment cap, if any, within (0, 100]; the payout cap, if any, in the
 * plan's currency and not negative; rating multipliers within [0, 10]; every decimal with at most 30 decimal
 * places (and an exponent of at most 30), so that absurd inputs are refused before any arithmetic.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CommissionPlan {
  /** Only the generated implementation extends this type. */
  CommissionPlan() {}


  /** The plan's name. */
  public abstract String name();

  /** The plan's currency: credited amounts, quotas and payouts are in it. */
  public abstract CurrencyUnit currency();

  /** Flat, tiered marginal or tiered retroactive. */
  public abstract CommissionMethod method();

  /** The rate table, by ascending attainment. */
  public abstract List<RateTier> tiers();

  /** The accelerators above quota, by ascending attainment. */
  public abstract List<Accelerator> accelerators();

  /** The attainment above which nothing more is earned, if any (e.g. 2 = 200 % of quota). */
  public abstract Optional<BigDecimal> attainmentCap();

  /** The largest payout, if any. */
  public abstract Optional<Money> payoutCap();

  /** The payout multiplier per rating band (e.g. S 1.2, A 1.1, B 1, C 0.8, D 0); empty when ratings do not matter. */
  public abstract Map<String, BigDecimal> ratingMultipliers();

  /** Where amounts are rounded; per line by default. */
  @Value.Default
  public Rounding rounding() {
    return Rounding.PER_LINE;
  }

  /** How amounts are rounded; HALF_UP by default. */
  @Value.Default
  public RoundingMode roundingMode() {
    return RoundingMode.HALF_UP;
  }

  /** Which tier an attainment exactly on a tier's start belongs to; the lower tier by default. */
  @Value.Default
  public BoundaryRule tierEdge() {
    return BoundaryRule.LOWER_TIER;
  }

  @Value.Check
  final void check() {
    Problems p = new Problems();
    if (name().isBlank() || name().length() > 128 || name().chars().anyMatch(Character::isISOControl)) {
      p.add("name", "must be 1 to 128 characters without control characters", name().length() > 128 ? name().length() + " characters" : "\"" + name() + "\"");
    }
    if (roundingMode() == RoundingMode.UNNECESSARY) {
      // UNNECESSARY throws on the first amount that is not exact to the cent: refused here, not at compute
      p.add("roundingMode", "must round (HALF_UP, HALF_EVEN, DOWN, ...), not UNNECESSARY", "UNNECESSARY");
    }
    List<RateTier> tiers = tiers();
    if (tiers.isEmpty()) {
      p.add("tiers", "must hold at least one tier", "[]");
    } else if (tiers.get(0).from().signum() != 0) {
      p.add("tiers[0].from", "must be 0", tiers.get(0).from().toPlainString());
    }
    if (method() == CommissionMethod.FLAT && tiers.size() > 1) {
      p.add("tiers", "must hold exactly one tier for a FLAT plan", tiers.size() + " tiers");
    }
    for (int i = 1; i < tiers.size(); i++) {
      if (tiers.get(i).from().compareTo(tiers.get(i - 1).from()) <= 0) {
        p.add("tiers[" + i + "].from", "must be greater than the previous tier's " + tiers.get(i - 1).from().toPlainString(), tiers.get(i).from().toPlainString());
      }
      if (tiers.get(i).rate().compareTo(tiers.get(i - 1).rate()) < 0) {
        p.add("tiers[" + i + "].rate", "must not be less than the previous tier's " + tiers.get(i - 1).rate().toPlainString(), tiers.get(i).rate().toPlainString());
      }
    }
    List<Accelerator> acc = accelerators();
    for (int i = 1; i < acc.size(); i++) {
      if (acc.get(i).from().compareTo(acc.get(i - 1).from()) <= 0) {
        p.add("accelerators[" + i + "].from", "must be greater than the previous accelerator's " + acc.get(i - 1).from().toPlainString(), acc.get(i).from().toPlainString());
      }
      if (acc.get(i).multiplier().compareTo(acc.get(i - 1).multiplier()) < 0) {
        p.add("accelerators[" + i + "].multiplier", "must not be less than the previous accelerator's " + acc.get(i - 1).multiplier().toPlainString(), acc.get(i).multiplier().toPlainString());
      }
    }
    attainmentCap().filter(c -> Decimals.scaleOk(p, "attainmentCap", c) && (c.signum() <= 0 || c.compareTo(BigDecimal.valueOf(100)) > 0))
        .ifPresent(c -> p.add("attainmentCap", "must be within (0, 100]", c.toPlainString()));
    payoutCap().ifPresent(c -> {
      if (!c.getCurrencyUnit().equals(currency())) {
        p.add("payoutCap", "must be in the plan's currency " + currency(), c);
      } else if (c.isNegative()) {
        p.add("payoutCap", "must not be negative", c);
      }
    });
    ratingMultipliers().forEach((band, m) -> {
      if (Decimals.scaleOk(p, "ratingMultipliers." + band, m) && (m.signum() < 0 || m.compareTo(BigDecimal.TEN) > 0)) {
        p.add("ratingMultipliers." + band, "must be within [0, 10]", m.toPlainString());
      }
    });
    p.throwIfAny();
  }

  /** The payout for {@code credited} against {@code quota}, for a plan without rating multipliers. */
  public Payout compute(Money credited, Money quota) {
    return compute(credited, quota, (String) null);
  }

  /** The payout for {@code credited} against {@code quota}, with the rating band of {@code appraisal}. */
  public Payout compute(Money credited, Money quota, Appraisal appraisal) {
    Objects.requireNonNull(appraisal, "appraisal");
    return compute(credited, quota, appraisal.band());
  }

  /**
   * The payout for {@code credited} against {@code quota} with an appraisal rating band.
   *
   * @throws dev.salesops.core.validation.ValidationException when an amount is in another currency or
   *     negative, the quota is not positive, or the plan has rating multipliers and the rating is missing or
   *     unknown
   * @param rating the appraisal rating band; {@code null} = absent (as {@link #compute(Money, Money)})
   */
  public Payout compute(Money credited, Money quota, @Nullable String rating) {
    Objects.requireNonNull(credited, "credited");
    Objects.requireNonNull(quota, "quota");
    Problems p = new Problems();
    if (!credited.getCurrencyUnit().equals(currency())) {
      p.add("credited", "must be in the plan's currency " + currency(), credited);
    } else if (credited.isNegative()) {
      p.add("credited", "must not be negative", credited);
    }
    if (!quota.getCurrencyUnit().equals(currency())) {
      p.add("quota", "must be in the plan's currency " + currency(), quota);
    } else if (!quota.isPositive()) {
      p.add("quota", "must be positive", quota);
    }
    BigDecimal ratingMultiplier = null;
    if (!ratingMultipliers().isEmpty()) {
      if (rating == null) {
        p.add("rating", "is required by plan " + name() + " (it has rating multipliers)");
      } else {
        ratingMultiplier = ratingMultipliers().get(rating);
        if (ratingMultiplier == null) {
          p.add("rating", "must be one of " + new TreeSet<>(ratingMultipliers().keySet()), rating);
        }
      }
    }
    p.throwIfAny();
    return calculate(credited, quota, ratingMultipliers().isEmpty() ? Optional.empty() : Optional.of(rating), ratingMultiplier);
  }

  private Payout calculate(Money credited, Money quota, Optional<String> rating, BigDecimal ratingMultiplier) {
    BigDecimal a = credited.getAmount();
    BigDecimal q = quota.getAmount();
    int scale = currency().getDecimalPlaces();
    boolean perLine = rounding() == Rounding.PER_LINE;
    List<RateTier> tiers = tiers();
    List<Accelerator> acc = accelerators();

    TreeSet<BigDecimal> cuts = new TreeSet<>();
    for (RateTier t : tiers) {
      cuts.add(t.from().multiply(q));
    }
    for (Accelerator x : acc) {
      cuts.add(x.from().multiply(q));
    }
    BigDecimal capPoint = attainmentCap().map(c -> c.multiply(q)).orElse(null);
    if (capPoint != null) {
      cuts.add(capPoint);
    }
    List<BigDecimal> points = new ArrayList<>();
    points.add(BigDecimal.ZERO);
    for (BigDecimal c : cuts) {
      if (c.signum() > 0 && c.compareTo(a) < 0) {
        points.add(c);
      }
    }
    points.add(a);

    int reached = 0;
    boolean upperOnEdge = tierEdge() == BoundaryRule.UPPER_TIER;
    for (int i = 1; i < tiers.size(); i++) {
      int c = tiers.get(i).from().multiply(q).compareTo(a);
      if (c < 0 || c == 0 && upperOnEdge) {
        reached = i;
      }
    }

    List<PayoutLine> lines = new ArrayList<>();
    BigDecimal subtotal = BigDecimal.ZERO;
    for (int s = 0; s + 1 < points.size(); s++) {
      BigDecimal lo = points.get(s);
      BigDecimal hi = points.get(s + 1);
      if (hi.compareTo(lo) <= 0) {
        continue;
      }
      int tier = 0;
      for (int i = 0; i < tiers.size(); i++) {
        if (tiers.get(i).from().multiply(q).compareTo(lo) <= 0) {
          tier = i;
        }
      }
      int rateTier = method() == CommissionMethod.TIERED_RETROACTIVE ? reached : tier;
      BigDecimal rate = tiers.get(rateTier).rate();
      BigDecimal multiplier = BigDecimal.ONE;
      for (Accelerator x : acc) {
        if (x.from().multiply(q).compareTo(lo) <= 0) {
          multiplier = x.multiplier();
        }
      }
      boolean aboveCap = capPoint != null && lo.compareTo(capPoint) >= 0;
      BigDecimal slice = hi.subtract(lo);
      BigDecimal exact = aboveCap ? BigDecimal.ZERO : slice.multiply(rate).multiply(multiplier);
      BigDecimal amount = perLine ? exact.setScale(scale, roundingMode()) : exact;
      subtotal = subtotal.add(amount);
      StringBuilder d = new StringBuilder();
      d.append(plain(lo)).append("..").append(plain(hi)).append(" (").append(pct(lo, q)).append("..").append(pct(hi, q))
          .append(" of quota) = ").append(plain(slice));
      if (aboveCap) {
        d.append(", above the attainment cap ").append(plain(attainmentCap().orElseThrow())).append(": 0");
      } else {
        d.append(" × rate ").append(plain(rate)).append(" (tier ").append(rateTier + 1)
            .append(method() == CommissionMethod.TIERED_RETROACTIVE ? ", reached by the whole amount" : "").append(')');
        if (multiplier.compareTo(BigDecimal.ONE) != 0) {
          d.append(" × accelerator ").append(plain(multiplier));
        }
        d.append(" = ").append(plain(exact));
        if (perLine && exact.compareTo(amount) != 0) {
          d.append(" → ").append(plain(amount)).append(" (").append(roundingMode()).append(')');
        }
      }
      lines.add(new PayoutLine(PayoutLine.Kind.SLICE, d.toString(), amount));
    }
    lines.add(new PayoutLine(PayoutLine.Kind.SUBTOTAL, "Σ slices = " + plain(subtotal), subtotal));

    BigDecimal running = subtotal;
    if (ratingMultiplier != null) {
      BigDecimal exact = running.multiply(ratingMultiplier);
      BigDecimal amount = perLine ? exact.setScale(scale, roundingMode()) : exact;
      lines.add(new PayoutLine(PayoutLine.Kind.RATING_MULTIPLIER, plain(running) + " × rating " + rating.orElseThrow() + " multiplier "
          + plain(ratingMultiplier) + " = " + plain(exact) + (perLine && exact.compareTo(amount) != 0 ? " → " + plain(amount) : ""), amount));
      running = amount;
    }
    if (payoutCap().isPresent() && running.compareTo(payoutCap().get().getAmount()) > 0) {
      BigDecimal cap = payoutCap().get().getAmount();
      lines.add(new PayoutLine(PayoutLine.Kind.CAP, plain(running) + " capped at " + plain(cap) + " (" + plain(cap.subtract(running)) + ")", cap));
      running = cap;
    }
    BigDecimal rounded = running.setScale(scale, roundingMode());
    if (!perLine && rounded.compareTo(running) != 0) {
      lines.add(new PayoutLine(PayoutLine.Kind.ROUNDING, plain(running) + " rounded " + roundingMode() + " to " + scale
          + " decimals = " + plain(rounded) + " (" + (rounded.compareTo(running) > 0 ? "+" : "") + plain(rounded.subtract(running)) + ")", rounded));
    }
    Money total = Money.of(currency(), rounded);
    lines.add(new PayoutLine(PayoutLine.Kind.TOTAL, "payout " + total, rounded));
    Ratio attainment = Ratio.of(a, q);
    return new Payout(name(), credited, quota, attainment, rating.orElse(null), lines, total);
  }

  private static String plain(BigDecimal d) {
    return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
  }

  private static String pct(BigDecimal amount, BigDecimal quota) {
    return plain(amount.multiply(BigDecimal.valueOf(100)).divide(quota, 4, RoundingMode.HALF_EVEN)) + "%";
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CommissionPlan}. Not thread-safe. */
  public static final class Builder extends ImmutableCommissionPlan.Builder {
    Builder() {}
  }
}
