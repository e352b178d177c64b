/**
 * JMH benchmarks and side-by-side runs of JourneyKit on generated maps of growing size
 * ({@link dev.journeykit.bench.JourneyGenerator}); not part of the library.
 */
package dev.journeykit.bench;
