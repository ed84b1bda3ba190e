package dev.salesops.cli.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salesops.core.validation.ValidationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each finding class on a small constructed export: one positive and one negative case each, and zero findings
 * on the clean export (every class switched on, every optional check configured).
 */
class AuditorTest {
  static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);

  // 12 deals, clean: every side-file entry used, dates consistent, won amounts within 2x the list price,
  // open deals neither overdue (expected close after 2024-12-31) nor stale (entered their stage recently).
  static final String HEADER = "Id,Stage,Owner,Account,Product,Created,Closed,Amount,Currency,Expected Close,Stage Entered\n";
  static final List<String> ROWS = List.of(
      "D01,Won,ann,Acme Corp,Alpha Suite,2024-01-05,2024-02-01,1000,USD,,",
      "D02,Won,bob,Globex,Beta Cloud,2024-02-10,2024-03-15,5200,USD,,",
      "D03,Lost,ann,Initech,Alpha Suite,2024-03-01,2024-03-20,900,USD,,",
      "D04,Lost,bob,Acme Corp,Beta Cloud,2024-04-02,2024-05-01,4800,USD,,",
      "D05,Won,ann,Globex,Alpha Suite,2024-05-03,2024-06-10,1100,USD,,",
      "D06,Lost,bob,Initech,Beta Cloud,2024-06-04,2024-07-01,5000,USD,,",
      "D07,Won,ann,Initech,Beta Cloud,2024-07-05,2024-08-20,5500,USD,,",
      "D08,Lost,bob,Globex,Alpha Suite,2024-08-06,2024-09-02,950,USD,,",
      "D09,Proposal,ann,Acme Corp,Alpha Suite,2024-12-01,,1000,USD,2025-01-31,2024-12-20",
      "D10,Lead,bob,Globex,Beta Cloud,2024-12-28,,5000,USD,2025-02-28,2024-12-28",
      "D11,Proposal,bob,Initech,Alpha Suite,2024-11-20,,1050,USD,2025-01-15,2024-12-15",
      "D12,Won,ann,Acme Corp,Beta Cloud,2024-09-01,2024-10-01,4900,USD,,");
  static final String REPS = "Rep,Team\nann,North\nbob,South\n";
  static final String ACCOUNTS = "Account,Industry,Year Established\nAcme Corp,Retail,1990\nGlobex,Energy,2001\nInitech,Software,1985\n";
  static final String PRODUCTS = "Product,List Price\nAlpha Suite,1000\nBeta Cloud,5000\n";
  static final String AUDIT = "{\"open-past-expected-close\": {\"column\": \"Expected Close\"}, \"stale-open-deal\": {\"column\": \"Stage Entered\"},\n"
      + " \"date-before-entity-start\": {\"starts\": [{\"on\": \"account\", \"column\": \"Year Established\"}]},\n"
      + " \"won-far-from-list-price\": {\"on\": \"product\", \"column\": \"List Price\"}}";

  static String mapping(String audit) {
    return "{\"columns\": {\"id\": \"Id\", \"stage\": \"Stage\", \"owner\": \"Owner\", \"account\": \"Account\", \"product\": \"Product\",\n"
        + "   \"created\": \"Created\", \"closed\": \"Closed\", \"amount\": \"Amount\", \"currency\": \"Currency\"},\n"
        + " \"stages\": {\"Lead\": \"LEAD_CAPTURE\", \"Proposal\": \"PROPOSAL\", \"Won\": \"CLOSED_WON\", \"Lost\": \"CLOSED_LOST\"},\n"
        + " \"joins\": [{\"file\": \"reps.csv\", \"on\": \"owner\", \"keyColumn\": \"Rep\", \"columns\": {\"team\": \"Team\"}},\n"
        + "   {\"file\": \"accounts.csv\", \"on\": \"account\", \"keyColumn\": \"Account\", \"columns\": {\"industry\": \"Industry\"}},\n"
        + "   {\"file\": \"products.csv\", \"on\": \"product\", \"keyColumn\": \"Product\", \"columns\": {\"listPrice\": \"List Price\"}}]"
        + (audit == null ? "" : ",\n \"audit\": " + audit) + "}\n";
  }

  @TempDir
  Path dir;

  final Map<String, String> files = new LinkedHashMap<>();

  @BeforeEach
  void clean() {
    files.put("export.csv", HEADER + String.join("\n", ROWS) + "\n");
    files.put("reps.csv", REPS);
    files.put("accounts.csv", ACCOUNTS);
    files.put("products.csv", PRODUCTS);
    files.put("mapping.json", mapping(AUDIT));
  }

  AuditResult audit() throws IOException {
    for (Map.Entry<String, String> e : files.entrySet()) {
      Files.writeString(dir.resolve(e.getKey()), e.getValue());
    }
    return Auditor.run(dir.resolve("export.csv"), dir.resolve("mapping.json"), AS_OF);
  }

  /** Replaces row {@code id} of the export. */
  void row(String id, String replacement) {
    edit("export.csv", s -> s.replaceAll("(?m)^" + id + ",.*$", replacement));
  }

  void edit(String file, UnaryOperator<String> f) {
    files.put(file, f.apply(files.get(file)));
  }

  static List<String> codes(AuditResult r) {
    return r.findings().stream().map(AuditFinding::code).distinct().toList();
  }

  @Test
  void cleanExportHasZeroFindingsInEveryClass() throws IOException {
    AuditResult r = audit();
    assertThat(r.findings()).isEmpty();
    assertThat(r.ran()).containsExactlyElementsOf(AuditConfig.CLASSES);
    assertThat(r.notes()).isEmpty();
    assertThat(r.rowsRead()).isEqualTo(12);
    assertThat(r.totals()).containsEntry("USD", new java.math.BigDecimal("36400.00"));
    assertThat(r.summary().findings()).isZero();
    assertThat(r.summary().oneLine()).isEqualTo("audit: no findings in 18 checks");
  }

  @Test
  void nearDuplicatesWithinAColumnAndAcrossTheSideFile() throws IOException {
    row("D05", "D05,Won,ann,globex,Alpha Suite,2024-05-03,2024-06-10,1100,USD,,");
    AuditResult r = audit();
    AuditFinding within = r.findings("near-duplicate-values").stream().filter(f -> f.subject().equals("Account")).findFirst().orElseThrow();
    assertThat(within.rows().count()).isEqualTo(1);
    assertThat(within.examples().get(0).line()).isEqualTo(6);
    assertThat(within.examples().get(0).value()).contains("globex");
    assertThat(within.fix()).contains("join on account (accounts.csv)").contains("\"globex\": \"Globex\"").contains("normalise");
    assertThat(within.value()).singleElement().satisfies(v -> {
      assertThat(v.amount()).isEqualByComparingTo("1100");
      assertThat(v.share()).contains(new java.math.BigDecimal("0.0302"));
    });
    assertThat(r.findings("near-duplicate-values")).anySatisfy(f -> assertThat(f.subject()).isEqualTo("Account vs accounts.csv Account"));
    assertThat(r.findings("join-miss-export-key")).singleElement().satisfies(f -> assertThat(f.rows().count()).isEqualTo(1));
  }

  @Test
  void nearDuplicatesBySmallEditDistanceAndNotAcrossDigits() throws IOException {
    row("D05", "D05,Won,ann,Globex,Alpha Suit,2024-05-03,2024-06-10,1100,USD,,");
    AuditResult r = audit();
    assertThat(r.findings("near-duplicate-values")).anySatisfy(f -> {
      assertThat(f.subject()).isEqualTo("Product");
      assertThat(f.examples().get(0).note()).contains("looks like \"Alpha Suite\"").contains("within 1 edit");
    });
    NearDuplicates.Result teams = NearDuplicates.within(List.of("Team 1", "Team 2", "North", "South", "Nrth"), v -> v.equals("Nrth") ? 1 : 5, 1, 4, 200);
    assertThat(teams.variants()).singleElement().satisfies(v -> {
      assertThat(v.value()).isEqualTo("Nrth");
      assertThat(v.canonical()).isEqualTo("North");
    });
  }

  @Test
  void nearDuplicatesOfPersonalDataAreNamedButNotEchoed() throws IOException {
    row("D06", "D06,Lost,BOB,Initech,Beta Cloud,2024-06-04,2024-07-01,5000,USD,,");
    AuditResult r = audit();
    AuditFinding f = r.findings("near-duplicate-values").stream().filter(x -> x.subject().equals("Owner")).findFirst().orElseThrow();
    assertThat(f.examples().get(0).personal()).isTrue();
    assertThat(f.examples().get(0).value()).isEmpty();
    assertThat(f.examples().get(0).note() + f.fix() + f.detail()).doesNotContain("BOB").doesNotContain("bob");
    assertThat(AuditText.of(r)).doesNotContain("BOB");
  }

  @Test
  void joinMissesBothWays() throws IOException {
    row("D06", "D06,Lost,zed,Initech,Beta Cloud,2024-06-04,2024-07-01,5000,USD,,");
    edit("accounts.csv", s -> s + "Umbrella,Pharma,1970\n");
    AuditResult r = audit();
    assertThat(r.findings("join-miss-export-key")).singleElement().satisfies(f -> {
      assertThat(f.subject()).isEqualTo("Owner -> reps.csv");
      assertThat(f.examples().get(0).line()).isEqualTo(7);
    });
    assertThat(r.findings("join-miss-side-entry")).singleElement().satisfies(f -> {
      assertThat(f.entries()).isEqualTo(1);
      assertThat(f.examples().get(0).file()).isEqualTo("accounts.csv");
      assertThat(f.examples().get(0).line()).isEqualTo(5);
      assertThat(f.examples().get(0).value()).contains("Umbrella");
    });
  }

  @Test
  void missingAccountsByStage() throws IOException {
    row("D03", "D03,Lost,ann,,Alpha Suite,2024-03-01,2024-03-20,900,USD,,");
    row("D09", "D09,Proposal,ann,,Alpha Suite,2024-12-01,,1000,USD,2025-01-31,2024-12-20");
    AuditResult r = audit();
    assertThat(r.findings("missing-account")).singleElement().satisfies(f -> {
      assertThat(f.rows().count()).isEqualTo(2);
      assertThat(f.breakdown()).containsEntry("Lost", 1L).containsEntry("Proposal", 1L);
    });
  }

  @Test
  void doubleEntries() throws IOException {
    edit("export.csv", s -> s + "D13,Won,bob,Globex,Beta Cloud,2024-02-10,2024-03-15,5200,USD,,\n");
    AuditResult r = audit();
    assertThat(r.findings("double-entries")).singleElement().satisfies(f -> {
      assertThat(f.rows().count()).isEqualTo(1);
      assertThat(f.examples().get(0).line()).isEqualTo(14);
      assertThat(f.examples().get(0).note()).contains("same as line 3");
    });
  }

  @Test
  void closedBeforeCreated() throws IOException {
    row("D04", "D04,Lost,bob,Acme Corp,Beta Cloud,2024-04-02,2024-03-01,4800,USD,,");
    assertThat(audit().findings("closed-before-created")).singleElement().satisfies(f -> assertThat(f.examples().get(0).line()).isEqualTo(5));
  }

  @Test
  void datesAfterTheAuditDate() throws IOException {
    row("D10", "D10,Lead,bob,Globex,Beta Cloud,2025-03-01,,5000,USD,2025-04-28,2024-12-28");
    assertThat(audit().findings("date-after-as-of")).singleElement().satisfies(f -> {
      assertThat(f.subject()).isEqualTo("Created");
      assertThat(f.examples().get(0).value()).contains("2025-03-01");
    });
  }

  @Test
  void dealsBeforeTheirAccountWasEstablished() throws IOException {
    edit("accounts.csv", s -> s.replace("Initech,Software,1985", "Initech,Software,2024-07-01"));
    AuditResult r = audit();
    assertThat(r.findings("date-before-entity-start")).singleElement().satisfies(f -> {
      assertThat(f.rows().count()).isEqualTo(2); // D03 (March) and D06 (June); D07 and D11 are after July
      assertThat(f.examples().get(0).note()).contains("2024-07-01").contains("accounts.csv line 4");
    });
  }

  @Test
  void openDealsPastTheirExpectedClose() throws IOException {
    row("D11", "D11,Proposal,bob,Initech,Alpha Suite,2024-11-20,,1050,USD,2024-12-01,2024-12-15");
    assertThat(audit().findings("open-past-expected-close")).singleElement().satisfies(f -> {
      assertThat(f.breakdown()).containsEntry("Proposal", 1L);
      assertThat(f.examples().get(0).note()).contains("30 days past");
    });
  }

  @Test
  void staleOpenDealsUseTheShippedPipelineThresholds() throws IOException {
    row("D09", "D09,Proposal,ann,Acme Corp,Alpha Suite,2024-09-01,,1000,USD,2025-01-31,2024-12-09"); // 22 days > 21
    row("D11", "D11,Proposal,bob,Initech,Alpha Suite,2024-11-20,,1050,USD,2025-01-15,2024-12-10"); // 21 days: not over
    assertThat(audit().findings("stale-open-deal")).singleElement().satisfies(f -> {
      assertThat(f.rows().count()).isEqualTo(1);
      assertThat(f.examples().get(0).note()).contains("22 days in Proposal").contains("21-day");
    });
  }

  @Test
  void wonWithoutAmount() throws IOException {
    row("D01", "D01,Won,ann,Acme Corp,Alpha Suite,2024-01-05,2024-02-01,,USD,,");
    row("D05", "D05,Won,ann,Globex,Alpha Suite,2024-05-03,2024-06-10,0.00,USD,,");
    row("D03", "D03,Lost,ann,Initech,Alpha Suite,2024-03-01,2024-03-20,,USD,,"); // lost without amount: not this class
    assertThat(audit().findings("won-without-amount")).singleElement().satisfies(f -> assertThat(f.rows().count()).isEqualTo(2));
  }

  @Test
  void everyLostDealAtZero() throws IOException {
    edit("mapping.json", s -> s.replace("\"won-far-from-list-price\"", "\"lost-all-zero\": {\"minDeals\": 3}, \"won-far-from-list-price\""));
    AuditResult negative = audit();
    assertThat(negative.findings("lost-all-zero")).isEmpty();
    for (String id : List.of("D03", "D04", "D06", "D08")) {
      edit("export.csv", s -> s.replaceAll("(?m)^(" + id + ",Lost,[^,]*,[^,]*,[^,]*,[^,]*,[^,]*),[0-9]+,", "$1,0,"));
    }
    assertThat(audit().findings("lost-all-zero")).singleElement().satisfies(f -> {
      assertThat(f.rows().count()).isEqualTo(4);
      assertThat(f.detail()).contains("value-weighted win rate is meaningless");
    });
  }

  @Test
  void wonFarFromTheListPrice() throws IOException {
    row("D07", "D07,Won,ann,Initech,Beta Cloud,2024-07-05,2024-08-20,55000,USD,,");
    assertThat(audit().findings("won-far-from-list-price")).singleElement().satisfies(f -> {
      assertThat(f.examples().get(0).note()).startsWith("11.00 times the list price 5000");
      assertThat(f.value()).singleElement().satisfies(v -> assertThat(v.amount()).isEqualByComparingTo("55000"));
    });
  }

  @Test
  void amountOutliersByMedianAndMadOfLogAmountPerProduct() throws IOException {
    StringBuilder csv = new StringBuilder(HEADER);
    java.util.SplittableRandom random = new java.util.SplittableRandom(7);
    for (int i = 0; i < 40; i++) {
      long amount = 800 + random.nextLong(400); // 800 to 1199
      csv.append(String.format("E%02d,Lost,ann,Acme Corp,Alpha Suite,2024-03-01,2024-03-20,%d,USD,,%n", i, amount));
    }
    files.put("export.csv", csv.toString());
    files.put("mapping.json", mapping(null));
    files.put("reps.csv", "Rep,Team\nann,North\n");
    files.put("accounts.csv", "Account,Industry\nAcme Corp,Retail\n");
    files.put("products.csv", "Product,List Price\nAlpha Suite,1000\n");
    assertThat(audit().findings("amount-outliers")).isEmpty();
    files.put("export.csv", csv + "E99,Lost,ann,Acme Corp,Alpha Suite,2024-03-01,2024-03-20,100000,USD,,\n");
    AuditResult r = audit();
    assertThat(r.findings("amount-outliers")).singleElement().satisfies(f -> {
      assertThat(f.subject()).isEqualTo("Product \"Alpha Suite\" in USD");
      assertThat(f.rows().count()).isEqualTo(1);
      assertThat(f.examples().get(0).line()).isEqualTo(42);
    });
  }

  @Test
  void shapeConstantAndAlmostEmptyColumnsAndStraySpaces() throws IOException {
    AuditResult negative = audit();
    assertThat(codes(negative)).doesNotContain("constant-column", "almost-empty-column", "header-stray-spaces");
    edit("export.csv", s -> s.replace("Stage Entered\n", "Stage Entered , Region,Notes\n").replaceAll("(?m)^(D.*)$", "$1,EMEA,"));
    AuditResult r = audit();
    assertThat(r.findings("constant-column")).singleElement().satisfies(f -> assertThat(f.subject()).isEqualTo("Region"));
    assertThat(r.findings("almost-empty-column")).singleElement().satisfies(f -> {
      assertThat(f.subject()).isEqualTo("Notes");
      assertThat(f.rows().count()).isEqualTo(12);
    });
    assertThat(r.findings("header-stray-spaces")).extracting(AuditFinding::subject).containsExactlyInAnyOrder("Stage Entered", "Region");
  }

  @Test
  void inconsistentCasingInIdentifyingColumns() throws IOException {
    row("D04", "d04,Lost,bob,Acme Corp,Beta Cloud,2024-04-02,2024-05-01,4800,USD,,");
    assertThat(audit().findings("inconsistent-casing")).singleElement().satisfies(f -> {
      assertThat(f.subject()).isEqualTo("Id");
      assertThat(f.examples().get(0).value()).contains("d04");
      assertThat(f.examples().get(0).note()).startsWith("lower case where 11 of 12");
    });
  }

  @Test
  void classesCanBeSwitchedOffAndTuned() throws IOException {
    row("D04", "D04,Lost,bob,Acme Corp,Beta Cloud,2024-04-02,2024-03-01,4800,USD,,");
    row("D07", "D07,Won,ann,Initech,Beta Cloud,2024-07-05,2024-08-20,9000,USD,,"); // 1.8x the list price
    edit("mapping.json", s -> s.replace("\"won-far-from-list-price\": {\"on\": \"product\", \"column\": \"List Price\"}",
        "\"won-far-from-list-price\": {\"on\": \"product\", \"column\": \"List Price\", \"factor\": 1.5}, \"closed-before-created\": false"));
    AuditResult r = audit();
    assertThat(r.ran()).doesNotContain("closed-before-created").hasSize(17);
    assertThat(r.findings("closed-before-created")).isEmpty();
    assertThat(r.findings("won-far-from-list-price")).hasSize(1);
  }

  @Test
  void unknownAuditKeysAreRefusedWithTheirPath() {
    files.put("mapping.json", mapping("{\"near-duplicate-values\": {\"maxEdit\": 2}, \"stale\": true, \"amount-outliers\": {\"threshold\": -1}}"));
    assertThatThrownBy(this::audit).isInstanceOf(ValidationException.class)
        .hasMessageContaining("audit.near-duplicate-values.maxEdit")
        .hasMessageContaining("audit.stale")
        .hasMessageContaining("audit.amount-outliers.threshold");
  }

  @Test
  void aMappingWithoutAnAuditObjectUsesTheDefaultsAndSaysWhatItCouldNotCheck() throws IOException {
    files.put("mapping.json", mapping(null));
    AuditResult r = audit();
    // without the stage-change column, time since creation stands in for time in stage: D09 and D11 exceed 21 days
    assertThat(codes(r)).containsExactly("stale-open-deal");
    assertThat(r.findings("stale-open-deal").get(0).examples()).extracting(AuditFinding.Example::line).containsExactly(10L, 12L);
    assertThat(r.notes()).anyMatch(n -> n.startsWith("open-past-expected-close: not checked"))
        .anyMatch(n -> n.startsWith("stale-open-deal: no stage-change column"))
        .anyMatch(n -> n.startsWith("won-far-from-list-price: not checked"));
  }

  @Test
  void rowByRowFeedingGivesTheSameResultAsTheFileRun() throws IOException {
    row("D04", "d04,Lost,bob,Acme Corp,Beta Cloud,2024-04-02,2024-03-01,4800,USD,,");
    edit("export.csv", s -> s + "D13,Won,bob,Globex,Beta Cloud,2024-02-10,2024-03-15,5200,USD,,\n");
    AuditResult fromFile = audit();
    dev.salesops.core.json.JsonValue root = dev.salesops.core.json.JsonReader.read(files.get("mapping.json"));
    AuditConfig config = AuditConfig.read(root.get("audit"));
    dev.salesops.cli.export.ExportMapping mapping = dev.salesops.cli.export.ExportMapping.parse(root.toJson(), dir);
    List<String> lines = files.get("export.csv").lines().toList();
    Auditor auditor = Auditor.begin(mapping, config, AS_OF, "export.csv", List.of(lines.get(0).split(",", -1)));
    for (int i = 1; i < lines.size(); i++) {
      auditor.accept(List.of(lines.get(i).split(",", -1)), i + 1);
    }
    AuditResult fed = auditor.finish();
    assertThat(fed).isEqualTo(fromFile);
    assertThat(codes(fed)).contains("closed-before-created", "double-entries", "inconsistent-casing");
    assertThatThrownBy(auditor::finish).isInstanceOf(IllegalStateException.class);
  }
}
