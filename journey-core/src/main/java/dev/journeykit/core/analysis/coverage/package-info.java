/**
 * Analyzers of coverage: stages, personas, channels, help, feedback, questions, fall-outs and
 * reachability; one small final class per question.
 */
package dev.journeykit.core.analysis.coverage;
