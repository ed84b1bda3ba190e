package dev.salesops.metrics.forecast;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;

/** Loads the public data sets kept as test resources (month,value CSV, '#' comments). */
final class Datasets {
  private Datasets() {}

  static TimeSeries load(String name) {
    Map<YearMonth, BigDecimal> values = new TreeMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(Datasets.class.getResourceAsStream(name), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("#") || line.startsWith("month")) {
          continue;
        }
        String[] p = line.split(",");
        values.put(YearMonth.parse(p[0]), new BigDecimal(p[1]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    YearMonth from = ((TreeMap<YearMonth, BigDecimal>) values).firstKey();
    YearMonth to = ((TreeMap<YearMonth, BigDecimal>) values).lastKey();
    return TimeSeries.of(Frequency.MONTHLY, values, from, to, Missing.GAP);
  }

  static TimeSeries airPassengers() {
    return load("airpassengers.csv");
  }

  static TimeSeries co2() {
    return load("co2.csv");
  }
}
