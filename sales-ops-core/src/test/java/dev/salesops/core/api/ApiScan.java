package dev.salesops.core.api;

import com.google.common.testing.ArbitraryInstances;
import com.google.common.testing.NullPointerTester;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reflection checks of a module's public API against the project rules, shared by the per-module
 * {@code PublicApiRulesTest}s (core test-jar): no public or protected signature (parameters, results, exceptions,
 * generic arguments, fields, record components, superclasses, interfaces) mentions Immutables
 * ({@code org.immutables}, a generated {@code Immutable*} type) or Guava ({@code com.google.common}); the
 * {@code toString} of every public value type that can be instantiated with dummy arguments does not throw.
 *
 * <p>Javadoc presence cannot be checked by reflection and is not checked here.
 */
public final class ApiScan {

  private static final Pattern LEAK = Pattern.compile("(?s).*(org\\.immutables|com\\.google\\.common|\\bImmutable[A-Z]).*");

  private ApiScan() {}

  /** All classes compiled into the main output (directory or jar root) of the module holding {@code anchor}. */
  public static List<Class<?>> moduleClasses(Class<?> anchor) throws Exception {
    Path root = Paths.get(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> names;
    try (Stream<Path> files = Files.walk(root)) {
      names = files.filter(p -> p.toString().endsWith(".class"))
          .map(p -> root.relativize(p).toString().replace(File.separatorChar, '.').replaceAll("\\.class$", ""))
          .filter(n -> !n.endsWith("package-info") && !n.endsWith("module-info"))
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    List<Class<?>> out = new ArrayList<>();
    for (String n : names) {
      out.add(Class.forName(n, false, anchor.getClassLoader()));
    }
    return out;
  }

  /** Whether {@code c} is visible to hosts: public all the way out, and not in an {@code .internal} package. */
  public static boolean isApi(Class<?> c) {
    for (Class<?> t = c; t != null; t = t.getEnclosingClass()) {
      if (!Modifier.isPublic(t.getModifiers())) {
        return false;
      }
    }
    return !c.getPackageName().contains(".internal") && !c.isSynthetic() && !c.isAnonymousClass();
  }

  static boolean leaks(Type t) {
    return LEAK.matcher(t.getTypeName()).matches();
  }

  /** Every public/protected signature of the API types among {@code classes} that mentions Immutables or Guava. */
  public static List<String> signatureLeaks(List<Class<?>> classes) {
    List<String> leaks = new ArrayList<>();
    for (Class<?> c : classes) {
      String name = c.getName();
      if (!isApi(c)) {
        continue;
      }
      if (c.getSimpleName().startsWith("Immutable")) {
        leaks.add(name + " is a public generated type");
      }
      Type sup = c.getGenericSuperclass();
      if (sup != null && leaks(sup) && !sanctionedBuilder(c)) {
        leaks.add(name + " extends " + sup.getTypeName());
      }
      for (Type i : c.getGenericInterfaces()) {
        if (leaks(i)) {
          leaks.add(name + " implements " + i.getTypeName());
        }
      }
      for (java.lang.annotation.Annotation a : c.getAnnotations()) {
        if (leaks(a.annotationType())) {
          leaks.add(name + " carries " + a.annotationType().getName());
        }
      }
      boolean extensible = !Modifier.isFinal(c.getModifiers()) && !c.isRecord() && !c.isEnum();
      List<Executable> members = new ArrayList<>();
      List<Field> fields = new ArrayList<>();
      for (Class<?> t = c; t != null && !t.getName().startsWith("java."); t = t.getSuperclass()) {
        for (Method m : t.getDeclaredMethods()) {
          if (visible(m.getModifiers(), extensible) && !m.isSynthetic() && !m.isBridge()) {
            members.add(m);
          }
        }
        for (Field f : t.getDeclaredFields()) {
          if (visible(f.getModifiers(), extensible) && !f.isSynthetic()) {
            fields.add(f);
          }
        }
      }
      for (Class<?> i : c.getInterfaces()) {
        for (Method m : i.getMethods()) {
          members.add(m);
        }
      }
      for (Constructor<?> k : c.getDeclaredConstructors()) {
        if (visible(k.getModifiers(), extensible) && !k.isSynthetic()) {
          members.add(k);
        }
      }
      for (Executable m : members) {
        List<Type> types = new ArrayList<>(List.of(m.getGenericParameterTypes()));
        types.addAll(List.of(m.getGenericExceptionTypes()));
        types.addAll(List.of(m.getTypeParameters()));
        if (m instanceof Method) {
          types.add(((Method) m).getGenericReturnType());
        }
        for (Type t : types) {
          if (leaks(t)) {
            leaks.add(name + "." + m.getName() + " (declared in " + m.getDeclaringClass().getName() + ") uses " + t.getTypeName());
          }
        }
        for (java.lang.annotation.Annotation a : m.getAnnotations()) {
          if (leaks(a.annotationType())) {
            leaks.add(name + "." + m.getName() + " carries " + a.annotationType().getName());
          }
        }
      }
      for (Field f : fields) {
        if (leaks(f.getGenericType())) {
          leaks.add(name + "." + f.getName() + " is a " + f.getGenericType().getTypeName());
        }
      }
      if (c.isRecord()) {
        for (RecordComponent rc : c.getRecordComponents()) {
          if (leaks(rc.getGenericType())) {
            leaks.add(name + "." + rc.getName() + " is a " + rc.getGenericType().getTypeName());
          }
        }
      }
    }
    return leaks.stream().distinct().collect(Collectors.toList());
  }

  private static boolean visible(int modifiers, boolean extensible) {
    return Modifier.isPublic(modifiers) || (extensible && Modifier.isProtected(modifiers));
  }

  /**
   * The one sanctioned pattern: {@code X.Builder extends ImmutableX.Builder}, where the generated class is
   * package-private (so hosts cannot name it) and its public methods return {@code X.Builder} and {@code X}.
   */
  private static boolean sanctionedBuilder(Class<?> c) {
    Class<?> generated = c.getSuperclass().getEnclosingClass();
    return c.getSimpleName().equals("Builder") && c.getEnclosingClass() != null && generated != null
        && !Modifier.isPublic(generated.getModifiers());
  }

  /**
   * Whether {@code c} is a public value type: a record, a final class that declares {@code equals}, or an
   * abstract Immutables value (a class {@code ImmutableX} exists next to it).
   */
  public static boolean isValue(Class<?> c) {
    if (!isApi(c) || c.isInterface() || c.isEnum() || c.isAnnotation()) {
      return false;
    }
    if (c.isRecord()) {
      return true;
    }
    try {
      c.getDeclaredMethod("equals", Object.class);
      if (Modifier.isFinal(c.getModifiers())) {
        return true;
      }
    } catch (NoSuchMethodException e) {
      // not declared here
    }
    return Modifier.isAbstract(c.getModifiers()) && generatedFor(c) != null;
  }

  private static Class<?> generatedFor(Class<?> c) {
    String simple = c.getName().substring(c.getPackageName().length() + 1).replace("$", "");
    try {
      return Class.forName(c.getPackageName() + ".Immutable" + simple, false, c.getClassLoader());
    } catch (ClassNotFoundException e) {
      return null;
    }
  }

  /** The outcome of {@link #toStrings}: value types checked, those that could not be instantiated, and failures. */
  public record ToStringReport(List<String> checked, List<String> notInstantiated, List<String> failures) {}

  /**
   * Instantiates every public value type among {@code classes} with dummy arguments ({@code defaults}, Guava's
   * {@code ArbitraryInstances}, first enum constants, then recursively other module types; finally a no-argument
   * {@code builder().build()}) and calls {@code toString}; types that refuse every dummy instance are listed as not
   * instantiated.
   */
  public static ToStringReport toStrings(List<Class<?>> classes, Map<Class<?>, Object> defaults) {
    List<String> checked = new ArrayList<>();
    List<String> notInstantiated = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    for (Class<?> c : classes) {
      if (!isValue(c)) {
        continue;
      }
      Object instance = instantiate(c, defaults, 3);
      if (instance == null) {
        notInstantiated.add(c.getName());
        continue;
      }
      try {
        String s = instance.toString();
        if (s == null) {
          failures.add(c.getName() + ".toString() returned null");
        } else {
          checked.add(c.getName());
        }
      } catch (RuntimeException | Error e) {
        failures.add(c.getName() + ".toString() threw " + e);
      }
    }
    return new ToStringReport(checked, notInstantiated, failures);
  }

  /**
   * Public accessors that hand out a mutable internal collection, map or array: for every API type of
   * {@code classes} instantiable with dummy arguments, each public no-argument method returning a collection, map
   * or non-empty array is called twice; the same object both times that still accepts {@code clear()} (or an array)
   * is a leak. Defensive copies (a new object each call) and unmodifiable views pass.
   */
  public static List<String> mutableInternals(List<Class<?>> classes, Map<Class<?>, Object> defaults) {
    List<String> leaks = new ArrayList<>();
    for (Class<?> c : classes) {
      if (!isApi(c) || c.isInterface() || c.isEnum() || c.isAnnotation()) {
        continue;
      }
      Object o = instantiate(c, defaults, 3);
      if (o == null) {
        continue;
      }
      for (Method m : c.getMethods()) {
        Class<?> r = m.getReturnType();
        boolean container = Collection.class.isAssignableFrom(r) || Map.class.isAssignableFrom(r) || r.isArray();
        if (!container || m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers())) {
          continue;
        }
        try {
          Object first = m.invoke(o);
          Object second = m.invoke(o);
          if (first == null || first != second) {
            continue;
          }
          if (first.getClass().isArray()) {
            if (java.lang.reflect.Array.getLength(first) > 0) {
              leaks.add(c.getName() + "." + m.getName() + "() returns its internal array");
            }
          } else if (accepts(first)) {
            leaks.add(c.getName() + "." + m.getName() + "() returns a mutable internal " + first.getClass().getName());
          }
        } catch (ReflectiveOperationException | RuntimeException e) {
          // cannot call it with this dummy instance
        }
      }
    }
    return leaks;
  }

  /**
   * Runs Guava's {@link NullPointerTester} over every API type of {@code classes}: public static methods and
   * constructors, and the public instance methods of an instance made with dummy arguments. Module types that can
   * be instantiated serve as default arguments for the others. Returns the failures per type, ignoring members
   * whose parameters cannot be given a sample value.
   */
  public static List<String> nullFailures(List<Class<?>> classes, Map<Class<?>, Object> defaults) {
    NullPointerTester tester = new NullPointerTester();
    tester.setDefault(dev.salesops.core.message.Message.class, dev.salesops.core.message.Message.text("x"));
    tester.setDefault(dev.salesops.core.message.MessageCatalog.class, (code, locale) -> java.util.Optional.empty());
    Map<Class<?>, Object> instances = new java.util.LinkedHashMap<>();
    for (Map.Entry<Class<?>, Object> e : defaults.entrySet()) {
      set(tester, e.getKey(), e.getValue());
    }
    for (Class<?> c : classes) {
      if (isApi(c) && !c.isAnnotation()) {
        Object o = c.isInterface() ? null : instantiate(c, defaults, 3);
        if (o != null) {
          instances.put(c, o);
          if (!defaults.containsKey(c)) {
            set(tester, c, o);
          }
        }
      }
    }
    List<String> failures = new ArrayList<>();
    for (Class<?> c : classes) {
      if (!isApi(c) || c.isAnnotation()) {
        continue;
      }
      run(failures, c, "static methods", () -> tester.testAllPublicStaticMethods(c));
      if (!Modifier.isAbstract(c.getModifiers())) {
        run(failures, c, "constructors", () -> tester.testAllPublicConstructors(c));
      }
      Object o = instances.get(c);
      if (o != null) {
        run(failures, c, "instance methods", () -> tester.testAllPublicInstanceMethods(o));
      }
    }
    return failures;
  }

  /**
   * Component names that hold a count (never negative): {@code count}, {@code *Count(s)}, and the counts of the
   * domain's records named by what they count (funnel stages, accounts, purchases, ...).
   */
  private static final Pattern COUNT = Pattern.compile("count|.*Counts?|reached|advanced|.*Accounts|leftOut"
      + "|headcount|customers|purchases(Before)?|referrals|jointProjects|(new)?[pP]roductLines(Before)?|invoicesWrittenOff"
      + "|velocityOpportunities|fromHistory|fromCurrentStage|lostWithoutStage|minDeals|evaluations|capacity");

  /**
   * Invalid states a public record's canonical constructor (its one public construction path, also the one JSON
   * codecs use) or a public constructor of a final value class admits: for every such constructor callable with
   * dummy arguments, each {@code int}/{@code long} component or parameter named like a count ({@link #COUNT}) is
   * set to -1 in turn; a type that accepts it is listed.
   */
  public static List<String> negativeCountsAccepted(List<Class<?>> classes, Map<Class<?>, Object> defaults) {
    List<String> accepted = new ArrayList<>();
    for (Class<?> c : classes) {
      if (!isApi(c)) {
        continue;
      }
      List<Constructor<?>> paths = new ArrayList<>();
      if (c.isRecord()) {
        java.lang.reflect.RecordComponent[] parts = c.getRecordComponents();
        Class<?>[] types = new Class<?>[parts.length];
        for (int i = 0; i < parts.length; i++) {
          types[i] = parts[i].getType();
        }
        try {
          paths.add(c.getDeclaredConstructor(types));
        } catch (NoSuchMethodException e) {
          continue;
        }
      } else if (isValue(c) && Modifier.isFinal(c.getModifiers())) {
        // a final value class (e.g. a former record whose optional parts are nullable fields): its public
        // constructors, parameters named as compiled with -parameters
        for (Constructor<?> k : c.getConstructors()) {
          if (java.util.Arrays.stream(k.getParameters()).allMatch(java.lang.reflect.Parameter::isNamePresent)) {
            paths.add(k);
          }
        }
      }
      for (Constructor<?> canonical : paths) {
        java.lang.reflect.Parameter[] parts = canonical.getParameters();
        Class<?>[] types = canonical.getParameterTypes();
        Object[] args = new Object[parts.length];
        boolean complete = true;
        for (int i = 0; i < parts.length && complete; i++) {
          args[i] = instantiate(types[i], defaults, 3);
          complete = args[i] != null;
        }
        if (!complete) {
          continue;
        }
        try {
          canonical.newInstance(args);
        } catch (ReflectiveOperationException | RuntimeException e) {
          continue; // refuses the dummies themselves
        }
        for (int i = 0; i < parts.length; i++) {
          Class<?> t = types[i];
          if ((t != long.class && t != int.class) || !COUNT.matcher(parts[i].getName()).matches()) {
            continue;
          }
          Object[] bad = args.clone();
          bad[i] = t == long.class ? (Object) (-1L) : (Object) (-1);
          try {
            canonical.newInstance(bad);
            accepted.add(c.getName() + " accepts " + parts[i].getName() + " = -1");
          } catch (ReflectiveOperationException | RuntimeException e) {
            // refused: good
          }
        }
      }
    }
    return accepted.stream().distinct().collect(Collectors.toList());
  }

  @SuppressWarnings("unchecked")
  private static <T> void set(NullPointerTester tester, Class<T> type, Object value) {
    tester.setDefault(type, (T) value);
  }

  private static void run(List<String> failures, Class<?> c, String what, Runnable test) {
    try {
      test.run();
    } catch (AssertionError | RuntimeException e) {
      String message = String.valueOf(e.getMessage());
      if (!message.startsWith("Can't find or create a sample instance")) {
        Throwable cause = e.getCause();
        failures.add(c.getName() + " " + what + ": " + message.lines().findFirst().orElse("")
            + (cause == null ? "" : " (" + cause + ")"));
      }
    }
  }

  private static boolean accepts(Object container) {
    try {
      if (container instanceof Collection) {
        ((Collection<?>) container).clear();
      } else {
        ((Map<?, ?>) container).clear();
      }
      return true;
    } catch (UnsupportedOperationException e) {
      return false;
    }
  }

  private static Object instantiate(Class<?> c, Map<Class<?>, Object> defaults, int depth) {
    if (defaults.containsKey(c)) {
      return defaults.get(c);
    }
    if (c.isEnum()) {
      Object[] constants = c.getEnumConstants();
      return constants.length == 0 ? null : constants[0];
    }
    Object arbitrary = ArbitraryInstances.get(c);
    if (arbitrary != null) {
      return arbitrary;
    }
    if (depth == 0 || !isApi(c) || !c.getName().startsWith("dev.salesops.")) {
      return null;
    }
    List<Executable> factories = new ArrayList<>();
    for (Constructor<?> k : c.getConstructors()) {
      factories.add(k);
    }
    for (Method m : c.getMethods()) {
      if (Modifier.isStatic(m.getModifiers()) && m.getReturnType() == c) {
        factories.add(m);
      }
    }
    factories.sort(Comparator.comparingInt(Executable::getParameterCount).thenComparing(Executable::toString));
    for (Executable f : factories) {
      Class<?>[] types = f.getParameterTypes();
      Object[] args = new Object[types.length];
      boolean complete = true;
      for (int i = 0; i < types.length && complete; i++) {
        args[i] = instantiate(types[i], defaults, depth - 1);
        complete = args[i] != null;
      }
      if (!complete) {
        continue;
      }
      try {
        Object o = f instanceof Constructor ? ((Constructor<?>) f).newInstance(args) : ((Method) f).invoke(null, args);
        if (o != null) {
          return o;
        }
      } catch (ReflectiveOperationException | RuntimeException e) {
        // refused these dummies: try the next factory
      }
    }
    try {
      Method builder = c.getMethod("builder");
      if (Modifier.isStatic(builder.getModifiers())) {
        Object b = builder.invoke(null);
        Method build = b.getClass().getMethod("build");
        build.setAccessible(true);
        return build.invoke(b);
      }
    } catch (ReflectiveOperationException | RuntimeException e) {
      // not instantiable without real data
    }
    return null;
  }
}
