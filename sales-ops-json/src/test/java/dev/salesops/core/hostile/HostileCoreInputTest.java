package dev.salesops.core.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.salesops.core.json.JsonInputException;
import dev.salesops.json.testing.CodecMapper;
import dev.salesops.core.model.Contact;
import dev.salesops.core.model.Opportunity;
import dev.salesops.core.validation.ValidationException;
import dev.salesops.core.workflow.Snapshot;
import dev.salesops.core.workflow.WorkflowDefinition;
import dev.salesops.core.workflow.WorkflowJson;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The reproducers of the untrusted-input issue for core's readers: each must fail with the documented input
 * exception (ValidationException for loaders, JsonInputException for the mapper), with a bounded message that
 * does not echo personal data.
 */
class HostileCoreInputTest {
  private static final CodecMapper MAPPER = CodecMapper.INSTANCE;
  private static final String DEF_HEAD = "{\"id\":\"p\",\"version\":1,\"initialState\":\"A\",\"states\":[";
  private static final String DEF_TAIL = "{\"id\":\"W\",\"order\":2,\"kind\":\"WON\"}],"
      + "\"transitions\":[{\"from\":\"A\",\"to\":\"W\",\"command\":\"win\"}]}";

  static void assertBounded(Throwable t) {
    assertThat(t.getMessage()).isNotNull();
    assertThat(t.getMessage().length()).isLessThanOrEqualTo(1024);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e99999999", "1e999999999", "1e2147483647", "1e-999999999", "1e9999999999", "-1e-2147483648", "1e-2147483649"})
  void hugeAndTinyExponentsInADefinitionAreRefusedBriefly(String number) {
    String json = DEF_HEAD + "{\"id\":\"A\",\"order\":1,\"kind\":\"OPEN\",\"probability\":" + number + "}," + DEF_TAIL;
    Throwable t = catchThrowable(() -> WorkflowJson.readDefinition(json));
    assertThat(t).isInstanceOf(ValidationException.class);
    assertBounded(t);
    assertThat(t.getMessage()).contains("states[0].probability");
  }

  @Test
  void blankKeyIsAProblemNotARawIllegalArgument() {
    Throwable t = catchThrowable(() -> WorkflowJson.readDefinition("{\"\":1}"));
    assertThat(t).isInstanceOf(ValidationException.class);
    assertBounded(t);
  }

  @Test
  void manyUnknownHistoryEntriesAreRefusedInOnePassWithABoundedMessage() {
    StringBuilder b = new StringBuilder("{\"definitionId\":\"p\",\"definitionVersion\":1,\"history\":[");
    for (int i = 0; i < 20_000; i++) {
      b.append(i == 0 ? "" : ",").append("{\"zz\":0}");
    }
    String json = b.append("]}").toString();
    Throwable t = catchThrowable(() -> WorkflowJson.readSnapshot(json));
    assertThat(t).isInstanceOf(ValidationException.class);
    assertBounded(t);
    // the first Problems.MAX_KEPT problems are kept, and reading stops there
    assertThat(((ValidationException) t).problems()).hasSize(dev.salesops.core.validation.Problems.MAX_KEPT);
    assertThat(t.getMessage()).contains("or more problems (reading stopped after 1000)");
  }

  @Test
  void twoHundredThousandStatesAreReadInLinearTime() {
    StringBuilder b = new StringBuilder(DEF_HEAD);
    for (int i = 0; i < 200_000; i++) {
      b.append("{\"id\":\"S").append(i).append("\",\"order\":").append(i + 3).append(",\"kind\":\"OPEN\"},");
    }
    b.append("{\"id\":\"A\",\"order\":1,\"kind\":\"OPEN\"},").append(DEF_TAIL);
    // no problem in the document itself: it parses; the unreachable states are a validation matter
    WorkflowDefinition d = WorkflowJson.readDefinition(b.toString());
    assertThat(d.states()).hasSize(200_002);
  }

  @Test
  void mapperReadsOfDefinitionsFailWithTheMapperException() {
    assertThatThrownBy(() -> MAPPER.readValue("{}", WorkflowDefinition.class)).isInstanceOf(JsonInputException.class);
    assertThatThrownBy(() -> MAPPER.readValue("{}", Snapshot.class)).isInstanceOf(JsonInputException.class);
  }

  @Test
  void nullDocumentIsRefusedForEveryType() {
    for (Class<?> type : List.of(Opportunity.class, Contact.class, WorkflowDefinition.class, Snapshot.class)) {
      assertThatThrownBy(() -> MAPPER.readValue("null", type)).as(type.getSimpleName()).isInstanceOf(JsonInputException.class);
    }
  }

  @Test
  void longWrongTypedStringIsRefusedQuicklyAndNotEchoed() {
    String secret = "x".repeat(80_000);
    Throwable t = catchThrowable(() -> MAPPER.readValue("{\"id\":\"c1\",\"accountId\":\"A\",\"name\":[\"" + secret + "\"]}", Contact.class));
    assertThat(t).isInstanceOf(JsonInputException.class);
    assertBounded(t);
  }

  @Test
  void longStringsAreBounded() {
    String big = "y".repeat(1_000_000);
    Throwable t = catchThrowable(() -> MAPPER.readValue("{\"id\":\"c1\",\"accountId\":\"A\",\"name\":\"" + big + "\"}", Contact.class));
    assertThat(t).isInstanceOf(JsonInputException.class);
    assertBounded(t);
  }

  @Test
  void malformedTokenInPersonalFieldIsNotQuotedBack() {
    Throwable t = catchThrowable(() -> MAPPER.readValue("{\"id\":\"c1\",\"accountId\":\"A\",\"name\":JaneDoe}", Contact.class));
    assertThat(t).isInstanceOf(JsonInputException.class);
    assertThat(t.getMessage()).doesNotContain("JaneDoe");
    assertBounded(t);
  }

  @Test
  void hugeValueIsNotEchoedWhole() {
    String big = "z".repeat(999_000);
    Throwable t = catchThrowable(() -> WorkflowJson.readDefinition("{\"id\":\"" + big + "\"}"));
    assertThat(t).isInstanceOf(ValidationException.class);
    assertBounded(t);
  }

  @Test
  void duplicateKeysAreRefused() {
    Throwable t = catchThrowable(() -> MAPPER.readValue("{\"id\":\"c1\",\"accountId\":\"A\",\"accountId\":\"B\"}", Contact.class));
    assertThat(t).isInstanceOf(JsonInputException.class);
    Throwable d = catchThrowable(() -> WorkflowJson.readDefinition("{\"id\":\"p\",\"id\":\"q\"}"));
    assertThat(d).isInstanceOf(ValidationException.class);
    assertThat(d.getMessage()).contains("duplicate");
  }

  private static final String START = "{\"to\":\"A\",\"at\":\"2026-01-05T09:00:00Z\",\"actor\":\"rep-1\",\"command\":\"start\"";

  @Test
  void snapshotsWithBlankIdsYearZeroOrControlCharactersAreRefused() {
    String blankId = "{\"definitionId\":\" \",\"definitionVersion\":1,\"history\":[" + START + "}]}";
    assertThatThrownBy(() -> WorkflowJson.readSnapshot(blankId)).isInstanceOf(ValidationException.class).hasMessageContaining("definitionId");
    String blankState = "{\"definitionId\":\"p\",\"definitionVersion\":1,\"history\":[" + START.replace("\"to\":\"A\"", "\"to\":\"\"") + "}]}";
    assertThatThrownBy(() -> WorkflowJson.readSnapshot(blankState)).isInstanceOf(ValidationException.class).hasMessageContaining("history[0].to");
    String yearZero = "{\"definitionId\":\"p\",\"definitionVersion\":1,\"history\":[" + START.replace("2026-01-05", "0000-01-05") + "}]}";
    assertThatThrownBy(() -> WorkflowJson.readSnapshot(yearZero)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("history[0].at must be within the years 0001 to 9999");
    String nul = "{\"definitionId\":\"p\",\"definitionVersion\":1,\"history\":[" + START + ",\"reason\":\"Jane\\u0000Doe\"}]}";
    assertThatThrownBy(() -> WorkflowJson.readSnapshot(nul)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("history[0].reason").satisfies(e -> assertThat(e.getMessage()).doesNotContain("Jane"));
  }

  @Test
  void aReasonOfTheWrongTypeIsNotQuotedBack() {
    String json = "{\"definitionId\":\"p\",\"definitionVersion\":1,\"history\":[" + START + ",\"reason\":[\"Jane Doe called\"]}]}";
    Throwable t = catchThrowable(() -> WorkflowJson.readSnapshot(json));
    assertThat(t).isInstanceOf(ValidationException.class).hasMessageContaining("history[0].reason must be a string");
    assertThat(t.getMessage()).doesNotContain("Jane");
  }

  @Test
  void aDuplicateKeyCannotEmptyTheLifecycleRules() {
    Throwable t = catchThrowable(() -> MAPPER.readValue("{\"rules\":[],\"rules\":[]}", dev.salesops.core.lifecycle.LifecycleRules.class));
    assertThat(t).isInstanceOf(JsonInputException.class).hasMessageContaining("duplicate field \"rules\"");
  }

  @Test
  void aConversionBeyondTheMoneyBoundIsRefused() {
    dev.salesops.core.money.ExchangeRates absurd = (from, to, date) -> java.util.Optional.of(new java.math.BigDecimal("1e19"));
    assertThatThrownBy(() -> absurd.convert(org.joda.money.Money.of(org.joda.money.CurrencyUnit.USD, new java.math.BigDecimal("1000000000000000")),
        org.joda.money.CurrencyUnit.JPY, java.time.LocalDate.of(2026, 1, 1), java.math.RoundingMode.HALF_EVEN))
        .isInstanceOf(ValidationException.class).hasMessageContaining("must be at most 1000000000000000");
  }
}
