package dev.salesops.examples.boot4;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Boot 4 host on a random port, called over HTTP as a CRM front end would: the advance / refuse / KPI round
 * trip, the snapshot persisted as JSON text and read back, and hostile JSON refused with a 400 problem detail. The
 * host has no glue code: everything the library needs comes from the starter.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class Boot4HostTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Value("${local.server.port}")
  int port;

  /** The application's own mapper: Boot's Jackson 3 {@code JsonMapper} with what the starter adds. */
  @Autowired
  JsonMapper appMapper;

  RestClient http;

  @BeforeEach
  void client() {
    http = RestClient.builder().baseUrl("http://localhost:" + port)
        .defaultStatusHandler(status -> true, (request, response) -> { })
        .build();
  }

  record Answer(int status, JsonNode body, String text) {}

  Answer call(HttpMethod method, String uri, String body, String language) {
    RestClient.RequestBodySpec spec = http.method(method).uri(uri).accept(MediaType.APPLICATION_JSON,
        MediaType.APPLICATION_PROBLEM_JSON);
    if (language != null) {
      spec.header(HttpHeaders.ACCEPT_LANGUAGE, language);
    }
    if (body != null) {
      spec.contentType(MediaType.APPLICATION_JSON).body(body);
    }
    return spec.exchange((request, response) -> {
      String text = new String(response.getBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      return new Answer(response.getStatusCode().value(), text.isEmpty() ? null : parse(text), text);
    });
  }

  static JsonNode parse(String text) {
    try {
      return JSON.readTree(text);
    } catch (tools.jackson.core.JacksonException e) {
      throw new AssertionError("not JSON: " + text, e);
    }
  }

  static String deal(String id, String amount) {
    return "{\"id\":\"" + id + "\",\"ownerId\":\"rep-7\",\"amount\":{\"amount\":\"" + amount
        + "\",\"currency\":\"EUR\"},\"createdAt\":\"2026-03-02T09:00:00Z\"}";
  }

  static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asString()));
    return out;
  }

  @Test
  void advanceRefuseWithReasonsThenAdvanceAndPersistTheSnapshot() {
    Answer created = call(HttpMethod.POST, "/deals", deal("opp-1", "48000.00"), null);
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    // money as {"amount","currency"}, the stage from the snapshot
    assertThat(created.body().at("/deal/amount").toString()).isEqualTo("{\"amount\":\"48000.00\",\"currency\":\"EUR\"}");
    assertThat(created.body().at("/stage").asString()).isEqualTo("LEAD_CAPTURE");

    Answer first = call(HttpMethod.POST, "/deals/opp-1/advance", null, null);
    assertThat(first.status()).as(first.text()).isEqualTo(200);
    assertThat(first.body().at("/stage").asString()).isEqualTo("QUALIFICATION");

    // no BANT facts yet: the policy of application.properties refuses, with its reasons, in English and Chinese
    Answer refused = call(HttpMethod.POST, "/deals/opp-1/advance", null, null);
    assertThat(refused.status()).as(refused.text()).isEqualTo(409);
    assertThat(refused.body().at("/stage").asString()).isEqualTo("QUALIFICATION");
    assertThat(texts(refused.body().at("/codes"))).contains("bant.not.met");
    // one reason per mandatory criterion of the host's policy (Timeline is not mandatory there)
    assertThat(texts(refused.body().at("/reasons"))).hasSize(3)
        .anySatisfy(r -> assertThat(r).startsWith("BANT not met: Budget"))
        .anySatisfy(r -> assertThat(r).startsWith("BANT not met: Authority"))
        .anySatisfy(r -> assertThat(r).startsWith("BANT not met: Need"))
        .noneSatisfy(r -> assertThat(r).contains("Timeline"));
    Answer chinese = call(HttpMethod.POST, "/deals/opp-1/advance", null, "zh-CN");
    assertThat(chinese.status()).isEqualTo(409);
    assertThat(texts(chinese.body().at("/reasons"))).anySatisfy(r -> assertThat(r).startsWith("BANT 不满足"));

    // a budget under 80 % of the deal is still refused; a sufficient one passes
    String bant = "{\"budget\":\"CONFIRMED\",\"budgetAmount\":{\"amount\":\"%s\",\"currency\":\"EUR\"},"
        + "\"authority\":\"CONFIRMED\",\"decisionMaker\":\"c-17\",\"need\":\"CONFIRMED\","
        + "\"needStatement\":\"replace three regional CRMs by one\"}";
    assertThat(call(HttpMethod.PUT, "/deals/opp-1/bant", bant.formatted("30000.00"), null).status()).isEqualTo(200);
    Answer tooSmall = call(HttpMethod.POST, "/deals/opp-1/advance", null, null);
    assertThat(tooSmall.status()).isEqualTo(409);
    assertThat(texts(tooSmall.body().at("/reasons"))).anySatisfy(r -> assertThat(r).contains("Budget"));
    assertThat(call(HttpMethod.PUT, "/deals/opp-1/bant", bant.formatted("40000.00"), null).status()).isEqualTo(200);
    Answer advanced = call(HttpMethod.POST, "/deals/opp-1/advance", null, null);
    assertThat(advanced.status()).as(advanced.text()).isEqualTo(200);
    assertThat(advanced.body().at("/stage").asString()).isEqualTo("DISCOVERY");

    // the stored snapshot (JSON text in the store) read back: three moves after the start, in order
    Answer stored = call(HttpMethod.GET, "/deals/opp-1", null, null);
    JsonNode moves = stored.body().at("/moves");
    assertThat(moves.size()).as(stored.text()).isEqualTo(3);
    assertThat(moves.get(2).at("/from").asString()).isEqualTo("QUALIFICATION");
    assertThat(moves.get(2).at("/to").asString()).isEqualTo("DISCOVERY");
    assertThat(moves.get(2).at("/by").asString()).isEqualTo("rep-1");
  }

  @Test
  void snapshotsAndKpiReportsGoThroughTheApplicationsJackson3Mapper() {
    // no Jackson 2 on this host's class path at all (the domain modules have no JSON library)
    assertThat(getClass().getClassLoader().getResource("com/fasterxml/jackson/databind/ObjectMapper.class")).isNull();
    dev.salesops.core.workflow.Workflow pipeline = dev.salesops.core.pipeline.SalesPipeline.workflow();
    dev.salesops.core.workflow.Actor rep = dev.salesops.core.workflow.Actor.of(dev.salesops.core.model.UserId.of("rep-7"),
        dev.salesops.core.model.Role.REP);
    java.time.Instant t0 = java.time.Instant.parse("2026-03-02T09:00:00Z");
    dev.salesops.core.workflow.Snapshot start = pipeline.start(t0, rep);
    dev.salesops.core.workflow.Snapshot moved = ((dev.salesops.core.workflow.Evaluation.Accepted) pipeline.evaluate(start,
        dev.salesops.core.workflow.Command.advance(), t0.plusSeconds(60), rep)).snapshot();
    String json = appMapper.writeValueAsString(moved);
    assertThat(json).isEqualTo(dev.salesops.json.SalesOpsCodecs.standard().write(moved)); // the codecs' bytes
    assertThat(appMapper.readValue(json, dev.salesops.core.workflow.Snapshot.class)).isEqualTo(moved);
    assertThat(appMapper.readValue(dev.salesops.core.workflow.WorkflowJson.write(moved), dev.salesops.core.workflow.Snapshot.class))
        .as("the text WorkflowJson stores reads back through the app's mapper too").isEqualTo(moved);

    dev.salesops.metrics.kpi.KpiReport report = dev.salesops.metrics.kpi.KpiReport.of(List.of(dev.salesops.metrics.kpi.DealRecord.builder()
        .id("d-1").owner("rep-7").createdAt(t0, java.time.ZoneOffset.UTC).outcome(dev.salesops.core.model.Outcome.OPEN).stage("QUALIFICATION")
        .amount(org.joda.money.Money.parse("EUR 12500.00")).build()), dev.salesops.metrics.kpi.KpiOptions.builder().build());
    JsonNode written = parse(appMapper.writeValueAsString(report));
    assertThat(written.at("/currencies/EUR/openPipeline").toString()).isEqualTo("{\"amount\":\"12500.00\",\"currency\":\"EUR\"}");
    assertThat(written.at("/winRate").has("numerator")).isTrue();
  }

  @Test
  void kpiReportHasMoneyAndRatiosWithTheirParts() {
    assertThat(call(HttpMethod.POST, "/deals", deal("opp-k1", "12500.00"), null).status()).isEqualTo(201);
    assertThat(call(HttpMethod.POST, "/deals", deal("opp-k2", "7000.00"), null).status()).isEqualTo(201);
    Answer lost = call(HttpMethod.POST, "/deals/opp-k2/lose?reason=NO_BUDGET", null, null);
    assertThat(lost.status()).as(lost.text()).isEqualTo(200);
    assertThat(lost.body().at("/stage").asString()).isEqualTo("CLOSED_LOST");

    Answer kpis = call(HttpMethod.GET, "/kpis", null, null);
    assertThat(kpis.status()).as(kpis.text()).isEqualTo(200);
    JsonNode winRate = kpis.body().at("/winRate");
    assertThat(winRate.at("/numerator").asLong()).as(kpis.text()).isZero();
    assertThat(winRate.at("/denominator").asLong()).isGreaterThanOrEqualTo(1);
    assertThat(winRate.has("value")).isTrue();
    JsonNode pipeline = kpis.body().at("/currencies/EUR/openPipeline");
    assertThat(pipeline.at("/currency").asString()).as(kpis.text()).isEqualTo("EUR");
    assertThat(pipeline.at("/amount").isString()).isTrue();
  }

  @Test
  void hostileJsonIsRefusedWith400ProblemDetailsNamingThePathNeverTheData() {
    // an amount with more decimals than the currency has
    Answer cents = call(HttpMethod.POST, "/deals", deal("opp-h1", "12.345"), null);
    assertThat(cents.status()).as(cents.text()).isEqualTo(400);
    assertThat(cents.body().at("/path").asString()).as(cents.text()).isEqualTo("$.amount");
    assertThat(cents.body().at("/code").asString()).isNotBlank();
    assertThat(cents.body().at("/type").asString()).isEqualTo("urn:sales-ops:problem:invalid-input");

    // a duplicate key (a second "id" cannot slip past the checks of the first)
    Answer dup = call(HttpMethod.POST, "/deals", "{\"id\":\"opp-h2\",\"id\":\"opp-h3\",\"ownerId\":\"rep-7\"}", null);
    assertThat(dup.status()).as(dup.text()).isEqualTo(400);
    assertThat(dup.body().at("/rule").asString()).as(dup.text()).containsIgnoringCase("duplicate");

    // a string past the bound (65,536 characters)
    Answer deep = call(HttpMethod.POST, "/deals", "{\"id\":\"" + "a".repeat(70_000) + "\"}", null);
    assertThat(deep.status()).as(deep.text()).isEqualTo(400);
    assertThat(deep.body().at("/path").asString()).as(deep.text()).startsWith("$");
    assertThat(deep.text()).doesNotContain("a".repeat(100));

    // personal data in the input is never echoed
    Answer unknown = call(HttpMethod.POST, "/deals", "{\"id\":\"opp-h4\",\"email\":\"jane.doe@example.com\"}", null);
    assertThat(unknown.status()).as(unknown.text()).isEqualTo(400);
    assertThat(unknown.body().at("/path").asString()).as(unknown.text()).isEqualTo("$.email");
    assertThat(unknown.text()).doesNotContain("jane.doe");
    Answer token = call(HttpMethod.POST, "/deals", "{\"id\": JaneDoe}", null);
    assertThat(token.status()).as(token.text()).isEqualTo(400);
    assertThat(token.body().at("/code").asString()).as(token.text()).startsWith("json.");
    assertThat(token.text()).doesNotContain("JaneDoe");

    // a validation failure in the host's own construction of a library value
    assertThat(call(HttpMethod.POST, "/deals", deal("opp-h5", "10.00"), null).status()).isEqualTo(201);
    Answer reason = call(HttpMethod.POST, "/deals/opp-h5/lose?reason=" + "x".repeat(300), null, null);
    assertThat(reason.status()).as(reason.text()).isEqualTo(400);
    assertThat(reason.body().at("/problems/0/path").asString()).isNotBlank();
    assertThat(reason.text()).doesNotContain("x".repeat(50));
  }
}
