package dev.salesops.core.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * The project's API rules (DEVELOPERS.md), checked by reflection over every public class of a module's main code
 * with {@link ApiScan}: no public or protected signature mentions Immutables or Guava, the {@code toString} of
 * every public value type that accepts dummy arguments does not throw, no accessor hands out a mutable internal
 * collection, null arguments are refused naming the parameter, and no public record accepts a negative count. Each library module's {@code
 * PublicApiRulesTest} extends this class and names its module, its size and its documented exemptions.
 * Javadoc presence is not checkable by reflection.
 */
public abstract class ApiRulesContract {

  /** Dummy arguments for factories the scanner calls. */
  protected static final Map<Class<?>, Object> DEFAULTS = Map.of(
      Money.class, Money.parse("EUR 12.34"),
      CurrencyUnit.class, CurrencyUnit.EUR,
      BigDecimal.class, BigDecimal.ONE,
      Instant.class, Instant.parse("2026-01-01T00:00:00Z"),
      LocalDate.class, LocalDate.of(2026, 1, 1),
      Duration.class, Duration.ofDays(1),
      Clock.class, Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC),
      String.class, "x",
      dev.salesops.core.json.JsonValue.class, dev.salesops.core.json.JsonNull.INSTANCE,
      dev.salesops.core.json.JsonLimits.class, dev.salesops.core.json.JsonLimits.DEFAULT);

  /** A public class of the module, to find the module's classes by. */
  protected abstract Class<?> anchor();

  /** At least how many public types the module has (guards against scanning nothing). */
  protected abstract int minimumPublicTypes();

  /** Prefixes of null-check findings that are documented exemptions, with the reasons in the subclass. */
  protected abstract List<String> nullExemptions();

  private List<Class<?>> classes() throws Exception {
    return ApiScan.moduleClasses(anchor());
  }

  @Test
  public void noPublicSignatureMentionsImmutablesOrGuava() throws Exception {
    List<Class<?>> classes = classes();
    assertThat(classes.stream().filter(ApiScan::isApi).count()).as("public types scanned").isGreaterThan(minimumPublicTypes());
    assertThat(ApiScan.signatureLeaks(classes)).isEmpty();
  }

  @Test
  public void valueTypesPrintWithoutThrowing() throws Exception {
    ApiScan.ToStringReport report = ApiScan.toStrings(classes(), DEFAULTS);
    assertThat(report.failures()).isEmpty();
    assertThat(report.checked()).as("value types printed (not instantiable with dummies: %s)", report.notInstantiated())
        .hasSizeGreaterThan(report.notInstantiated().size());
  }

  @Test
  public void noAccessorHandsOutAMutableInternalCollection() throws Exception {
    assertThat(ApiScan.mutableInternals(classes(), DEFAULTS)).isEmpty();
  }

  @Test
  public void nullArgumentsAreRefusedNamingTheParameter() throws Exception {
    List<String> exempt = nullExemptions();
    assertThat(ApiScan.nullFailures(classes(), DEFAULTS))
        .filteredOn(failure -> exempt.stream().noneMatch(failure::startsWith))
        .isEmpty();
  }

  @Test
  public void noPublicRecordAcceptsANegativeCount() throws Exception {
    assertThat(ApiScan.negativeCountsAccepted(classes(), DEFAULTS)).isEmpty();
  }

  /** {@code Optional} only as an accessor's return type: never a public record's component (docs/ARCHITECTURE.md). */
  @Test
  public void noPublicRecordHasAnOptionalComponent() throws Exception {
    List<String> found = new java.util.ArrayList<>();
    for (Class<?> c : classes()) {
      if (ApiScan.isApi(c) && c.isRecord()) {
        for (java.lang.reflect.RecordComponent rc : c.getRecordComponents()) {
          if (rc.getType().getName().startsWith("java.util.Optional")) {
            found.add(c.getName() + "." + rc.getName());
          }
        }
      }
    }
    assertThat(found).isEmpty();
  }

  /**
   * {@code Optional} only as an accessor's return type: no public (or, in an extensible class, protected) method or
   * constructor of a public type takes an {@code Optional} parameter (absent = {@code null}, documented per parameter,
   * or an overload without it; issue 18).
   */
  @Test
  public void noPublicMethodOrConstructorTakesAnOptional() throws Exception {
    List<String> found = new java.util.ArrayList<>();
    for (Class<?> c : classes()) {
      if (!ApiScan.isApi(c)) {
        continue;
      }
      boolean extensible = !java.lang.reflect.Modifier.isFinal(c.getModifiers()) && !c.isRecord() && !c.isEnum();
      List<java.lang.reflect.Executable> members = new java.util.ArrayList<>(List.of(c.getDeclaredConstructors()));
      members.addAll(List.of(c.getDeclaredMethods()));
      for (java.lang.reflect.Executable m : members) {
        int mod = m.getModifiers();
        boolean visible = java.lang.reflect.Modifier.isPublic(mod) || (extensible && java.lang.reflect.Modifier.isProtected(mod));
        if (!visible || m.isSynthetic() || (m instanceof java.lang.reflect.Method && ((java.lang.reflect.Method) m).isBridge())) {
          continue;
        }
        for (Class<?> p : m.getParameterTypes()) {
          if (p == java.util.Optional.class || p == java.util.OptionalInt.class || p == java.util.OptionalLong.class
              || p == java.util.OptionalDouble.class) {
            found.add(c.getName() + "." + m.getName() + " takes " + p.getSimpleName());
          }
        }
      }
    }
    assertThat(found).isEmpty();
  }
}
