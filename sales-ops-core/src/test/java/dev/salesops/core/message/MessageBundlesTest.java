package dev.salesops.core.message;

import static org.assertj.core.api.Assertions.assertThat;

import dev.salesops.core.internal.Checks;
import dev.salesops.core.internal.CoreMessages;
import dev.salesops.core.model.BantCriterion;
import dev.salesops.core.model.BantStatus;
import dev.salesops.core.testing.MessageBundles;
import dev.salesops.core.validation.ValidationException;
import java.util.List;
import java.util.Locale;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class MessageBundlesTest {

  @Test
  void everyCoreCodeHasBothTextsWithTheSamePlaceholders() throws Exception {
    MessageBundles.checkBothLanguages(CoreMessages.CATALOG);
    MessageBundles.checkConstants(CoreMessages.class, CoreMessages.CATALOG);
  }

  @Test
  void placeholdersAreFoundByName() {
    assertThat(MessageBundles.placeholders("to {state}: {reason} {state}")).containsExactly("reason", "state");
  }

  @Test
  void aMessageRendersLazilyInEitherLanguageAndNestsMessagesListsAndEnums() {
    Message inner = CoreMessages.of(CoreMessages.BANT_STATUS, "bant.qualified", "criterion", BantCriterion.AUTHORITY,
        "status", BantStatus.UNKNOWN);
    Message outer = CoreMessages.of(CoreMessages.TO_TARGET, null, "state", "DISCOVERY", "reason", inner);
    assertThat(outer.code()).isEqualTo("workflow.to.target");
    assertThat(inner.subject()).contains("bant.qualified");
    assertThat(outer.params()).containsEntry("state", "DISCOVERY").containsEntry("reason", inner);
    assertThat(outer.text()).isEqualTo("to DISCOVERY: Authority: UNKNOWN");
    assertThat(outer.text(Locale.SIMPLIFIED_CHINESE)).isEqualTo("到 DISCOVERY：决策权：未知");
    assertThat(outer.text(Locale.CHINESE)).isEqualTo("到 DISCOVERY：决策权：未知");
    assertThat(outer.text(Locale.GERMAN)).isEqualTo(outer.text());
    assertThat(CoreMessages.of(CoreMessages.BANT_CONFIRMED, null, "criteria", List.of(BantCriterion.BUDGET, BantCriterion.NEED))
        .text()).isEqualTo("BANT confirmed: Budget, Need");
    assertThat(Message.text("a host's own reason").text(Locale.SIMPLIFIED_CHINESE)).isEqualTo("a host's own reason");
    assertThat(outer).isEqualTo(CoreMessages.of(CoreMessages.TO_TARGET, null, "state", "DISCOVERY", "reason", inner))
        .hasSameHashCodeAs(CoreMessages.of(CoreMessages.TO_TARGET, null, "state", "DISCOVERY", "reason", inner));
  }

  @Test
  void validationProblemsCarryCodesAndRenderInChinese() {
    ValidationException e = Assertions.catchThrowableOfType(ValidationException.class, () -> Checks.text("  ", "name", 5));
    assertThat(e.problems().get(0).code()).isEqualTo("value.blank");
    assertThat(e.getMessage()).isEqualTo("name must not be blank: \"  \"");
    assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("name：不能为空（值：\"  \"）");
    ValidationException range = Assertions.catchThrowableOfType(ValidationException.class,
        () -> Checks.within(java.math.BigDecimal.TEN, java.math.BigDecimal.ZERO, java.math.BigDecimal.ONE, "p"));
    assertThat(range.problems().get(0).ruleMessage().params()).containsEntry("min", "0").containsEntry("max", "1");
    assertThat(range.getMessage()).isEqualTo("p must be within [0, 1]: 10");
    assertThat(range.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("p：必须在 [0, 1] 范围内（值：10）");
  }
}
