/**
 * <b>reporting</b>: the ministry's monthly status reports (JSON, CSV, spreadsheet, PDF) and the
 * benchmarks between trial areas, every figure from the evaluation module's indicator catalogue
 * and through small-cell suppression.
 *
 * <p><b>API</b> (this package): {@code Reports}, the facade: {@code months()}, {@code
 * monthlyStatus(month, area)}, {@code monthlyStatusDocument(month, area, format, language)} and
 * {@code benchmark(indicator, month)}; evaluators, area managers and administrators may call it.
 * Records: {@code MonthlyStatusReport} (per area and for all trial areas, all job seekers and each
 * target subgroup, every indicator with its change on the previous month and a year earlier as
 * {@code IndicatorFigure}; {@code RankedArea}s; {@code CountryComparison}; {@code TimeSeries} of
 * unemployed and activation rate over thirteen months), {@code Benchmark} and {@code
 * BenchmarkEntry}, {@code ReportFormat}, {@code ReportDocument}. The disclosure-control types:
 * {@code Figure} and {@code FigureStatus} (one published number, or {@code ..} withheld, or {@code
 * .} not applicable; a hidden cell can only leave the module as a figure without a number, and
 * the figure never says why it is hidden), {@code PublishedTable}, {@code PublishedList}, {@code
 * PeriodChange}, {@code SuppressionPolicy} (MicroProfile Config {@code
 * reporting.suppression.threshold}, default 5; {@code reporting.suppression.suppress-zeros},
 * default {@code false}).
 *
 * <p><b>REST</b> ({@code boundary}): {@code GET /api/v1/reports/months}; {@code GET
 * /api/v1/reports/monthly-status?month=YYYY-MM[&area=key]} in JSON, CSV (UTF-8 without a
 * byte-order mark, one row per figure), XLSX or PDF by {@code Accept}, labels by {@code
 * Accept-Language} (Finnish by default), with a strong ETag and 304 on {@code If-None-Match};
 * {@code GET /api/v1/benchmarks?indicator=KEY[&month=YYYY-MM]}.
 *
 * <p><b>Inside</b> ({@code control}): {@code MonthPublisher} makes one month's {@code
 * PublishedMonth} from the panel's counts: each count of each subgroup a list over the areas (the
 * total being all trial areas, checked against the panel's own total), employed/open/subsidised
 * one two-way table, shares from published counts, the country comparison as trial areas plus
 * employment offices; each table is checked with {@code DisclosureVerifier.requireSafe}. {@code
 * MonthlyStatusReportBuilder} and {@code BenchmarkBuilder} take every number from published months
 * through {@code DerivedFigures}, so changes, ranks and trends never reveal a hidden count. {@code
 * ReportCache} keeps one generation per catalogue fingerprint, version of each month's counts and
 * policy (asked by one request at most once per {@code reporting.cache.check-interval}, default
 * one second, the others served meanwhile; at most {@code reporting.cache.ttl}, default 15
 * minutes, for the areas' names) and computes each report and document once per generation;
 * {@code PublishedMonths} publishes each month once and hands the months whose counts are
 * unchanged to the next generation. {@code ReportTables}, {@code CsvReport}, {@code XlsxReport}
 * (fastexcel), {@code PdfReport} (OpenPDF, JFreeChart), {@code JsonReport} render; {@code
 * ReportLabels} gives the words (bundles {@code fi/kuntakokeilu/reporting/messages}) and number
 * formats. The suppression core: {@code CountTable}, {@code CountList}, {@code SmallCellSuppressor}
 * (primary and complementary suppression), {@code DisclosureVerifier} (exact check), {@code
 * SuppressionSettings} (the configured policy for CDI).
 *
 * <p><b>Tables</b>: none; <b>events</b>: none. Reports hold aggregates only, so reading them is not
 * audited. Other configuration: {@code reporting.report.largest-areas} (5), {@code
 * reporting.cache.max-entries} (500 rendered documents).
 *
 * <p><b>Does not</b> own the good-practice library (the organisations module does: it is about the
 * areas as organisations, not statistics); guarantee a minimum width for what a reader can infer
 * about a hidden cell (it prevents exact derivation, not narrow bounds); find the fewest possible
 * complementary suppressions; or know when an area is renamed (hence the cache's time to live).
 *
 * <p><b>Depends on</b>: evaluation ({@code Indicators}) and organisations (area names); the
 * disclosure control itself uses neither.
 */
package fi.kuntakokeilu.reporting;
