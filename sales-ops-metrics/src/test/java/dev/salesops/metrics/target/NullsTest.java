package dev.salesops.metrics.target;

import com.google.common.testing.NullPointerTester;
import dev.salesops.metrics.forecast.Frequency;
import dev.salesops.metrics.forecast.SeasonalIndices;
import dev.salesops.metrics.forecast.Seasonality;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** Every public method refuses a null argument with a NullPointerException (java.time style). */
class NullsTest {
  @Test
  void publicMethodsRefuseNulls() {
    TargetPeriod q1 = TargetPeriod.quarter(2026, 1);
    NullPointerTester t = new NullPointerTester()
        .setDefault(YearMonth.class, YearMonth.of(2026, 1))
        .setDefault(LocalDate.class, LocalDate.of(2026, 1, 15))
        .setDefault(Money.class, Money.parse("USD 1.00"))
        .setDefault(BigDecimal.class, BigDecimal.ONE)
        .setDefault(String.class, "k")
        .setDefault(TargetPeriod.class, q1)
        .setDefault(Weights.class, Weights.evenly(List.of("k")))
        .setDefault(Target.class, Target.builder().id("t").build())
        .setDefault(ScopeLevel.class, ScopeLevel.TEAM)
        .setDefault(SmartContext.class, SmartContext.none())
        .setDefault(TargetAllocation.class, TargetDecomposition.decompose("r", Money.parse("USD 1.00"), k -> java.util.Optional.empty()))
        .setDefault(SeasonalIndices.class, SeasonalIndices.of(Frequency.MONTHLY, Seasonality.MULTIPLICATIVE, Collections.nCopies(12, 1.0)));
    for (Class<?> c : List.of(Scope.class, TargetPeriod.class, Milestone.class, Weights.class, TargetDecomposition.class, MilestonePlan.class,
        SmartCheck.class, SmartContext.class, SmartFinding.class)) {
      t.testAllPublicStaticMethods(c);
      t.testAllPublicConstructors(c);
    }
    t.testAllPublicInstanceMethods(SmartCheck.defaults());
    t.testAllPublicInstanceMethods(SmartContext.none());
    t.testAllPublicInstanceMethods(q1);
    t.testAllPublicInstanceMethods(MilestonePlan.of(new TreeMap<>(Map.of(YearMonth.of(2026, 1), Money.parse("USD 1.00")))));
    t.testAllPublicInstanceMethods(TargetDecomposition.decompose("r", Money.parse("USD 1.00"), k -> java.util.Optional.empty()));
  }
}
