package dev.salesops.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.salesops.core.model.Probability;
import dev.salesops.core.money.Monies;
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
        return (Money) ctxt.handleUnexpectedToken(Money.class, p.currentToken(), p,
            "money must be an object {\"amount\":\"1234.50\",\"currency\":\"USD\"}");
      }
      String amount = null;
      String currency = null;
      for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        String name = p.currentName();
        JsonToken v = p.nextToken();
        if ("amount".equals(name)) {
          if (v == JsonToken.VALUE_STRING) {
            amount = p.getText();
          } else if (v == JsonToken.VALUE_NUMBER_INT || v == JsonToken.VALUE_NUMBER_FLOAT) {
            amount = p.getText(); // the literal text: never through double
          } else {
            throw ctxt.weirdStringException(p.getText(), Money.class, "amount must be a decimal string such as \"1234.50\"");
          }
        } else if ("currency".equals(name)) {
          if (v != JsonToken.VALUE_STRING) {
            throw ctxt.weirdStringException(p.getText(), Money.class, "currency must be an ISO-4217 code string");
          }
          currency = p.getText();
        } else {
          throw ctxt.weirdStringException(name, Money.class, "money has only the fields amount and currency, not '" + name + "'");
        }
      }
      if (amount == null || currency == null) {
        throw ctxt.weirdStringException(String.valueOf(amount == null ? "amount" : "currency"), Money.class,
            "money needs both amount and currency; missing " + (amount == null ? "amount" : "currency"));
      }
      try {
        return Monies.parse(amount, Monies.currency(currency, "currency"), "amount");
      } catch (ValidationException e) {
        throw ctxt.weirdStringException(amount.length() > 40 ? amount.substring(0, 40) + "..." : amount, Money.class, e.getMessage());
      }
    }
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
        return (CurrencyUnit) ctxt.handleUnexpectedToken(CurrencyUnit.class, p);
      }
      String code = p.getText();
      try {
        return Monies.currency(code, "currency");
      } catch (ValidationException e) {
        throw ctxt.weirdStringException(code, CurrencyUnit.class, e.getMessage());
      }
    }
  }

  static final class ProbabilityDeserializer extends JsonDeserializer<Probability> {
    @Override
    public Probability deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken t = p.currentToken();
      try {
        if (t == JsonToken.VALUE_STRING) {
          return Probability.parse(p.getText());
        }
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
          String text = p.getText();
          return Probability.parse(text.length() > 40 ? text.substring(0, 40) + "..." : text);
        }
      } catch (ValidationException e) {
        throw ctxt.weirdStringException(p.getText(), Probability.class, e.getMessage());
      }
      return (Probability) ctxt.handleUnexpectedToken(Probability.class, p);
    }
  }

}
