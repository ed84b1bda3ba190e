package dev.salesops.scoring.bant;

import dev.salesops.core.message.Message;
import dev.salesops.core.message.MessageCatalog;
import java.util.Locale;

/** The message codes scoring emits and their catalog ({@code dev/salesops/scoring/messages*.properties}). Not API. */
final class ScoringMessages {
  static final MessageCatalog CATALOG = MessageCatalog.ofResources("/dev/salesops/scoring/messages",
      ScoringMessages.class::getResourceAsStream, Locale.SIMPLIFIED_CHINESE);

  static final String BANT_MET = "bant.met";
  static final String BANT_NOT_MET = "bant.not.met";
  static final String BANT_NOT_OPPORTUNITY = "bant.not.opportunity";

  private ScoringMessages() {}

  static Message of(String code, Object... namesAndValues) {
    return Message.of(CATALOG, code, BantQualifiedCriterionType.NAME, namesAndValues);
  }
}
