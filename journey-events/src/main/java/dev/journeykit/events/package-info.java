/**
 * Customer event logs read into an observation: {@link dev.journeykit.events.EventLogs} reads CSV,
 * JSON Lines and XES files (each optionally gzip-compressed) by streaming, with bad rows named by
 * file, line and column, and plain CSV files through a parallel byte-level fast path that gives
 * exactly the same result; {@link dev.journeykit.events.EventSink} takes events one at a time from
 * an application.
 */
package dev.journeykit.events;
