/**
 * <b>reporting</b>: the ministry's monthly status reports (JSON, CSV, spreadsheet, PDF) with
 * small-cell suppression, benchmarking between areas, and the good-practice library.
 *
 * <p><b>Depends on</b>: evaluation (panel and indicators) and the modules below it. Built by the
 * reporting issue; until then the module holds no code.
 */
package fi.kuntakokeilu.reporting;
