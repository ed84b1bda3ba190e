package dev.salesops.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salesops.core.json.SalesOpsJson;
import dev.salesops.core.testing.Property;
import dev.salesops.metrics.ratio.Ratio;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Metrics values through the core mapper (examples depends on both): {@link Ratio} keeps its parts and shows
 * {@code "value": null} when undefined. Reading is from the parts: the derived {@code "value"} is output only
 * (as of this writing Ratio refuses it on input as an unknown field; see the foundation report).
 */
class RatioJsonTest {
  private static final ObjectMapper MAPPER = SalesOpsJson.newObjectMapper();

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
      ObjectNode tree = (ObjectNode) MAPPER.readTree(MAPPER.writeValueAsString(ratio));
      assertThat(tree.get("value").isNull()).isEqualTo(!ratio.isDefined());
      tree.remove("value");
      assertThat(MAPPER.treeToValue(tree, Ratio.class)).isEqualTo(ratio);
    });
  }
}
