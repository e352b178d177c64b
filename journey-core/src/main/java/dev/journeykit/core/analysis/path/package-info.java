/**
 * Analyzers of paths: entries, loops, non-linear paths, stage jumps; one small final class per
 * question.
 */
package dev.journeykit.core.analysis.path;
