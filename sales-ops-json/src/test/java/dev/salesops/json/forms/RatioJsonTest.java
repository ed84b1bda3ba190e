package dev.salesops.json.forms;

import dev.salesops.metrics.ratio.*;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salesops.core.json.JsonInputException;
import dev.salesops.json.testing.CodecMapper;
import dev.salesops.core.validation.ValidationException;
import dev.salesops.core.testing.Property;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Ratio through the core mapper: it keeps its parts, shows value null when undefined, and round-trips. */
class RatioJsonTest {
  private static final CodecMapper MAPPER = CodecMapper.INSTANCE;

  @Test
  void ratioRoundTripsWithItsParts() throws Exception {
    assertThat(MAPPER.writeValueAsString(Ratio.of(7, 20))).isEqualTo("{\"value\":0.35,\"numerator\":7,\"denominator\":20}");
    assertThat(MAPPER.writeValueAsString(Ratio.undefined())).isEqualTo("{\"value\":null,\"numerator\":0,\"denominator\":0}");
    assertThat(MAPPER.readValue("{\"numerator\":7,\"denominator\":20}", Ratio.class)).isEqualTo(Ratio.of(7, 20));
    assertThat(MAPPER.readValue("{\"numerator\":0,\"denominator\":0}", Ratio.class)).isEqualTo(Ratio.undefined());
  }

  @Test
  void randomRatiosRoundTrip() {
    Property.forAll(77L, 300, r -> {
      Ratio ratio = Ratio.of(BigDecimal.valueOf(r.nextInt(1_000_000), r.nextInt(4)), BigDecimal.valueOf(r.nextInt(1000), r.nextInt(3)));
      ObjectNode tree = (ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper().readTree(MAPPER.writeValueAsString(ratio));
      assertThat(tree.get("value").isNull()).isEqualTo(!ratio.isDefined());
      assertThat(MAPPER.readValue(tree.toString(), Ratio.class)).as("value is ignored on input").isEqualTo(ratio);
    });
  }

  @Test
  void absurdPartsAreRefusedAtOnce() {
    assertThatThrownBy(() -> MAPPER.readValue("{\"numerator\":1e1000000,\"denominator\":3}", Ratio.class))
        .isInstanceOf(JsonInputException.class)
        .hasMessageContaining("$.numerator: must have at most 100 significant digits and at most 100 decimal places or trailing zeros");
    assertThatThrownBy(() -> Ratio.of(new BigDecimal("1e-1000000"), BigDecimal.ONE))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("numerator must have at most 100 integer digits and 100 decimal places");
    assertThat(Ratio.of(new BigDecimal("1e99"), BigDecimal.ONE).isDefined()).isTrue();
  }
}
