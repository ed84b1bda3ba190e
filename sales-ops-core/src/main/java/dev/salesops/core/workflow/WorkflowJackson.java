package dev.salesops.core.workflow;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salesops.core.json.JsonArray;
import dev.salesops.core.json.JsonBoolean;
import dev.salesops.core.json.JsonNull;
import dev.salesops.core.json.JsonNumber;
import dev.salesops.core.json.JsonObject;
import dev.salesops.core.json.JsonString;
import dev.salesops.core.json.JsonValue;
import dev.salesops.core.validation.Problems;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;

/**
 * The Jackson hooks of the workflow types' annotations ({@code @JsonSerialize}/{@code @JsonDeserialize} on
 * {@link WorkflowDefinition}, {@link Snapshot} and {@link CriterionSpec}): they convert between Jackson's tree and
 * the library's own {@link JsonValue} and leave the JSON form to {@link WorkflowJson}, which needs no JSON library.
 * The only class of the package that refers to Jackson; it goes with the annotations when the JSON modules take
 * over. Not API.
 */
final class WorkflowJackson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private WorkflowJackson() {}

  /** Jackson's tree as a {@link JsonValue} (numbers as Jackson read them: a decimal by its {@link BigDecimal#toString()}). */
  static JsonValue fromJackson(JsonNode n) {
    if (n == null || n.isNull() || n.isMissingNode()) {
      return JsonNull.INSTANCE;
    }
    if (n.isObject()) {
      JsonObject.Builder b = JsonObject.builder();
      for (Map.Entry<String, JsonNode> e : n.properties()) {
        b.put(e.getKey(), fromJackson(e.getValue()));
      }
      return b.build();
    }
    if (n.isArray()) {
      JsonArray.Builder b = JsonArray.builder();
      for (JsonNode e : n) {
        b.add(fromJackson(e));
      }
      return b.build();
    }
    if (n.isTextual()) {
      return JsonString.of(n.textValue());
    }
    if (n.isBoolean()) {
      return JsonBoolean.of(n.booleanValue());
    }
    if (n.isIntegralNumber()) {
      return JsonNumber.of(n.bigIntegerValue().toString());
    }
    if (n.isBigDecimal()) {
      return JsonNumber.of(n.decimalValue());
    }
    if (n.isNumber()) {
      return JsonNumber.of(n.doubleValue());
    }
    // binary, POJO: not JSON text
    return JsonString.of(n.asText());
  }

  /** A {@link JsonValue} as Jackson's tree (a decimal as a {@link DecimalNode} of its literal, as written). */
  static JsonNode toJackson(JsonValue v) {
    if (v instanceof JsonObject o) {
      ObjectNode n = NODES.objectNode();
      o.members().forEach((k, e) -> n.set(k, toJackson(e)));
      return n;
    }
    if (v instanceof JsonArray a) {
      ArrayNode n = NODES.arrayNode();
      a.elements().forEach(e -> n.add(toJackson(e)));
      return n;
    }
    if (v instanceof JsonString s) {
      return NODES.textNode(s.value());
    }
    if (v instanceof JsonNumber num) {
      if (num.isIntegral()) {
        BigInteger i = new BigInteger(num.text());
        return i.bitLength() < 32 ? NODES.numberNode(i.intValue()) : i.bitLength() < 64 ? NODES.numberNode(i.longValue())
            : NODES.numberNode(i);
      }
      return DecimalNode.valueOf(num.decimal());
    }
    if (v instanceof JsonBoolean b) {
      return NODES.booleanNode(b.value());
    }
    return NODES.nullNode();
  }

  /** Writes a {@link WorkflowDefinition}. */
  static final class DefinitionSerializer extends JsonSerializer<WorkflowDefinition> {
    @Override
    public void serialize(WorkflowDefinition value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
      gen.writeTree(toJackson(WorkflowJson.toTree(value)));
    }
  }

  /** Reads a {@link WorkflowDefinition}, reporting every problem as a {@link dev.salesops.core.validation.ValidationException}. */
  static final class DefinitionDeserializer extends JsonDeserializer<WorkflowDefinition> {
    @Override
    public WorkflowDefinition deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return WorkflowJson.definition(fromJackson(ctxt.readTree(p)));
    }
  }

  /** Writes a {@link Snapshot}. */
  static final class SnapshotSerializer extends JsonSerializer<Snapshot> {
    @Override
    public void serialize(Snapshot value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
      gen.writeTree(toJackson(WorkflowJson.toTree(value)));
    }
  }

  /** Reads a {@link Snapshot}. */
  static final class SnapshotDeserializer extends JsonDeserializer<Snapshot> {
    @Override
    public Snapshot deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return WorkflowJson.snapshot(fromJackson(ctxt.readTree(p)));
    }
  }

  /** Writes a {@link CriterionSpec}. */
  static final class CriterionSpecSerializer extends JsonSerializer<CriterionSpec> {
    @Override
    public void serialize(CriterionSpec value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
      gen.writeTree(toJackson(WorkflowJson.toTree(value)));
    }
  }

  /** Reads a {@link CriterionSpec}. */
  static final class CriterionSpecDeserializer extends JsonDeserializer<CriterionSpec> {
    @Override
    public CriterionSpec deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      Problems problems = new Problems();
      CriterionSpec spec = WorkflowJson.criterion(fromJackson(ctxt.readTree(p)), "$", problems);
      problems.throwIfAny();
      return spec;
    }
  }
}
