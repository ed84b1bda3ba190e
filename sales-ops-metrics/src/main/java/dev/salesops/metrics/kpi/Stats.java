package dev.salesops.metrics.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Small numeric helpers of the package. Not API. */
final class Stats {
  private Stats() {}

  static BigDecimal micro(long micro) {
    return strip(BigDecimal.valueOf(micro, 6));
  }

  static BigDecimal strip(BigDecimal d) {
    if (d.signum() == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal s = d.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0, RoundingMode.UNNECESSARY) : s;
  }
}
