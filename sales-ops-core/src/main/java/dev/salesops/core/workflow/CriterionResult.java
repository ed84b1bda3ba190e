package dev.salesops.core.workflow;

import dev.salesops.core.message.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The outcome of one criterion: met or not, and its reasons as structured {@link Message}s (why it is met, or
 * <em>every</em> reason it is not): each a stable code, the criterion it comes from and its parameters. Texts are
 * rendered only when read: {@link #reasons()} in English, {@link #reasons(Locale)} in another language.
 *
 * <p>A host's own criterion may give plain text ({@link #unmet(String)}: code {@link Message#TEXT}) or coded
 * messages from its own {@code MessageCatalog} ({@link #unmet(Message)}).
 *
 * <p>Equality: met and messages. This class is immutable and thread-safe.
 */
public final class CriterionResult {
  private final boolean met;
  private final List<Message> messages;

  private CriterionResult(boolean met, List<Message> messages, boolean copy) {
    this.met = met;
    this.messages = copy ? List.copyOf(Objects.requireNonNull(messages, "messages")) : messages;
    if (!met && this.messages.isEmpty()) {
      throw new IllegalArgumentException("reasons must not be empty when a criterion is not met");
    }
  }

  /**
   * A result with plain-text reasons.
   *
   * @param met whether the criterion holds
   * @param reasons the reasons, in order; never empty when not met
   */
  public CriterionResult(boolean met, List<String> reasons) {
    this(met, texts(Objects.requireNonNull(reasons, "reasons")), false);
  }

  private static List<Message> texts(List<String> reasons) {
    List<Message> out = new ArrayList<>(reasons.size());
    for (String r : reasons) {
      out.add(Message.text(r));
    }
    return List.copyOf(out);
  }

  /** A result with coded reasons; never empty when not met. */
  public static CriterionResult of(boolean met, List<Message> messages) {
    return new CriterionResult(met, messages, true);
  }

  /** The criterion holds, for {@code reason}. */
  public static CriterionResult met(String reason) {
    return met(Message.text(reason));
  }

  /** The criterion holds, for {@code reason}. */
  public static CriterionResult met(Message reason) {
    return new CriterionResult(true, List.of(reason), false);
  }

  /** The criterion does not hold, for {@code reason}. */
  public static CriterionResult unmet(String reason) {
    return unmet(Message.text(reason));
  }

  /** The criterion does not hold, for {@code reason}. */
  public static CriterionResult unmet(Message reason) {
    return new CriterionResult(false, List.of(reason), false);
  }

  /** The criterion does not hold, for all of {@code reasons}. */
  public static CriterionResult unmet(List<String> reasons) {
    return new CriterionResult(false, reasons);
  }

  /** Whether the criterion holds. */
  public boolean met() {
    return met;
  }

  /** The reasons as structured messages, in order; never empty when not met. */
  public List<Message> messages() {
    return messages;
  }

  /** The reasons in English, rendered now. */
  public List<String> reasons() {
    return reasons(Locale.ROOT);
  }

  /** The reasons in {@code locale}, rendered now. */
  public List<String> reasons(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    List<String> out = new ArrayList<>(messages.size());
    for (Message m : messages) {
      out.add(m.text(locale));
    }
    return List.copyOf(out);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CriterionResult && met == ((CriterionResult) o).met
        && messages.equals(((CriterionResult) o).messages);
  }

  @Override
  public int hashCode() {
    return Boolean.hashCode(met) * 31 + messages.hashCode();
  }

  @Override
  public String toString() {
    return "CriterionResult[met=" + met + ", reasons=" + reasons() + "]";
  }
}
