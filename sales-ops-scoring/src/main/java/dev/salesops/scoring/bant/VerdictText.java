package dev.salesops.scoring.bant;

import dev.salesops.core.model.BantAssessment;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import org.joda.money.Money;

/**
 * A verdict sentence that quotes amounts or dates (budget and timeline rules), rendered by its policy only when
 * read ({@link #toString()}): the parameter value of a {@code bant.met} / {@code bant.not.met} message, which the
 * message renders with {@code String.valueOf}. It holds immutable facts only (the assessment, the deal amount,
 * the evaluation date as an epoch day), never the host's record. Equality: the text.
 */
final class VerdictText {
  private final QualificationPolicy policy;
  private final int criterion;
  private final int verdict;
  private final BantAssessment bant;
  private final Money amount;
  private final long day;

  VerdictText(QualificationPolicy policy, int criterion, int verdict, BantAssessment bant, Money amount, long day) {
    this.policy = policy;
    this.criterion = criterion;
    this.verdict = verdict;
    this.bant = bant;
    this.amount = amount;
    this.day = day;
  }

  /** The verdicts joined with {@code "; "}, as the {@code bant.met} message quotes them. */
  static String join(Object[] texts) {
    StringBuilder b = new StringBuilder(256);
    for (int i = 0; i < texts.length; i++) {
      if (i > 0) {
        b.append("; ");
      }
      b.append(texts[i]);
    }
    return b.toString();
  }

  @Override
  public String toString() {
    return policy.text(criterion, verdict, bant, amount, policy.needsDate() ? LocalDate.ofEpochDay(day) : null);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof VerdictText && toString().equals(o.toString());
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
  }

  /** The four verdicts joined with {@code "; "}, rendered when read. Equality: the text. */
  static final class Joined {
    private final Object[] texts;

    Joined(Object[] texts) {
      this.texts = texts;
    }

    @Override
    public String toString() {
      return join(texts);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Joined && Arrays.equals(texts, ((Joined) o).texts);
    }

    @Override
    public int hashCode() {
      return Objects.hash(Arrays.hashCode(texts));
    }
  }
}
