package dev.salesops.core.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.salesops.core.internal.ValueStyle;
import dev.salesops.core.internal.Checks;
import java.io.File;
import java.io.IOException;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A host needs no Immutables: the style is SOURCE-retained, no public signature of sales-ops-core mentions a
 * generated {@code Immutable*} type or {@code org.immutables}, and the core classes load and work in a class
 * loader that has no Immutables jar at all.
 */
class PublicApiTest {

  private static Path coreClasses() throws Exception {
    return Paths.get(Checks.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  private static List<String> classNames(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(p -> p.toString().endsWith(".class"))
          .map(p -> root.relativize(p).toString().replace(File.separatorChar, '.').replaceAll("\\.class$", ""))
          .filter(n -> !n.endsWith("package-info") && !n.endsWith("module-info"))
          .sorted()
          .collect(Collectors.toList());
    }
  }

  private static boolean isApi(Class<?> c) {
    for (Class<?> t = c; t != null; t = t.getEnclosingClass()) {
      if (!Modifier.isPublic(t.getModifiers())) {
        return false;
      }
    }
    return !c.getPackageName().contains(".internal");
  }

  private static boolean leaks(Type t) {
    String s = t.getTypeName();
    return s.contains("org.immutables") || s.matches("(?s).*\\bImmutable[A-Z].*") || s.contains(".Immutable");
  }

  @Test
  void noPublicSignatureMentionsImmutables() throws Exception {
    List<String> leaks = new ArrayList<>();
    int apiTypes = 0;
    for (String name : classNames(coreClasses())) {
      Class<?> c = Class.forName(name, false, getClass().getClassLoader());
      if (!isApi(c)) {
        assertThat(c.getSimpleName().startsWith("Immutable") ? Modifier.isPublic(c.getModifiers()) && c.getEnclosingClass() == null : false)
            .as("generated class %s is not public", name).isFalse();
        continue;
      }
      apiTypes++;
      assertThat(c.getSimpleName()).as("public type name").doesNotStartWith("Immutable");
      boolean builder = c.getSimpleName().equals("Builder") && c.getEnclosingClass() != null;
      if (c.getGenericSuperclass() != null && leaks(c.getGenericSuperclass())) {
        // the one sanctioned pattern: X.Builder extends the package-private ImmutableX.Builder, whose
        // methods all return X.Builder and X; the superclass is not accessible to hosts
        if (!builder || Modifier.isPublic(c.getSuperclass().getEnclosingClass().getModifiers())) {
          leaks.add(name + " extends " + c.getGenericSuperclass().getTypeName());
        }
      }
      for (Type i : c.getGenericInterfaces()) {
        if (leaks(i)) {
          leaks.add(name + " implements " + i.getTypeName());
        }
      }
      for (Annotation a : annotationsOf(c)) {
        leaks.add(name + " carries runtime annotation " + a);
      }
      List<Executable> members = new ArrayList<>();
      for (Method m : c.getMethods()) {
        members.add(m);
      }
      for (Constructor<?> k : c.getConstructors()) {
        members.add(k);
      }
      for (Executable m : members) {
        List<Type> types = new ArrayList<>(List.of(m.getGenericParameterTypes()));
        types.addAll(List.of(m.getGenericExceptionTypes()));
        if (m instanceof Method) {
          types.add(((Method) m).getGenericReturnType());
        }
        for (Type t : types) {
          if (leaks(t)) {
            leaks.add(name + "." + m.getName() + " uses " + t.getTypeName());
          }
        }
        for (java.lang.annotation.Annotation a : m.getAnnotations()) {
          if (a.annotationType().getName().startsWith("org.immutables")) {
            leaks.add(name + "." + m.getName() + " carries " + a);
          }
        }
      }
      for (Field f : c.getFields()) {
        if (leaks(f.getGenericType())) {
          leaks.add(name + "." + f.getName() + " is a " + f.getGenericType().getTypeName());
        }
      }
    }
    assertThat(apiTypes).as("public types scanned").isGreaterThan(40);
    assertThat(leaks).isEmpty();
  }

  private record Annotation(String type) {}

  private static List<Annotation> annotationsOf(Class<?> c) {
    List<Annotation> out = new ArrayList<>();
    for (java.lang.annotation.Annotation a : c.getAnnotations()) {
      if (a.annotationType().getName().startsWith("org.immutables")) {
        out.add(new Annotation(a.annotationType().getName()));
      }
    }
    return out;
  }

  @Test
  void theValueStyleHasSourceRetention() {
    assertThat(ValueStyle.class.getAnnotation(Retention.class).value()).isEqualTo(RetentionPolicy.SOURCE);
    assertThat(dev.salesops.core.model.Opportunity.class.getPackage().getAnnotations()).isEmpty();
  }

  @Test
  void coreLoadsAndWorksWithoutImmutablesOnTheClassPath() throws Exception {
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<URL> urls = new ArrayList<>();
    for (String entry : classPath.split(File.pathSeparator)) {
      if (entry.isEmpty() || entry.contains("immutables") || entry.contains("test-classes")) {
        continue;
      }
      urls.add(Paths.get(entry).toUri().toURL());
    }
    assertThat(urls).as("class path without Immutables").isNotEmpty();
    try (URLClassLoader host = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader())) {
      assertThat(tryLoad(host, "org.immutables.value.Value")).as("Immutables absent").isNull();
      for (String name : classNames(coreClasses())) {
        assertThat(tryLoad(host, name)).as("loads and initialises: " + name).isNotNull();
      }
      // build, validate, print and copy an opportunity through generated code, without Immutables (its JSON form
      // lives in sales-ops-json, tested there)
      Class<?> opportunity = host.loadClass("dev.salesops.core.model.Opportunity");
      Object b0 = opportunity.getMethod("builder").invoke(null);
      Class<?> oid = host.loadClass("dev.salesops.core.model.OpportunityId");
      Class<?> uid = host.loadClass("dev.salesops.core.model.UserId");
      Class<?> money = host.loadClass("org.joda.money.Money");
      b0.getClass().getMethod("id", oid).invoke(b0, oid.getMethod("of", String.class).invoke(null, "o"));
      b0.getClass().getMethod("ownerId", uid).invoke(b0, uid.getMethod("of", String.class).invoke(null, "u"));
      b0.getClass().getMethod("stage", String.class).invoke(b0, "LEAD");
      b0.getClass().getMethod("createdAt", java.time.Instant.class).invoke(b0, java.time.Instant.parse("2024-01-01T00:00:00Z"));
      b0.getClass().getMethod("amount", money).invoke(b0, money.getMethod("parse", String.class).invoke(null, "USD 10.00"));
      Object o = b0.getClass().getMethod("build").invoke(b0);
      assertThat(o.getClass().getClassLoader()).isSameAs(host);
      assertThat(o.toString()).contains("amount=USD 10.00");
      Object builder = opportunity.getMethod("builder").invoke(null);
      builder.getClass().getMethod("from", opportunity).invoke(builder, o);
      assertThat(builder.getClass().getMethod("build").invoke(builder)).isEqualTo(o);
    }
  }

  private static Class<?> tryLoad(ClassLoader loader, String name) {
    try {
      return Class.forName(name, true, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      return null;
    }
  }
}
