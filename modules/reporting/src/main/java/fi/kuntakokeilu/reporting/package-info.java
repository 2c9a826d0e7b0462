/**
 * <b>reporting</b>: the ministry's monthly status reports (JSON, CSV, spreadsheet, PDF) with
 * small-cell suppression, benchmarking between areas, and the good-practice library.
 *
 * <p><b>What exists now</b>: the disclosure control that every aggregate an evaluator sees must pass
 * through. Pure computation: no tables, no events, no REST resources yet.
 *
 * <p><b>API</b> (this package):
 *
 * <ul>
 *   <li>{@code Figure} and {@code FigureStatus}: one published number, or the mark that it is
 *       withheld ({@code ..}, confidential) or does not exist ({@code .}). A hidden cell can only
 *       leave the module as a figure without a number, and the figure never says why it is hidden.
 *   <li>{@code PublishedTable}, {@code PublishedList}: a two-way table with row, column and grand
 *       totals, and a one-way list with its total, as published.
 *   <li>{@code PeriodChange}: the change of a count on the previous month or year, absolute and in
 *       per cent.
 *   <li>{@code SuppressionPolicy}: the threshold (MicroProfile Config {@code
 *       reporting.suppression.threshold}, default 5; the domain brief leaves it open) and whether
 *       zeros are hidden ({@code reporting.suppression.suppress-zeros}, default {@code false}: true
 *       zeros are shown, as in many of Statistics Finland's tables).
 * </ul>
 *
 * <p><b>Inside</b> ({@code control}): {@code CountTable} and {@code CountList} hold true counts;
 * {@code SmallCellSuppressor} hides every count under the threshold (totals included) and adds
 * complementary suppressions until no hidden cell can be worked out exactly from what is published,
 * even using that counts are non-negative and that shown zeros make hidden counts positive;
 * {@code DisclosureVerifier} checks a published table against its true counts independently
 * (exact {@code BigInteger} elimination on the additive equations, and an exact test with the
 * bounds), for tests and as an assertion before publishing; {@code DerivedFigures} computes sums,
 * shares, the activation rate and period changes, hiding any computed from a hidden count; {@code
 * SuppressionSettings} produces the configured policy for CDI.
 *
 * <p><b>Does not</b> guarantee a minimum width for what a reader can infer about a hidden cell (it
 * prevents exact derivation, not narrow bounds), find the fewest possible complementary
 * suppressions, or coordinate suppression across tables that share cells or periods: the report
 * code must build linked tables from one common table and derive every figure through {@code
 * DerivedFigures}.
 *
 * <p><b>Depends on</b>: evaluation (panel and indicators) and the modules below it; the disclosure
 * control itself uses none of them.
 */
package fi.kuntakokeilu.reporting;
