/**
 * The observed-journeys replay on Apache Spark, for logs larger than one machine:
 * {@link dev.journeykit.spark.SparkObserve} reads the logs as Spark datasets, folds each
 * partition's customers with core's {@link dev.journeykit.core.observe.Replay} and merges the
 * summaries, giving the same {@link dev.journeykit.core.observe.ObservedJourney} as the embedded
 * engine.
 */
package dev.journeykit.spark;
