package dev.salesops.core.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import dev.salesops.core.validation.ValidationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The typed getters of {@link DefinitionParams}: values, defaults, refusals with {@code params.<name>}, tracking. */
class DefinitionParamsTest {
  private static DefinitionParams params() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", "x");
    m.put("days", 30);
    m.put("rate", new BigDecimal("0.25"));
    m.put("big", 3_000_000_000L);
    m.put("half", 1.5);
    m.put("on", true);
    m.put("off", false);
    m.put("list", List.of("a", "b"));
    m.put("nested", Map.of("k", List.of(1, Map.of("z", "y"))));
    m.put("nothing", null);
    return DefinitionParams.of(m);
  }

  @Test
  void typedGettersReadValuesAndDefaults() {
    DefinitionParams p = params();
    assertThat(p.string("name")).isEqualTo("x");
    assertThat(p.optionalString("absent")).isEmpty();
    assertThat(p.decimal("days")).isEqualByComparingTo("30");
    assertThat(p.decimal("rate")).isEqualTo(new BigDecimal("0.25"));
    assertThat(p.decimal("half")).isEqualTo(new BigDecimal("1.5"));
    assertThat(p.optionalDecimal("absent")).isEmpty();
    assertThat(p.optionalInt("days")).contains(30);
    assertThat(p.optionalInt("absent")).isEmpty();
    assertThat(p.intOr("days", 7)).isEqualTo(30);
    assertThat(p.intOr("absent", 7)).isEqualTo(7);
    assertThat(p.booleanOr("on", false)).isTrue();
    assertThat(p.booleanOr("off", true)).isFalse();
    assertThat(p.booleanOr("absent", true)).isTrue();
    assertThat(p.booleanOr("absent", false)).isFalse();
    assertThat(p.strings("list")).containsExactly("a", "b");
    assertThat(p.strings("absent")).isEmpty();
    assertThat(p.has("name")).isTrue();
    assertThat(p.has("nothing")).as("present with a null value").isTrue();
    assertThat(p.has("absent")).isFalse();
    assertThat(p.asMap().get("nested")).isEqualTo(Map.of("k", List.of(BigDecimal.ONE, Map.of("z", "y"))));
    assertThat(p.asMap().get("big")).isEqualTo(new BigDecimal("3000000000"));
    assertThat(p.toString()).startsWith("{name=x, days=30, rate=0.25");
  }

  @Test
  void mistypedAndMissingParametersAreRefusedWithTheirPath() {
    DefinitionParams p = params();
    assertThatThrownBy(() -> p.string("absent")).isInstanceOf(ValidationException.class)
        .hasMessageContaining("params.absent").hasMessageContaining("is required and must be a string");
    assertThatThrownBy(() -> p.decimal("absent")).isInstanceOf(ValidationException.class)
        .hasMessageContaining("params.absent").hasMessageContaining("is required and must be a number");
    assertThatThrownBy(() -> p.string("days")).isInstanceOf(ValidationException.class)
        .hasMessageContaining("params.days").hasMessageContaining("must be a string");
    assertThatThrownBy(() -> p.decimal("name")).isInstanceOf(ValidationException.class)
        .hasMessageContaining("params.name").hasMessageContaining("must be a number");
    assertThatThrownBy(() -> p.optionalInt("rate")).isInstanceOf(ValidationException.class)
        .hasMessageContaining("params.rate").hasMessageContaining("must be a whole number").hasMessageContaining("0.25");
    assertThatThrownBy(() -> p.intOr("big", 1)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("params.big").hasMessageContaining("must be a whole number");
    assertThatThrownBy(() -> p.booleanOr("name", true)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("params.name").hasMessageContaining("must be true or false");
    assertThatThrownBy(() -> p.strings("name")).isInstanceOf(ValidationException.class)
        .hasMessageContaining("params.name").hasMessageContaining("must be a list of strings");
    DefinitionParams mixed = DefinitionParams.of(Map.of("l", List.of("a", 2)));
    assertThatThrownBy(() -> mixed.strings("l")).isInstanceOf(ValidationException.class)
        .hasMessageContaining("params.l[1]").hasMessageContaining("must be a string");
    List<Object> odd = new ArrayList<>();
    odd.add("ok");
    odd.add(new Object());
    assertThatThrownBy(() -> DefinitionParams.of(Map.of("x", Map.of("y", odd)))).isInstanceOf(ValidationException.class)
        .hasMessageContaining("params.x.y[1]").hasMessageContaining("must be a string, number, boolean, list or map");
  }

  @Test
  void trackingReportsWhatWasNeverAskedFor() {
    DefinitionParams p = params();
    assertThat(p.unread()).as("a copy that does not track").isEmpty();
    DefinitionParams t = p.tracking();
    assertThat(t.unread()).containsExactly("big", "days", "half", "list", "name", "nested", "nothing", "off", "on", "rate");
    t.string("name");
    t.intOr("days", 1);
    t.booleanOr("on", false);
    t.has("nothing");
    assertThat(t.unread()).containsExactly("big", "half", "list", "nested", "off", "rate");
    t.asMap();
    assertThat(t.unread()).isEmpty();
    assertThat(p.unread()).isEmpty();
    assertThat(DefinitionParams.empty().asMap()).isEmpty();
  }

  @Test
  void equalityIsByValuesOnly() {
    new EqualsTester()
        .addEqualityGroup(params(), params(), params().tracking(), DefinitionParams.of(new LinkedHashMap<>(params().asMap())))
        .addEqualityGroup(DefinitionParams.empty(), DefinitionParams.of(Map.of()))
        .addEqualityGroup(DefinitionParams.of(Map.of("a", 1)))
        .addEqualityGroup(DefinitionParams.of(Map.of("a", 2)))
        .testEquals();
  }
}
