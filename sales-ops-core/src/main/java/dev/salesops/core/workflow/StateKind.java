package dev.salesops.core.workflow;

import dev.salesops.core.internal.Checks;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The kind of a workflow state: {@link #OPEN} (work in progress) or a <em>closed</em> kind: {@link #WON},
 * {@link #LOST}, or any other terminal kind a definition declares by using its code (e.g. {@code DONE},
 * {@code CANCELLED}). Every kind but {@code OPEN} is closed.
 *
 * <p>Library decision: a closed state may be left only for a state of the <em>same</em> kind (post-close
 * steps, e.g. {@code CLOSED_WON -> PAYMENT_AND_DELIVERY}, both WON) or through a declared reopen edge.
 * Definition validation enforces this.
 *
 * <p>Codes are upper-case words joined by underscores ({@code [A-Z][A-Z0-9_]*}, at most 32 characters). JSON
 * form is the bare code. This class is immutable and thread-safe.
 */
public final class StateKind {
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");

  /** Work in progress. */
  public static final StateKind OPEN = new StateKind("OPEN");
  /** Closed, successfully (a won deal, a delivered order). */
  public static final StateKind WON = new StateKind("WON");
  /** Closed, unsuccessfully: entering a LOST state requires a lost reason from the definition's taxonomy. */
  public static final StateKind LOST = new StateKind("LOST");

  private final String code;

  private StateKind(String code) {
    this.code = code;
  }

  /** The kind with {@code code}: one of the constants or a definition-declared terminal kind. */
  public static StateKind of(String code) {
    Objects.requireNonNull(code, "code");
    switch (code) {
      case "OPEN":
        return OPEN;
      case "WON":
        return WON;
      case "LOST":
        return LOST;
      default:
        if (!CODE.matcher(code).matches()) {
          throw Checks.fail("kind", "must be upper-case words joined by underscores (at most 32 characters)", code);
        }
        return new StateKind(code);
    }
  }

  /** The code, e.g. {@code "OPEN"}. */
  public String code() {
    return code;
  }

  /** Whether this is {@link #OPEN}. */
  public boolean isOpen() {
    return this == OPEN;
  }

  /** Whether this is a closed (terminal) kind: anything but {@link #OPEN}. */
  public boolean isClosed() {
    return this != OPEN;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StateKind && ((StateKind) o).code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  @Override
  public String toString() {
    return code;
  }
}
