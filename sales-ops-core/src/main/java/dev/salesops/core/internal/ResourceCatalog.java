package dev.salesops.core.internal;

import dev.salesops.core.message.MessageCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The {@link MessageCatalog} of {@link MessageCatalog#ofResources}: bundles loaded once from {@code .properties}
 * files in UTF-8. Not API (hosts see a {@code MessageCatalog}); public for the sibling modules and the bundle
 * tests ({@link #codes}, {@link #raw}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ResourceCatalog implements MessageCatalog {
  private final String baseName;
  private final Map<String, Map<String, String>> bundles;

  private ResourceCatalog(String baseName, Map<String, Map<String, String>> bundles) {
    this.baseName = baseName;
    this.bundles = Collections.unmodifiableMap(bundles);
  }

  /** The catalog {@link MessageCatalog#ofResources} describes (arguments checked there). */
  public static ResourceCatalog load(String baseName, Function<String, InputStream> opener, Locale... locales) {
    Map<String, Map<String, String>> bundles = new LinkedHashMap<>();
    Map<String, String> base = ResourceCatalog.read(baseName + ".properties", opener);
    if (base == null) {
      throw new IllegalArgumentException("missing message bundle " + baseName + ".properties");
    }
    bundles.put("", base);
    for (Locale l : locales) {
      Objects.requireNonNull(l, "locales[]");
      Map<String, String> b = ResourceCatalog.read(baseName + "_" + l + ".properties", opener);
      if (b != null) {
        bundles.put(l.toString(), b);
      }
    }
    return new ResourceCatalog(baseName, bundles);
  }

  private static Map<String, String> read(String name, Function<String, InputStream> opener) {
    try (InputStream in = opener.apply(name)) {
      if (in == null) {
        return null;
      }
      Properties p = new Properties();
      try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        p.load(r);
      }
      Map<String, String> out = new LinkedHashMap<>();
      for (String k : new TreeSet<>(p.stringPropertyNames())) {
        out.put(k, p.getProperty(k));
      }
      return Collections.unmodifiableMap(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Optional<String> template(String code, Locale locale) {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(locale, "locale");
    if (!locale.getCountry().isEmpty()) {
      Map<String, String> exact = bundles.get(locale.getLanguage() + "_" + locale.getCountry());
      if (exact != null && exact.containsKey(code)) {
        return Optional.of(exact.get(code));
      }
    }
    if (!locale.getLanguage().isEmpty()) {
      for (Map.Entry<String, Map<String, String>> e : bundles.entrySet()) {
        String tag = e.getKey();
        if (!tag.isEmpty() && (tag.equals(locale.getLanguage()) || tag.startsWith(locale.getLanguage() + "_"))
            && e.getValue().containsKey(code)) {
          return Optional.of(e.getValue().get(code));
        }
      }
    }
    return Optional.ofNullable(bundles.get("").get(code));
  }

  /** The codes of the bundle for {@code tag} ({@code ""} for the base, {@code "zh_CN"}, ...). */
  public Set<String> codes(String tag) {
    Map<String, String> b = bundles.get(Objects.requireNonNull(tag, "tag"));
    return b == null ? Set.of() : Collections.unmodifiableSet(new TreeSet<>(b.keySet()));
  }

  /** The raw template of {@code code} in the bundle {@code tag}, without fallback. */
  public Optional<String> raw(String tag, String code) {
    Map<String, String> b = bundles.get(Objects.requireNonNull(tag, "tag"));
    return b == null ? Optional.empty() : Optional.ofNullable(b.get(Objects.requireNonNull(code, "code")));
  }

  @Override
  public String toString() {
    return "MessageCatalog" + bundles.keySet() + " " + baseName;
  }
}
