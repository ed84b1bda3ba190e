package dev.salesops.cli.export;

/** Thrown in strict mode at the first row that cannot be used; the message is the row issue's. */
public final class StrictModeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient RowIssue issue;

  /** Creates the exception for {@code issue}. */
  public StrictModeException(RowIssue issue) {
    super(issue.message());
    this.issue = issue;
  }

  /** The issue. */
  public RowIssue issue() {
    return issue;
  }
}
