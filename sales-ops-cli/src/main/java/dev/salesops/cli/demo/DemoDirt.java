package dev.salesops.cli.demo;

import dev.salesops.core.model.Account;
import dev.salesops.core.model.SalesRep;
import dev.salesops.core.model.Team;
import dev.salesops.core.model.Outcome;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The demo company written as a <em>dirty</em> CRM export ({@code sales-ops demo --export DIR --dirty}), so that
 * {@code sales-ops audit} has something real to find. Deterministic for a seed. Besides {@code opportunities.csv}
 * and {@code reps.csv} it writes {@code accounts.csv} (account, name, industry, year established) and
 * {@code products.csv} (product, list price), and a mapping with an {@code "audit"} object.
 *
 * <p>The dirt, per deal unless said otherwise (rates approximate):
 * <ul>
 *   <li>product written in another case ({@code Premium}, 0.6 %) or misspelt ({@code STANDAD}, 0.3 %);</li>
 *   <li>owner written in lower case ({@code r07}, 0.3 %); ids written in lower case (0.3 %);</li>
 *   <li>no account (1 %); a copy of the row under a new id (0.5 %);</li>
 *   <li>created and close dates swapped on closed deals (0.3 %); open deals created after the demo date (1 % of open deals);</li>
 *   <li>won deals with a zero amount (0.4 %), and with an extra zero (1 %);</li>
 *   <li>accounts established after their first deals (2 % of accounts); an industry misspelt on 1 % of accounts;</li>
 *   <li>a retired rep in {@code reps.csv}; a constant column {@code Pipeline}; an almost empty column
 *       {@code Campaign}; the header {@code "Lead Source "} with a stray space.</li>
 * </ul>
 * Open deals also carry their expected close date and the day they entered their stage, so that overdue and
 * stale deals can be found as in a real CRM.
 */
public final class DemoDirt {
  /** The mapping written beside the dirty export. */
  public static final String MAPPING = DemoExport.MAPPING_HEAD + ",\n"
      + "            {\"file\": \"accounts.csv\", \"on\": \"account\", \"keyColumn\": \"Account\",\n"
      + "             \"columns\": {\"industry\": \"Industry\"}},\n"
      + "            {\"file\": \"products.csv\", \"on\": \"product\", \"keyColumn\": \"Product\",\n"
      + "             \"columns\": {\"listPrice\": \"List Price\"}}],\n"
      + "  \"audit\": {\n"
      + "    \"open-past-expected-close\": {\"column\": \"Expected Close\"},\n"
      + "    \"stale-open-deal\": {\"column\": \"Stage Entered\"},\n"
      + "    \"date-before-entity-start\": {\"starts\": [{\"on\": \"account\", \"column\": \"Year Established\"}]},\n"
      + "    \"won-far-from-list-price\": {\"on\": \"product\", \"column\": \"List Price\", \"factor\": 3}\n"
      + "  }\n"
      + "}\n";

  /** The catalogue: list prices near the geometric middle of each product's amounts. */
  private static final Map<String, String> LIST_PRICES = Map.of("STANDARD", "12000", "PREMIUM", "49000", "SERVICES", "5500");

  private DemoDirt() {}

  /** Writes the dirty export into {@code dir} (created if needed). */
  static void write(DemoCompany company, Path dir) throws IOException {
    Files.createDirectories(dir);
    SplittableRandom random = new SplittableRandom(company.seed() ^ 0x5EED_D1A7L);
    Map<Object, Team> teams = company.teams().stream().collect(Collectors.toMap(Team::id, Function.identity()));
    try (Writer w = Files.newBufferedWriter(dir.resolve("reps.csv"), StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180)) {
      p.printRecord("Rep", "Team", "Region");
      for (SalesRep r : company.reps()) {
        p.printRecord(r.id().value(), r.teamId().map(t -> teams.get(t).name()).orElse(""), r.region().map(Object::toString).orElse(""));
      }
      p.printRecord("R99", "West", "WEST"); // retired: no deal
    }
    try (Writer w = Files.newBufferedWriter(dir.resolve("accounts.csv"), StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180)) {
      p.printRecord("Account", "Name", "Industry", "Year Established");
      for (Account a : company.accounts()) {
        String industry = a.industry().map(Object::toString).orElse("");
        if (random.nextDouble() < 0.01 && industry.length() > 5) {
          int at = 2 + random.nextInt(industry.length() - 3);
          industry = industry.substring(0, at) + industry.substring(at + 1); // a dropped letter
        }
        int year = random.nextDouble() < 0.02 ? 2025 : 1950 + random.nextInt(74);
        p.printRecord(a.id().toString(), a.name(), industry, year);
      }
    }
    try (Writer w = Files.newBufferedWriter(dir.resolve("products.csv"), StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180)) {
      p.printRecord("Product", "List Price");
      for (String prod : List.of("STANDARD", "PREMIUM", "SERVICES")) {
        p.printRecord(prod, LIST_PRICES.get(prod));
      }
    }
    try (Writer w = Files.newBufferedWriter(dir.resolve("opportunities.csv"), StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180)) {
      p.printRecord("Opportunity ID", "Stage", "Owner", "Account", "Product", "Channel", "Lead Source ", "Created", "Closed",
          "Amount", "Currency", "Lost Reason", "Lost At", "Expected Close", "Stage Entered", "Pipeline", "Campaign");
      int extra = 0;
      for (DemoDeal d : company.deals()) {
        var o = d.opportunity();
        boolean open = d.outcome() == Outcome.OPEN;
        String id = o.id().value();
        if (random.nextDouble() < 0.003) {
          id = id.toLowerCase(Locale.ROOT);
        }
        String owner = o.ownerId().value();
        if (random.nextDouble() < 0.003) {
          owner = owner.toLowerCase(Locale.ROOT);
        }
        String account = o.accountId().map(Object::toString).orElse("");
        if (random.nextDouble() < 0.01) {
          account = "";
        }
        String product = o.productLine().map(Object::toString).orElse("");
        double r = random.nextDouble();
        if (r < 0.006 && product.equals("PREMIUM")) {
          product = "Premium";
        } else if (r < 0.003 && product.equals("STANDARD")) {
          product = "STANDAD";
        }
        String created = d.created().toString();
        String closed = d.closedDate().map(Object::toString).orElse("");
        if (!open && random.nextDouble() < 0.003 && !closed.equals(created)) {
          String t = created;
          created = closed;
          closed = t;
        }
        if (open && random.nextDouble() < 0.01) {
          created = company.asOf().plusDays(1 + random.nextInt(300)).toString();
        }
        String amount = o.amount().map(m -> m.getAmount().toPlainString()).orElse("");
        if (d.outcome() == Outcome.WON) {
          double a = random.nextDouble();
          if (a < 0.004) {
            amount = "0";
          } else if (a < 0.014 && !amount.isEmpty()) {
            amount = o.amount().get().getAmount().movePointRight(1).toPlainString();
          }
        }
        String expected = open ? o.expectedCloseDate().map(Object::toString).orElse("") : "";
        LocalDate entered = d.history().get(d.history().size() - 1).entered();
        String campaign = random.nextDouble() < 0.01 ? "Spring push" : "";
        List<Object> row = new ArrayList<>(List.of(id, DemoExport.STAGE_LABEL.get(d.currentStage()), owner, account, product,
            o.channel().map(Object::toString).orElse(""), o.leadSource().map(Object::toString).orElse(""), created, closed, amount,
            o.amount().map(m -> m.getCurrencyUnit().getCode()).orElse(""), d.lostReason().map(Object::toString).orElse(""),
            d.lostAt().map(DemoExport.STAGE_LABEL::get).orElse(""), expected, open ? entered.toString() : "", "Default", campaign));
        p.printRecord(row);
        if (random.nextDouble() < 0.005) {
          extra++;
          row.set(0, String.format("O9%04d", extra)); // entered twice
          p.printRecord(row);
        }
      }
    }
    Files.writeString(dir.resolve("mapping.json"), MAPPING, StandardCharsets.UTF_8);
  }
}
