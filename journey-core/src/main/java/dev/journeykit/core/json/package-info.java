/**
 * Maps as JSON, read and written with Jackson's streaming API in a stable field order
 * ({@link dev.journeykit.core.json.JourneyJson}).
 */
package dev.journeykit.core.json;
