package dev.salesops.core.message;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A structured message: a stable {@link #code()} (e.g. {@code "bant.unmet"}), the criterion or field it is about
 * ({@link #subject()}), its named {@link #params()}, and a text rendered from its catalog only when it is read
 * ({@link #text()} in English, {@link #text(Locale)} in another language, e.g. {@link Locale#SIMPLIFIED_CHINESE}).
 *
 * <p>Templates name their parameters in braces: {@code "requires one of the roles {required}; the actor has
 * {actual}"}. When rendered, a parameter that is itself a {@code Message} is rendered in the same locale, a
 * collection is rendered element by element joined with {@code ", "}, and an enum constant is looked up in the
 * catalog as {@code enum.<SimpleName>.<NAME>} (its name when the catalog has no text for it). Building a message
 * formats nothing: the engine creates codes and parameters only.
 *
 * <p>Equality: code, subject and parameters (not the catalog). {@link #toString()} is the English text.
 *
 * <p>This class is immutable and thread-safe when its parameter values are.
 */
public final class Message {
  /** The code of a free-text message (a host's own criterion that returns plain text): rendered as is. */
  public static final String TEXT = "text";

  private static final MessageCatalog NO_TEXTS = (code, locale) -> Optional.empty();

  private final MessageCatalog catalog;
  private final String code;
  private final String subject;
  private final Object[] params;

  private Message(MessageCatalog catalog, String code, String subject, Object[] params) {
    this.catalog = catalog;
    this.code = code;
    this.subject = subject;
    this.params = params;
  }

  /**
   * A message of {@code code} about {@code subject} (a criterion type, a field path; {@code null} when none),
   * with parameters given as name, value pairs: {@code of(catalog, "role.missing", "role.required", "required",
   * list, "actual", roles)}.
   *
   * @throws IllegalArgumentException when the pairs are odd in number or a name is not a {@code String}
   */
  public static Message of(MessageCatalog catalog, String code, String subject, Object... namesAndValues) {
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(namesAndValues, "namesAndValues");
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("namesAndValues must be name, value pairs: " + namesAndValues.length + " elements");
    }
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (!(namesAndValues[i] instanceof String)) {
        throw new IllegalArgumentException("namesAndValues[" + i + "] must be a parameter name");
      }
      if (namesAndValues[i + 1] == null) { // not requireNonNull(..., "..." + i): that text would be built per call
        throw new NullPointerException("namesAndValues[" + (i + 1) + "]");
      }
    }
    return new Message(catalog, code, subject, namesAndValues.clone());
  }

  /** A free-text message ({@link #TEXT}): the same text in every locale. */
  public static Message text(String text) {
    Objects.requireNonNull(text, "text");
    return new Message(NO_TEXTS, TEXT, null, new Object[] {"text", text});
  }

  /** The stable code. */
  public String code() {
    return code;
  }

  /** The criterion type or field this message is about, when there is one. */
  public Optional<String> subject() {
    return Optional.ofNullable(subject);
  }

  /** The parameters by name, in order (unmodifiable). */
  public Map<String, Object> params() {
    Map<String, Object> out = new LinkedHashMap<>();
    for (int i = 0; i < params.length; i += 2) {
      out.put((String) params[i], params[i + 1]);
    }
    return Collections.unmodifiableMap(out);
  }

  /** The English text (the default). */
  public String text() {
    return text(Locale.ROOT);
  }

  /** The text in {@code locale} (English when the catalog has no text in that language). */
  public String text(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    if (TEXT.equals(code) && catalog == NO_TEXTS) {
      return (String) params[1];
    }
    String template = catalog.template(code, locale).orElse(null);
    if (template == null) {
      StringBuilder b = new StringBuilder(code);
      for (int i = 0; i < params.length; i += 2) {
        b.append(i == 0 ? " " : ", ").append(params[i]).append('=').append(render(params[i + 1], locale));
      }
      return b.toString();
    }
    StringBuilder out = new StringBuilder(template.length() + 32);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      int close = c == '{' ? template.indexOf('}', i) : -1;
      if (close > i) {
        String name = template.substring(i + 1, close);
        Object value = param(name);
        if (value != null || hasParam(name)) {
          out.append(render(value, locale));
          i = close + 1;
          continue;
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  private Object param(String name) {
    for (int i = 0; i < params.length; i += 2) {
      if (params[i].equals(name)) {
        return params[i + 1];
      }
    }
    return null;
  }

  private boolean hasParam(String name) {
    for (int i = 0; i < params.length; i += 2) {
      if (params[i].equals(name)) {
        return true;
      }
    }
    return false;
  }

  private String render(Object value, Locale locale) {
    if (value instanceof Message) {
      return ((Message) value).text(locale);
    }
    if (value instanceof Collection) {
      StringBuilder b = new StringBuilder();
      for (Object o : (Collection<?>) value) {
        if (b.length() > 0) {
          b.append(", ");
        }
        b.append(render(o, locale));
      }
      return b.toString();
    }
    if (value instanceof Enum) {
      Enum<?> e = (Enum<?>) value;
      return catalog.template("enum." + e.getDeclaringClass().getSimpleName() + "." + e.name(), locale).orElse(e.name());
    }
    return String.valueOf(value);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Message)) {
      return false;
    }
    Message m = (Message) o;
    return code.equals(m.code) && Objects.equals(subject, m.subject) && Arrays.equals(params, m.params);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, subject, Arrays.hashCode(params));
  }

  /** The English text. */
  @Override
  public String toString() {
    return text();
  }
}
