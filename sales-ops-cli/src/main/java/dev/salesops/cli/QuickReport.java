package dev.salesops.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Start-up shortcut of {@code sales-ops report} (issue 14, goal 2): the plain {@code report --input FILE --mapping
 * FILE} (in either order, {@code --name value} or {@code --name=value}; nothing else) runs {@link ReportCommand}
 * directly, without building picocli's model of every command (about half a second of CPU at start-up, most of
 * a small report's cost). Anything else (another option, a value starting with {@code -} or {@code @}, a
 * repeated option, ...) goes through picocli as before. The run, the output, the exit code and a refusal's line
 * are those of the picocli path (tests run both).
 */
final class QuickReport {
  /** {@link #run}'s answer when the arguments are not the plain form. */
  static final int NOT_QUICK = Integer.MIN_VALUE;

  private QuickReport() {}

  /** Runs the plain form and returns its exit code, or {@link #NOT_QUICK} (nothing done). */
  static int run(String[] args, PrintWriter out, PrintWriter err) {
    Path[] paths = parse(args);
    if (paths == null) {
      return NOT_QUICK;
    }
    int code;
    try {
      code = ReportCommand.quick(paths[0], paths[1], out, err).call();
    } catch (Exception ex) {
      err.println(SalesOpsCli.refusal(ex, Locale.ROOT));
      err.flush();
      code = 1;
    }
    out.flush();
    err.flush();
    return code;
  }

  /** [input, mapping] of the plain form, or null. */
  static Path[] parse(String[] args) {
    if (args == null || args.length < 3 || args.length > 5 || !"report".equals(args[0])) {
      return null;
    }
    String input = null;
    String mapping = null;
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      String name;
      String value;
      int eq = a.indexOf('=');
      if (eq > 0) {
        name = a.substring(0, eq);
        value = a.substring(eq + 1);
      } else if (i + 1 < args.length) {
        name = a;
        value = args[++i];
      } else {
        return null;
      }
      if (value.isEmpty() || value.startsWith("-") || value.startsWith("@")) {
        return null; // picocli decides
      }
      if ("--input".equals(name) && input == null) {
        input = value;
      } else if ("--mapping".equals(name) && mapping == null) {
        mapping = value;
      } else {
        return null;
      }
    }
    if (input == null || mapping == null) {
      return null;
    }
    try {
      return new Path[] {Path.of(input), Path.of(mapping)};
    } catch (InvalidPathException e) {
      return null; // picocli says what is wrong
    }
  }
}
