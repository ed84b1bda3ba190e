import dev.salesops.cli.demo.DemoCompany;
import dev.salesops.cli.demo.DemoExport;
import dev.salesops.cli.demo.DemoGenerator;
import java.nio.file.Path;

/**
 * Writes the demo company as an export of N deals without running the demo's sections (which are slow at a
 * million deals): {@code java -cp sales-ops.jar benchmarks/scripts/WriteDemoExport.java N DIR [--dirty]}.
 * The files are those of {@code sales-ops demo --deals N --export DIR [--dirty]}.
 */
public class WriteDemoExport {
  public static void main(String[] args) throws Exception {
    int deals = Integer.parseInt(args[0]);
    DemoCompany company = DemoGenerator.generate(42L, deals);
    DemoExport.write(company, Path.of(args[1]), args.length > 2 && args[2].equals("--dirty"));
  }
}
