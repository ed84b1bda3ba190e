package dev.salesops.metrics.clv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The CDNOW calibration summaries (see the fixture's header for its origin). */
final class Cdnow {
  private Cdnow() {}

  static List<CustomerSummary> customers() {
    try (InputStream in = Cdnow.class.getResourceAsStream("cdnow_customers.txt");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<CustomerSummary> out = new ArrayList<>();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] f = line.trim().split("\\s+");
        out.add(CustomerSummary.of(Integer.parseInt(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2])));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
