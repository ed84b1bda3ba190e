package dev.salesops.core.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link Message} rendering and {@link MessageCatalog#ofResources} locale fallback, from their javadoc. */
class MessageMutationTest {
  static final Map<String, String> FILES = Map.of(
      "m.properties", "greet=Hello {name}, {missing} and {n}{\nlist=Items: {items}\nday={d}\nenum.DayOfWeek.MONDAY=Monday\nonly.base=base\n",
      "m_zh.properties", "greet=\u4f60\u597d {name}\nenum.DayOfWeek.MONDAY=\u661f\u671f\u4e00\n",
      "m_zh_TW.properties", "greet=\u60a8\u597d {name}\n",
      "m_de_CH.properties", "greet=Gr\u00fcezi {name}\n");

  static InputStream open(String name) {
    String s = FILES.get(name);
    return s == null ? null : new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  static final MessageCatalog CATALOG = MessageCatalog.ofResources("m", MessageCatalogHolder::open, Locale.CHINESE,
      Locale.TRADITIONAL_CHINESE, Locale.forLanguageTag("de-CH"), Locale.FRENCH);

  /** Avoids a forward reference from the static initialiser. */
  static final class MessageCatalogHolder {
    static InputStream open(String name) {
      return MessageMutationTest.open(name);
    }
  }

  @Test
  void templatesFillNamedParametersAndLeaveTheRest() {
    Message m = Message.of(CATALOG, "greet", "subject", "name", "Ada", "n", 3);
    assertThat(m.text()).isEqualTo("Hello Ada, {missing} and 3{");
    assertThat(m.toString()).isEqualTo(m.text());
    assertThat(m.text(Locale.CHINESE)).isEqualTo("\u4f60\u597d Ada");
    assertThat(m.text(Locale.SIMPLIFIED_CHINESE)).isEqualTo("\u4f60\u597d Ada");
    assertThat(m.text(Locale.TRADITIONAL_CHINESE)).isEqualTo("\u60a8\u597d Ada");
    assertThat(m.text(Locale.FRENCH)).isEqualTo("Hello Ada, {missing} and 3{");
    assertThat(m.text(Locale.forLanguageTag("de-CH"))).isEqualTo("Gr\u00fcezi Ada");
    // a language with only a country bundle still finds it by language
    assertThat(m.text(Locale.GERMAN)).isEqualTo("Gr\u00fcezi Ada");
    assertThat(m.code()).isEqualTo("greet");
    assertThat(m.subject()).contains("subject");
    assertThat(m.params()).containsExactly(Map.entry("name", "Ada"), Map.entry("n", 3));
  }

  @Test
  void valuesRenderedByType() {
    assertThat(Message.of(CATALOG, "list", null, "items", List.of("a", 1, DayOfWeek.MONDAY)).text()).isEqualTo("Items: a, 1, Monday");
    assertThat(Message.of(CATALOG, "list", null, "items", List.of()).text()).isEqualTo("Items: ");
    assertThat(Message.of(CATALOG, "day", null, "d", DayOfWeek.MONDAY).text(Locale.CHINESE)).isEqualTo("\u661f\u671f\u4e00");
    assertThat(Message.of(CATALOG, "day", null, "d", DayOfWeek.TUESDAY).text()).isEqualTo("TUESDAY");
    Message inner = Message.of(CATALOG, "greet", null, "name", "Bo");
    assertThat(Message.of(CATALOG, "day", null, "d", inner).text(Locale.CHINESE)).isEqualTo("\u4f60\u597d Bo");
    assertThat(Message.of(CATALOG, "day", null).text()).isEqualTo("{d}");
    assertThat(Message.of(CATALOG, "day", null).subject()).isEmpty();
  }

  @Test
  void unknownCodesShowTheCodeAndParameters() {
    assertThat(Message.of(CATALOG, "nope", null, "a", 1, "b", "x").text()).isEqualTo("nope a=1, b=x");
    assertThat(Message.of(CATALOG, "nope", null).text()).isEqualTo("nope");
    assertThat(Message.of(CATALOG, "nope", null, "d", DayOfWeek.MONDAY).text()).isEqualTo("nope d=Monday");
    assertThat(Message.text("plain {x}").text(Locale.CHINESE)).isEqualTo("plain {x}");
    assertThat(Message.text("plain").code()).isEqualTo(Message.TEXT);
    assertThat(Message.text("plain").params()).containsExactly(Map.entry("text", "plain"));
    // a catalog message with the code "text" is rendered from its catalog, not as plain text
    assertThat(Message.of(CATALOG, Message.TEXT, null, "text", "t").text()).isEqualTo("text text=t");
  }

  @Test
  void argumentsAreCheckedAndCopied() {
    assertThatThrownBy(() -> Message.of(CATALOG, "greet", null, "name")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("namesAndValues must be name, value pairs: 1 elements");
    assertThatThrownBy(() -> Message.of(CATALOG, "greet", null, 1, "x")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("namesAndValues[0] must be a parameter name");
    assertThatThrownBy(() -> Message.of(CATALOG, "greet", null, "a", 1, 2, "x")).hasMessage("namesAndValues[2] must be a parameter name");
    assertThatThrownBy(() -> Message.of(CATALOG, "greet", null, "a", null)).isInstanceOf(NullPointerException.class)
        .hasMessage("namesAndValues[1]");
    Object[] args = {"name", "Ada"};
    Message m = Message.of(CATALOG, "greet", null, args);
    args[1] = "Eve";
    assertThat(m.text(Locale.CHINESE)).isEqualTo("\u4f60\u597d Ada");
  }

  @Test
  void equality() {
    Message a = Message.of(CATALOG, "greet", "s", "name", "Ada");
    assertThat(a).isEqualTo(Message.of(CATALOG, "greet", "s", "name", "Ada")).hasSameHashCodeAs(Message.of(CATALOG, "greet", "s", "name", "Ada"))
        .isNotEqualTo(Message.of(CATALOG, "greet", "t", "name", "Ada")).isNotEqualTo(Message.of(CATALOG, "greet", "s", "name", "Bo"))
        .isNotEqualTo(Message.of(CATALOG, "list", "s", "name", "Ada")).isNotEqualTo("Hello Ada");
  }

  @Test
  void resourceCatalogs() {
    dev.salesops.core.internal.ResourceCatalog rc = (dev.salesops.core.internal.ResourceCatalog) CATALOG;
    assertThat(rc.codes("")).containsExactly("day", "enum.DayOfWeek.MONDAY", "greet", "list", "only.base");
    assertThat(rc.codes("zh_TW")).containsExactly("greet");
    assertThat(rc.codes("fr")).isEmpty();
    assertThat(rc.raw("zh", "greet")).contains("\u4f60\u597d {name}");
    assertThat(rc.raw("zh", "list")).isEmpty();
    assertThat(rc.raw("fr", "greet")).isEmpty();
    assertThat(rc.toString()).isEqualTo("MessageCatalog[, zh, zh_TW, de_CH] m");
    // a code only in the base bundle, from every locale
    assertThat(CATALOG.template("only.base", Locale.TRADITIONAL_CHINESE)).contains("base");
    assertThat(CATALOG.template("only.base", Locale.ROOT)).contains("base");
    assertThat(CATALOG.template("absent", Locale.TRADITIONAL_CHINESE)).isEqualTo(Optional.empty());
    // zh_TW's missing codes fall back to zh, then to the base
    assertThat(CATALOG.template("enum.DayOfWeek.MONDAY", Locale.TRADITIONAL_CHINESE)).contains("\u661f\u671f\u4e00");
    assertThatThrownBy(() -> MessageCatalog.ofResources("none", MessageCatalogHolder::open)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("missing message bundle none.properties");
  }
}
