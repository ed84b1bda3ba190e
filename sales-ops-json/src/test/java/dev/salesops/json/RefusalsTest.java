package dev.salesops.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salesops.core.json.JsonArray;
import dev.salesops.core.json.JsonBoolean;
import dev.salesops.core.json.JsonInputException;
import dev.salesops.core.json.JsonNull;
import dev.salesops.core.json.JsonNumber;
import dev.salesops.core.json.JsonObject;
import dev.salesops.core.json.JsonString;
import dev.salesops.core.json.JsonValue;
import dev.salesops.core.model.Opportunity;
import dev.salesops.core.testing.Generators;
import dev.salesops.json.testing.ModelSamples;
import dev.salesops.json.testing.ModelSamples.Sample;
import dev.salesops.metrics.ratio.Ratio;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** Bad input is refused with a {@link JsonInputException} naming the path and the rule; nothing else escapes. */
class RefusalsTest {
  private static final SalesOpsCodecs CODECS = SalesOpsCodecs.standard();

  private static JsonInputException refused(String json, Class<?> type) {
    return refusedTree(Trees.parse(json), type);
  }

  private static JsonInputException refusedTree(JsonValue json, Class<?> type) {
    Throwable[] t = new Throwable[1];
    assertThatThrownBy(() -> CODECS.decode(json, type)).isInstanceOfSatisfying(JsonInputException.class, e -> t[0] = e);
    return (JsonInputException) t[0];
  }

  @Test
  void refusalsNameThePathAndTheRule() {
    String ok = "{\"id\":\"o\",\"ownerId\":\"u\",\"createdAt\":\"2024-01-01T00:00:00Z\"";
    assertThat(CODECS.decode(Trees.parse(ok + "}"), Opportunity.class).id().value()).isEqualTo("o");
    JsonInputException e = refused(ok + ",\"amount\":{\"amount\":\"12.345\",\"currency\":\"USD\"}}", Opportunity.class);
    assertThat(e.jsonPath()).isEqualTo("$.amount");
    assertThat(e.rule()).contains("decimal places");
    assertThat(refused(ok + ",\"owner\":\"x\"}", Opportunity.class).rule()).startsWith("unknown member \"owner\"");
    assertThat(refused(ok + ",\"amount\":{\"amount\":\"1\"}}", Opportunity.class).rule()).contains("missing currency");
    assertThat(refused(ok + ",\"bant\":{\"need\":\"MAYBE\"}}", Opportunity.class).jsonPath()).isEqualTo("$.bant.need");
    assertThat(refused("{\"id\":\"o\",\"ownerId\":\"u\",\"createdAt\":\"yesterday\"}", Opportunity.class).jsonPath()).isEqualTo("$.createdAt");
    assertThat(refused(ok + ",\"attributes\":{\"a\":[1]}}", Opportunity.class).jsonPath()).isEqualTo("$.attributes.a");
    assertThat(refused(ok + ",\"attributes\":{\"k\":null}}", Opportunity.class).rule()).isEqualTo("null is not allowed here");
    assertThat(refused("{\"id\":\"o\",\"createdAt\":\"2024-01-01T00:00:00Z\"}", Opportunity.class).rule()).contains("ownerId");
    assertThat(refused("{\"id\":\"u\",\"roles\":[\"REP\",\" \"]}", dev.salesops.core.model.SalesRep.class).jsonPath()).isEqualTo("$.roles[1]");
    assertThat(refused("\"150%\"", dev.salesops.core.model.Probability.class).rule()).contains("within");
    assertThat(refused("{\"numerator\":1}", Ratio.class).jsonPath()).isEqualTo("$.denominator");
    assertThat(refusedTree(JsonObject.builder().put("numerator", JsonNumber.of(1)).put("denominator", JsonNumber.of("1e999999999")).build(),
        Ratio.class).rule()).contains("decimal");
    assertThat(CODECS.read("{\"numerator\":1,\"denominator\":4}", Ratio.class)).isEqualTo(Ratio.of(1, 4));
    assertThatThrownBy(() -> CODECS.read("{\"numerator\":1,", Ratio.class)).isInstanceOf(JsonInputException.class);
    assertThat(refused("{\"amount\":\"1\",\"currency\":\"USD\",\"fx\":1}", Money.class).rule()).contains("only the members amount and currency");
    assertThat(refused("null", Money.class).jsonPath()).isEqualTo("$");
    // an invalid value's text is not repeated beyond the model's own short description
    String secret = "secret-personal-note-" + "x".repeat(200);
    JsonInputException p = refused("{\"id\":\"c\",\"name\":\"" + secret + "\",\"decisionMaker\":\"yes\"}", dev.salesops.core.model.Contact.class);
    assertThat(p.getMessage()).doesNotContain(secret);
  }

  @Test
  void ledgerFactsAreCheckedWhenRead() {
    Sample ledger = ModelSamples.golden().stream().filter(s -> s.type() == dev.salesops.core.collection.Ledger.class)
        .filter(s -> !((dev.salesops.core.collection.Ledger) s.value()).payments().isEmpty()).findFirst().orElseThrow();
    JsonObject json = (JsonObject) CODECS.encode(ledger.value());
    // a credit note recorded twice
    JsonObject.Builder b = JsonObject.builder();
    json.members().forEach((k, v) -> {
      if (k.equals("creditNotes")) {
        JsonArray.Builder a = JsonArray.builder();
        ((JsonArray) v).elements().forEach(a::add);
        ((JsonArray) v).elements().forEach(a::add);
        b.put(k, a.build());
      } else {
        b.put(k, v);
      }
    });
    assertThat(refusedTree(b.build(), dev.salesops.core.collection.Ledger.class).rule()).contains("must be unique in the ledger");
  }

  /**
   * Property: every sample's JSON, mutated at random (a member removed, renamed, nulled, or given a value of
   * another JSON type; an element nulled), either reads as a valid value or is refused with a
   * {@link JsonInputException} whose path starts with {@code $}; no other exception escapes.
   */
  @Test
  void mutatedDocumentsAreReadOrRefusedNeverCrash() {
    List<Sample> samples = ModelSamples.golden();
    for (long seed = 1; seed <= 40; seed++) {
      Random r = new Random(seed);
      List<String> crashes = new ArrayList<>();
      for (Sample s : samples) {
        if (JsonChanges.WRITTEN_ONLY.contains(s.type())) {
          continue;
        }
        JsonValue mutated = mutate(CODECS.encode(s.value()), r);
        try {
          CODECS.decode(mutated, s.type());
        } catch (RuntimeException x) {
          if (x instanceof JsonInputException e) {
            if (!e.jsonPath().startsWith("$") || e.rule().isBlank()) {
              crashes.add(s + ": bad path or rule: " + e.getMessage());
            }
          } else {
            crashes.add(s + ": " + x + " on " + mutated.toJson());
          }
        }
      }
      assertThat(crashes).as("seed " + seed).isEmpty();
    }
  }

  private static final List<JsonValue> ODD = List.of(JsonNull.INSTANCE, JsonBoolean.TRUE, JsonNumber.of(-1), JsonNumber.of("1e400"),
      JsonNumber.of("0.5"), JsonString.of(""), JsonString.of("x"), JsonArray.empty(), JsonObject.empty(),
      JsonArray.of(List.of(JsonNull.INSTANCE)));

  static JsonValue mutate(JsonValue v, Random r) {
    if (v instanceof JsonObject o && o.size() > 0 && r.nextInt(3) > 0) {
      List<String> names = new ArrayList<>(o.members().keySet());
      String target = names.get(r.nextInt(names.size()));
      int how = r.nextInt(5);
      JsonObject.Builder b = JsonObject.builder();
      for (Map.Entry<String, JsonValue> e : o.members().entrySet()) {
        if (!e.getKey().equals(target)) {
          b.put(e.getKey(), e.getValue());
        } else if (how == 0) {
          continue; // removed
        } else if (how == 1) {
          b.put(e.getKey() + "X", e.getValue());
        } else if (how == 2) {
          b.put(e.getKey(), Generators.oneOf(r, ODD));
        } else {
          b.put(e.getKey(), mutate(e.getValue(), r));
        }
      }
      return b.build();
    }
    if (v instanceof JsonArray a && a.size() > 0 && r.nextInt(3) > 0) {
      List<JsonValue> l = new ArrayList<>(a.elements());
      int i = r.nextInt(l.size());
      l.set(i, r.nextBoolean() ? mutate(l.get(i), r) : Generators.oneOf(r, ODD));
      return JsonArray.of(l);
    }
    return r.nextInt(4) == 0 ? Generators.oneOf(r, ODD) : v;
  }
}
