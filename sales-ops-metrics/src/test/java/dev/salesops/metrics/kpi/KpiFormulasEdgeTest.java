package dev.salesops.metrics.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salesops.core.money.MixedCurrencyException;
import dev.salesops.metrics.ratio.Ratio;
import java.math.BigDecimal;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * The edges of {@link KpiFormulas}: every pair of amounts must share a currency, each formula's undefined cases
 * are the undefined ratio, and {@link KpiFormulas#change} keeps the parts of its documented formula {@code (a·d −
 * c·b) / (c·b)} with the sign moved to the numerator.
 */
class KpiFormulasEdgeTest {
  private static Money usd(long major) {
    return Money.of(CurrencyUnit.USD, major);
  }

  private static Money eur(long major) {
    return Money.of(CurrencyUnit.EUR, major);
  }

  @Test
  void everyPairOfAmountsMustShareACurrency() {
    Ratio half = Ratio.of(1, 2);
    assertThatThrownBy(() -> KpiFormulas.pipelineCoverage(eur(10), usd(10), usd(0))).isInstanceOf(MixedCurrencyException.class);
    assertThatThrownBy(() -> KpiFormulas.pipelineCoverage(usd(10), usd(10), eur(0))).isInstanceOf(MixedCurrencyException.class);
    assertThatThrownBy(() -> KpiFormulas.requiredPipeline(usd(10), eur(0), half)).isInstanceOf(MixedCurrencyException.class);
    assertThatThrownBy(() -> KpiFormulas.expectedAttainmentFromPipeline(eur(10), usd(10), usd(0), half))
        .isInstanceOf(MixedCurrencyException.class);
    assertThatThrownBy(() -> KpiFormulas.expectedAttainmentFromPipeline(usd(10), usd(10), eur(0), half))
        .isInstanceOf(MixedCurrencyException.class);
    assertThatThrownBy(() -> KpiFormulas.cacPaybackMonths(usd(10), eur(5), BigDecimal.ONE)).isInstanceOf(MixedCurrencyException.class);
    assertThatThrownBy(() -> KpiFormulas.cacPaybackMonths(usd(10), eur(5))).isInstanceOf(MixedCurrencyException.class);
  }

  @Test
  void undefinedCasesAreTheUndefinedRatio() {
    // no win rate, or a zero one: nothing says how much pipeline is needed
    assertThat(KpiFormulas.requiredPipeline(usd(100), usd(0), Ratio.undefined())).isEqualTo(Ratio.undefined());
    assertThat(KpiFormulas.requiredPipeline(usd(100), usd(0), Ratio.of(0, 4))).isEqualTo(Ratio.undefined());
    // 100 − 40 = 60 left at a 1/4 win rate: 60 × 4 / 1 = 240
    assertThat(KpiFormulas.requiredPipeline(usd(100), usd(40), Ratio.of(1, 4))).isEqualTo(Ratio.of(240, 1));
    // the remaining target is exactly met (0): undefined, as when it is exceeded
    assertThat(KpiFormulas.expectedAttainmentFromPipeline(usd(500), usd(100), usd(100), Ratio.of(1, 4))).isEqualTo(Ratio.undefined());
    assertThat(KpiFormulas.expectedAttainmentFromPipeline(usd(500), usd(100), usd(0), Ratio.undefined())).isEqualTo(Ratio.undefined());
    // 500 × 1 / ((100 − 60) × 4) = 500 / 160
    assertThat(KpiFormulas.expectedAttainmentFromPipeline(usd(500), usd(100), usd(60), Ratio.of(1, 4))).isEqualTo(Ratio.of(500, 160));
    // pipeline coverage over a met target: the remaining target counts as 0
    assertThat(KpiFormulas.pipelineCoverage(usd(300), usd(100), usd(150))).isEqualTo(Ratio.of(300, 0));
    assertThat(KpiFormulas.pipelineCoverage(usd(300), usd(100), usd(40))).isEqualTo(Ratio.of(300, 60));
    assertThat(KpiFormulas.change(Ratio.undefined(), Ratio.of(1, 2))).isEqualTo(Ratio.undefined());
    assertThat(KpiFormulas.change(Ratio.of(1, 2), Ratio.undefined())).isEqualTo(Ratio.undefined());
  }

  @Test
  void changeKeepsTheFormulasParts() {
    // current 3/1, previous 2/1: (3·1 − 2·1) / (2·1) = 1/2
    assertThat(KpiFormulas.change(Ratio.of(3, 1), Ratio.of(2, 1))).isEqualTo(Ratio.of(1, 2));
    // current 1/2, previous 3/4: (1·4 − 3·2) / (3·2) = −2/6
    assertThat(KpiFormulas.change(Ratio.of(1, 2), Ratio.of(3, 4))).isEqualTo(Ratio.of(-2, 6));
    // a negative previous value: (1·1 − (−2)·1) / (−2·1) = 3/−2, reported as −3/2
    assertThat(KpiFormulas.change(Ratio.of(1, 1), Ratio.of(-2, 1))).isEqualTo(Ratio.of(-3, 2));
    // a previous value of 0: (1·3 − 0·1) / (0·1) = 3/0, undefined with its parts
    Ratio fromZero = KpiFormulas.change(Ratio.of(1, 1), Ratio.of(0, 3));
    assertThat(fromZero.isDefined()).isFalse();
    assertThat(fromZero).isEqualTo(Ratio.of(3, 0));
  }
}
