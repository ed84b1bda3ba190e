package dev.salesops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --locale zh-CN}: refusal reasons and validation problems in Simplified Chinese; English by default. */
class LocaleOptionTest {
  @TempDir Path dir;

  @Test
  void demoRefusalsInChinese() {
    CliRun zh = CliRun.of("demo", "--deals", "800", "--locale", "zh-CN");
    assertThat(zh.code()).as(zh.err()).isZero();
    assertThat(zh.out())
        .contains("REFUSED  rep advances (BANT as recorded): QUALIFICATION -> DISCOVERY", "- BANT 不满足：")
        .contains("需要以下角色之一：MANAGER")
        .doesNotContain("- BANT not met: ");
    CliRun en = CliRun.of("demo", "--deals", "800");
    assertThat(en.out()).contains("- BANT not met: ", "requires one of the roles MANAGER");
  }

  @Test
  void pipelineValidateProblemsInChinese() throws Exception {
    Path broken = Files.writeString(dir.resolve("broken.json"), PipelineCommandTest.BROKEN);
    CliRun zh = CliRun.of("pipeline", "validate", "--definition", broken.toString(), "--locale", "zh-CN");
    assertThat(zh.code()).isEqualTo(1);
    assertThat(zh.out()).contains("- broken.json id：", "- broken.json initialState：");
    CliRun en = CliRun.of("pipeline", "validate", "--definition", broken.toString());
    assertThat(en.out()).contains("- broken.json initialState must name a declared state: NOPE");
  }

  @Test
  void anUnsupportedLocaleIsAUsageError() {
    CliRun r = CliRun.of("pipeline", "validate", "--shipped", "sales", "--locale", "fr");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--locale", "fr");
  }
}
