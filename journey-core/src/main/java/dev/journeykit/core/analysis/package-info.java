/**
 * Analysis of journey maps: the {@link dev.journeykit.core.analysis.Analyzer} interface and its
 * {@link dev.journeykit.core.analysis.AnalysisContext}, the catalog of codes
 * ({@link dev.journeykit.core.analysis.Rule}), options, findings, reports with their tables, and
 * {@link dev.journeykit.core.analysis.JourneyRules}, the one home of the domain rules the renderer
 * and the assertions share.
 */
package dev.journeykit.core.analysis;
