package dev.salesops.json.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.salesops.jackson3.SalesOpsJackson3Module;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

/** Which Jackson 3 line this run tests, and that the module is found as Jackson 3 discovers modules. */
class Jackson3LineTest {

  @Test
  void runsOnTheJackson3VersionThisExecutionNames() {
    String expected = System.getProperty("expected.jackson3.version");
    assertThat(expected).as("set by the surefire execution").isNotBlank();
    assertThat(tools.jackson.databind.cfg.PackageVersion.VERSION.toString()).isEqualTo(expected);
    assertThat(tools.jackson.core.json.PackageVersion.VERSION.toString()).isEqualTo(expected);
  }

  @Test
  void theModuleIsDiscovered() {
    assertThat(ServiceLoader.load(JacksonModule.class)).anyMatch(m -> m instanceof SalesOpsJackson3Module);
    JsonMapper host = JsonMapper.builder().findAndAddModules().build();
    assertThat(host.registeredModules()).anyMatch(m -> m instanceof SalesOpsJackson3Module);
  }
}
