package dev.salesops.json;

import dev.salesops.core.json.JsonInputException;
import dev.salesops.core.json.JsonNumber;
import dev.salesops.core.json.JsonObject;
import dev.salesops.core.json.JsonString;
import dev.salesops.core.json.JsonValue;
import dev.salesops.core.model.Probability;
import dev.salesops.core.money.Monies;
import dev.salesops.core.validation.ValidationException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/** Small codecs and codec factories. Not API. */
final class Codecs {
  private Codecs() {}

  /**
   * A model written as another type's JSON (an id as its string, a plan as its map): {@code to} gives the
   * representation, {@code from} rebuilds the model (its validation failures become {@link JsonInputException}s).
   */
  static <T, R> JsonCodec<T> delegating(Class<T> type, Type repr, Function<? super T, ? extends R> to, Function<? super R, ? extends T> from) {
    Coder coder = Coders.of(repr);
    String name = ObjectCodec.nameOf(type);
    return new JsonCodec<>() {
      @Override
      public Class<T> type() {
        return type;
      }

      @Override
      public JsonValue encode(T value) {
        return coder.encode(to.apply(value));
      }

      @Override
      @SuppressWarnings("unchecked")
      public T decode(JsonValue json, String path) {
        R r = (R) coder.decode(json, path);
        return build(name, path, () -> from.apply(r));
      }
    };
  }

  /** A model written as a JSON string. */
  static <T> JsonCodec<T> string(Class<T> type, Function<? super T, String> to, Function<String, ? extends T> from) {
    return delegating(type, String.class, to, from);
  }

  /** Runs a model factory, translating its refusals into a {@link JsonInputException} at {@code path}. */
  static <T> T build(String type, String path, java.util.function.Supplier<? extends T> factory) {
    try {
      return factory.get();
    } catch (Exception e) {
      if (e instanceof JsonInputException) {
        throw Fail.unchecked(e);
      }
      if (e instanceof ValidationException v) {
        throw Fail.invalid(type, path, v);
      }
      throw Fail.of(type, path, "is not a valid " + type + " (" + e.getClass().getSimpleName() + ")");
    }
  }

  /** {@code raw<args>} as a reflective type, for delegating codecs over generic types. */
  static ParameterizedType param(Class<?> raw, Type... args) {
    Type[] a = args.clone();
    return new ParameterizedType() {
      @Override
      public Type[] getActualTypeArguments() {
        return a.clone();
      }

      @Override
      public Type getRawType() {
        return raw;
      }

      @Override
      public Type getOwnerType() {
        return null;
      }

      @Override
      public boolean equals(Object o) {
        return o instanceof ParameterizedType p && p.getRawType().equals(raw) && p.getOwnerType() == null
            && Arrays.equals(p.getActualTypeArguments(), a);
      }

      @Override
      public int hashCode() {
        return Arrays.hashCode(a) ^ raw.hashCode();
      }

      @Override
      public String toString() {
        return raw.getName() + Arrays.toString(a);
      }
    };
  }

  /** {@code {"amount":"1234.50","currency":"USD"}}; the amount is also read from a JSON number. */
  static final JsonCodec<Money> MONEY = new JsonCodec<>() {
    @Override
    public Class<Money> type() {
      return Money.class;
    }

    @Override
    public JsonValue encode(Money value) {
      return JsonObject.builder().put("amount", value.getAmount().toPlainString()).put("currency", value.getCurrencyUnit().getCode()).build();
    }

    @Override
    public Money decode(JsonValue json, String path) {
      if (!(json instanceof JsonObject o)) {
        throw Fail.of("Money", path, "money must be an object such as {\"amount\":\"1234.50\",\"currency\":\"USD\"}");
      }
      String amount = null;
      String currency = null;
      for (Map.Entry<String, JsonValue> e : o.members().entrySet()) {
        String at = Fail.member(path, e.getKey());
        JsonValue v = e.getValue();
        if (e.getKey().equals("amount")) {
          if (v instanceof JsonString s) {
            amount = s.value();
          } else if (v instanceof JsonNumber n) {
            amount = n.text(); // the literal text: never through double
          } else {
            throw Fail.of("Money", at, "amount must be a decimal string such as \"1234.50\"");
          }
        } else if (e.getKey().equals("currency")) {
          if (!(v instanceof JsonString s)) {
            throw Fail.of("Money", at, "currency must be an ISO-4217 code string such as \"USD\"");
          }
          currency = s.value();
        } else {
          throw Fail.of("Money", at, "money has only the members amount and currency, not " + Fail.name(e.getKey()));
        }
      }
      if (amount == null || currency == null) {
        throw Fail.of("Money", path, "money needs both amount and currency; missing " + (amount == null ? "amount" : "currency"));
      }
      String a = amount;
      String c = currency;
      try {
        CurrencyUnit cu = Monies.currency(c, "currency");
        return Monies.parse(a, cu, "amount");
      } catch (ValidationException e) {
        throw Fail.of("Money", path, e.getMessage());
      }
    }
  };

  /** The ISO-4217 code, e.g. {@code "USD"}. */
  static final JsonCodec<CurrencyUnit> CURRENCY = new JsonCodec<>() {
    @Override
    public Class<CurrencyUnit> type() {
      return CurrencyUnit.class;
    }

    @Override
    public JsonValue encode(CurrencyUnit value) {
      return JsonString.of(value.getCode());
    }

    @Override
    public CurrencyUnit decode(JsonValue json, String path) {
      if (!(json instanceof JsonString s)) {
        throw Fail.of("CurrencyUnit", path, "currency must be an ISO-4217 code string such as \"USD\"");
      }
      try {
        return Monies.currency(s.value(), "currency");
      } catch (ValidationException e) {
        throw Fail.of("CurrencyUnit", path, e.getMessage());
      }
    }
  };

  /** A number in [0, 1] ({@code 0.35}); read from a number or a string ({@code "0.35"}, {@code "35%"}). */
  static final JsonCodec<Probability> PROBABILITY = new JsonCodec<>() {
    @Override
    public Class<Probability> type() {
      return Probability.class;
    }

    @Override
    public JsonValue encode(Probability value) {
      return JsonNumber.of(value.value());
    }

    @Override
    public Probability decode(JsonValue json, String path) {
      String text;
      if (json instanceof JsonNumber n) {
        text = n.text();
      } else if (json instanceof JsonString s) {
        text = s.value();
      } else {
        throw Fail.of("Probability", path, "probability must be a number in [0, 1] or a string such as \"35%\"");
      }
      try {
        return Probability.parse(text); // the literal text, never through double; parse bounds its length
      } catch (ValidationException e) {
        throw Fail.of("Probability", path, e.getMessage());
      }
    }
  };

  static <T> T nonNull(T t) {
    return Objects.requireNonNull(t);
  }
}
