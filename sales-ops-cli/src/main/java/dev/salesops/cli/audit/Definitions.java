package dev.salesops.cli.audit;

import java.util.Map;

/** The one-line definition and the default fix of each finding class (documented in docs/CLI.md). */
final class Definitions {
  private Definitions() {}

  private static final Map<String, String[]> TEXT = Map.ofEntries(
      Map.entry("near-duplicate-values", new String[] {
          "categorical values that differ from a more frequent value (or a side-file key) only in case, spacing or punctuation, or by a small edit distance",
          "add aliases to the mapping or correct the records"}),
      Map.entry("join-miss-export-key", new String[] {
          "export rows whose join key has no entry in the side file (the report refuses these rows)",
          "add the missing entries to the side file, or alias the keys that are spelt differently"}),
      Map.entry("join-miss-side-entry", new String[] {
          "side-file entries (reps, accounts, products) that no deal of the export refers to",
          "check that the export is complete and that keys are spelt alike"}),
      Map.entry("missing-account", new String[] {
          "deals without an account, counted by stage",
          "link the deals to their accounts in the CRM; new-customer counts and account breakdowns leave them out"}),
      Map.entry("double-entries", new String[] {
          "rows identical on every mapped column except the id (the same deal entered twice)",
          "delete the later copies in the CRM, or filter them out before reporting"}),
      Map.entry("closed-before-created", new String[] {
          "closed deals whose close date is before their created date",
          "correct the dates in the CRM (often swapped day and month, or a back-dated close)"}),
      Map.entry("date-after-as-of", new String[] {
          "created or close dates after the audit date (--as-of)",
          "correct the dates (often a wrong year), or run with the right --as-of"}),
      Map.entry("date-before-entity-start", new String[] {
          "deals dated before the start of a joined entity (e.g. created before the account's year established)",
          "correct the deal's dates or the side file's start"}),
      Map.entry("open-past-expected-close", new String[] {
          "open deals whose expected close date has passed",
          "update the expected close date, or close the deal as won or lost"}),
      Map.entry("stale-open-deal", new String[] {
          "open deals that have stayed in their stage longer than the stage's stall threshold (the shipped pipeline's maximum dwell)",
          "review the deals: move them on, or close them as lost"}),
      Map.entry("won-without-amount", new String[] {
          "won deals with no amount or a zero amount",
          "enter the won amount; until then won revenue and deal size are understated"}),
      Map.entry("lost-all-zero", new String[] {
          "every lost deal has no or a zero amount, so a value-weighted win rate is meaningless",
          "read the count-based win rate only, or export the lost deals' amounts"}),
      Map.entry("won-far-from-list-price", new String[] {
          "won amounts more than the factor above or below the catalogue's list price of the deal's product",
          "check the amount (an extra or missing zero, a quantity) or the catalogue price"}),
      Map.entry("amount-outliers", new String[] {
          "amounts far from their product's typical amount: |ln(amount) - median| > threshold x 1.4826 x MAD of ln(amount), per product and currency",
          "check the amounts (an extra or missing zero, a wrong currency)"}),
      Map.entry("constant-column", new String[] {
          "columns that hold the same value on every row",
          "nothing to fix in the data; do not break down by this column"}),
      Map.entry("almost-empty-column", new String[] {
          "columns with a value on at most the threshold's share of rows",
          "fill the field in the CRM, or do not rely on it"}),
      Map.entry("header-stray-spaces", new String[] {
          "header names with leading or trailing white space",
          "rename the column in the export; sales-ops strips header names, other tools may not"}),
      Map.entry("inconsistent-casing", new String[] {
          "identifying columns whose values mix casing styles (UPPER, lower, Capitalised)",
          "normalise the casing in the CRM, or alias the variants"}));

  /** The one-line definition of {@code code}. */
  static String of(String code) {
    return TEXT.get(code)[0];
  }

  /** The default suggested fix of {@code code}. */
  static String fix(String code) {
    return TEXT.get(code)[1];
  }
}
