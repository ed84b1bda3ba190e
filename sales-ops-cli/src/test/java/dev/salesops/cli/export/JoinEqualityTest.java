package dev.salesops.cli.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** ExportMapping.Join's equals and hashCode are written out (no record bootstrap): they compare every component. */
class JoinEqualityTest {
  private static ExportMapping.Join join(String file, String on, String key, Map<String, String> columns,
      Set<ExportMapping.KeyNormalisation> norm, Map<String, String> aliases) {
    return new ExportMapping.Join(Path.of(file), on, key, columns, norm, aliases);
  }

  @Test
  void equalComponentsAreEqualWithTheSameHash() {
    ExportMapping.Join a = join("reps.csv", "owner", "Rep", Map.of("team", "Team"), EnumSet.of(ExportMapping.KeyNormalisation.CASE),
        Map.of("Bob", "Robert"));
    ExportMapping.Join b = join("reps.csv", "owner", "Rep", Map.of("team", "Team"), EnumSet.of(ExportMapping.KeyNormalisation.CASE),
        Map.of("Bob", "Robert"));
    assertThat(a).isEqualTo(b).isEqualTo(a).hasSameHashCodeAs(b).isNotEqualTo(null).isNotEqualTo("reps.csv");
    assertThat(new ExportMapping.Join(Path.of("r.csv"), "owner", "Rep", Map.of("team", "Team")))
        .isEqualTo(join("r.csv", "owner", "Rep", Map.of("team", "Team"), Set.of(), Map.of()));
  }

  @Test
  void everyComponentCounts() {
    ExportMapping.Join base = join("reps.csv", "owner", "Rep", Map.of("team", "Team"), Set.of(), Map.of());
    List<ExportMapping.Join> others = List.of(
        join("other.csv", "owner", "Rep", Map.of("team", "Team"), Set.of(), Map.of()),
        join("reps.csv", "account", "Rep", Map.of("team", "Team"), Set.of(), Map.of()),
        join("reps.csv", "owner", "Name", Map.of("team", "Team"), Set.of(), Map.of()),
        join("reps.csv", "owner", "Rep", Map.of("region", "Team"), Set.of(), Map.of()),
        join("reps.csv", "owner", "Rep", Map.of("team", "Team"), EnumSet.of(ExportMapping.KeyNormalisation.SPACE), Map.of()),
        join("reps.csv", "owner", "Rep", Map.of("team", "Team"), Set.of(), Map.of("a", "b")));
    for (ExportMapping.Join o : others) {
      assertThat(o).isNotEqualTo(base);
      assertThat(base).isNotEqualTo(o);
      assertThat(o.hashCode()).as("%s", o).isNotEqualTo(base.hashCode());
    }
  }
}
