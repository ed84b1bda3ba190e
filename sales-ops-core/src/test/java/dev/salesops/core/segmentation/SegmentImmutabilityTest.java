package dev.salesops.core.segmentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A segment's conditions are copied deeply: neither the caller's lists nor the accessor can change it. */
class SegmentImmutabilityTest {
  @Test
  void bandListsAreCopiedAndUnmodifiable() {
    List<String> bands = new ArrayList<>(List.of("LARGE"));
    Map<String, List<String>> when = new HashMap<>();
    when.put("size", bands);
    SegmentationScheme.Segment segment = new SegmentationScheme.Segment("enterprise", when);
    bands.add("SMALL");
    assertThat(segment.when()).isEqualTo(Map.of("size", List.of("LARGE")));
    assertThatThrownBy(() -> segment.when().get("size").add("SMALL")).isInstanceOf(UnsupportedOperationException.class);
    assertThat(segment).isEqualTo(new SegmentationScheme.Segment("enterprise", Map.of("size", List.of("LARGE"))));
  }

  @Test
  void nullBandListsAreKeptForTheValidationToReport() {
    Map<String, List<String>> when = new HashMap<>();
    when.put("size", null);
    assertThat(new SegmentationScheme.Segment("enterprise", when).when()).containsEntry("size", null);
    assertThat(new SegmentationScheme.Segment("enterprise", null).when()).isEmpty();
  }
}
