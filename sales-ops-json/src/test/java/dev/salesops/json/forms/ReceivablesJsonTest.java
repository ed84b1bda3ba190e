package dev.salesops.json.forms;

import dev.salesops.core.json.*;

import dev.salesops.json.testing.CodecMapper;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salesops.core.collection.PaymentAllocation;
import dev.salesops.core.collection.CreditNote;
import dev.salesops.core.collection.CreditNoteId;
import dev.salesops.core.collection.Dispute;
import dev.salesops.core.collection.FollowUpAgenda;
import dev.salesops.core.collection.FollowUpLadder;
import dev.salesops.core.collection.FollowUpStep;
import dev.salesops.core.collection.FollowUps;
import dev.salesops.core.collection.Invoice;
import dev.salesops.core.collection.InvoiceId;
import dev.salesops.core.collection.Ledger;
import dev.salesops.core.collection.Payment;
import dev.salesops.core.collection.PaymentId;
import dev.salesops.core.collection.PaymentRecord;
import dev.salesops.core.collection.PromiseToPay;
import dev.salesops.core.collection.Responsible;
import dev.salesops.core.collection.StepDone;
import dev.salesops.core.collection.WriteOff;
import dev.salesops.core.contract.Contract;
import dev.salesops.core.contract.ContractId;
import dev.salesops.core.contract.ContractReview;
import dev.salesops.core.contract.MilestoneKind;
import dev.salesops.core.contract.MilestoneTerm;
import dev.salesops.core.contract.PaymentMilestone;
import dev.salesops.core.contract.ReviewFinding;
import dev.salesops.core.contract.ScopeLine;
import dev.salesops.core.model.AccountId;
import dev.salesops.core.model.OpportunityId;
import dev.salesops.core.model.TeamId;
import dev.salesops.core.model.UserId;
import dev.salesops.core.testing.Generators;
import dev.salesops.core.testing.Property;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** JSON of the contract and collection values: stable names, round trips, and refusals naming the path. */
class ReceivablesJsonTest {
  private static final CodecMapper MAPPER = CodecMapper.INSTANCE;
  private static final LocalDate SIGNED = LocalDate.of(2026, 1, 5);

  private static Money usd(String amount) {
    return Money.of(CurrencyUnit.USD, new BigDecimal(amount));
  }

  private static Contract sample() {
    return Contract.builder().id(ContractId.of("C-1")).opportunityId(OpportunityId.of("OPP-1")).accountId(AccountId.of("ACME"))
        .ownerId(UserId.of("rep-1")).total(usd("10000.01")).signedOn(SIGNED)
        .addScope(ScopeLine.of("licence", new BigDecimal("3"), usd("3000.00")))
        .confidentialityClause("5 years")
        .addMilestones(MilestoneTerm.ofAmount("deposit", MilestoneKind.DEPOSIT_ON_SIGNING, SIGNED, 10, usd("1000.00")),
            MilestoneTerm.ofPercent("rest", MilestoneKind.ON_DELIVERY, LocalDate.of(2026, 2, 15), 30, new BigDecimal("100")))
        .build();
  }

  @Test
  void contractHasStableCamelCaseNames() throws Exception {
    String json = MAPPER.writeValueAsString(sample());
    assertThat(json).isEqualTo("{\"id\":\"C-1\",\"opportunityId\":\"OPP-1\",\"accountId\":\"ACME\",\"ownerId\":\"rep-1\","
        + "\"total\":{\"amount\":\"10000.01\",\"currency\":\"USD\"},\"signedOn\":\"2026-01-05\","
        + "\"scope\":[{\"product\":\"licence\",\"quantity\":3,\"unitPrice\":{\"amount\":\"3000.00\",\"currency\":\"USD\"}}],"
        + "\"confidentialityClause\":\"5 years\",\"milestones\":["
        + "{\"id\":\"deposit\",\"kind\":\"DEPOSIT_ON_SIGNING\",\"plannedDate\":\"2026-01-05\",\"netDays\":10,"
        + "\"amount\":{\"amount\":\"1000.00\",\"currency\":\"USD\"}},"
        + "{\"id\":\"rest\",\"kind\":\"ON_DELIVERY\",\"plannedDate\":\"2026-02-15\",\"netDays\":30,\"percent\":100}]}");
    Contract read = MAPPER.readValue(json, Contract.class);
    assertThat(read).isEqualTo(sample());
    assertThat(read.paymentSchedule()).isEqualTo(sample().paymentSchedule());
    // lists and optional clauses may be omitted
    Contract minimal = MAPPER.readValue("{\"id\":\"C-2\",\"accountId\":\"A\",\"ownerId\":\"u\","
        + "\"total\":{\"amount\":\"5\",\"currency\":\"EUR\"},\"signedOn\":\"2026-01-01\"}", Contract.class);
    assertThat(minimal.scope()).isEmpty();
    assertThat(minimal.milestones()).isEmpty();
    assertThat(minimal.deliveryTerms()).isEmpty();
  }

  @Test
  void collectionRecordsHaveStableNames() throws Exception {
    Invoice invoice = Invoice.forMilestone(InvoiceId.of("INV-1"), sample(), "deposit", LocalDate.of(2026, 1, 6));
    assertThat(MAPPER.writeValueAsString(invoice)).isEqualTo("{\"id\":\"INV-1\",\"accountId\":\"ACME\",\"ownerId\":\"rep-1\","
        + "\"contractId\":\"C-1\",\"milestoneId\":\"deposit\",\"amount\":{\"amount\":\"1000.00\",\"currency\":\"USD\"},"
        + "\"issuedOn\":\"2026-01-06\",\"dueOn\":\"2026-01-16\"}");
    Payment payment = Payment.allocated(PaymentId.of("P-1"), AccountId.of("ACME"), usd("50"), LocalDate.of(2026, 2, 1),
        List.of(PaymentAllocation.of(InvoiceId.of("INV-1"), usd("50"))));
    assertThat(MAPPER.writeValueAsString(payment)).isEqualTo("{\"id\":\"P-1\",\"accountId\":\"ACME\","
        + "\"amount\":{\"amount\":\"50.00\",\"currency\":\"USD\"},\"receivedOn\":\"2026-02-01\","
        + "\"allocations\":[{\"invoiceId\":\"INV-1\",\"amount\":{\"amount\":\"50.00\",\"currency\":\"USD\"}}]}");
    // allocations may be omitted (oldest-due-first)
    assertThat(MAPPER.readValue("{\"id\":\"P-1\",\"accountId\":\"ACME\",\"amount\":{\"amount\":\"50\",\"currency\":\"USD\"},"
        + "\"receivedOn\":\"2026-02-01\"}", Payment.class))
        .isEqualTo(Payment.of(PaymentId.of("P-1"), AccountId.of("ACME"), usd("50"), LocalDate.of(2026, 2, 1)));
    Dispute dispute = new Dispute(InvoiceId.of("INV-1"), LocalDate.of(2026, 2, 1), null, "wrong quantity");
    assertThat(MAPPER.writeValueAsString(dispute))
        .isEqualTo("{\"invoiceId\":\"INV-1\",\"openedOn\":\"2026-02-01\",\"reason\":\"wrong quantity\"}");
    assertThat(MAPPER.writeValueAsString(new StepDone(InvoiceId.of("INV-1"), "call", LocalDate.of(2026, 2, 3))))
        .isEqualTo("{\"invoiceId\":\"INV-1\",\"stepId\":\"call\",\"doneOn\":\"2026-02-03\"}");
    assertThat(MAPPER.writeValueAsString(new PromiseToPay(InvoiceId.of("INV-1"), LocalDate.of(2026, 2, 3), LocalDate.of(2026, 2, 9))))
        .isEqualTo("{\"invoiceId\":\"INV-1\",\"madeOn\":\"2026-02-03\",\"promisedFor\":\"2026-02-09\"}");
    assertThat(MAPPER.writeValueAsString(new WriteOff(InvoiceId.of("INV-1"), usd("1"), LocalDate.of(2026, 9, 1), "bankrupt")))
        .isEqualTo("{\"invoiceId\":\"INV-1\",\"amount\":{\"amount\":\"1.00\",\"currency\":\"USD\"},\"writtenOffOn\":\"2026-09-01\","
            + "\"reason\":\"bankrupt\"}");
    assertThat(MAPPER.writeValueAsString(new CreditNote(CreditNoteId.of("CN-1"), InvoiceId.of("INV-1"), usd("2"), LocalDate.of(2026, 3, 1), "return")))
        .isEqualTo("{\"id\":\"CN-1\",\"invoiceId\":\"INV-1\",\"amount\":{\"amount\":\"2.00\",\"currency\":\"USD\"},"
            + "\"issuedOn\":\"2026-03-01\",\"reason\":\"return\"}");
  }

  @Test
  void theLadderJsonIsItsPlainData() throws Exception {
    FollowUpLadder ladder = FollowUpLadder.of(List.of(FollowUpStep.of("call", 7, 29, "call", Responsible.OWNER),
        FollowUpStep.of("reminder", -3, "reminder", Responsible.SYSTEM)));
    String json = MAPPER.writeValueAsString(ladder);
    assertThat(json).isEqualTo("[{\"id\":\"reminder\",\"fromDay\":-3,\"action\":\"reminder\",\"responsible\":\"SYSTEM\"},"
        + "{\"id\":\"call\",\"fromDay\":7,\"toDay\":29,\"action\":\"call\",\"responsible\":\"OWNER\"}]");
    assertThat(json).isEqualTo(MAPPER.writeValueAsString(ladder.toData()));
    assertThat(MAPPER.readValue(json, FollowUpLadder.class)).isEqualTo(ladder);
    assertThat(FollowUpLadder.fromData(MAPPER.readValue(json, new TypeReference<List<Map<String, Object>>>() {}))).isEqualTo(ladder);
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(FollowUpLadder.standard()), FollowUpLadder.class))
        .isEqualTo(FollowUpLadder.standard());
  }

  // ---- random values

  static Money positive(Random r, CurrencyUnit c) {
    Money m = Generators.money(r, c);
    return m.isPositive() ? m : Money.ofMinor(c, 1 + r.nextInt(1000));
  }

  /** Splits {@code total} (at least {@code n}) into {@code n} positive parts. */
  static long[] parts(Random r, long total, int n) {
    long[] out = new long[n];
    long left = total;
    for (int i = 0; i < n - 1; i++) {
      long room = left - (n - 1 - i);
      out[i] = 1 + (room <= 1 ? 0 : Math.floorMod(r.nextLong(), room));
      left -= out[i];
    }
    out[n - 1] = left;
    return out;
  }

  static Contract contract(Random r) {
    CurrencyUnit c = Generators.oneOf(r, Generators.CURRENCIES);
    Money total = positive(r, c);
    LocalDate signed = LocalDate.of(2000, 1, 1).plusDays(r.nextInt(15000));
    Contract.Builder b = Contract.builder().id(ContractId.of(Generators.idText(r))).accountId(AccountId.of(Generators.idText(r)))
        .ownerId(UserId.of(Generators.idText(r))).total(total).signedOn(signed);
    if (r.nextBoolean()) {
      b.opportunityId(OpportunityId.of(Generators.idText(r)));
    }
    if (r.nextBoolean()) {
      b.teamId(TeamId.of(Generators.idText(r)));
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      b.addScope(ScopeLine.of(Generators.text(r, 200), BigDecimal.valueOf(1 + r.nextInt(100_000), r.nextInt(4)), Generators.money(r, c)));
    }
    if (r.nextBoolean()) {
      b.deliveryTerms(Generators.text(r, 4000));
    }
    if (r.nextBoolean()) {
      b.acceptanceCriteria(Generators.text(r, 4000));
    }
    if (r.nextBoolean()) {
      b.liabilityClause(Generators.text(r, 4000));
    }
    if (r.nextBoolean()) {
      b.disputeResolution(Generators.text(r, 4000));
    }
    if (r.nextBoolean()) {
      b.confidentialityClause(Generators.text(r, 4000));
    }
    long minor = total.getAmountMinorLong();
    int n = (int) Math.min(r.nextInt(5), minor);
    if (n > 0) {
      int fixed = r.nextInt(n + 1); // fixed amounts; the rest are percentages
      if (fixed < n && minor < fixed + 1) {
        fixed = 0;
      }
      long[] amounts = fixed == n ? parts(r, minor, n) : fixed == 0 ? new long[0] : parts(r, minor - 1 - Math.floorMod(r.nextLong(), minor - fixed), fixed);
      long[] percents = fixed == n ? new long[0] : parts(r, 10_000, n - fixed);
      List<MilestoneTerm> terms = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        String id = "m" + i;
        MilestoneKind kind = Generators.oneOf(r, List.of(MilestoneKind.values()));
        LocalDate planned = signed.plusDays(r.nextInt(400));
        int net = r.nextInt(121);
        terms.add(i < fixed ? MilestoneTerm.ofAmount(id, kind, planned, net, Money.ofMinor(c, amounts[i]))
            : MilestoneTerm.ofPercent(id, kind, planned, net, BigDecimal.valueOf(percents[i - fixed], 2)));
      }
      java.util.Collections.shuffle(terms, r);
      b.addAllMilestones(terms);
    }
    return b.build();
  }

  static Invoice invoice(Random r) {
    CurrencyUnit c = Generators.oneOf(r, Generators.CURRENCIES);
    LocalDate issued = LocalDate.of(2000, 1, 1).plusDays(r.nextInt(15000));
    Optional<ContractId> contract = r.nextBoolean() ? Optional.of(ContractId.of(Generators.idText(r))) : Optional.empty();
    Optional<String> milestone = contract.isPresent() && r.nextBoolean() ? Optional.of(Generators.idText(r)) : Optional.empty();
    return new Invoice(InvoiceId.of(Generators.idText(r)), AccountId.of(Generators.idText(r)), UserId.of(Generators.idText(r)),
        r.nextBoolean() ? TeamId.of(Generators.idText(r)) : null, contract.orElse(null), milestone.orElse(null), positive(r, c), issued,
        issued.plusDays(r.nextInt(400)));
  }

  static Payment payment(Random r) {
    CurrencyUnit c = Generators.oneOf(r, Generators.CURRENCIES);
    List<PaymentAllocation> allocations = new ArrayList<>();
    for (int i = r.nextInt(4); i > 0; i--) {
      allocations.add(PaymentAllocation.of(InvoiceId.of(Generators.idText(r)), positive(r, c)));
    }
    return new Payment(PaymentId.of(Generators.idText(r)), AccountId.of(Generators.idText(r)), positive(r, c),
        LocalDate.of(2000, 1, 1).plusDays(r.nextInt(15000)), allocations);
  }

  static FollowUpLadder ladder(Random r) {
    List<FollowUpStep> steps = new ArrayList<>();
    int day = -30 + r.nextInt(30);
    for (int i = 1 + r.nextInt(6); i > 0; i--) {
      Optional<Integer> to = r.nextBoolean() ? Optional.of(day + r.nextInt(10)) : Optional.empty();
      steps.add(new FollowUpStep("s" + i, day, to.orElse(null), Generators.text(r, 64), Generators.oneOf(r, List.of(Responsible.values()))));
      day = to.orElse(day) + 1 + r.nextInt(30);
    }
    return FollowUpLadder.of(steps);
  }

  private static LocalDate date(Random r) {
    return LocalDate.of(2000, 1, 1).plusDays(r.nextInt(15000));
  }

  @Test
  void randomValidValuesRoundTrip() {
    List<Function<Random, ?>> generators = List.of(ReceivablesJsonTest::contract, ReceivablesJsonTest::invoice,
        ReceivablesJsonTest::payment, ReceivablesJsonTest::ladder,
        r -> contract(r).paymentSchedule(),
        r -> ContractReview.review(contract(r)),
        r -> new CreditNote(CreditNoteId.of(Generators.idText(r)), InvoiceId.of(Generators.idText(r)), positive(r, CurrencyUnit.EUR), date(r),
            Generators.text(r, 500)),
        r -> new WriteOff(InvoiceId.of(Generators.idText(r)), positive(r, CurrencyUnit.JPY), date(r), Generators.text(r, 500)),
        r -> {
          LocalDate opened = date(r);
          return new Dispute(InvoiceId.of(Generators.idText(r)), opened, r.nextBoolean() ? opened.plusDays(r.nextInt(90))
              : null, Generators.text(r, 500));
        },
        r -> {
          LocalDate made = date(r);
          return new PromiseToPay(InvoiceId.of(Generators.idText(r)), made, made.plusDays(r.nextInt(60)));
        },
        r -> new StepDone(InvoiceId.of(Generators.idText(r)), Generators.idText(r), date(r)),
        r -> ContractId.of(Generators.idText(r)), r -> PaymentId.of(Generators.idText(r)), r -> CreditNoteId.of(Generators.idText(r)));
    Property.forAll(2026L, 120, r -> {
      for (Function<Random, ?> g : generators) {
        Object value = g.apply(r);
        String json = MAPPER.writeValueAsString(value);
        assertThat(json).doesNotContain("Immutable");
        if (value instanceof List) {
          List<?> list = (List<?>) value;
          Class<?> element = list.isEmpty() ? PaymentMilestone.class : list.get(0).getClass();
          Object read = MAPPER.readList(json, element);
          assertThat(read).as(json).isEqualTo(value);
        } else {
          Class<?> type = value instanceof Contract ? Contract.class : value.getClass();
          Object read = MAPPER.readValue(json, type);
          assertThat(read).as(json).isEqualTo(value);
          if (value instanceof Contract) {
            assertThat(((Contract) read).paymentSchedule()).isEqualTo(((Contract) value).paymentSchedule());
          }
        }
      }
    });
  }

  private static final List<JsonNode> ODD = List.of(JsonNodeFactory.instance.nullNode(), JsonNodeFactory.instance.booleanNode(true),
      JsonNodeFactory.instance.numberNode(7), JsonNodeFactory.instance.numberNode(-1), JsonNodeFactory.instance.numberNode(new BigDecimal("1e-1000000")),
      JsonNodeFactory.instance.numberNode(new BigDecimal("1e400")), JsonNodeFactory.instance.textNode(""), JsonNodeFactory.instance.textNode(" x"),
      JsonNodeFactory.instance.textNode("XYZ"), JsonNodeFactory.instance.textNode("x".repeat(5000)), JsonNodeFactory.instance.textNode("2024-02-30"),
      JsonNodeFactory.instance.textNode("a\u0000b"), JsonNodeFactory.instance.arrayNode(), JsonNodeFactory.instance.objectNode());

  @Test
  void randomMutationsOfValidJsonFailOnlyWithJsonInputException() {
    ObjectMapper plain = JsonMapper.builder().build();
    List<Function<Random, ?>> generators = List.of(ReceivablesJsonTest::contract, ReceivablesJsonTest::invoice,
        ReceivablesJsonTest::payment, ReceivablesJsonTest::ladder);
    Property.forAll(2027L, 300, r -> {
      Object value = Generators.oneOf(r, generators).apply(r);
      Class<?> type = value instanceof Contract ? Contract.class : value.getClass();
      JsonNode tree = plain.readTree(MAPPER.writeValueAsString(value));
      for (int i = 1 + r.nextInt(3); i > 0; i--) {
        List<JsonNode> containers = new ArrayList<>();
        collect(tree, containers);
        JsonNode target = Generators.oneOf(r, containers);
        JsonNode odd = Generators.oneOf(r, ODD).deepCopy();
        if (target instanceof ObjectNode) {
          ObjectNode o = (ObjectNode) target;
          List<String> names = new ArrayList<>();
          o.fieldNames().forEachRemaining(names::add);
          int op = r.nextInt(4);
          if (names.isEmpty() || op == 0) {
            o.set(r.nextBoolean() ? "extra" : "amount", odd);
          } else if (op == 1) {
            o.remove(Generators.oneOf(r, names));
          } else {
            o.set(Generators.oneOf(r, names), odd);
          }
        } else {
          ArrayNode a = (ArrayNode) target;
          if (a.isEmpty() || r.nextBoolean()) {
            a.add(odd);
          } else {
            a.set(r.nextInt(a.size()), odd);
          }
        }
      }
      String json = plain.writeValueAsString(tree);
      try {
        Object read = MAPPER.readValue(json, type);
        assertThat(MAPPER.readValue(MAPPER.writeValueAsString(read), type)).isEqualTo(read);
        if (read instanceof Contract) {
          // nothing half-built: the derived schedule of what was accepted adds up to the total
          Contract c = (Contract) read;
          Money sum = Money.zero(c.currency());
          for (PaymentMilestone m : c.paymentSchedule()) {
            sum = sum.plus(m.amount());
          }
          assertThat(c.milestones().isEmpty() || sum.isEqual(c.total())).isTrue();
          ContractReview.review(c);
        }
      } catch (JsonInputException e) {
        assertThat(e.getMessage()).matches("(?s)Invalid \\w+ JSON at \\$.*").doesNotContain("Immutable");
        assertThat(e.getMessage().length()).isLessThan(800);
      }
    });
  }

  private static void collect(JsonNode node, List<JsonNode> out) {
    if (node.isContainerNode()) {
      out.add(node);
      node.elements().forEachRemaining(child -> collect(child, out));
    }
  }

  // ---- refusals

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

  private static final String CONTRACT = "{\"id\":\"C-1\",\"accountId\":\"A\",\"ownerId\":\"u\","
      + "\"total\":{\"amount\":\"100\",\"currency\":\"USD\"},\"signedOn\":\"2026-01-05\"";

  @Test
  void invalidContractsNameThePathAndTheRule() {
    JsonInputException e = refused(CONTRACT + ",\"milestones\":["
        + "{\"id\":\"a\",\"kind\":\"INSTALMENT\",\"plannedDate\":\"2026-01-01\",\"netDays\":0,\"percent\":60},"
        + "{\"id\":\"a\",\"kind\":\"INSTALMENT\",\"plannedDate\":\"2026-02-01\",\"netDays\":0,\"percent\":30}]}", Contract.class);
    assertThat(e.jsonPath()).isEqualTo("$");
    // the first problem of the contract, and how many more
    assertThat(e.rule()).contains("contract C-1 milestones[0] (a).plannedDate must not be before the signing date 2026-01-05")
        .contains("(and 2 more problems)");
    assertThat(refused(CONTRACT + ",\"milestones\":[{\"id\":\"a\",\"kind\":\"INSTALMENT\",\"plannedDate\":\"2026-02-01\",\"netDays\":0,"
        + "\"percent\":100,\"amount\":{\"amount\":\"100\",\"currency\":\"USD\"}}]}", Contract.class))
        .satisfies(x -> assertThat(x.jsonPath()).isEqualTo("$.milestones[0]"))
        .satisfies(x -> assertThat(x.rule()).startsWith("milestone a must have either an amount or a percent, not both or neither"));
    assertThat(refused(CONTRACT + ",\"milestones\":[{\"id\":\"a\",\"kind\":\"INSTALMENT\",\"plannedDate\":\"2026-02-01\","
        + "\"percent\":100}]}", Contract.class).jsonPath()).isEqualTo("$.milestones[0].netDays");
    assertThat(refused(CONTRACT + ",\"milestones\":[{\"id\":\"a\",\"kind\":\"LATER\",\"plannedDate\":\"2026-02-01\",\"netDays\":1,"
        + "\"percent\":100}]}", Contract.class).jsonPath()).isEqualTo("$.milestones[0].kind");
    assertThat(refused(CONTRACT + ",\"scope\":[{\"product\":\"x\",\"quantity\":0,\"unitPrice\":{\"amount\":\"1\",\"currency\":\"USD\"}}]}",
        Contract.class)).satisfies(x -> assertThat(x.jsonPath()).isEqualTo("$.scope[0]"))
        .satisfies(x -> assertThat(x.rule()).startsWith("scopeLine.quantity must be positive"));
    assertThat(refused(CONTRACT + ",\"scope\":[{\"product\":\"x\",\"quantity\":\"2\",\"unitPrice\":{\"amount\":\"1\",\"currency\":\"USD\"}}]}",
        Contract.class).jsonPath()).isEqualTo("$.scope[0].quantity");
    assertThat(refused(CONTRACT + ",\"scope\":[null]}", Contract.class).rule()).startsWith("null is not allowed");
    assertThat(refused(CONTRACT + ",\"scope\":[{\"product\":\"x\",\"quantity\":1e-1000000,\"unitPrice\":{\"amount\":\"1\",\"currency\":\"USD\"}}]}",
        Contract.class).rule()).startsWith("must have at most 100 significant digits and at most 100 decimal places or trailing zeros");
    assertThat(refused(CONTRACT + ",\"scope\":[{\"product\":\"x\",\"quantity\":1e1000000,\"unitPrice\":{\"amount\":\"1\",\"currency\":\"USD\"}}]}",
        Contract.class).rule()).startsWith("must have at most 100 significant digits and at most 100 decimal places or trailing zeros");
    assertThat(refused(CONTRACT + ",\"currency\":\"USD\"}", Contract.class).jsonPath()).isEqualTo("$.currency");
    assertThat(refused(CONTRACT + ",\"paymentSchedule\":[]}", Contract.class).jsonPath()).isEqualTo("$.paymentSchedule");
    assertThat(refused(CONTRACT.replace("\"100\"", "\"0\"") + "}", Contract.class).rule()).startsWith("contract C-1 total must be positive");
    assertThat(refused("{\"id\":\"C-1\",\"accountId\":\"A\"}", Contract.class).rule())
        .isEqualTo("required members are missing: [ownerId, total, signedOn]");
    assertThat(refused(CONTRACT + ",\"deliveryTerms\":\"" + "x".repeat(4001) + "\"}", Contract.class).rule())
        .startsWith("contract C-1 deliveryTerms must be at most 4000 characters long");
  }

  @Test
  void invalidCollectionRecordsNameThePathAndTheRule() {
    String inv = "{\"id\":\"I-1\",\"accountId\":\"A\",\"ownerId\":\"u\",\"amount\":{\"amount\":\"5\",\"currency\":\"EUR\"},\"issuedOn\":\"2026-02-01\"";
    assertThat(refused(inv + ",\"dueOn\":\"2026-01-31\"}", Invoice.class).rule())
        .isEqualTo("invoice I-1 dueOn must not be before the issue date 2026-02-01");
    assertThat(refused(inv + ",\"dueOn\":\"2026-02-01\",\"milestoneId\":\"m\"}", Invoice.class).rule())
        .startsWith("invoice I-1 milestoneId needs a contract id");
    // further cases of the former Jackson mapper's exact messages, not the codecs' (whose refusals RefusalsTest pins)
  }

  @Test
  void theFollowUpAgendaAndPaymentRecordsAreWrittenAndReadBack() throws Exception {
    Contract c = sample();
    Ledger ledger = Ledger.empty().withContract(c)
        .withInvoice(Invoice.forMilestone(InvoiceId.of("INV-1"), c, "deposit", LocalDate.of(2026, 1, 6)))
        .withInvoice(Invoice.forMilestone(InvoiceId.of("INV-2"), c, "rest", LocalDate.of(2026, 2, 15)))
        .withPayment(Payment.of(PaymentId.of("P-1"), AccountId.of("ACME"), usd("400"), LocalDate.of(2026, 1, 20)))
        .withPromiseToPay(new PromiseToPay(InvoiceId.of("INV-2"), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 30)));
    for (LocalDate d = LocalDate.of(2026, 1, 1); d.isBefore(LocalDate.of(2026, 8, 1)); d = d.plusDays(9)) {
      FollowUpAgenda agenda = FollowUps.agenda(ledger, FollowUpLadder.standard(), d);
      String json = MAPPER.writeValueAsString(agenda);
      assertThat(MAPPER.readValue(json, FollowUpAgenda.class)).as(json).isEqualTo(agenda);
    }
    FollowUpAgenda agenda = FollowUps.agenda(ledger, FollowUpLadder.standard(), LocalDate.of(2026, 3, 20));
    assertThat(agenda.actions()).isNotEmpty();
    assertThat(agenda.holds()).isNotEmpty();
    assertThat(MAPPER.writeValueAsString(agenda.actions().get(0))).startsWith("{\"invoiceId\":\"INV-1\",\"accountId\":\"ACME\","
        + "\"ownerId\":\"rep-1\",\"step\":{\"id\":");
    PaymentRecord record = ledger.payment(PaymentId.of("P-1")).orElseThrow();
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(record), PaymentRecord.class)).isEqualTo(record);
  }

  @Test
  void reviewFindingsAreOutput() throws Exception {
    List<ReviewFinding> findings = ContractReview.review(sample());
    String json = MAPPER.writeValueAsString(findings.get(0));
    assertThat(json).isEqualTo("{\"item\":\"SCOPE_DEFINED\",\"passed\":true,\"reason\":\"contract C-1 has 1 scope line(s)\"}");
    assertThat(MAPPER.readValue(json, ReviewFinding.class)).isEqualTo(findings.get(0));
  }
}
