package dev.salesops.core.money;

import dev.salesops.core.internal.Checks;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.joda.money.Money;

/**
 * Splits a whole into parts proportional to weights so that the parts add up <em>exactly</em> to the
 * whole (the largest-remainder, or Hamilton, method).
 *
 * <p>Each part first gets {@code floor(whole × weight / Σweights)} in indivisible units (minor units of
 * money, or whole counts); the units left over go one each to the parts with the largest remainders.
 * <b>Ties</b> (equal remainders) go to the part that comes <b>first</b> in the list. Negative wholes are
 * split as the negation of the split of their absolute value, so parts keep the sign of the whole.
 * Computation is exact ({@link BigInteger} arithmetic), whatever the weights' scale.
 *
 * <p>Weights must be non-negative with a positive sum. Stateless and thread-safe.
 */
public final class LargestRemainder {
  private LargestRemainder() {}

  /** Splits {@code whole} by {@code weights}; parts are in the whole's currency and add up to it exactly. */
  public static List<Money> split(Money whole, List<BigDecimal> weights) {
    Objects.requireNonNull(whole, "whole");
    long[] parts = split(whole.getAmountMinorLong(), weights);
    List<Money> out = new ArrayList<>(parts.length);
    for (long p : parts) {
      out.add(Money.ofMinor(whole.getCurrencyUnit(), p));
    }
    return List.copyOf(out);
  }

  /** Splits {@code whole} indivisible units by {@code weights}; the parts add up to {@code whole} exactly. */
  public static long[] split(long whole, List<BigDecimal> weights) {
    Objects.requireNonNull(weights, "weights");
    if (weights.isEmpty()) {
      throw Checks.fail("weights", "must not be empty", "[]");
    }
    int n = weights.size();
    // bring every weight to one common scale so that they become exact integers
    int scale = 0;
    for (int i = 0; i < n; i++) {
      BigDecimal w = Objects.requireNonNull(weights.get(i), "weights[" + i + "]");
      if (w.signum() < 0) {
        throw Checks.fail("weights[" + i + "]", "must not be negative", w.toPlainString());
      }
      if (w.scale() > 1000 || w.precision() - w.scale() > 1000) {
        throw Checks.fail("weights[" + i + "]", "must have a reasonable magnitude", w.toString());
      }
      scale = Math.max(scale, w.stripTrailingZeros().scale());
    }
    BigInteger[] iw = new BigInteger[n];
    BigInteger total = BigInteger.ZERO;
    for (int i = 0; i < n; i++) {
      iw[i] = weights.get(i).setScale(Math.max(scale, 0), RoundingMode.UNNECESSARY).unscaledValue();
      if (scale < 0) {
        iw[i] = iw[i].multiply(BigInteger.TEN.pow(-scale));
      }
      total = total.add(iw[i]);
    }
    if (total.signum() == 0) {
      throw Checks.fail("weights", "must have a positive sum", weights);
    }
    boolean negative = whole < 0;
    BigInteger w = BigInteger.valueOf(whole).abs();
    long[] parts = new long[n];
    BigInteger[] remainders = new BigInteger[n];
    BigInteger assigned = BigInteger.ZERO;
    for (int i = 0; i < n; i++) {
      BigInteger[] qr = w.multiply(iw[i]).divideAndRemainder(total);
      parts[i] = qr[0].longValueExact();
      remainders[i] = qr[1];
      assigned = assigned.add(qr[0]);
    }
    int left = w.subtract(assigned).intValueExact(); // < n
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> {
      int c = remainders[b].compareTo(remainders[a]);
      return c != 0 ? c : Integer.compare(a, b);
    });
    for (int k = 0; k < left; k++) {
      parts[order[k]]++;
    }
    if (negative) {
      for (int i = 0; i < n; i++) {
        parts[i] = -parts[i];
      }
    }
    return parts;
  }
}
