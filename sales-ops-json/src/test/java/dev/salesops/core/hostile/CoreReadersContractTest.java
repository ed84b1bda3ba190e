package dev.salesops.core.hostile;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.salesops.core.json.JsonInputException;
import dev.salesops.json.testing.CodecMapper;
import dev.salesops.core.lifecycle.LifecycleRules;
import dev.salesops.core.model.Account;
import dev.salesops.core.model.BantAssessment;
import dev.salesops.core.model.Contact;
import dev.salesops.core.model.Lead;
import dev.salesops.core.model.Opportunity;
import dev.salesops.core.testing.HostileJson;
import dev.salesops.core.testing.InputContract;
import dev.salesops.core.validation.ValidationException;
import dev.salesops.core.workflow.Snapshot;
import dev.salesops.core.workflow.StandardCriteria;
import dev.salesops.core.workflow.WorkflowDefinition;
import dev.salesops.core.workflow.WorkflowJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every reader of core, fed seeded structure-aware hostile variants of a valid document (huge and tiny
 * exponents, deep nesting, duplicate keys, wrong types, long strings, NUL and control characters, odd keys,
 * truncation): each read succeeds or fails with the documented input exception and a bounded message, and never
 * echoes the personal data planted in the input.
 */
class CoreReadersContractTest {
  private static final CodecMapper MAPPER = CodecMapper.INSTANCE;
  private static final List<Class<? extends Throwable>> MAPPER_EXCEPTIONS = List.of(JsonInputException.class);
  private static final List<Class<? extends Throwable>> LOADER_EXCEPTIONS = List.of(ValidationException.class);
  private static final Set<String> SECRETS = Set.of("JaneDoe", "jane.doe@example.com", "+44 20 7946 0958");
  private static final int VARIANTS = Integer.getInteger("salesops.hostile.variants", 150);

  static final String OPPORTUNITY = "{\"id\":\"OPP-1\",\"accountId\":\"ACME\",\"ownerId\":\"rep-1\","
      + "\"amount\":{\"amount\":\"1234.50\",\"currency\":\"USD\"},\"expectedCloseDate\":\"2024-06-30\",\"stage\":\"PROPOSAL\","
      + "\"createdAt\":\"2024-05-01T09:30:00Z\",\"bant\":{\"budget\":\"CONFIRMED\",\"need\":\"PARTIAL\"},\"attributes\":{\"region\":\"EAST\"}}";
  static final String CONTACT = "{\"id\":\"c1\",\"accountId\":\"ACME\",\"name\":\"JaneDoe\",\"email\":\"jane.doe@example.com\","
      + "\"phone\":\"+44 20 7946 0958\",\"decisionMaker\":true}";
  static final String ACCOUNT = "{\"id\":\"ACME\",\"name\":\"Acme Ltd\",\"industry\":\"RETAIL\",\"region\":\"EAST\"}";
  static final String LEAD = "{\"id\":\"L1\",\"source\":\"EVENTS\",\"contactPoint\":\"jane.doe@example.com\",\"createdAt\":\"2024-01-01T00:00:00Z\"}";

  private static String resource(String path) throws IOException {
    try (InputStream in = CoreReadersContractTest.class.getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void mapperReadsOfRecordsKeepTheContract() {
    check(OPPORTUNITY, 11, json -> MAPPER.readValue(json, Opportunity.class), MAPPER_EXCEPTIONS);
    check(CONTACT, 12, json -> MAPPER.readValue(json, Contact.class), MAPPER_EXCEPTIONS);
    check(ACCOUNT, 13, json -> MAPPER.readValue(json, Account.class), MAPPER_EXCEPTIONS);
    check(LEAD, 14, json -> MAPPER.readValue(json, Lead.class), MAPPER_EXCEPTIONS);
    check("{\"budget\":\"CONFIRMED\",\"need\":\"PARTIAL\",\"needStatement\":\"JaneDoe needs it\"}", 15,
        json -> MAPPER.readValue(json, BantAssessment.class), MAPPER_EXCEPTIONS);
  }

  @Test
  void workflowReadersKeepTheContract() throws IOException {
    String pipeline = resource("/dev/salesops/core/pipeline/sales-pipeline.json");
    check(pipeline, 21, WorkflowJson::readDefinition, LOADER_EXCEPTIONS);
    check(pipeline, 22, json -> WorkflowJson.load(json, StandardCriteria.registry()), LOADER_EXCEPTIONS);
    check(pipeline, 23, json -> MAPPER.readValue(json, WorkflowDefinition.class), MAPPER_EXCEPTIONS);
    String snapshot = "{\"definitionId\":\"sales-pipeline\",\"definitionVersion\":1,\"history\":["
        + "{\"to\":\"LEAD_CAPTURE\",\"at\":\"2026-01-05T09:00:00Z\",\"actor\":\"rep-1\",\"command\":\"start\"},"
        + "{\"from\":\"LEAD_CAPTURE\",\"to\":\"QUALIFICATION\",\"at\":\"2026-01-06T09:00:00Z\",\"actor\":\"rep-1\",\"command\":\"advance\","
        + "\"reason\":\"JaneDoe called\"}]}";
    check(snapshot, 24, WorkflowJson::readSnapshot, LOADER_EXCEPTIONS);
    check(snapshot, 25, json -> MAPPER.readValue(json, Snapshot.class), MAPPER_EXCEPTIONS);
  }

  @Test
  void lifecycleRulesKeepTheContract() throws IOException {
    String rules = resource("/dev/salesops/core/lifecycle/lifecycle.json");
    check(rules, 31, json -> MAPPER.readValue(json, LifecycleRules.class), MAPPER_EXCEPTIONS);
  }

  interface Reader {
    Object read(String json) throws Exception;
  }

  private static void check(String valid, long seed, Reader reader, List<Class<? extends Throwable>> documented) {
    // the valid document itself is read
    InputContract.check(() -> reader.read(valid), documented, Set.of());
    List<String> variants = HostileJson.variants(valid, seed, VARIANTS);
    for (int i = 0; i < variants.size(); i++) {
      String json = variants.get(i);
      try {
        InputContract.check(() -> reader.read(json), documented, SECRETS);
      } catch (AssertionError e) {
        String shown = json.length() > 300 ? json.substring(0, 300) + "..." : json;
        throw new AssertionError("seed " + seed + ", variant " + i + ": " + e.getMessage() + "\ninput: " + shown, e);
      }
    }
  }
}
