package dev.salesops.metrics.stats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.salesops.core.model.Outcome;
import dev.salesops.metrics.kpi.DealRecord;
import dev.salesops.metrics.kpi.KpiAccumulator;
import dev.salesops.metrics.kpi.KpiReport;
import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * DataSketches is an optional dependency (issue 18): exact mode (the default) runs without it, and the
 * approximate mode fails with the documented message. The driver runs in a class loader over this test's class
 * path minus the DataSketches jars (parent: the platform loader), which records every class the JVM asks it for.
 */
class WithoutDataSketchesTest {

  /** Loads nothing from the parent but the platform's classes; records the names asked for. */
  static final class RecordingLoader extends URLClassLoader {
    final Set<String> requested = ConcurrentHashMap.newKeySet();

    RecordingLoader(URL[] urls) {
      super("without-datasketches", urls, ClassLoader.getPlatformClassLoader());
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      requested.add(name);
      return super.loadClass(name, resolve);
    }
  }

  /** Runs inside the recording loader: only JDK types cross the boundary. */
  public static final class Driver implements Supplier<Map<String, Object>> {
    @Override
    public Map<String, Object> get() {
      Map<String, Object> out = new LinkedHashMap<>();
      Sample s = QuantileMode.exact().newSample();
      for (long v : new long[] {5, 1, 4, 2, 3}) {
        s.add(v);
      }
      Sample back = SampleCodec.decode(SampleCodec.encode(s), QuantileMode.exact());
      out.put("median", back.toDistribution(PercentileMethod.LINEAR).median().orElseThrow().toPlainString());
      out.put("p90", s.toDistribution(PercentileMethod.LINEAR).p90().orElseThrow().toPlainString());

      KpiAccumulator acc = new KpiAccumulator();
      LocalDate created = LocalDate.of(2024, 1, 1);
      for (int i = 0; i < 3; i++) {
        acc.add(DealRecord.builder().id("D" + i).outcome(Outcome.WON).createdDate(created)
            .closedDate(created.plusDays(10 * (i + 1))).amount(Money.ofMinor(CurrencyUnit.USD, 100_00)).build());
      }
      acc.add(DealRecord.builder().id("L").outcome(Outcome.LOST).createdDate(created).closedDate(created.plusDays(5)).build());
      KpiReport report = acc.finish();
      out.put("won", report.won());
      out.put("cycleMedian", report.salesCycleDays().median().orElseThrow().toPlainString());
      out.put("quantiles", report.quantiles());

      out.put("approximateSupported", QuantileMode.approximateSupported());
      out.put("kllSupported", SampleCodec.kllSupported());
      try {
        QuantileMode.approximate(200);
        out.put("approximate", "created");
      } catch (IllegalStateException e) {
        out.put("approximate", e.getMessage());
      }
      try {
        new QuantileMode(true, 200);
        out.put("constructor", "created");
      } catch (IllegalStateException e) {
        out.put("constructor", e.getMessage());
      }
      return out;
    }
  }

  @Test
  void exactModeRunsWithoutDataSketchesAndApproximateModeSaysWhatIsMissing() throws Exception {
    List<URL> urls = new ArrayList<>();
    List<String> dropped = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (entry.isEmpty()) {
        continue;
      }
      if (Path.of(entry).getFileName().toString().startsWith("datasketches-")) {
        dropped.add(entry);
      } else {
        urls.add(Path.of(entry).toUri().toURL());
      }
    }
    assertThat(dropped).as("the DataSketches jars on the test class path (test scope keeps the optional dependency)")
        .anyMatch(p -> p.contains("datasketches-java")).anyMatch(p -> p.contains("datasketches-memory"));

    try (RecordingLoader loader = new RecordingLoader(urls.toArray(new URL[0]))) {
      assertThat(loader.loadClass(Sample.class.getName()).getClassLoader()).as("loaded by the isolated loader").isSameAs(loader);
      assertThat(resolves(loader, "org.apache.datasketches.kll.KllLongsSketch")).isFalse();
      loader.requested.clear();

      @SuppressWarnings("unchecked")
      Supplier<Map<String, Object>> driver =
          (Supplier<Map<String, Object>>) loader.loadClass(Driver.class.getName()).getConstructor().newInstance();
      Map<String, Object> out = driver.get();
      assertThat(out).containsEntry("median", "3").containsEntry("p90", "4.6").containsEntry("won", 3L)
          .containsEntry("cycleMedian", "20").containsEntry("quantiles", "exact");
      assertThat(out).containsEntry("approximateSupported", false).containsEntry("kllSupported", false);
      String message = "QuantileMode.approximate needs org.apache.datasketches:datasketches-java on the class path"
          + " (or its module datasketches.java resolved on the module path)";
      assertThat(out).containsEntry("approximate", message).containsEntry("constructor", message);
      // the recording sees the JVM's own requests: the approximate probe's show up (the other test's absence means something)
      assertThat(loader.requested).contains(KllSample.class.getName()).anyMatch(n -> n.startsWith("org.apache.datasketches"));
    }
  }

  @Test
  void exactModeAloneNeverAsksForADataSketchesClassNorForKllSample() throws Exception {
    List<URL> urls = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!entry.isEmpty() && !Path.of(entry).getFileName().toString().startsWith("datasketches-")) {
        urls.add(Path.of(entry).toUri().toURL());
      }
    }
    try (RecordingLoader loader = new RecordingLoader(urls.toArray(new URL[0]))) {
      @SuppressWarnings("unchecked")
      Supplier<Map<String, Object>> driver =
          (Supplier<Map<String, Object>>) loader.loadClass(ExactOnly.class.getName()).getConstructor().newInstance();
      Map<String, Object> out = driver.get();
      assertThat(out).containsEntry("median", "3").containsEntry("won", 1L);
      assertThat(loader.requested).as("classes the exact run asked for").contains(Sample.class.getName(), SampleCodec.class.getName())
          .doesNotContain(KllSample.class.getName())
          .noneMatch(n -> n.startsWith("org.apache.datasketches"));
    }
  }

  /** Exact mode only, encode and decode included. */
  public static final class ExactOnly implements Supplier<Map<String, Object>> {
    @Override
    public Map<String, Object> get() {
      Map<String, Object> out = new LinkedHashMap<>();
      Sample s = QuantileMode.exact().newSample();
      Sample t = QuantileMode.exact().newSample();
      for (long v : new long[] {5, 1, 4}) {
        s.add(v);
      }
      t.add(2);
      t.add(3);
      s.merge(t);
      Sample back = SampleCodec.decode(SampleCodec.encode(s), QuantileMode.exact());
      out.put("median", back.toDistribution(PercentileMethod.LINEAR).median().orElseThrow().toPlainString());
      out.put("mode", QuantileMode.exact().toString() + QuantileMode.exact().rankError());
      KpiAccumulator acc = new KpiAccumulator();
      acc.add(DealRecord.builder().id("D").outcome(Outcome.WON).createdDate(LocalDate.of(2024, 1, 1))
          .closedDate(LocalDate.of(2024, 1, 11)).build());
      out.put("won", acc.finish().won());
      return out;
    }
  }

  private static boolean resolves(ClassLoader loader, String name) {
    try {
      Class.forName(name, false, loader);
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
