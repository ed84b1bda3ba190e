package dev.salesops.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.salesops.metrics.kpi.DealRecord;
import dev.salesops.metrics.kpi.KpiOptions;
import dev.salesops.metrics.kpi.KpiReport;
import dev.salesops.core.model.Outcome;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo's KPI section marks every won deal's new-customer flag (it printed "0 new customers, N not marked"). */
class KpiSectionNewCustomersTest {

  static DealRecord won(String id, String account, int day) {
    return DealRecord.builder().id(id).account(account).outcome(Outcome.WON).createdDate(LocalDate.of(2024, 1, 1))
        .closedDate(LocalDate.of(2024, 2, day)).build();
  }

  @Test
  void eachAccountsFirstWinIsANewCustomerAndNoWonDealIsUnmarked() {
    List<DealRecord> marked = KpiSection.markNewCustomers(List.of(won("b", "acme", 5), won("a", "acme", 3), won("c", "bolt", 3),
        won("d", "bolt", 3)));
    assertThat(marked).extracting(r -> r.newCustomer().orElse(null)).containsExactly(false, true, true, false);
    KpiReport r = KpiReport.of(marked, KpiOptions.defaults());
    assertThat(r.newCustomers()).isEqualTo(2);
    assertThat(r.missing()).doesNotContainKey("newCustomerFlag");
  }

  @Test
  void theDemoCompanyHasNoUnmarkedWonDeal() {
    DemoCompany c = DemoGenerator.generate(7, 300);
    List<DealRecord> marked = KpiSection.markNewCustomers(c.deals().stream().map(DemoDeal::toDealRecord).toList());
    KpiReport r = KpiReport.of(marked, KpiOptions.defaults());
    assertThat(r.won()).isPositive();
    assertThat(r.newCustomers()).isPositive();
    assertThat(r.missing()).doesNotContainKey("newCustomerFlag");
  }
}
