package dev.salesops.cli.html;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a command's output goes: {@code --output FILE}, or standard output. */
public final class HtmlOutput {
  private HtmlOutput() {}

  /**
   * Writes {@code content} to {@code output} (UTF-8; parent directories created) and says so on {@code err}, or
   * prints it on {@code out} when {@code output} is null. An HTML page above {@link HtmlDashboard#MAX_BYTES} is
   * written with a warning on {@code err}.
   */
  public static void write(String content, Path output, boolean html, PrintWriter out, PrintWriter err) throws IOException {
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    if (html && bytes.length > HtmlDashboard.MAX_BYTES) {
      err.println("warning: the page is " + bytes.length + " bytes, above the " + HtmlDashboard.MAX_BYTES
          + "-byte budget (fewer or coarser --by breakdowns make it smaller)");
    }
    if (output == null) {
      out.print(content);
      out.flush();
      return;
    }
    Path parent = output.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.write(output, bytes);
    err.println("wrote " + output + " (" + bytes.length + " bytes)");
    err.flush();
  }
}
