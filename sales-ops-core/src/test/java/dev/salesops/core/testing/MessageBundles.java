package dev.salesops.core.testing;

import dev.salesops.core.internal.ResourceCatalog;
import dev.salesops.core.message.MessageCatalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks a module's message bundles: both languages, same codes, same placeholders. Shared via the test-jar. */
public final class MessageBundles {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_.]+)}");

  private MessageBundles() {}

  /** Every code has an English and a Simplified Chinese text with the same placeholders, and nothing else. */
  public static void checkBothLanguages(MessageCatalog catalog) {
    assertThat(catalog).isInstanceOf(ResourceCatalog.class);
    ResourceCatalog c = (ResourceCatalog) catalog;
    Set<String> en = c.codes("");
    Set<String> zh = c.codes("zh_CN");
    assertThat(en).isNotEmpty();
    assertThat(zh).as("codes with a Simplified Chinese text").isEqualTo(en);
    for (String code : en) {
      String english = c.raw("", code).orElseThrow();
      String chinese = c.raw("zh_CN", code).orElseThrow();
      assertThat(placeholders(chinese)).as("placeholders of %s", code).isEqualTo(placeholders(english));
      assertThat(chinese).as("the Chinese text of %s is translated", code)
          .matches(s -> s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
              || code.startsWith("enum.") && s.equals(english)
              || PLACEHOLDER.matcher(s).replaceAll("").chars().noneMatch(Character::isLetter));
      assertThat(english).as("the English text of %s", code).isNotBlank();
    }
  }

  /** Every {@code static final String} constant of {@code codes} whose name is in upper case is a code of the catalog. */
  public static void checkConstants(Class<?> codes, MessageCatalog catalog) throws IllegalAccessException {
    ResourceCatalog c = (ResourceCatalog) catalog;
    List<String> constants = new ArrayList<>();
    for (Field f : codes.getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class && f.getName().matches("[A-Z_]+")) {
        f.setAccessible(true);
        constants.add((String) f.get(null));
      }
    }
    assertThat(constants).isNotEmpty();
    assertThat(c.codes("")).containsAll(constants);
  }

  public static Set<String> placeholders(String template) {
    Set<String> out = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(template);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }
}
