package dev.salesops.json.contract;

import dev.salesops.core.json.JsonArray;
import dev.salesops.core.json.JsonNumber;
import dev.salesops.core.json.JsonObject;
import dev.salesops.core.json.JsonString;
import dev.salesops.core.json.JsonValue;
import dev.salesops.core.validation.DecimalBounds;
import dev.salesops.core.validation.Problem;
import dev.salesops.core.validation.ValidationException;
import dev.salesops.json.JsonCodec;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A host's own type with its own codec, registered through {@code SalesOpsCodecs.standard().with(...)}: proves a
 * host codec goes through both Jackson modules like the library's, and carries the awkward text (control
 * characters, U+2028, non-ASCII, quotes) that the JSON stacks must escape alike.
 */
record HostDeal(String id, BigDecimal amount, LocalDate closeDate, List<String> tags) {

  static final class Codec implements JsonCodec<HostDeal> {
    @Override
    public Class<HostDeal> type() {
      return HostDeal.class;
    }

    @Override
    public JsonValue encode(HostDeal d) {
      JsonArray.Builder tags = JsonArray.builder();
      d.tags().forEach(t -> tags.add(JsonString.of(t)));
      return JsonObject.builder()
          .put("id", d.id())
          .put("amount", JsonNumber.of(d.amount()))
          .put("closeDate", d.closeDate().toString())
          .put("tags", tags.build())
          .build();
    }

    @Override
    public HostDeal decode(JsonValue json, String path) {
      if (!(json instanceof JsonObject o)) {
        throw refuse(path, "must be an object");
      }
      for (String name : o.members().keySet()) {
        if (!List.of("id", "amount", "closeDate", "tags").contains(name)) {
          throw refuse(path + "." + name, "unknown member");
        }
      }
      String id = text(o, "id", path);
      if (!(o.get("amount") instanceof JsonNumber n)) {
        throw refuse(path + ".amount", "must be a number");
      }
      BigDecimal amount;
      try {
        amount = DecimalBounds.check("amount", n.decimal());
      } catch (NumberFormatException | ArithmeticException | ValidationException e) {
        throw refuse(path + ".amount", DecimalBounds.rule());
      }
      LocalDate date;
      try {
        date = LocalDate.parse(text(o, "closeDate", path));
      } catch (DateTimeParseException e) {
        throw refuse(path + ".closeDate", "must be an ISO date such as 2026-12-07");
      }
      if (!(o.get("tags") instanceof JsonArray a)) {
        throw refuse(path + ".tags", "must be an array");
      }
      List<String> tags = new ArrayList<>();
      for (int i = 0; i < a.size(); i++) {
        if (!(a.get(i) instanceof JsonString s)) {
          throw refuse(path + ".tags[" + i + "]", "must be a string");
        }
        tags.add(s.value());
      }
      return new HostDeal(id, amount, date, List.copyOf(tags));
    }

    private static String text(JsonObject o, String name, String path) {
      if (!(o.get(name) instanceof JsonString s)) {
        throw refuse(path + "." + name, "must be a string");
      }
      return s.value();
    }

    private static ValidationException refuse(String path, String rule) {
      return new ValidationException(Problem.of(path, rule));
    }
  }

  static List<HostDeal> samples() {
    return List.of(
        new HostDeal("d-1", new BigDecimal("1234.50"), LocalDate.of(2026, 12, 7), List.of()),
        new HostDeal("d-2", new BigDecimal("-0.000001"), LocalDate.of(1, 1, 1), List.of("a", "b")),
        new HostDeal("d-3", new BigDecimal("1E+3"), LocalDate.of(9999, 12, 31),
            List.of("tab\tnew\nline", "ctl\u0001\u001f", "sep\u2028\u2029", "quote\"back\\slash/", "Ünïcødé €", "")),
        new HostDeal("d-4", new BigDecimal("12345678901234567890.123456789"), LocalDate.of(2024, 2, 29),
            List.of(Map.of("k", "v").toString())));
  }
}
