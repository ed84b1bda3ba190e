package dev.salesops.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/** Reads an ISO instant ({@code 2026-06-30T12:00:00Z}) or an ISO date ({@code 2026-06-30}, the start of that day in UTC). */
final class InstantConverter implements CommandLine.ITypeConverter<Instant> {
  @Override
  public Instant convert(String value) {
    Instant i = parse(value);
    if (i == null) {
      throw new CommandLine.TypeConversionException("must be an ISO instant (2026-06-30T12:00:00Z) or date (2026-06-30): " + value);
    }
    return i;
  }

  /** The instant, or {@code null} when {@code value} is neither form. */
  static Instant parse(String value) {
    try {
      return value.length() <= 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(value);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
