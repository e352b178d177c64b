/**
 * Not API: what the analyzers share within one run (step numbering, adjacency as int arrays,
 * strongly connected components), the report tables and the findings collector.
 */
package dev.journeykit.core.analysis.internal;
