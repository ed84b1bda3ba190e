package dev.salesops.cli.export;

import dev.salesops.core.model.Outcome;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salesops.core.validation.ValidationException;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportReaderTest {

  static final String MAPPING = "{\n"
      + "  \"columns\": {\"id\": \"Id\", \"stage\": \"Stage\", \"owner\": \"Owner\", \"product\": \"Product\",\n"
      + "              \"created\": \"Created\", \"closed\": \"Closed\", \"amount\": \"Amount\", \"currency\": \"Cur\",\n"
      + "              \"lostReason\": \"Why\"},\n"
      + "  \"dimensions\": {\"industry\": \"Industry\"},\n"
      + "  \"stages\": {\"New\": \"QUALIFICATION\", \"Engaging\": \"DISCOVERY\", \"Quote\": \"PROPOSAL\", \"Won\": \"CLOSED_WON\", \"Lost\": \"CLOSED_LOST\"},\n"
      + "  \"lostReasons\": {\"Too expensive\": \"PRICE\", \"Went elsewhere\": \"COMPETITOR\"},\n"
      + "  \"dateFormats\": [\"yyyy-MM-dd\", \"dd.MM.yyyy\"],\n"
      + "  \"defaultCurrency\": \"USD\",\n"
      + "  \"joins\": [{\"file\": \"reps.csv\", \"on\": \"owner\", \"keyColumn\": \"Rep\", \"columns\": {\"team\": \"Team\"}},\n"
      + "            {\"file\": \"products.csv\", \"on\": \"product\", \"keyColumn\": \"Product\", \"columns\": {\"productFamily\": \"Family\"}}]\n"
      + "}\n";

  static final String CSV = "Id,Stage,Owner,Product,Created,Closed,Amount,Cur,Why,Industry\n"
      + "1,Won,ann,Widget,2024-01-10,2024-02-10,1000.00,USD,,Retail\n"           // line 2 ok
      + "2,Lost,bob,Widget,2024-01-11,12.02.2024,500,,Too expensive,\n"         // line 3 ok (second date format, default currency)
      + "3,Engaging,ann,,2024-01-12,,,,,\n"                                     // line 4 ok (blank optional fields)
      + "4,Won,ann,Widget,2024-02-30,2024-03-01,10,USD,,\n"                     // line 5 impossible date
      + "5,Won,bob,Widget,2024-01-01,,10,USD,,\n"                               // line 6 closed without close date
      + "6,Engaging,bob,Widget,2024-01-01,2024-01-05,10,USD,,\n"                // line 7 open with close date
      + "7,Won,bob,Widget,2024-01-01,2024-01-05,-10,USD,,\n"                    // line 8 negative amount
      + "8,Maybe,bob,Widget,2024-01-01,,10,USD,,\n"                             // line 9 unknown stage
      + "9,Won,zed,Widget,2024-01-01,2024-01-05,10,USD,,\n"                     // line 10 owner not in reps.csv
      + "10,Won,ann,Widgets,2024-01-01,2024-01-05,10,USD,,\n"                   // line 11 product spelled differently
      + "1,Won,ann,Widget,2024-01-01,2024-01-05,10,USD,,\n"                     // line 12 duplicate id
      + "11,Won,ann,Widget,2024-01-01,2024-01-05,10.005,USD,,\n"                // line 13 too many decimals
      + "12,Won,ann,Widget,2024-01-01,2024-01-05,10,XYZ,,\n"                    // line 14 unknown currency
      + "13,Lost,ann,Widget,2024-01-01,2024-01-05,10,USD,Bad luck,\n"           // line 15 unknown lost reason
      + "14,Won,ann,Widget,2024-01-09,2024-01-05,10,USD,,\n"                    // line 16 closed before created
      + ",Won,ann,Widget,2024-01-01,2024-01-05,10,USD,,\n"                      // line 17 no id
      + "15,Won,ann,Widget,2024-01-01,2024-01-05,1.2.3,USD,,\n";                // line 18 unparseable amount

  @TempDir
  Path dir;

  ExportMapping mapping() throws IOException {
    Files.writeString(dir.resolve("reps.csv"), "Rep,Team\nann,North\nbob,South\n");
    Files.writeString(dir.resolve("products.csv"), "Product,Family\nWidget,Hardware\n");
    Files.writeString(dir.resolve("mapping.json"), MAPPING);
    return ExportMapping.read(dir.resolve("mapping.json"));
  }

  @Test
  void dirtyRowsAreReportedWithLineColumnValueAndReason() throws IOException {
    List<ExportRow> rows = new ArrayList<>();
    List<RowIssue> issues = new ArrayList<>();
    ExportReader.Summary summary = ExportReader.of(mapping()).read(new StringReader(CSV), rows::add, issues::add, false, n -> {});

    assertThat(summary).isEqualTo(new ExportReader.Summary(17, 3, 14, 14));
    assertThat(issues).extracting(RowIssue::message).containsExactly(
        "line 5, column \"Created\": unparseable date (formats: yyyy-MM-dd, dd.MM.yyyy) \"2024-02-30\"",
        "line 6, column \"Closed\": closed deal (Won) without a close date",
        "line 7, column \"Closed\": open deal (Engaging) with a close date \"2024-01-05\"",
        "line 8, column \"Amount\": negative amount \"-10\"",
        "line 9, column \"Stage\": unknown stage value (not in the mapping's \"stages\") \"Maybe\"",
        "line 10, column \"Owner\": no match in reps.csv (column \"Rep\") \"zed\"",
        "line 11, column \"Product\": no match in products.csv (column \"Product\") \"Widgets\"",
        "line 12, column \"Id\": duplicate id (an earlier row has it) \"1\"",
        "line 13, column \"Amount\": amount has more decimals than USD allows, or is too large \"10.005\"",
        "line 14, column \"Cur\": unknown currency code \"XYZ\"",
        "line 15, column \"Why\": unknown lost reason (not in the mapping's \"lostReasons\") \"Bad luck\"",
        "line 16, column \"Closed\": close date before the created date 2024-01-09 \"2024-01-05\"",
        "line 17, column \"Id\": id is required but blank",
        "line 18, column \"Amount\": unparseable amount \"1.2.3\"");

    assertThat(rows).hasSize(3);
    ExportRow won = rows.get(0);
    assertThat(won.outcome()).isEqualTo(Outcome.WON);
    assertThat(won.amount()).contains(Money.of(CurrencyUnit.USD, new BigDecimal("1000.00")));
    assertThat(won.dimension("team")).contains("North");
    assertThat(won.dimension("productFamily")).contains("Hardware");
    assertThat(won.dimension("industry")).contains("Retail");
    ExportRow lost = rows.get(1);
    assertThat(lost.closed()).contains(LocalDate.of(2024, 2, 12));
    assertThat(lost.lostReason()).contains("PRICE");
    assertThat(lost.amount()).contains(Money.of(CurrencyUnit.USD, 500));
    ExportRow open = rows.get(2);
    assertThat(open.outcome()).isEqualTo(Outcome.OPEN);
    assertThat(open.amount()).isEmpty();
    assertThat(open.dimension("product")).isEmpty();
    assertThat(open.closed()).isEqualTo(Optional.empty());
  }

  @Test
  void strictModeFailsOnTheFirstDirtyRowWithTheSameMessage() throws IOException {
    ExportReader reader = ExportReader.of(mapping());
    assertThatThrownBy(() -> reader.read(new StringReader(CSV), r -> {}, i -> {}, true, n -> {}))
        .isInstanceOf(StrictModeException.class)
        .hasMessage("line 5, column \"Created\": unparseable date (formats: yyyy-MM-dd, dd.MM.yyyy) \"2024-02-30\"");
  }

  @Test
  void aBrokenMappingListsEveryProblem() {
    String broken = "{\"columns\": {\"stage\": \"S\", \"colour\": \"C\"}, \"stages\": {\"X\": \"NOWHERE\"},"
        + " \"dateFormats\": [\"yyyy-MM-dd\", \"bogus{\"], \"defaultCurrency\": \"ZZZ\", \"extra\": 1}";
    assertThatThrownBy(() -> ExportMapping.parse(broken, dir))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(p -> p.path()).containsExactlyInAnyOrder(
            "extra", "columns.colour", "columns.id", "stages.X", "dateFormats[1]", "defaultCurrency"));
  }

  @Test
  void anOpenDealsCloseDateCanBeDeclaredTheExpectedCloseDate() throws IOException {
    ExportMapping m = ExportMapping.parse("{\"columns\": {\"id\": \"Id\", \"stage\": \"Stage\", \"closed\": \"Close\"},"
        + " \"stages\": {\"Open\": \"DISCOVERY\", \"Won\": \"CLOSED_WON\"}, \"closeDateOnOpenDeals\": \"ignore\"}", dir);
    List<ExportRow> rows = new ArrayList<>();
    List<RowIssue> issues = new ArrayList<>();
    ExportReader.of(m).read(new StringReader("Id,Stage,Close\na,Open,2024-05-01\nb,Won,2024-05-02\n"), rows::add, issues::add, false, n -> {});
    assertThat(issues).isEmpty();
    assertThat(rows).extracting(ExportRow::closed).containsExactly(Optional.empty(), Optional.of(LocalDate.of(2024, 5, 2)));
  }
}
