package dev.salesops.cli.demo;

import dev.salesops.core.model.Account;
import dev.salesops.core.model.SalesRep;
import dev.salesops.core.model.Team;
import java.time.LocalDate;
import java.util.List;

/**
 * The bundled sample company: reps in teams and regions, accounts, deals over 24 months in two currencies,
 * and dated exchange rates. Generated deterministically from a seed by {@link DemoGenerator}.
 *
 * @param seed the seed it was generated from
 * @param start the first day of the history
 * @param asOf the day the demo looks at the company
 * @param teams the teams
 * @param reps the reps (and managers)
 * @param accounts the customer accounts
 * @param deals the deals
 * @param rates EUR/USD rates by day
 */
public record DemoCompany(
    long seed,
    LocalDate start,
    LocalDate asOf,
    List<Team> teams,
    List<SalesRep> reps,
    List<Account> accounts,
    List<DemoDeal> deals,
    DemoRates rates) {

  /** Copies the lists. */
  public DemoCompany {
    teams = List.copyOf(teams);
    reps = List.copyOf(reps);
    accounts = List.copyOf(accounts);
    deals = List.copyOf(deals);
  }
}
