package dev.salesops.cli;

import java.io.PrintWriter;
import dev.salesops.core.validation.ValidationException;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code sales-ops} command line: {@code demo}, {@code report}, {@code score}, {@code appraise} and
 * {@code pipeline}. Exit code 0 on success, 1 when the input is refused (with the reasons on stderr), 2 on a
 * usage error.
 */
@Command(
    name = "sales-ops",
    mixinStandardHelpOptions = true,
    version = "sales-ops 0.1.0",
    description = "Sales-operations models on your data: pipeline, scoring, KPIs, forecasts, appraisal.",
    subcommands = {DemoCommand.class, ReportCommand.class, dev.salesops.cli.audit.AuditCommand.class, ScoreCommand.class, AppraiseCommand.class, PipelineCommand.class, CommandLine.HelpCommand.class})
public final class SalesOpsCli implements java.util.concurrent.Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** api (issue 18): the language of refusal reasons and validation problems, for every command. */
  @CommandLine.Option(names = "--locale", paramLabel = "TAG", defaultValue = "en", scope = CommandLine.ScopeType.INHERIT,
      description = "Language of refusal reasons and validation problems: en or zh-CN (default: ${DEFAULT-VALUE}).")
  void locale(String tag) {
    Locale l = Locale.forLanguageTag(tag);
    if (!l.getLanguage().equals("en") && !l.getLanguage().equals("zh")) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--locale must be en or zh-CN: " + tag);
    }
    this.locale = l.getLanguage().equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT;
  }

  private Locale locale = Locale.ROOT;

  /**
   * The locale chosen with {@code --locale} for the command of {@code spec} ({@link Locale#ROOT}, i.e. English, by
   * default): refusal reasons, validation problems and the HTML dashboard's labels all follow it.
   */
  public static Locale locale(CommandLine.Model.CommandSpec spec) {
    Object root = spec.root().userObject();
    return root instanceof SalesOpsCli ? ((SalesOpsCli) root).locale : Locale.ROOT;
  }

  /** Entry point. */
  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line with the given streams and returns the exit code (used by tests). */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    int quick = QuickReport.run(args, out, err);
    if (quick != QuickReport.NOT_QUICK) {
      return quick;
    }
    CommandLine cli = new CommandLine(new SalesOpsCli());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((ex, cmd, parse) -> {
      Locale locale = cli.getCommand() instanceof SalesOpsCli ? ((SalesOpsCli) cli.getCommand()).locale : Locale.ROOT;
      // a refusal listing several problems keeps one problem per line (bounded to 1 KiB by ValidationException);
      // any other failure is one bounded line, never a stack trace
      cmd.getErr().println(refusal(ex, locale));
      cmd.getErr().flush();
      return 1;
    });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** What the command line prints when a command fails with {@code ex}. */
  static String refusal(Exception ex, Locale locale) {
    return "sales-ops: " + (ex instanceof ValidationException ? ((ValidationException) ex).message(locale)
        : oneLine(ex.getMessage() == null ? "internal error (" + ex.getClass().getSimpleName() + ")" : ex.getMessage()));
  }

  /**
   * A refusal as the one line the command line prints: line breaks become "; ", control characters are
   * dropped, and the whole is cut to 1 KiB (the messages of the library's input exceptions are already bounded).
   */
  static String oneLine(String message) {
    StringBuilder b = new StringBuilder(Math.min(message.length(), 1024));
    for (int i = 0; i < message.length() && b.length() < 1024; i++) {
      char c = message.charAt(i);
      if (c == '\n') {
        b.append("; ");
      } else if (!Character.isISOControl(c)) {
        b.append(c);
      }
    }
    return b.length() < 1024 ? b.toString() : b.substring(0, 1021) + "...";
  }

  /** No command given: the usage goes to stderr and the exit code is 2 (a usage error), as for any other. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return 2;
  }
}
