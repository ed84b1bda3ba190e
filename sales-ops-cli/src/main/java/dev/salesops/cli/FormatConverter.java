package dev.salesops.cli;

import java.util.Locale;
import picocli.CommandLine;

/** Reads {@code text} or {@code json}. */
final class FormatConverter implements CommandLine.ITypeConverter<OutputFormat> {
  @Override
  public OutputFormat convert(String value) {
    try {
      OutputFormat f = OutputFormat.valueOf(value.toUpperCase(Locale.ROOT));
      if (f == OutputFormat.HTML) {
        // only report and demo draw a dashboard (DashboardFormatConverter)
        throw new IllegalArgumentException("html");
      }
      return f;
    } catch (IllegalArgumentException e) {
      throw new CommandLine.TypeConversionException("must be text or json: " + value);
    }
  }
}
