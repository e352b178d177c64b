/**
 * Analyzers of saturation: stage size, proactive and per-channel touchpoints; one small final
 * class per question.
 */
package dev.journeykit.core.analysis.saturation;
