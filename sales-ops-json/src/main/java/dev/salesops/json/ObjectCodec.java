package dev.salesops.json;

import dev.salesops.core.json.JsonInputException;
import dev.salesops.core.json.JsonNull;
import dev.salesops.core.json.JsonObject;
import dev.salesops.core.json.JsonValue;
import dev.salesops.core.validation.ValidationException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The JSON object form of a model with named members: a record (its components, decoded through the canonical
 * constructor), an Immutables value (its attributes, decoded through its public {@code builder()}), or any class
 * given its members and a factory. Per-type options: member order, names, which members are left out when null,
 * empty optional or empty collection, members that are written only (derived values such as a ratio's value) or
 * not at all. Decoding refuses unknown members, wrong JSON types and invalid values with a
 * {@link JsonInputException} naming the path; exceptions of the model's own checks are translated, never passed
 * on with their (possibly personal) values. Not API.
 *
 * @param <T> the model type
 */
final class ObjectCodec<T> implements JsonCodec<T> {

  /** When a member is left out of the JSON (Jackson's {@code JsonInclude} choices). */
  enum Include {
    /** Always written ({@code null} as JSON null). */
    ALWAYS,
    /** Left out when null. */
    NON_NULL,
    /** Left out when null or an empty optional. */
    NON_ABSENT,
    /** Left out when null, an empty optional, or an empty string, collection or map. */
    NON_EMPTY
  }

  private static final class Member {
    final String json;
    final String javaName;
    final Type type;
    final Function<Object, Object> getter;
    final int arg; // index among the factory's arguments, -1 when written only
    Include include;
    boolean writeOnly;
    boolean hidden;
    boolean required;
    boolean nullAsDefault;
    Coder coder;

    Member(String json, String javaName, Type type, Function<Object, Object> getter, int arg) {
      this.json = json;
      this.javaName = javaName;
      this.type = type;
      this.getter = getter;
      this.arg = arg;
    }
  }

  /** Builds the value from its members' decoded values (in the order the members were declared). */
  @FunctionalInterface
  interface Factory<T> {
    T create(Object[] args) throws Exception;
  }

  private final Class<T> type;
  private final String typeName;
  private final List<Member> members;
  private final Map<String, Member> byJson;
  private final int args;
  private final Factory<T> factory;
  private final String known;

  private ObjectCodec(Builder<T> b) {
    this.type = b.type;
    this.typeName = nameOf(b.type);
    List<Member> ordered = new ArrayList<>();
    for (String n : b.order) {
      Member m = b.find(n);
      if (m == null) {
        throw new IllegalArgumentException(typeName + " has no member " + n);
      }
      if (!ordered.contains(m)) {
        ordered.add(m);
      }
    }
    for (Member m : b.members) {
      if (!ordered.contains(m)) {
        ordered.add(m);
      }
    }
    Map<String, Member> map = new LinkedHashMap<>();
    for (Member m : ordered) {
      m.coder = Coders.of(m.type);
      if (m.include == null) {
        m.include = b.include;
      }
      if (!m.hidden && map.put(m.json, m) != null) {
        throw new IllegalArgumentException(typeName + " has two members named " + m.json);
      }
    }
    this.members = List.copyOf(ordered);
    this.byJson = map;
    this.args = b.args;
    this.factory = b.factory;
    this.known = String.join(", ", map.keySet());
  }

  static String nameOf(Class<?> k) {
    String n = k.getName();
    String pkg = k.getPackageName();
    return (pkg.isEmpty() ? n : n.substring(pkg.length() + 1)).replace('$', '.');
  }

  /** The codec of record {@code type}: its components in order, decoded through the canonical constructor. */
  static <T extends Record> Builder<T> record(Class<T> type) {
    Builder<T> b = new Builder<>(type);
    RecordComponent[] rc = type.getRecordComponents();
    Class<?>[] types = new Class<?>[rc.length];
    for (int i = 0; i < rc.length; i++) {
      Method accessor = rc[i].getAccessor();
      types[i] = rc[i].getType();
      b.members.add(new Member(rc[i].getName(), rc[i].getName(), rc[i].getGenericType(), getter(accessor), i));
    }
    b.args = rc.length;
    java.util.Set<String> accessors = new java.util.HashSet<>();
    for (RecordComponent c : rc) {
      accessors.add(c.getName());
    }
    addDerived(b, type, accessors);
    Constructor<T> ctor;
    try {
      ctor = type.getDeclaredConstructor(types);
    } catch (NoSuchMethodException e) {
      throw new IllegalArgumentException(type.getName() + " has no canonical constructor", e);
    }
    if (!Modifier.isPublic(ctor.getModifiers())) {
      b.factory = null; // the caller must give a public factory
    } else {
      b.factory = ctor::newInstance;
    }
    return b;
  }

  /**
   * The codec of the final value class {@code type} written as a record would be (the JSON of a former record
   * is unchanged): the members {@code names} in this order, each read by its public accessor of that name, plus
   * its public {@code isX()}/{@code getX()} methods as derived members; decoded through the public constructor
   * taking the members in this order, where a member whose accessor returns {@code Optional<X>} (or an
   * {@code OptionalDouble}, {@code OptionalInt}, {@code OptionalLong}) is passed as a nullable {@code X} (or
   * {@code Double}, {@code Integer}, {@code Long}; empty as {@code null}) unless that parameter is the optional type.
   */
  static <T> Builder<T> valueClass(Class<T> type, String... names) {
    Builder<T> b = new Builder<>(type);
    Method[] accessors = new Method[names.length];
    for (int i = 0; i < names.length; i++) {
      accessors[i] = method(type, names[i]);
      b.members.add(new Member(names[i], names[i], accessors[i].getGenericReturnType(), getter(accessors[i]), i));
    }
    b.args = names.length;
    addDerived(b, type, new java.util.HashSet<>(List.of(names)));
    Constructor<?> found = null;
    for (Constructor<?> k : type.getConstructors()) {
      if (k.getParameterCount() != names.length) {
        continue;
      }
      boolean fits = true;
      for (int i = 0; i < names.length && fits; i++) {
        Class<?> want = accessors[i].getReturnType();
        Class<?> have = k.getParameterTypes()[i];
        fits = have == want || optional(want) && !have.isPrimitive();
      }
      if (fits) {
        if (found != null) {
          throw new IllegalArgumentException(type.getName() + " has two public constructors taking " + List.of(names));
        }
        found = k;
      }
    }
    if (found == null) {
      throw new IllegalArgumentException(type.getName() + " has no public constructor taking " + List.of(names));
    }
    Constructor<?> ctor = found;
    boolean[] unwrap = new boolean[names.length];
    for (int i = 0; i < names.length; i++) {
      unwrap[i] = optional(accessors[i].getReturnType()) && ctor.getParameterTypes()[i] != accessors[i].getReturnType();
    }
    b.factory = values -> {
      Object[] args = values.clone();
      for (int i = 0; i < args.length; i++) {
        if (unwrap[i] && args[i] != null) {
          args[i] = args[i] instanceof java.util.OptionalDouble d ? (d.isPresent() ? (Object) d.getAsDouble() : null)
              : args[i] instanceof java.util.OptionalInt n ? (n.isPresent() ? (Object) n.getAsInt() : null)
              : args[i] instanceof java.util.OptionalLong l ? (l.isPresent() ? (Object) l.getAsLong() : null)
              : ((Optional<?>) args[i]).orElse(null);
        }
      }
      return type.cast(ctor.newInstance(args));
    };
    return b;
  }

  private static boolean optional(Class<?> k) {
    return k == Optional.class || k == java.util.OptionalDouble.class || k == java.util.OptionalInt.class
        || k == java.util.OptionalLong.class;
  }

  /** As Jackson does, public isX()/getX() methods of a value are members too (derived: written, not read). */
  private static <T> void addDerived(Builder<T> b, Class<T> type, java.util.Set<String> accessors) {
    for (Method m : type.getDeclaredMethods()) {
      String n = m.getName();
      if (!Modifier.isPublic(m.getModifiers()) || Modifier.isStatic(m.getModifiers()) || m.getParameterCount() != 0
          || m.isSynthetic() || m.isBridge() || accessors.contains(n)) {
        continue;
      }
      String prop = null;
      if (n.length() > 2 && n.startsWith("is") && Character.isUpperCase(n.charAt(2)) && m.getReturnType() == boolean.class) {
        prop = beanName(n.substring(2));
      } else if (n.length() > 3 && n.startsWith("get") && Character.isUpperCase(n.charAt(3)) && m.getReturnType() != void.class) {
        prop = beanName(n.substring(3));
      }
      if (prop != null) {
        Member d = new Member(prop, n, m.getGenericReturnType(), getter(m), -1);
        d.writeOnly = true;
        b.members.add(d);
      }
    }
  }

  /** Jackson's name of a bean property: the leading upper-case letters in lower case ({@code URL} is {@code url}). */
  static String beanName(String s) {
    StringBuilder sb = new StringBuilder(s);
    for (int i = 0; i < sb.length() && Character.isUpperCase(sb.charAt(i)); i++) {
      if (i > 0 && i + 1 < sb.length() && !Character.isUpperCase(sb.charAt(i + 1))) {
        break;
      }
      sb.setCharAt(i, Character.toLowerCase(sb.charAt(i)));
    }
    return sb.toString();
  }

  /**
   * The codec of the Immutables value {@code type} with the attributes {@code names} (in this order): each is
   * read by its public accessor and decoded through the public static {@code builder()}; absent members keep the
   * builder's defaults.
   */
  static <T> Builder<T> immutable(Class<T> type, String... names) {
    Builder<T> b = new Builder<>(type);
    for (int i = 0; i < names.length; i++) {
      Method m = method(type, names[i]);
      b.members.add(new Member(names[i], names[i], m.getGenericReturnType(), getter(m), i));
    }
    b.args = names.length;
    Method builder = method(type, "builder");
    Class<?> builderType = builder.getReturnType();
    Method build = method(builderType, "build");
    List<Member> ms = List.copyOf(b.members);
    b.factory = values -> {
      Object bld = builder.invoke(null);
      for (Member m : ms) {
        Object v = values[m.arg];
        if (v != null) {
          setter(builderType, m.javaName, v).invoke(bld, v);
        }
      }
      return type.cast(build.invoke(bld));
    };
    return b;
  }

  /** The codec of {@code type} with members added by {@link Builder#member} and a {@link Builder#factory}. */
  static <T> Builder<T> of(Class<T> type) {
    return new Builder<>(type);
  }

  private static Method method(Class<?> type, String name) {
    try {
      return type.getMethod(name);
    } catch (NoSuchMethodException e) {
      throw new IllegalArgumentException(type.getName() + " has no public " + name + "()", e);
    }
  }

  private static final Map<String, Method> SETTERS = new java.util.concurrent.ConcurrentHashMap<>();

  private static Method setter(Class<?> builderType, String name, Object value) {
    String key = builderType.getName() + "#" + name + "#" + value.getClass().getName();
    Method found = SETTERS.get(key);
    if (found != null) {
      return found;
    }
    for (Method m : builderType.getMethods()) {
      if (m.getName().equals(name) && m.getParameterCount() == 1 && wrap(m.getParameterTypes()[0]).isInstance(value)) {
        if (found == null || found.getParameterTypes()[0].isAssignableFrom(m.getParameterTypes()[0])) {
          found = m;
        }
      }
    }
    if (found == null) {
      throw new IllegalStateException(builderType.getName() + " has no setter " + name + " for " + value.getClass().getName());
    }
    SETTERS.put(key, found);
    return found;
  }

  private static Class<?> wrap(Class<?> k) {
    if (!k.isPrimitive()) {
      return k;
    }
    return k == int.class ? Integer.class : k == long.class ? Long.class : k == double.class ? Double.class
        : k == boolean.class ? Boolean.class : k == float.class ? Float.class : k == short.class ? Short.class
        : k == byte.class ? Byte.class : Character.class;
  }

  private static Function<Object, Object> getter(Method m) {
    return o -> {
      try {
        return m.invoke(o);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      } catch (InvocationTargetException e) {
        Throwable t = e.getCause();
        if (t instanceof RuntimeException r) {
          throw r;
        }
        throw new IllegalStateException(t);
      }
    };
  }

  @Override
  public Class<T> type() {
    return type;
  }

  @Override
  public JsonValue encode(T value) {
    JsonObject.Builder b = JsonObject.builder();
    for (Member m : members) {
      if (m.hidden) {
        continue;
      }
      Object v = m.getter.apply(value);
      boolean omit = switch (m.include) {
        case ALWAYS -> false;
        case NON_NULL -> v == null;
        case NON_ABSENT -> v == null || m.coder.isAbsent(v);
        case NON_EMPTY -> v == null || m.coder.isEmpty(v);
      };
      if (!omit) {
        b.put(m.json, v == null ? JsonNull.INSTANCE : m.coder.encode(v));
      }
    }
    return b.build();
  }

  @Override
  public T decode(JsonValue json, String path) {
    if (!(json instanceof JsonObject o)) {
      throw Fail.type(typeName, path, "an object", json);
    }
    if (factory == null) {
      throw new UnsupportedOperationException(typeName + " is written only");
    }
    Object[] values = new Object[args];
    boolean[] seen = new boolean[args];
    for (Map.Entry<String, JsonValue> e : o.members().entrySet()) {
      Member m = byJson.get(e.getKey());
      String at = Fail.member(path, e.getKey());
      if (m == null) {
        throw Fail.of(typeName, at, "unknown member " + Fail.name(e.getKey()) + " (" + typeName + " has " + known + ")");
      }
      if (m.writeOnly || m.arg < 0) {
        // derived from the other members: not used, but checked as its type (a hostile 1e999999999 is refused)
        if (!(e.getValue() instanceof JsonNull)) {
          m.coder.decode(e.getValue(), at);
        }
        continue;
      }
      JsonValue v = e.getValue();
      if (v instanceof JsonNull) {
        if (!m.coder.acceptsNull() && !m.nullAsDefault && (m.coder.absent() != null || m.required)) {
          throw Fail.of(typeName, at, "must not be null");
        }
        values[m.arg] = m.coder.absent();
      } else {
        values[m.arg] = m.coder.decode(v, at);
      }
      seen[m.arg] = true;
    }
    for (Member m : members) {
      if (m.arg >= 0 && !seen[m.arg]) {
        if (m.required) {
          throw Fail.of(typeName, Fail.member(path, m.json), "is required");
        }
        values[m.arg] = m.coder.absent();
      }
    }
    return create(values, path);
  }

  private T create(Object[] values, String path) {
    try {
      return factory.create(values);
    } catch (InvocationTargetException e) {
      throw translate(e.getCause() == null ? e : e.getCause(), values, path);
    } catch (Exception e) {
      throw translate(e, values, path);
    }
  }

  private RuntimeException translate(Throwable t, Object[] values, String path) {
    if (t instanceof JsonInputException j) {
      return j;
    }
    if (t instanceof ValidationException v) {
      return Fail.invalid(typeName, path, v);
    }
    if (t instanceof NullPointerException) {
      for (Member m : members) {
        if (m.arg >= 0 && !m.writeOnly && values[m.arg] == null) {
          return Fail.of(typeName, Fail.member(path, m.json), "is required");
        }
      }
    }
    if (t instanceof RuntimeException && t.getMessage() != null && t.getMessage().startsWith("Cannot build")) {
      // Immutables: "Cannot build X, some of required attributes are not set [a, b]": attribute names only
      String msg = t.getMessage();
      int i = msg.indexOf('[');
      return Fail.of(typeName, path, "required members are missing" + (i < 0 ? "" : ": " + msg.substring(i)));
    }
    if (t instanceof RuntimeException && !(t instanceof UnsupportedOperationException) || t instanceof DateTimeException) {
      return Fail.of(typeName, path, "is not a valid " + typeName + " (" + t.getClass().getSimpleName() + ")");
    }
    if (t instanceof Error err) {
      throw err;
    }
    throw new IllegalStateException("cannot build " + typeName, t);
  }

  /** Options of one codec. */
  static final class Builder<T> {
    private final Class<T> type;
    private final List<Member> members = new ArrayList<>();
    private final List<String> order = new ArrayList<>();
    private Include include = Include.ALWAYS;
    private int args;
    private Factory<T> factory;

    private Builder(Class<T> type) {
      this.type = Objects.requireNonNull(type);
    }

    private Member find(String name) {
      for (Member m : members) {
        if (m.json.equals(name) && !m.hidden) {
          return m;
        }
      }
      for (Member m : members) {
        if (m.json.equals(name)) {
          return m;
        }
      }
      for (Member m : members) {
        if (m.javaName.equals(name)) {
          return m;
        }
      }
      return null;
    }

    private Member require(String name) {
      Member m = find(name);
      if (m == null) {
        throw new IllegalArgumentException(type.getName() + " has no member " + name);
      }
      return m;
    }

    /** The inclusion of every member not given its own. */
    Builder<T> include(Include include) {
      this.include = include;
      return this;
    }

    /** The inclusion of the members {@code names}. */
    Builder<T> include(Include include, String... names) {
      for (String n : names) {
        require(n).include = include;
      }
      return this;
    }

    /** Members written first, in this order (the rest follow in declaration order). */
    Builder<T> order(String... names) {
      order.addAll(List.of(names));
      return this;
    }

    /** The JSON name of the Java member {@code javaName}. */
    Builder<T> rename(String javaName, String json) {
      Member old = require(javaName);
      Member m = new Member(json, old.javaName, old.type, old.getter, old.arg);
      m.include = old.include;
      m.required = old.required;
      members.set(members.indexOf(old), m);
      return this;
    }

    /** Members refused when absent. */
    Builder<T> required(String... names) {
      for (String n : names) {
        require(n).required = true;
      }
      return this;
    }

    /** Members whose JSON null reads as their default (zero, false, empty). */
    Builder<T> nullAsDefault(String... names) {
      for (String n : names) {
        require(n).nullAsDefault = true;
      }
      return this;
    }

    /** Members neither written nor read (decoded as their default). */
    Builder<T> hide(String... names) {
      for (String n : names) {
        require(n).hidden = true;
      }
      return this;
    }

    /** A member computed from the others: written, and accepted but ignored when read. */
    @SuppressWarnings("unchecked")
    Builder<T> derived(String json, Type type, Function<? super T, ?> getter) {
      Member m = new Member(json, json, type, o -> getter.apply((T) o), -1);
      m.writeOnly = true;
      members.add(m);
      return this;
    }

    /** A member read by {@code getter} and passed to the {@link #factory} as argument number {@code arg}. */
    @SuppressWarnings("unchecked")
    Builder<T> member(String json, Type type, Function<? super T, ?> getter) {
      members.add(new Member(json, json, type, o -> getter.apply((T) o), args++));
      return this;
    }

    /** How the value is built from its members' values (replaces the canonical constructor or builder). */
    Builder<T> factory(Factory<T> factory) {
      this.factory = factory;
      return this;
    }

    ObjectCodec<T> build() {
      return new ObjectCodec<>(this);
    }
  }
}
