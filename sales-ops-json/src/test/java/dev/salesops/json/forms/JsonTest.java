package dev.salesops.json.forms;

import dev.salesops.core.json.*;

import dev.salesops.json.testing.CodecMapper;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salesops.core.model.Account;
import dev.salesops.core.model.AccountId;
import dev.salesops.core.model.BantAssessment;
import dev.salesops.core.model.BantStatus;
import dev.salesops.core.model.Contact;
import dev.salesops.core.model.ContactId;
import dev.salesops.core.model.Industry;
import dev.salesops.core.model.Lead;
import dev.salesops.core.model.LeadId;
import dev.salesops.core.model.LeadSource;
import dev.salesops.core.model.LostReason;
import dev.salesops.core.model.Opportunity;
import dev.salesops.core.model.OpportunityId;
import dev.salesops.core.model.Probability;
import dev.salesops.core.model.ProductLine;
import dev.salesops.core.model.Region;
import dev.salesops.core.model.Role;
import dev.salesops.core.model.SalesChannel;
import dev.salesops.core.model.SalesRep;
import dev.salesops.core.model.Team;
import dev.salesops.core.model.TeamId;
import dev.salesops.core.model.UserId;
import dev.salesops.core.testing.Generators;
import dev.salesops.core.testing.Property;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class JsonTest {
  private static final CodecMapper MAPPER = CodecMapper.INSTANCE;

  private static Opportunity sample() {
    return Opportunity.builder().id(OpportunityId.of("OPP-1")).accountId(AccountId.of("ACME")).ownerId(UserId.of("rep-1"))
        .amount(Money.of(CurrencyUnit.USD, new BigDecimal("1234.50"))).expectedCloseDate(LocalDate.of(2024, 6, 30))
        .stage("PROPOSAL").createdAt(Instant.parse("2024-05-01T09:30:00Z")).productLine(ProductLine.PREMIUM)
        .channel(SalesChannel.DIRECT).leadSource(LeadSource.REFERRAL)
        .bant(BantAssessment.builder().budget(BantStatus.CONFIRMED).budgetAmount(Money.of(CurrencyUnit.EUR, new BigDecimal("900")))
            .authority(BantStatus.PARTIAL).decisionMaker(ContactId.of("c-9")).needStatement("Replace spreadsheets")
            .timeline(BantStatus.UNKNOWN).targetDate(LocalDate.of(2024, 9, 1)).build())
        .putAttributes("employees", "250").build();
  }

  @Test
  void opportunityHasStableCamelCaseNamesMoneyAsStringsAndIsoDates() throws Exception {
    assertThat(MAPPER.writeValueAsString(sample())).isEqualTo("{\"id\":\"OPP-1\",\"accountId\":\"ACME\",\"ownerId\":\"rep-1\","
        + "\"amount\":{\"amount\":\"1234.50\",\"currency\":\"USD\"},\"expectedCloseDate\":\"2024-06-30\",\"stage\":\"PROPOSAL\","
        + "\"createdAt\":\"2024-05-01T09:30:00Z\",\"productLine\":\"PREMIUM\",\"channel\":\"DIRECT\",\"leadSource\":\"REFERRAL\","
        + "\"bant\":{\"budget\":\"CONFIRMED\",\"budgetAmount\":{\"amount\":\"900.00\",\"currency\":\"EUR\"},\"authority\":\"PARTIAL\","
        + "\"decisionMaker\":\"c-9\",\"need\":\"UNKNOWN\",\"needStatement\":\"Replace spreadsheets\",\"timeline\":\"UNKNOWN\","
        + "\"targetDate\":\"2024-09-01\"},\"attributes\":{\"employees\":\"250\"}}");
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(sample()), Opportunity.class)).isEqualTo(sample());
    // absent optionals are omitted, defaults may be omitted on input
    Opportunity minimal = MAPPER.readValue("{\"id\":\"o\",\"ownerId\":\"u\",\"stage\":\"LEAD\",\"createdAt\":\"2024-01-01T00:00:00Z\"}",
        Opportunity.class);
    assertThat(minimal.bant()).isEqualTo(BantAssessment.unknown());
    assertThat(minimal.amount()).isEmpty();
    assertThat(MAPPER.writeValueAsString(minimal))
        .isEqualTo("{\"id\":\"o\",\"ownerId\":\"u\",\"stage\":\"LEAD\",\"createdAt\":\"2024-01-01T00:00:00Z\","
            + "\"bant\":{\"budget\":\"UNKNOWN\",\"authority\":\"UNKNOWN\",\"need\":\"UNKNOWN\",\"timeline\":\"UNKNOWN\"},\"attributes\":{}}");
    // explicit nulls for optional fields are read as absent
    assertThat(MAPPER.readValue("{\"id\":\"o\",\"ownerId\":\"u\",\"stage\":\"LEAD\",\"createdAt\":\"2024-01-01T00:00:00Z\",\"amount\":null}",
        Opportunity.class)).isEqualTo(minimal);
  }

  @Test
  void otherRecordsHaveStableNames() throws Exception {
    Account a = Account.builder().id(AccountId.of("ACME")).name("ACME").industry(Industry.RETAIL)
        .sizeBand(dev.salesops.core.model.SizeBand.LARGE).region(Region.EAST).segment("KEY").ownerId(UserId.of("u1"))
        .channel(SalesChannel.DISTRIBUTION).build();
    assertThat(MAPPER.writeValueAsString(a)).isEqualTo("{\"id\":\"ACME\",\"name\":\"ACME\",\"industry\":\"RETAIL\",\"sizeBand\":\"LARGE\","
        + "\"region\":\"EAST\",\"segment\":\"KEY\",\"ownerId\":\"u1\",\"channel\":\"DISTRIBUTION\"}");
    Contact c = Contact.builder().id(ContactId.of("c1")).accountId(AccountId.of("ACME")).name("Li Na").email("li@example.com")
        .phone("+86 10 1234").title("CFO").decisionMaker(true).build();
    assertThat(MAPPER.writeValueAsString(c)).isEqualTo("{\"id\":\"c1\",\"accountId\":\"ACME\",\"name\":\"Li Na\","
        + "\"email\":\"li@example.com\",\"phone\":\"+86 10 1234\",\"title\":\"CFO\",\"decisionMaker\":true}");
    Lead l = Lead.builder().id(LeadId.of("L1")).source(LeadSource.EVENTS).contactPoint("x@example.com").contactId(ContactId.of("c1"))
        .companyName("Co").ownerId(UserId.of("u1")).createdAt(Instant.parse("2024-01-02T03:04:05.678Z")).build();
    assertThat(MAPPER.writeValueAsString(l)).isEqualTo("{\"id\":\"L1\",\"source\":\"EVENTS\",\"contactPoint\":\"x@example.com\","
        + "\"contactId\":\"c1\",\"companyName\":\"Co\",\"ownerId\":\"u1\",\"createdAt\":\"2024-01-02T03:04:05.678Z\"}");
    SalesRep r = SalesRep.builder().id(UserId.of("u1")).name("Zhang Wei").teamId(TeamId.of("t1")).managerId(UserId.of("m1"))
        .region(Region.NORTH).addRoles(Role.REP, Role.MANAGER).build();
    assertThat(MAPPER.writeValueAsString(r)).isEqualTo("{\"id\":\"u1\",\"name\":\"Zhang Wei\",\"teamId\":\"t1\",\"managerId\":\"m1\","
        + "\"region\":\"NORTH\",\"roles\":[\"REP\",\"MANAGER\"]}");
    Team t = Team.builder().id(TeamId.of("t1")).name("North").region(Region.NORTH).managerId(UserId.of("m1")).build();
    assertThat(MAPPER.writeValueAsString(t)).isEqualTo("{\"id\":\"t1\",\"name\":\"North\",\"region\":\"NORTH\",\"managerId\":\"m1\"}");
    for (Object o : List.of(a, c, l, r, t)) {
      assertThat(MAPPER.readValue(MAPPER.writeValueAsString(o), o.getClass().getSuperclass())).isEqualTo(o);
    }
  }

  @Test
  void valuesRoundTripAsBareStringsAndNumbers() throws Exception {
    assertThat(MAPPER.writeValueAsString(OpportunityId.of("o-1"))).isEqualTo("\"o-1\"");
    assertThat(MAPPER.readValue("\"o-1\"", OpportunityId.class)).isEqualTo(OpportunityId.of("o-1"));
    assertThat(MAPPER.readValue("\"PRICE\"", LostReason.class)).isSameAs(LostReason.PRICE);
    assertThat(MAPPER.readValue("\"CONTRACT\"", LostReason.class)).isEqualTo(LostReason.of("CONTRACT"));
    assertThat(MAPPER.writeValueAsString(LostReason.of("CONTRACT"))).isEqualTo("\"CONTRACT\"");
    assertThat(MAPPER.writeValueAsString(Probability.parse("35%"))).isEqualTo("0.35");
    assertThat(MAPPER.readValue("0.35", Probability.class)).isEqualTo(Probability.parse("35%"));
    assertThat(MAPPER.readValue("\"35%\"", Probability.class)).isEqualTo(Probability.parse("35%"));
    assertThat(MAPPER.readValue("1", Probability.class)).isEqualTo(Probability.ONE);
    assertThat(MAPPER.writeValueAsString(Money.of(CurrencyUnit.JPY, new BigDecimal("1500"))))
        .isEqualTo("{\"amount\":\"1500\",\"currency\":\"JPY\"}");
    assertThat(MAPPER.readValue("{\"currency\":\"USD\",\"amount\":12.5}", Money.class))
        .isEqualTo(Money.of(CurrencyUnit.USD, new BigDecimal("12.50")));
    assertThat(MAPPER.readValue("\"EUR\"", CurrencyUnit.class)).isEqualTo(CurrencyUnit.EUR);
    assertThat(MAPPER.writeValueAsString(CurrencyUnit.EUR)).isEqualTo("\"EUR\"");
    Map<String, Object> typed = Map.of("ids", List.of(UserId.of("a"), UserId.of("b")));
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(typed.get("ids")), new TypeReference<List<UserId>>() {}))
        .containsExactly(UserId.of("a"), UserId.of("b"));
  }

  @Test
  void randomValidModelsRoundTrip() {
    List<Function<Random, ?>> generators = List.of(Generators::opportunity, Generators::account, Generators::contact,
        Generators::lead, Generators::salesRep, Generators::team, Generators::bant, Generators::probability,
        r -> Generators.money(r), Generators::region, Generators::industry, Generators::channel, Generators::leadSource,
        Generators::productLine, Generators::role, r -> LostReason.of(Generators.code(r)), r -> AccountId.of(Generators.idText(r)),
        r -> ContactId.of(Generators.idText(r)), r -> LeadId.of(Generators.idText(r)), r -> TeamId.of(Generators.idText(r)));
    Property.forAll(404L, 300, r -> {
      for (Function<Random, ?> g : generators) {
        Object value = g.apply(r);
        Class<?> type = publicType(value.getClass());
        String json = MAPPER.writeValueAsString(value);
        assertThat(MAPPER.readValue(json, type)).as(json).isEqualTo(value);
        assertThat(json).doesNotContain("Immutable");
      }
    });
  }

  private static Class<?> publicType(Class<?> c) {
    Class<?> t = c;
    while (!java.lang.reflect.Modifier.isPublic(t.getModifiers())) {
      t = t.getSuperclass();
    }
    return t == Money.class ? Money.class : t;
  }

  // ---- errors

  private static JsonInputException refused(String json, Class<?> type) {
    try {
      Object value = MAPPER.readValue(json, type);
      throw new AssertionError("accepted: " + value);
    } catch (JsonInputException e) {
      return e;
    } catch (RuntimeException e) {
      throw new AssertionError("not a JsonInputException: " + e, e);
    }
  }

  @Test
  void errorsNameTheJsonPathAndTheRule() {
    String ok = "{\"id\":\"o\",\"ownerId\":\"u\",\"stage\":\"LEAD\",\"createdAt\":\"2024-01-01T00:00:00Z\"";
    JsonInputException e = refused(ok + ",\"amount\":{\"amount\":\"12.345\",\"currency\":\"USD\"}}", Opportunity.class);
    assertThat(e).hasMessage("Invalid Money JSON at $.amount: amount must have at most 2 decimal places for USD: 12.345");
    assertThat(e.jsonPath()).isEqualTo("$.amount");
    assertThat(e.rule()).startsWith("amount must have at most 2 decimal places for USD");
    assertThat(e).isInstanceOf(dev.salesops.core.validation.ValidationException.class);

    assertThat(refused(ok + ",\"amount\":{\"amount\":\"1\",\"currency\":\"ABC\"}}", Opportunity.class).getMessage())
        .startsWith("Invalid Money JSON at $.amount: currency must be a known ISO-4217 currency code: \"ABC\"");
    assertThat(refused(ok + ",\"amount\":{\"amount\":\"1\"}}", Opportunity.class).rule())
        .isEqualTo("money needs both amount and currency; missing currency");
    assertThat(refused(ok + ",\"amount\":\"12.00 USD\"}", Opportunity.class).rule())
        .isEqualTo("money must be an object such as {\"amount\":\"1234.50\",\"currency\":\"USD\"}");
    assertThat(refused(ok + ",\"amount\":{\"amount\":\"1\",\"currency\":\"USD\",\"fx\":1}}", Opportunity.class).rule())
        .isEqualTo("money has only the members amount and currency, not \"fx\"");
    assertThat(refused(ok + ",\"amount\":{\"amount\":true,\"currency\":\"USD\"}}", Opportunity.class).rule())
        .isEqualTo("amount must be a decimal string such as \"1234.50\"");
    // further cases of the former Jackson mapper's exact messages, not the codecs' (whose refusals RefusalsTest pins)
  }

  @Test
  void everyWayOfReadingReportsTheSameException() throws Exception {
    String bad = "{\"id\":\"o\",\"ownerId\":\"u\",\"stage\":\"L\",\"createdAt\":\"2024-01-01T00:00:00Z\",\"amount\":{\"amount\":\"0.001\",\"currency\":\"EUR\"}}";
    String rule = "amount must have at most 2 decimal places for EUR: 0.001";
    assertThatThrownBy(() -> MAPPER.readValue(bad, Opportunity.class)).isInstanceOfSatisfying(JsonInputException.class,
        e -> assertThat(e.rule()).isEqualTo(rule));
    assertThatThrownBy(() -> MAPPER.readValue(bad.getBytes(java.nio.charset.StandardCharsets.UTF_8), Opportunity.class))
        .isInstanceOfSatisfying(JsonInputException.class, e -> assertThat(e.jsonPath()).isEqualTo("$.amount"));
    assertThatThrownBy(() -> MAPPER.readValue("{\"id\":\"a\",\"name\":\"n\"} garbage", Account.class))
        .isInstanceOfSatisfying(JsonInputException.class, e -> assertThat(e.getMessage()).doesNotContain("garbage"));
    assertThatThrownBy(() -> MAPPER.readValue("{\"id\":\"a\",\"name\":\"n\"} {}", Account.class)).isInstanceOf(JsonInputException.class);
  }

  @Test
  void personalDataInBadInputIsNotQuotedBack() {
    String json = "{\"id\":\"c\",\"name\":\"Secret Person\",\"email\":\"secret@@example.com\"}";
    JsonInputException e = refused(json, Contact.class);
    assertThat(e.getMessage()).isEqualTo("Invalid Contact JSON at $: contact.email must be an e-mail address of at most 254 characters");
    assertThat(e.getMessage()).doesNotContain("Secret", "secret");
  }

  @Test
  void absurdNumbersAndDeepNestingAreRefusedFastByTheConstraints() {
    assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
      String ok = "{\"id\":\"o\",\"ownerId\":\"u\",\"stage\":\"LEAD\",\"createdAt\":\"2024-01-01T00:00:00Z\"";
      assertThat(refused(ok + ",\"amount\":{\"amount\":1e-1000000,\"currency\":\"USD\"}}", Opportunity.class).rule())
          .startsWith("must have at most 100 significant digits and at most 100 decimal places or trailing zeros");
      assertThat(refused(ok + ",\"amount\":{\"amount\":\"1e-1000000\",\"currency\":\"USD\"}}", Opportunity.class).rule())
          .startsWith("amount must have at most 2 decimal places for USD");
      // further cases of the former Jackson mapper's exact messages, not the codecs' (whose refusals RefusalsTest pins)
    });
  }

  // ---- mutations of valid JSON never produce anything but JsonInputException

  private static final List<JsonNode> ODD_VALUES = List.of(
      JsonNodeFactory.instance.nullNode(), JsonNodeFactory.instance.booleanNode(true), JsonNodeFactory.instance.numberNode(7),
      JsonNodeFactory.instance.numberNode(new BigDecimal("1e-1000000")), JsonNodeFactory.instance.numberNode(new BigDecimal("1e400")),
      JsonNodeFactory.instance.numberNode(new BigDecimal("9".repeat(400))), JsonNodeFactory.instance.textNode(""),
      JsonNodeFactory.instance.textNode(" x"), JsonNodeFactory.instance.textNode("35%"), JsonNodeFactory.instance.textNode("XYZ"),
      JsonNodeFactory.instance.textNode("1e-1000000"), JsonNodeFactory.instance.textNode("x".repeat(3000)),
      JsonNodeFactory.instance.textNode("2024-02-30"), JsonNodeFactory.instance.textNode("+1000000000-01-01T00:00:00Z"),
      JsonNodeFactory.instance.textNode("a\u0000b"), JsonNodeFactory.instance.arrayNode(), JsonNodeFactory.instance.objectNode());

  @Test
  void randomMutationsOfValidJsonFailOnlyWithJsonInputException() {
    ObjectMapper plain = JsonMapper.builder().build();
    List<Function<Random, ?>> generators = List.of(Generators::opportunity, Generators::account, Generators::contact,
        Generators::lead, Generators::salesRep, Generators::team);
    Property.forAll(505L, 400, r -> {
      Object value = Generators.oneOf(r, generators).apply(r);
      Class<?> type = publicType(value.getClass());
      JsonNode tree = plain.readTree(MAPPER.writeValueAsString(value));
      int mutations = 1 + r.nextInt(3);
      for (int i = 0; i < mutations; i++) {
        mutate(tree, r);
      }
      String json = r.nextInt(10) == 0 ? deepen(plain.writeValueAsString(tree), r) : plain.writeValueAsString(tree);
      try {
        Object read = MAPPER.readValue(json, type);
        assertThat(read).isInstanceOf(type);
        assertThat(MAPPER.readValue(MAPPER.writeValueAsString(read), type)).isEqualTo(read);
      } catch (JsonInputException e) {
        assertThat(e.getMessage()).matches("(?s)Invalid \\w+ JSON at \\$.*");
        assertThat(e.getMessage()).doesNotContain("Immutable").doesNotContain("example.com");
        assertThat(e.getMessage().length()).isLessThan(600);
      }
    });
  }

  private static JsonNode odd(Random r) {
    return Generators.oneOf(r, ODD_VALUES).deepCopy();
  }

  private static String deepen(String json, Random r) {
    int depth = 50 + r.nextInt(100);
    return "{\"attributes\":{\"k\":" + "[".repeat(depth) + "]".repeat(depth) + "}," + json.substring(1);
  }

  private static void mutate(JsonNode root, Random r) {
    List<JsonNode> containers = new ArrayList<>();
    collect(root, containers);
    JsonNode target = Generators.oneOf(r, containers);
    if (target instanceof ObjectNode) {
      ObjectNode o = (ObjectNode) target;
      List<String> names = new ArrayList<>();
      for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
        names.add(it.next());
      }
      int op = r.nextInt(4);
      if (names.isEmpty() || op == 0) {
        o.set(r.nextBoolean() ? "extra" : "amount", odd(r));
      } else if (op == 1) {
        o.remove(Generators.oneOf(r, names));
      } else {
        o.set(Generators.oneOf(r, names), odd(r));
      }
    } else if (target instanceof ArrayNode) {
      ArrayNode a = (ArrayNode) target;
      if (a.isEmpty() || r.nextBoolean()) {
        a.add(odd(r));
      } else {
        a.set(r.nextInt(a.size()), odd(r));
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
