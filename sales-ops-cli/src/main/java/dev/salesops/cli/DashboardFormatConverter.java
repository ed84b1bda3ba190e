package dev.salesops.cli;

import java.util.Locale;
import picocli.CommandLine;

/** Reads {@code text}, {@code json} or {@code html} (the commands that draw an HTML dashboard). */
final class DashboardFormatConverter implements CommandLine.ITypeConverter<OutputFormat> {
  @Override
  public OutputFormat convert(String value) {
    try {
      return OutputFormat.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.TypeConversionException("must be text, json or html: " + value);
    }
  }
}
