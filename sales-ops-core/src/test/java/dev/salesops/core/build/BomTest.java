package dev.salesops.core.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The BOM names every published module of the reactor, at the reactor's version, and each published module
 * carries the licence file's licence. A module is published unless its pom sets {@code maven.deploy.skip}.
 */
class BomTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @Test
  void bomListsEveryPublishedModuleAtTheReactorVersion() throws IOException {
    String parent = read(ROOT.resolve("pom.xml"));
    String bom = read(ROOT.resolve("sales-ops-bom/pom.xml"));

    List<String> published = new ArrayList<>();
    Matcher modules = Pattern.compile("<module>([^<]+)</module>").matcher(parent);
    while (modules.find()) {
      String module = modules.group(1).trim();
      if (module.equals("sales-ops-bom")) {
        continue;
      }
      String pom = read(ROOT.resolve(module).resolve("pom.xml"));
      if (!pom.contains("<maven.deploy.skip>true</maven.deploy.skip>")) {
        published.add(artifactId(pom));
      }
    }
    assertThat(published).contains("sales-ops-core", "sales-ops-scoring", "sales-ops-metrics");

    List<String> managed = new ArrayList<>();
    Matcher ids = Pattern.compile("<artifactId>([^<]+)</artifactId>").matcher(
        bom.substring(bom.indexOf("<dependencyManagement>")));
    while (ids.find()) {
      managed.add(ids.group(1));
    }
    assertThat(managed).containsExactlyInAnyOrderElementsOf(published);
    assertThat(version(bom)).isEqualTo(version(parent));
    assertThat(bom).doesNotContain("<parent>").contains("<name>Apache-2.0</name>");
    assertThat(Files.readString(ROOT.resolve("LICENSE"))).contains("Apache License", "Version 2.0");
  }

  /** The pom without its comments. */
  private static String read(Path pom) throws IOException {
    return Files.readString(pom).replaceAll("(?s)<!--.*?-->", "");
  }

  /** The project's own artifactId: the first one after the parent block, if any. */
  private static String artifactId(String pom) {
    int from = pom.contains("</parent>") ? pom.indexOf("</parent>") : 0;
    Matcher m = Pattern.compile("<artifactId>([^<]+)</artifactId>").matcher(pom);
    assertThat(m.find(from)).isTrue();
    return m.group(1);
  }

  private static String version(String pom) {
    int from = pom.contains("</parent>") ? pom.indexOf("</parent>") : pom.indexOf("<artifactId>");
    Matcher m = Pattern.compile("<version>([^<]+)</version>").matcher(pom);
    assertThat(m.find(from)).isTrue();
    return m.group(1);
  }
}
