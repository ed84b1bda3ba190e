package dev.salesops.json.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.salesops.jackson2.SalesOpsJackson2Module;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/**
 * Which Jackson 2 line this run tests (the pom runs the contract on the parent's version and on Spring Boot 3.5's
 * and 4.0's), and that the module is found as Jackson 2 discovers modules.
 */
class Jackson2LineTest {

  @Test
  void runsOnTheJackson2VersionThisExecutionNames() {
    String expected = System.getProperty("expected.jackson2.version");
    assertThat(expected).as("set by the surefire execution").isNotBlank();
    assertThat(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString()).isEqualTo(expected);
    assertThat(com.fasterxml.jackson.core.json.PackageVersion.VERSION.toString()).isEqualTo(expected);
  }

  @Test
  void theModuleIsDiscovered() {
    assertThat(ObjectMapper.findModules()).anyMatch(m -> m instanceof SalesOpsJackson2Module);
    assertThat(ServiceLoader.load(com.fasterxml.jackson.databind.Module.class))
        .anyMatch(m -> m instanceof SalesOpsJackson2Module);
    ObjectMapper host = new ObjectMapper().findAndRegisterModules();
    assertThat(host.getRegisteredModuleIds()).contains(SalesOpsJackson2Module.class.getName());
  }
}
