package dev.salesops.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

/**
 * The input contract every reader keeps (docs/ARCHITECTURE.md, "Untrusted input"): a read either succeeds or
 * fails with one of the documented input exceptions, whose message is at most 1 KiB — never an NPE, a
 * NumberFormatException, an ArithmeticException, an IndexOutOfBounds or a third-party exception.
 */
public final class InputContract {
  /** The longest message an input exception may carry. */
  public static final int MAX_MESSAGE = 1024;

  private InputContract() {}

  /** A read of untrusted input. */
  @FunctionalInterface
  public interface Read {
    Object run() throws Exception;
  }

  /**
   * Runs {@code read}; returns the documented exception it threw (or null when it succeeded) and fails the
   * test for anything else, or for a message that is too long or echoes one of {@code secrets}.
   */
  public static Throwable check(Read read, List<Class<? extends Throwable>> documented, Set<String> secrets) {
    Throwable thrown;
    try {
      read.run();
      return null;
    } catch (Throwable t) {
      thrown = t;
    }
    Throwable t = thrown;
    assertThat(documented).as("%s is not a documented input exception: %s", t.getClass().getName(), t)
        .anyMatch(c -> c.isInstance(t));
    String m = String.valueOf(t.getMessage());
    assertThat(m.length()).as("message length of %s", t.getClass().getSimpleName()).isLessThanOrEqualTo(MAX_MESSAGE);
    for (String s : secrets) {
      assertThat(m).as("message must not echo personal data").doesNotContain(s);
    }
    return t;
  }
}
