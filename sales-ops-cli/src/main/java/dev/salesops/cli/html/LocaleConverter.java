package dev.salesops.cli.html;

import java.util.Locale;
import picocli.CommandLine;

/** Reads {@code --locale}: {@code en} or {@code zh-CN} (the languages of the HTML dashboard's labels). */
public final class LocaleConverter implements CommandLine.ITypeConverter<Locale> {
  @Override
  public Locale convert(String value) {
    try {
      return HtmlDashboard.supported(Locale.forLanguageTag(value));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.TypeConversionException("must be en or zh-CN: " + value);
    }
  }
}
