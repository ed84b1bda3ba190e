package dev.salesops.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.salesops.core.model.Probability;
import dev.salesops.core.money.Monies;
import dev.salesops.core.internal.Checks;
import dev.salesops.core.validation.ValidationException;
import java.io.IOException;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The Jackson module for sales-ops values that are not annotated themselves.
 *
 * <ul>
 *   <li>{@link Money}: {@code {"amount":"1234.50","currency":"USD"}}: the amount is a string (a JSON number is
 *       also read) with at most the currency's decimal places; absurd scales such as {@code 1e-1000000} are
 *       refused before any arithmetic.
 *   <li>{@link CurrencyUnit}: the ISO-4217 code, e.g. {@code "USD"}.
 *   <li>{@link Probability}: written as a number ({@code 0.35}); read from a number or a string
 *       ({@code "0.35"}, {@code "35%"}).
 *   <li>{@link java.util.Optional}: the value itself when present, {@code null} (or an absent property) when
 *       empty, as Jackson's jdk8 module does; hosts need no further module.
 * </ul>
 *
 * <p>Invalid values fail with a {@link com.fasterxml.jackson.databind.JsonMappingException} whose message
 * names the JSON path and the rule broken.
 */
public final class SalesOpsModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public SalesOpsModule() {
    super("sales-ops", Version.unknownVersion());
    addSerializer(Money.class, new MoneySerializer());
    addDeserializer(Money.class, new MoneyDeserializer());
    addSerializer(CurrencyUnit.class, new CurrencySerializer());
    addDeserializer(CurrencyUnit.class, new CurrencyDeserializer());
    addDeserializer(Probability.class, new ProbabilityDeserializer());
    addDeserializer(java.math.BigDecimal.class, new BoundedDecimalDeserializer());
  }

  /** Every {@code BigDecimal} property: refused outside {@link dev.salesops.core.validation.DecimalBounds}. */
  static final class BoundedDecimalDeserializer extends com.fasterxml.jackson.databind.deser.std.NumberDeserializers.BigDecimalDeserializer {
    private static final long serialVersionUID = 1L;

    @Override
    public java.math.BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      java.math.BigDecimal v;
      try {
        v = super.deserialize(p, ctxt);
      } catch (NumberFormatException | ArithmeticException e) {
        throw invalid(p, dev.salesops.core.validation.DecimalBounds.rule(), java.math.BigDecimal.class);
      }
      if (v != null && !dev.salesops.core.validation.DecimalBounds.within(v)) {
        throw invalid(p, dev.salesops.core.validation.DecimalBounds.rule() + ": " + dev.salesops.core.validation.DecimalBounds.brief(v), java.math.BigDecimal.class);
      }
      return v;
    }
  }

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    // java.util.Optional, as Jackson's jdk8 module maps it: empty is null or absent
    context.addTypeModifier(new OptionalSupport.OptionalTypeModifier());
    context.addSerializers(new OptionalSupport.OptionalSerializers());
    context.addDeserializers(new OptionalSupport.OptionalDeserializers());
  }

  static final class MoneySerializer extends JsonSerializer<Money> {
    @Override
    public void serialize(Money value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
      gen.writeStartObject();
      gen.writeStringField("amount", value.getAmount().toPlainString());
      gen.writeStringField("currency", value.getCurrencyUnit().getCode());
      gen.writeEndObject();
    }
  }

  static final class MoneyDeserializer extends JsonDeserializer<Money> {
    @Override
    public Money deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        throw invalid(p, "money must be an object such as {\"amount\":\"1234.50\",\"currency\":\"USD\"}", Money.class);
      }
      String amount = null;
      String currency = null;
      for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        String name = p.currentName();
        JsonToken v = p.nextToken();
        if ("amount".equals(name)) {
          if (v == JsonToken.VALUE_STRING || v == JsonToken.VALUE_NUMBER_INT || v == JsonToken.VALUE_NUMBER_FLOAT) {
            amount = p.getText(); // the literal text: never through double
          } else {
            throw invalid(p, "amount must be a decimal string such as \"1234.50\"", Money.class);
          }
        } else if ("currency".equals(name)) {
          if (v != JsonToken.VALUE_STRING) {
            throw invalid(p, "currency must be an ISO-4217 code string such as \"USD\"", Money.class);
          }
          currency = p.getText();
        } else {
          throw invalid(p, "money has only the fields amount and currency, not " + Checks.describe(name), Money.class);
        }
      }
      if (amount == null || currency == null) {
        throw invalid(p, "money needs both amount and currency; missing " + (amount == null ? "amount" : "currency"), Money.class);
      }
      try {
        return Monies.parse(amount, Monies.currency(currency, "currency"), "amount");
      } catch (ValidationException e) {
        throw invalid(p, e.getMessage(), Money.class);
      }
    }
  }

  /** A failure naming the rule, without echoing more of the input than the rule's message does. */
  static JsonMappingException invalid(JsonParser p, String message, Class<?> type) {
    return MismatchedInputException.from(p, type, message);
  }

  static final class CurrencySerializer extends JsonSerializer<CurrencyUnit> {
    @Override
    public void serialize(CurrencyUnit value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
      gen.writeString(value.getCode());
    }
  }

  static final class CurrencyDeserializer extends JsonDeserializer<CurrencyUnit> {
    @Override
    public CurrencyUnit deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        throw invalid(p, "currency must be an ISO-4217 code string such as \"USD\"", CurrencyUnit.class);
      }
      String code = p.getText();
      try {
        return Monies.currency(code, "currency");
      } catch (ValidationException e) {
        throw invalid(p, e.getMessage(), CurrencyUnit.class);
      }
    }
  }

  static final class ProbabilityDeserializer extends JsonDeserializer<Probability> {
    @Override
    public Probability deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken t = p.currentToken();
      if (t != JsonToken.VALUE_STRING && t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
        throw invalid(p, "probability must be a number in [0, 1] or a string such as \"35%\"", Probability.class);
      }
      try {
        return Probability.parse(p.getText()); // the literal text, never through double; parse bounds its length
      } catch (ValidationException e) {
        throw invalid(p, e.getMessage(), Probability.class);
      }
    }
  }

}
