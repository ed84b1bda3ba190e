package bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The measured service: a bare Spring Boot web service with one endpoint. Run once on Boot's own class path and
 * once with the sales-ops starter added (its auto-configuration then builds the JSON module, the bounded mapper,
 * the sales pipeline bean — the state machine loaded and compiled — and the problem-details advice). Prints the
 * JVM uptime and process CPU time when the context is ready and the heap used after a full GC, then exits.
 */
@SpringBootApplication
@RestController
public class BareService {
  @GetMapping("/ping")
  String ping() {
    return "pong";
  }

  public static void main(String[] args) {
    ConfigurableApplicationContext context = SpringApplication.run(BareService.class, args);
    long readyMs = ManagementFactory.getRuntimeMXBean().getUptime();
    // CPU time of the process so far: far less sensitive than wall time to a machine shared with other builds
    long cpuMs = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime() / 1_000_000;
    System.gc();
    System.gc();
    MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    System.out.println("RESULT ready_ms=" + readyMs + " cpu_ms=" + cpuMs + " heap_after_gc_kib=" + heap.getUsed() / 1024 + " beans="
        + context.getBeanDefinitionCount() + " sales_ops_pipeline=" + context.containsBean("salesOpsPipeline"));
    context.close();
    System.exit(0);
  }
}
