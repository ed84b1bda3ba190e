package dev.salesops.metrics;

import dev.salesops.core.api.ApiRulesContract;
import java.util.List;

/** The API rules of {@link ApiRulesContract}, over this module. */
class PublicApiRulesTest extends ApiRulesContract {

  /**
   * Documented nullable parameters: a funnel's bottleneck is null when there is none (JSON {@code null}); a
   * breakdown accumulator's period scheme is null for a breakdown by dimensions only.
   */
  private static final List<String> EXEMPT = List.of("dev.salesops.metrics.funnel.Funnel ",
      "dev.salesops.metrics.kpi.BreakdownAccumulator constructors");

  @Override
  protected Class<?> anchor() {
    return dev.salesops.metrics.ratio.Ratio.class;
  }

  @Override
  protected int minimumPublicTypes() {
    return 40;
  }

  @Override
  protected List<String> nullExemptions() {
    return EXEMPT;
  }
}
