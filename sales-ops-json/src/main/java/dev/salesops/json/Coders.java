package dev.salesops.json;

import dev.salesops.core.json.JsonArray;
import dev.salesops.core.json.JsonBoolean;
import dev.salesops.core.json.JsonNull;
import dev.salesops.core.json.JsonNumber;
import dev.salesops.core.json.JsonObject;
import dev.salesops.core.json.JsonString;
import dev.salesops.core.json.JsonValue;
import dev.salesops.core.validation.DecimalBounds;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The {@link Coder} of a declared Java type: JSON's own types, Java time, collections, optionals, enums, and
 * the model types (through the standard {@link SalesOpsCodecs}, looked up on first use). Not API.
 */
final class Coders {
  private static final Map<Type, Coder> CACHE = new ConcurrentHashMap<>();
  /** The longest number literal converted (the reader bounds it already; hand-built trees are checked here). */
  static final int MAX_NUMBER_TEXT = 1_000;

  private Coders() {}

  /** The coder of {@code type}. */
  static Coder of(Type type) {
    Coder c = CACHE.get(type);
    if (c == null) {
      c = build(type);
      CACHE.putIfAbsent(type, c);
    }
    return c;
  }

  private static Coder build(Type type) {
    if (type instanceof WildcardType w) {
      return of(w.getUpperBounds()[0]);
    }
    if (type instanceof ParameterizedType p) {
      Class<?> raw = (Class<?>) p.getRawType();
      Type[] args = p.getActualTypeArguments();
      if (raw == Optional.class) {
        return new OptionalCoder(of(args[0]));
      }
      if (raw == List.class || raw == Collection.class || raw == Iterable.class) {
        return new ListCoder(of(args[0]), false);
      }
      if (raw == Set.class) {
        return new SetCoder(of(args[0]), false);
      }
      if (raw == SortedSet.class || raw == java.util.NavigableSet.class) {
        return new SetCoder(of(args[0]), true);
      }
      if (raw == Map.class) {
        return new MapCoder(keyCoder(args[0]), of(args[1]), false);
      }
      if (raw == SortedMap.class || raw == java.util.NavigableMap.class) {
        return new MapCoder(keyCoder(args[0]), of(args[1]), true);
      }
      return of(raw);
    }
    if (type instanceof GenericArrayType) {
      throw new IllegalArgumentException("arrays are not model members: " + type);
    }
    if (!(type instanceof Class<?> k)) {
      throw new IllegalArgumentException("no JSON form for the type variable " + type);
    }
    if (k == String.class) {
      return STRING;
    }
    if (k == int.class || k == Integer.class) {
      return k.isPrimitive() ? primitive(INT, 0) : INT;
    }
    if (k == long.class || k == Long.class) {
      return k.isPrimitive() ? primitive(LONG, 0L) : LONG;
    }
    if (k == double.class || k == Double.class) {
      return k.isPrimitive() ? primitive(DOUBLE, 0.0) : DOUBLE;
    }
    if (k == boolean.class || k == Boolean.class) {
      return k.isPrimitive() ? primitive(BOOLEAN, false) : BOOLEAN;
    }
    if (k == BigDecimal.class) {
      return DECIMAL;
    }
    if (k == LocalDate.class) {
      return text("date such as \"2026-01-31\"", LocalDate::toString, LocalDate::parse);
    }
    if (k == Instant.class) {
      return text("instant such as \"2026-01-31T09:30:00Z\"", Instant::toString, Instant::parse);
    }
    if (k == YearMonth.class) {
      return text("month such as \"2026-01\"", YearMonth::toString, YearMonth::parse);
    }
    if (k == Duration.class) {
      return DURATION;
    }
    if (k == OptionalDouble.class) {
      return OPTIONAL_DOUBLE;
    }
    if (k == OptionalInt.class) {
      return OPTIONAL_INT;
    }
    if (k == OptionalLong.class) {
      return OPTIONAL_LONG;
    }
    if (k.isEnum()) {
      return enumCoder(k);
    }
    if (List.class == k || Set.class == k || Map.class == k || Optional.class == k) {
      throw new IllegalArgumentException("a raw " + k.getSimpleName() + " has no JSON form: declare its element type");
    }
    return new ModelCoder(k);
  }

  // ---- JSON's own types

  static final Coder STRING = new Coder() {
    @Override
    public JsonValue encode(Object value) {
      return JsonString.of((String) value);
    }

    @Override
    public Object decode(JsonValue json, String path) {
      if (json instanceof JsonString s) {
        return s.value();
      }
      throw Fail.type("string", path, "a string", json);
    }

    @Override
    public boolean isEmpty(Object value) {
      return value == null || ((String) value).isEmpty();
    }
  };

  static final Coder BOOLEAN = new Coder() {
    @Override
    public JsonValue encode(Object value) {
      return JsonBoolean.of((Boolean) value);
    }

    @Override
    public Object decode(JsonValue json, String path) {
      if (json instanceof JsonBoolean b) {
        return b.value();
      }
      throw Fail.type("boolean", path, "true or false", json);
    }
  };

  static final Coder INT = new Coder() {
    @Override
    public JsonValue encode(Object value) {
      return JsonNumber.of(((Integer) value).longValue());
    }

    @Override
    public Object decode(JsonValue json, String path) {
      long v = integral(json, path, "int");
      if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
        throw Fail.of("int", path, "must be a whole number within [" + Integer.MIN_VALUE + ", " + Integer.MAX_VALUE + "]");
      }
      return (int) v;
    }
  };

  static final Coder LONG = new Coder() {
    @Override
    public JsonValue encode(Object value) {
      return JsonNumber.of((Long) value);
    }

    @Override
    public Object decode(JsonValue json, String path) {
      return integral(json, path, "long");
    }
  };

  static long integral(JsonValue json, String path, String type) {
    BigDecimal d = number(json, path, type);
    try {
      return d.stripTrailingZeros().longValueExact();
    } catch (ArithmeticException e) {
      throw Fail.of(type, path, "must be a whole number within [" + Long.MIN_VALUE + ", " + Long.MAX_VALUE + "]");
    }
  }

  static final Coder DOUBLE = new Coder() {
    @Override
    public JsonValue encode(Object value) {
      return JsonNumber.of((Double) value);
    }

    @Override
    public Object decode(JsonValue json, String path) {
      BigDecimal d = number(json, path, "double");
      double v = Double.parseDouble(((JsonNumber) json).text());
      if (Double.isInfinite(v)) {
        throw Fail.of("double", path, "must be a finite number: " + DecimalBounds.brief(d));
      }
      return v;
    }
  };

  static final Coder DECIMAL = new Coder() {
    @Override
    public JsonValue encode(Object value) {
      return JsonNumber.of((BigDecimal) value);
    }

    @Override
    public Object decode(JsonValue json, String path) {
      return number(json, path, "decimal");
    }
  };

  /** The number {@code json} holds, within {@link DecimalBounds}. */
  static BigDecimal number(JsonValue json, String path, String type) {
    if (!(json instanceof JsonNumber n)) {
      throw Fail.type(type, path, "a number", json);
    }
    if (n.text().length() > MAX_NUMBER_TEXT) {
      throw Fail.of(type, path, DecimalBounds.rule() + ": a number of " + n.text().length() + " characters");
    }
    BigDecimal d;
    try {
      d = n.decimal();
    } catch (NumberFormatException | ArithmeticException e) {
      throw Fail.of(type, path, DecimalBounds.rule());
    }
    if (!DecimalBounds.within(d)) {
      throw Fail.of(type, path, DecimalBounds.rule() + ": " + DecimalBounds.brief(d));
    }
    return d;
  }

  /** A value written as a string: {@code parse} failures (any runtime exception) are refused as {@code what}. */
  static <T> Coder text(String what, Function<T, String> write, Function<String, T> parse) {
    return new Coder() {
      @Override
      @SuppressWarnings("unchecked")
      public JsonValue encode(Object value) {
        return JsonString.of(write.apply((T) value));
      }

      @Override
      public Object decode(JsonValue json, String path) {
        if (!(json instanceof JsonString s)) {
          throw Fail.type(what.split(" ")[0], path, "a " + what, json);
        }
        if (s.value().length() > 100) {
          throw Fail.of(what.split(" ")[0], path, "must be a " + what + " (" + s.value().length() + " characters given)");
        }
        try {
          return parse.apply(s.value());
        } catch (DateTimeException | IllegalArgumentException | ArithmeticException e) {
          throw Fail.of(what.split(" ")[0], path, "must be a " + what);
        }
      }
    };
  }

  /** A primitive: absent or null is refused (as Jackson's FAIL_ON_NULL_FOR_PRIMITIVES), with a default for absent. */
  private static Coder primitive(Coder boxed, Object zero) {
    return new Coder() {
      @Override
      public JsonValue encode(Object value) {
        return boxed.encode(value);
      }

      @Override
      public Object decode(JsonValue json, String path) {
        return boxed.decode(json, path);
      }

      @Override
      public Object absent() {
        return zero;
      }
    };
  }

  /**
   * A {@link Duration} as the Java-time module of Jackson writes it with timestamps: seconds with nine decimals
   * ({@code 3600.000000000}); read from that or from an ISO-8601 duration string ({@code "PT1H"}).
   */
  static final Coder DURATION = new Coder() {
    @Override
    public JsonValue encode(Object value) {
      Duration d = (Duration) value;
      return JsonNumber.of(BigDecimal.valueOf(d.getSeconds()).add(BigDecimal.valueOf(d.getNano(), 9)).setScale(9));
    }

    @Override
    public Object decode(JsonValue json, String path) {
      if (json instanceof JsonString s) {
        try {
          return Duration.parse(s.value());
        } catch (DateTimeException e) {
          throw Fail.of("duration", path, "must be an ISO-8601 duration such as \"PT1H\" or a number of seconds");
        }
      }
      BigDecimal d = number(json, path, "duration");
      try {
        BigDecimal nanos = d.movePointRight(9).setScale(0, java.math.RoundingMode.UNNECESSARY);
        BigDecimal[] qr = nanos.divideAndRemainder(BigDecimal.valueOf(1_000_000_000L));
        return Duration.ofSeconds(qr[0].longValueExact(), qr[1].longValueExact());
      } catch (ArithmeticException e) {
        throw Fail.of("duration", path, "must be a number of seconds with at most 9 decimals, within a Duration's range");
      }
    }
  };

  static final Coder OPTIONAL_DOUBLE = new Coder() {
    @Override
    public JsonValue encode(Object value) {
      OptionalDouble o = (OptionalDouble) value;
      return o.isPresent() ? DOUBLE.encode(o.getAsDouble()) : JsonNull.INSTANCE;
    }

    @Override
    public Object decode(JsonValue json, String path) {
      return OptionalDouble.of((Double) DOUBLE.decode(json, path));
    }

    @Override
    public Object absent() {
      return OptionalDouble.empty();
    }

    @Override
    public boolean acceptsNull() {
      return true;
    }

    @Override
    public boolean isAbsent(Object value) {
      return value == null || ((OptionalDouble) value).isEmpty();
    }
  };

  static final Coder OPTIONAL_INT = new Coder() {
    @Override
    public JsonValue encode(Object value) {
      OptionalInt o = (OptionalInt) value;
      return o.isPresent() ? JsonNumber.of(o.getAsInt()) : JsonNull.INSTANCE;
    }

    @Override
    public Object decode(JsonValue json, String path) {
      return OptionalInt.of((Integer) INT.decode(json, path));
    }

    @Override
    public Object absent() {
      return OptionalInt.empty();
    }

    @Override
    public boolean acceptsNull() {
      return true;
    }

    @Override
    public boolean isAbsent(Object value) {
      return value == null || ((OptionalInt) value).isEmpty();
    }
  };

  static final Coder OPTIONAL_LONG = new Coder() {
    @Override
    public JsonValue encode(Object value) {
      OptionalLong o = (OptionalLong) value;
      return o.isPresent() ? JsonNumber.of(o.getAsLong()) : JsonNull.INSTANCE;
    }

    @Override
    public Object decode(JsonValue json, String path) {
      return OptionalLong.of((Long) LONG.decode(json, path));
    }

    @Override
    public Object absent() {
      return OptionalLong.empty();
    }

    @Override
    public boolean acceptsNull() {
      return true;
    }

    @Override
    public boolean isAbsent(Object value) {
      return value == null || ((OptionalLong) value).isEmpty();
    }
  };

  @SuppressWarnings({"unchecked", "rawtypes"})
  static Coder enumCoder(Class<?> k) {
    Class<? extends Enum> e = (Class<? extends Enum>) k;
    String type = k.getSimpleName();
    Map<String, Object> byName = new LinkedHashMap<>();
    for (Object c : e.getEnumConstants()) {
      byName.put(((Enum<?>) c).name(), c);
    }
    String names = byName.size() <= 12 ? String.join(", ", byName.keySet()) : byName.size() + " names";
    return new Coder() {
      @Override
      public JsonValue encode(Object value) {
        return JsonString.of(((Enum<?>) value).name());
      }

      @Override
      public Object decode(JsonValue json, String path) {
        if (!(json instanceof JsonString s)) {
          throw Fail.type(type, path, "one of " + names, json);
        }
        Object v = byName.get(s.value());
        if (v == null) {
          throw Fail.of(type, path, "must be one of " + names + ", not " + Fail.name(s.value()));
        }
        return v;
      }
    };
  }

  // ---- containers

  record OptionalCoder(Coder element) implements Coder {
    @Override
    public JsonValue encode(Object value) {
      Optional<?> o = (Optional<?>) value;
      return o.isPresent() ? element.encode(o.get()) : JsonNull.INSTANCE;
    }

    @Override
    public Object decode(JsonValue json, String path) {
      return Optional.of(element.decode(json, path));
    }

    @Override
    public Object absent() {
      return Optional.empty();
    }

    @Override
    public boolean acceptsNull() {
      return true;
    }

    @Override
    public boolean isAbsent(Object value) {
      return value == null || ((Optional<?>) value).isEmpty();
    }

    @Override
    public boolean isEmpty(Object value) {
      return isAbsent(value) || element.isEmpty(((Optional<?>) value).get());
    }
  }

  record ListCoder(Coder element, boolean unused) implements Coder {
    @Override
    public JsonValue encode(Object value) {
      JsonArray.Builder b = JsonArray.builder();
      for (Object o : (Iterable<?>) value) {
        b.add(o == null ? JsonNull.INSTANCE : element.encode(o));
      }
      return b.build();
    }

    @Override
    public Object decode(JsonValue json, String path) {
      if (!(json instanceof JsonArray a)) {
        throw Fail.type("list", path, "an array", json);
      }
      List<Object> out = new ArrayList<>(a.size());
      for (int i = 0; i < a.size(); i++) {
        out.add(elementOf(element, a.get(i), Fail.element(path, i)));
      }
      return Collections.unmodifiableList(out);
    }

    @Override
    public Object absent() {
      return List.of();
    }

    @Override
    public boolean isEmpty(Object value) {
      return value == null || !((Iterable<?>) value).iterator().hasNext();
    }
  }

  record SetCoder(Coder element, boolean sorted) implements Coder {
    @Override
    public JsonValue encode(Object value) {
      JsonArray.Builder b = JsonArray.builder();
      for (Object o : (Iterable<?>) value) {
        b.add(element.encode(o));
      }
      return b.build();
    }

    @Override
    public Object decode(JsonValue json, String path) {
      if (!(json instanceof JsonArray a)) {
        throw Fail.type("set", path, "an array", json);
      }
      Set<Object> out = sorted ? new TreeSet<>() : new LinkedHashSet<>();
      for (int i = 0; i < a.size(); i++) {
        String at = Fail.element(path, i);
        if (!out.add(elementOf(element, a.get(i), at))) {
          throw Fail.of("set", at, "must not repeat an element");
        }
      }
      return sorted ? Collections.unmodifiableSortedSet((SortedSet<Object>) out) : Collections.unmodifiableSet(out);
    }

    @Override
    public Object absent() {
      return sorted ? Collections.emptySortedSet() : Set.of();
    }

    @Override
    public boolean isEmpty(Object value) {
      return value == null || ((Collection<?>) value).isEmpty();
    }
  }

  static Object elementOf(Coder element, JsonValue json, String path) {
    if (json instanceof JsonNull) {
      throw Fail.of("element", path, "null is not allowed here");
    }
    return element.decode(json, path);
  }

  /** How a map key is written as a member name. */
  interface KeyCoder {
    String encode(Object key);

    Object decode(String name, String path);
  }

  static KeyCoder keyCoder(Type type) {
    if (type == String.class) {
      return new KeyCoder() {
        @Override
        public String encode(Object key) {
          return (String) key;
        }

        @Override
        public Object decode(String name, String path) {
          return name;
        }
      };
    }
    // every other key type is written as its JSON string form (enum names, ids, codes, currencies)
    Coder c = of(type);
    return new KeyCoder() {
      @Override
      public String encode(Object key) {
        JsonValue v = c.encode(key);
        if (v instanceof JsonString s) {
          return s.value();
        }
        throw new IllegalStateException("a map key must have a string form: " + key.getClass().getName());
      }

      @Override
      public Object decode(String name, String path) {
        return c.decode(JsonString.of(name), path);
      }
    };
  }

  record MapCoder(KeyCoder keys, Coder values, boolean sorted) implements Coder {
    @Override
    public JsonValue encode(Object value) {
      JsonObject.Builder b = JsonObject.builder();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        b.put(keys.encode(e.getKey()), e.getValue() == null ? JsonNull.INSTANCE : values.encode(e.getValue()));
      }
      return b.build();
    }

    @Override
    public Object decode(JsonValue json, String path) {
      if (!(json instanceof JsonObject o)) {
        throw Fail.type("map", path, "an object", json);
      }
      Map<Object, Object> out = sorted ? new TreeMap<>() : new LinkedHashMap<>();
      for (Map.Entry<String, JsonValue> e : o.members().entrySet()) {
        String at = Fail.member(path, e.getKey());
        Object k = keys.decode(e.getKey(), at);
        if (out.put(k, elementOf(values, e.getValue(), at)) != null) {
          throw Fail.of("map", at, "must not repeat a key");
        }
      }
      return sorted ? Collections.unmodifiableSortedMap((SortedMap<Object, Object>) out) : Collections.unmodifiableMap(out);
    }

    @Override
    public Object absent() {
      return sorted ? Collections.emptySortedMap() : Map.of();
    }

    @Override
    public boolean isEmpty(Object value) {
      return value == null || ((Map<?, ?>) value).isEmpty();
    }
  }

  /** A model type: its registered {@link JsonCodec}, found on first use. */
  static final class ModelCoder implements Coder {
    private final Class<?> type;
    private volatile JsonCodec<?> codec;

    ModelCoder(Class<?> type) {
      this.type = type;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private JsonCodec codec() {
      JsonCodec<?> c = codec;
      if (c == null) {
        c = SalesOpsCodecs.standard().find(type);
        if (c == null) {
          throw new IllegalStateException("no JSON codec for " + type.getName());
        }
        codec = c;
      }
      return c;
    }

    @Override
    @SuppressWarnings("unchecked")
    public JsonValue encode(Object value) {
      return codec().encode(value);
    }

    @Override
    public Object decode(JsonValue json, String path) {
      return codec().decode(json, path);
    }
  }
}
