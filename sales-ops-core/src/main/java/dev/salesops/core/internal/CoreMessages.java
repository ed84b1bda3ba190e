package dev.salesops.core.internal;

import dev.salesops.core.message.Message;
import dev.salesops.core.message.MessageCatalog;
import java.util.Locale;

/**
 * The message codes core emits and their catalog ({@code dev/salesops/core/messages.properties}, English, and
 * {@code messages_zh_CN.properties}, Simplified Chinese). <b>Not API.</b>
 */
public final class CoreMessages {
  /** The catalog of core's codes. */
  public static final MessageCatalog CATALOG = MessageCatalog.ofResources("/dev/salesops/core/messages",
      CoreMessages.class::getResourceAsStream, Locale.SIMPLIFIED_CHINESE);

  // the workflow engine's refusals
  public static final String COMMAND_UNAVAILABLE = "workflow.command.unavailable";
  public static final String STATE_UNDECLARED = "workflow.state.undeclared";
  public static final String ALREADY_IN = "workflow.already.in";
  public static final String NO_FREE_MOVE = "workflow.no.free.move";
  public static final String NO_TRANSITION = "workflow.no.transition";
  public static final String NO_OPEN_STATE = "workflow.no.open.state";
  public static final String TO_TARGET = "workflow.to.target";
  public static final String NO_RESULT = "workflow.no.result";
  public static final String LOST_REASON_TO_ENTER = "workflow.lost.reason.required";
  public static final String LOST_REASON_NOT_IN_TAXONOMY = "workflow.lost.reason.not.in.taxonomy";
  // combinators
  public static final String NONE_HOLDS = "criterion.any.none";
  public static final String NOT = "criterion.not";
  public static final String NOT_HOLDS = "criterion.not.holds";
  // standard criteria
  public static final String BANT_CONFIRMED = "bant.confirmed";
  public static final String BANT_NO_SUBJECT = "bant.no.subject";
  public static final String BANT_STATUS = "bant.status";
  public static final String ROLE_PRESENT = "role.present";
  public static final String ROLE_MISSING = "role.missing";
  public static final String ROLE_NONE = "role.none";
  public static final String LOST_REASON_MISSING = "lost.reason.missing";
  public static final String LOST_REASON_MISSING_ONE_OF = "lost.reason.missing.one.of";
  public static final String LOST_REASON_NOT_ALLOWED = "lost.reason.not.allowed";
  public static final String LOST_REASON_GIVEN = "lost.reason.given";
  public static final String REASON_GIVEN = "reason.given";
  public static final String REASON_MISSING = "reason.missing";
  public static final String CONTRACT_NO_SUBJECT = "contract.no.subject";
  // validation problems
  public static final String PROBLEM = "problem";
  public static final String PROBLEM_NO_VALUE = "problem.no.value";
  public static final String BLANK = "value.blank";
  public static final String TOO_LONG = "value.too.long";
  public static final String CONTROL_CHARACTERS = "value.control.characters";
  public static final String CONTROL_CHARACTERS_IN_TEXT = "value.control.characters.text";
  public static final String NEGATIVE = "value.negative";
  public static final String NOT_POSITIVE = "value.not.positive";
  public static final String OUT_OF_RANGE = "value.out.of.range";
  public static final String NOT_FINITE = "value.not.finite";
  public static final String INSTANT_OUT_OF_RANGE = "value.instant.out.of.range";
  public static final String DATE_OUT_OF_RANGE = "value.date.out.of.range";

  private CoreMessages() {}

  /** A message of core's catalog. */
  public static Message of(String code, String subject, Object... namesAndValues) {
    return Message.of(CATALOG, code, subject, namesAndValues);
  }
}
