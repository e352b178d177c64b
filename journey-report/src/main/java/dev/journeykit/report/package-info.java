/**
 * The self-contained HTML report of a map: {@link dev.journeykit.report.HtmlReport} puts the
 * findings, the views and, with a log, the observed tables on one page with no network access;
 * all text from the map or the log is escaped.
 */
package dev.journeykit.report;
