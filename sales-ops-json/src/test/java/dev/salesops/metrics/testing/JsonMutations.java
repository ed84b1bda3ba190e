package dev.salesops.metrics.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salesops.core.json.JsonInputException;
import dev.salesops.core.testing.Generators;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

/**
 * Mutates valid JSON documents at random (odd values, removed and extra fields) and checks that a read either
 * fails with a {@link JsonInputException} naming the type and a path, or gives a value that round-trips.
 */
public final class JsonMutations {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final List<JsonNode> ODD = List.of(F.nullNode(), F.booleanNode(true), F.numberNode(7), F.numberNode(-1),
      F.numberNode(new BigDecimal("1e-1000000")), F.numberNode(new BigDecimal("1e400")), F.numberNode(new BigDecimal("0.5")),
      F.textNode(""), F.textNode(" x"), F.textNode("35%"), F.textNode("XYZ"), F.textNode("1e-1000000"), F.textNode("x".repeat(3000)),
      F.textNode("2024-02-30"), F.textNode("2024-13"), F.textNode("a\u0000b"), F.arrayNode(), F.objectNode());
  private static final ObjectMapper PLAIN = JsonMapper.builder().build();

  private JsonMutations() {}

  /** Mutates {@code value}'s JSON 1 to 3 times and reads it back as {@code type} through {@code mapper}. */
  public static void check(dev.salesops.json.testing.CodecMapper mapper, Object value, Class<?> type, Random r) throws Exception {
    JsonNode tree = PLAIN.readTree(mapper.writeValueAsString(value));
    for (int i = 1 + r.nextInt(3); i > 0; i--) {
      mutate(tree, r);
    }
    String json = PLAIN.writeValueAsString(tree);
    try {
      Object read = mapper.readValue(json, type);
      assertThat(read).isInstanceOf(type);
      assertThat(mapper.readValue(mapper.writeValueAsString(read), type)).isEqualTo(read);
    } catch (JsonInputException e) {
      assertThat(e.getMessage()).matches("(?s)Invalid \\w+ JSON at \\$.*").doesNotContain("Immutable");
      assertThat(e.getMessage().length()).isLessThan(800);
    }
  }

  private static void mutate(JsonNode root, Random r) {
    List<JsonNode> containers = new ArrayList<>();
    collect(root, containers);
    if (containers.isEmpty()) {
      return;
    }
    JsonNode target = Generators.oneOf(r, containers);
    JsonNode odd = Generators.oneOf(r, ODD).deepCopy();
    if (target instanceof ObjectNode) {
      ObjectNode o = (ObjectNode) target;
      List<String> names = new ArrayList<>();
      for (Iterator<String> it = o.fieldNames(); it.hasNext();) {
        names.add(it.next());
      }
      int op = r.nextInt(4);
      if (names.isEmpty() || op == 0) {
        o.set(r.nextBoolean() ? "extra" : "amount", odd);
      } else if (op == 1) {
        o.remove(Generators.oneOf(r, names));
      } else {
        o.set(Generators.oneOf(r, names), odd);
      }
    } else if (target instanceof ArrayNode) {
      ArrayNode a = (ArrayNode) target;
      if (a.isEmpty() || r.nextBoolean()) {
        a.add(odd);
      } else {
        a.set(r.nextInt(a.size()), odd);
      }
    }
  }

  private static void collect(JsonNode node, List<JsonNode> out) {
    if (node.isContainerNode()) {
      out.add(node);
      node.elements().forEachRemaining(child -> collect(child, out));
    }
  }
}
