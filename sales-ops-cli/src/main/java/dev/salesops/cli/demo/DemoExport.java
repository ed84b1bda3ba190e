package dev.salesops.cli.demo;

import dev.salesops.core.model.SalesRep;
import dev.salesops.core.model.Team;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the demo company as a CRM would export it: {@code opportunities.csv}, a side file {@code reps.csv}
 * (rep → team, region) and the {@code mapping.json} that reads them, so that {@code sales-ops report} can be
 * tried on it.
 */
public final class DemoExport {
  /** The mapping written beside the export. */
  public static final String MAPPING;

  /** The mapping's columns, stages, date format and the reps join; the dirty export's mapping extends it. */
  static final String MAPPING_HEAD = "{\n"
      + "  \"columns\": {\"id\": \"Opportunity ID\", \"stage\": \"Stage\", \"owner\": \"Owner\", \"account\": \"Account\",\n"
      + "              \"product\": \"Product\", \"channel\": \"Channel\", \"source\": \"Lead Source\",\n"
      + "              \"created\": \"Created\", \"closed\": \"Closed\", \"amount\": \"Amount\", \"currency\": \"Currency\",\n"
      + "              \"lostReason\": \"Lost Reason\", \"lostAt\": \"Lost At\"},\n"
      + "  \"stages\": {\"Lead\": \"LEAD_CAPTURE\", \"Qualification\": \"QUALIFICATION\", \"Discovery\": \"DISCOVERY\",\n"
      + "             \"Proposal\": \"PROPOSAL\", \"Negotiation\": \"NEGOTIATION\", \"Won\": \"CLOSED_WON\",\n"
      + "             \"Delivered\": \"PAYMENT_AND_DELIVERY\", \"Lost\": \"CLOSED_LOST\"},\n"
      + "  \"dateFormats\": [\"yyyy-MM-dd\"],\n"
      + "  \"joins\": [{\"file\": \"reps.csv\", \"on\": \"owner\", \"keyColumn\": \"Rep\",\n"
      + "             \"columns\": {\"team\": \"Team\", \"region\": \"Region\"}}";

  static {
    MAPPING = MAPPING_HEAD + "]\n}\n";
  }

  static final Map<String, String> STAGE_LABEL = Map.of(
      "LEAD_CAPTURE", "Lead", "QUALIFICATION", "Qualification", "DISCOVERY", "Discovery", "PROPOSAL", "Proposal",
      "NEGOTIATION", "Negotiation", "CLOSED_WON", "Won", "PAYMENT_AND_DELIVERY", "Delivered", "CLOSED_LOST", "Lost");

  private DemoExport() {}

  /** Writes the three files into {@code dir} (created if needed). */
  public static void write(DemoCompany company, Path dir) throws IOException {
    write(company, dir, false);
  }

  /**
   * Writes the export into {@code dir}; with {@code dirty}, the export carries the dirt {@code sales-ops audit}
   * finds (see {@link DemoDirt}), two more side files ({@code accounts.csv}, {@code products.csv}) and a mapping
   * with an {@code "audit"} object.
   */
  public static void write(DemoCompany company, Path dir, boolean dirty) throws IOException {
    if (dirty) {
      DemoDirt.write(company, dir);
      return;
    }
    Files.createDirectories(dir);
    Map<Object, Team> teams = company.teams().stream().collect(Collectors.toMap(Team::id, Function.identity()));
    try (Writer w = Files.newBufferedWriter(dir.resolve("reps.csv"), StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180)) {
      p.printRecord("Rep", "Team", "Region");
      for (SalesRep r : company.reps()) {
        p.printRecord(r.id().value(), r.teamId().map(t -> teams.get(t).name()).orElse(""), r.region().map(Object::toString).orElse(""));
      }
    }
    try (Writer w = Files.newBufferedWriter(dir.resolve("opportunities.csv"), StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180)) {
      p.printRecord("Opportunity ID", "Stage", "Owner", "Account", "Product", "Channel", "Lead Source", "Created", "Closed",
          "Amount", "Currency", "Lost Reason", "Lost At");
      for (DemoDeal d : company.deals()) {
        var o = d.opportunity();
        p.printRecord(o.id().value(), STAGE_LABEL.get(d.currentStage()), o.ownerId().value(),
            o.accountId().map(Object::toString).orElse(""), o.productLine().map(Object::toString).orElse(""),
            o.channel().map(Object::toString).orElse(""), o.leadSource().map(Object::toString).orElse(""),
            d.created(), d.closedDate().map(Object::toString).orElse(""),
            o.amount().map(m -> m.getAmount().toPlainString()).orElse(""),
            o.amount().map(m -> m.getCurrencyUnit().getCode()).orElse(""),
            d.lostReason().map(Object::toString).orElse(""), d.lostAt().map(STAGE_LABEL::get).orElse(""));
      }
    }
    Files.writeString(dir.resolve("mapping.json"), MAPPING, StandardCharsets.UTF_8);
  }
}
