/**
 * Analysis reports as text, JSON and SARIF 2.1.0 ({@link dev.journeykit.core.analysis.report.Reports}).
 */
package dev.journeykit.core.analysis.report;
