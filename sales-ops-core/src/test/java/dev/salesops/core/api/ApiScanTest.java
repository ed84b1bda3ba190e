package dev.salesops.core.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The scanner itself finds what it claims to find. */
class ApiScanTest {
  @Test
  void seesAGuavaTypeInAGenericArgument() {
    assertThat(ApiScan.signatureLeaks(List.of(LeakyFixture.class)))
        .singleElement().asString().contains("nested").contains("com.google.common.collect.ImmutableList");
  }

  @Test
  void seesAThrowingToString() {
    ApiScan.ToStringReport report = ApiScan.toStrings(List.of(LeakyFixture.Bad.class), Map.of());
    assertThat(report.failures()).singleElement().asString().contains("boom");
  }

  @Test
  void seesAMutableInternalCollectionButNotACopy() {
    assertThat(ApiScan.mutableInternals(List.of(LeakyFixture.Holder.class), Map.of()))
        .containsExactly("dev.salesops.core.api.LeakyFixture$Holder.items() returns a mutable internal java.util.ArrayList");
  }
}
