package dev.salesops.core.message;

import dev.salesops.core.internal.ResourceCatalog;
import java.io.InputStream;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The texts of message codes, per locale: a message bundle. Each module keeps its own catalog of the codes it
 * emits; a host may implement this interface to render our codes with its own texts.
 *
 * <p>{@link #ofResources} reads {@code .properties} bundles in UTF-8 (the base file is English; {@code _zh_CN}
 * is Simplified Chinese), loaded once when the catalog is built. Lookup for a locale tries its language and
 * country, then its language, then the base (English): the JVM's default locale never takes part, so rendering
 * is the same on every machine.
 *
 * <p>Implementations must be immutable and thread-safe.
 */
public interface MessageCatalog {

  /** The template of {@code code} in {@code locale} (falling back as described above), if the catalog has one. */
  Optional<String> template(String code, Locale locale);

  /**
   * A catalog read from {@code baseName + ".properties"} and {@code baseName + "_" + locale + ".properties"} for
   * each of {@code locales}, opened with {@code opener} (a resource lookup made in the module that owns the
   * bundles, e.g. {@code name -> MyMessages.class.getResourceAsStream(name)}).
   *
   * @throws IllegalArgumentException when the base bundle is missing
   */
  static MessageCatalog ofResources(String baseName, Function<String, InputStream> opener, Locale... locales) {
    Objects.requireNonNull(baseName, "baseName");
    Objects.requireNonNull(opener, "opener");
    Objects.requireNonNull(locales, "locales");
    return ResourceCatalog.load(baseName, opener, locales);
  }
}
