package dev.salesops.benchmarks.report;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;

/**
 * The reference side of {@code benchmarks/report-vs-duckdb.sh} (issue 14, goal 2: {@code sales-ops report} vs
 * DuckDB {@code read_csv} on the same 1 M-row CSV): DuckDB, in its own JVM process with all cores, reads the
 * demo export and its reps side file with {@code read_csv} and computes the report's headline KPIs in one
 * scan: opportunities, won, lost, open, new customers (accounts with a won deal), the won deals' sales cycle
 * (mean, median, p90), and per currency the won amount, the value win rate's parts, mean and median deal size
 * and the open pipeline. Rows whose owner is not in the side file are left out, as the report does.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.salesops.benchmarks.report.ReportCsvDuckDb OPPORTUNITIES.csv REPS.csv}
 */
public final class ReportCsvDuckDb {
  private ReportCsvDuckDb() {}

  /** Runs the query and prints its rows. */
  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: ReportCsvDuckDb OPPORTUNITIES.csv REPS.csv");
      System.exit(2);
    }
    String opps = args[0].replace("'", "''");
    String reps = args[1].replace("'", "''");
    int threads = Runtime.getRuntime().availableProcessors();
    String sql = "WITH d AS (\n"
        + "  SELECT o.\"Account\" AS account, o.\"Currency\" AS currency, o.\"Amount\" AS amount,\n"
        + "         o.\"Closed\" - o.\"Created\" AS cycle,\n"
        + "         CASE WHEN o.\"Stage\" IN ('Won', 'Delivered') THEN 'W' WHEN o.\"Stage\" = 'Lost' THEN 'L' ELSE 'O' END AS outcome\n"
        + "  FROM read_csv('" + opps + "', header = true,\n"
        + "       types = {'Amount': 'DECIMAL(18,2)', 'Created': 'DATE', 'Closed': 'DATE'}) o\n"
        + "  JOIN read_csv('" + reps + "', header = true) r ON o.\"Owner\" = r.\"Rep\")\n"
        + "SELECT currency,\n"
        + "  count(*) AS opportunities, count(*) FILTER (outcome = 'W') AS won, count(*) FILTER (outcome = 'L') AS lost,\n"
        + "  count(*) FILTER (outcome = 'O') AS open,\n"
        + "  count(DISTINCT account) FILTER (outcome = 'W') AS new_customers,\n"
        + "  avg(cycle) FILTER (outcome = 'W') AS cycle_mean,\n"
        + "  quantile_cont(cycle, 0.5) FILTER (outcome = 'W') AS cycle_median,\n"
        + "  quantile_cont(cycle, 0.9) FILTER (outcome = 'W') AS cycle_p90,\n"
        + "  sum(amount) FILTER (outcome = 'W') AS won_amount,\n"
        + "  sum(amount) FILTER (outcome <> 'O') AS closed_amount,\n"
        + "  avg(amount) FILTER (outcome = 'W') AS deal_size_mean,\n"
        + "  quantile_cont(amount, 0.5) FILTER (outcome = 'W') AS deal_size_median,\n"
        + "  sum(amount) FILTER (outcome = 'O') AS open_pipeline\n"
        + "FROM d GROUP BY GROUPING SETS ((), (currency)) ORDER BY currency NULLS FIRST";
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
      s.execute("SET threads TO " + threads);
      try (ResultSet rs = s.executeQuery(sql)) {
        ResultSetMetaData md = rs.getMetaData();
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= md.getColumnCount(); i++) {
          b.append(i > 1 ? "\t" : "").append(md.getColumnLabel(i));
        }
        System.out.println(b);
        while (rs.next()) {
          b.setLength(0);
          for (int i = 1; i <= md.getColumnCount(); i++) {
            b.append(i > 1 ? "\t" : "").append(rs.getString(i));
          }
          System.out.println(b);
        }
      }
    }
    System.out.println("threads " + threads);
  }
}
