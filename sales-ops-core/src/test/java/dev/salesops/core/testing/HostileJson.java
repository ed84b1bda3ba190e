package dev.salesops.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Structure-aware hostile JSON: takes a valid document and breaks it the ways a hostile or careless user
 * would — huge and tiny exponents, long numbers, deep nesting, duplicate keys, wrong types, null, long
 * strings, NUL and other control characters, blank and odd keys, truncation, many unknown entries — one or
 * several mutations per document, all from a seed. Used by the seeded reader-contract tests of every module.
 */
public final class HostileJson {
  private static final ObjectMapper PLAIN = new ObjectMapper();
  private static final String[] NUMBERS = {
    "1e99999999", "1e999999999", "1e2147483647", "1e-999999999", "1e9999999999", "-1e-2147483648", "1e-2147483649",
    "1e-35", "1e35", "0.0000000000000000000000000000001", "123456789012345678901234567890123456789012345",
    "-0", "0e0", "-1", "9223372036854775808", "-9223372036854775809", "2147483648", "1.5", "NaN", "Infinity",
    "1" + "0".repeat(120)
  };
  private static final String[] STRINGS = {
    "", " ", "\u0000", "a\u0000b", "\u0007", "line\nbreak", "tab\there", "\u202Eevil", "\uD800", "\"quoted\"",
    "%s%n", "${jndi:ldap://x}", "../../etc/passwd", "NaN", "null", "true", "35%", "-5%", "1e999999999",
    "9999-12-31T23:59:59Z", "0000-01-01T00:00:00Z", "+10000-01-01T00:00:00Z", "P999999999999D", "2026-02-30",
    "USD", "XXX", "GTX Pro"
  };

  private HostileJson() {}

  /** {@code count} hostile variants of {@code valid}, from {@code seed}. */
  public static List<String> variants(String valid, long seed, int count) {
    Random r = new Random(seed);
    List<String> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(variant(valid, r));
    }
    return out;
  }

  /** One hostile variant of {@code valid}. */
  public static String variant(String valid, Random r) {
    try {
      JsonNode tree = PLAIN.readTree(valid);
      int mutations = 1 + r.nextInt(3);
      String text = null;
      for (int m = 0; m < mutations; m++) {
        int kind = r.nextInt(12);
        if (kind < 7) {
          mutateValue(tree, r, kind);
        } else {
          text = textual(PLAIN.writeValueAsString(tree), r, kind);
          if (r.nextBoolean()) {
            return text;
          }
          try {
            tree = PLAIN.readTree(text);
          } catch (Exception e) {
            return text;
          }
        }
      }
      return PLAIN.writeValueAsString(tree);
    } catch (Exception e) {
      throw new IllegalStateException("the seed document must be valid JSON", e);
    }
  }

  /** Replaces a random value (or key) somewhere in the tree. */
  private static void mutateValue(JsonNode root, Random r, int kind) {
    List<JsonNode> containers = new ArrayList<>();
    collect(root, containers);
    if (containers.isEmpty()) {
      return;
    }
    JsonNode target = containers.get(r.nextInt(containers.size()));
    JsonNode value = hostileValue(r, kind);
    if (target instanceof ObjectNode o) {
      List<String> names = new ArrayList<>();
      o.fieldNames().forEachRemaining(names::add);
      if (names.isEmpty() || r.nextInt(5) == 0) {
        o.set(r.nextBoolean() ? "" : "zz" + r.nextInt(10), value);
      } else {
        o.set(names.get(r.nextInt(names.size())), value);
      }
    } else if (target instanceof ArrayNode a) {
      if (a.isEmpty() || r.nextInt(4) == 0) {
        a.add(value);
      } else {
        a.set(r.nextInt(a.size()), value);
      }
    }
  }

  private static JsonNode hostileValue(Random r, int kind) {
    try {
      switch (kind) {
        case 0:
          return PLAIN.readTree(NUMBERS[r.nextInt(NUMBERS.length)].replace("NaN", "0").replace("Infinity", "1"));
        case 1:
          return PLAIN.getNodeFactory().textNode(STRINGS[r.nextInt(STRINGS.length)]);
        case 2:
          return PLAIN.getNodeFactory().textNode("x".repeat(1 + r.nextInt(200_000)));
        case 3:
          return PLAIN.getNodeFactory().nullNode();
        case 4: {
          JsonNode n = PLAIN.getNodeFactory().numberNode(1);
          int depth = 1 + r.nextInt(200);
          for (int i = 0; i < depth; i++) {
            n = r.nextBoolean() ? PLAIN.getNodeFactory().arrayNode().add(n) : PLAIN.getNodeFactory().objectNode().set("a", n);
          }
          return n;
        }
        case 5: {
          ArrayNode a = PLAIN.getNodeFactory().arrayNode();
          int n = r.nextInt(5_000);
          for (int i = 0; i < n; i++) {
            a.add(PLAIN.getNodeFactory().objectNode().put("zz", i));
          }
          return a;
        }
        default:
          return r.nextBoolean() ? PLAIN.getNodeFactory().booleanNode(true) : PLAIN.getNodeFactory().objectNode();
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Text-level damage: duplicate keys, truncation, raw control characters, unquoted tokens. */
  private static String textual(String json, Random r, int kind) {
    switch (kind) {
      case 7: { // duplicate the first key with another value
        int colon = json.indexOf("\":");
        int start = json.lastIndexOf('"', colon - 1);
        if (colon < 0 || start < 0) {
          return json;
        }
        String key = json.substring(start, colon + 2);
        int brace = json.indexOf('{');
        return json.substring(0, brace + 1) + key + "null," + json.substring(brace + 1);
      }
      case 8:
        return json.substring(0, r.nextInt(Math.max(1, json.length())));
      case 9: {
        int at = r.nextInt(Math.max(1, json.length()));
        return json.substring(0, at) + (char) r.nextInt(32) + json.substring(at);
      }
      case 10: {
        int q = json.indexOf(":\"");
        return q < 0 ? json : json.substring(0, q + 1) + "JaneDoe" + json.substring(json.indexOf('"', q + 2) + 1);
      }
      default:
        return r.nextBoolean() ? "null" : "[" + json + "]";
    }
  }

  private static void collect(JsonNode n, List<JsonNode> out) {
    if (n.isContainerNode()) {
      out.add(n);
      if (n.isObject()) {
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext();) {
          collect(it.next().getValue(), out);
        }
      } else {
        n.forEach(c -> collect(c, out));
      }
    }
  }
}
