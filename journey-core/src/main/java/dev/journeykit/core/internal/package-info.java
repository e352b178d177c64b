/**
 * Not API: the helpers JourneyKit's own modules share (files written whole, the JSON layout,
 * the nearest-word suggestion, DSL string literals); exported only to them.
 */
package dev.journeykit.core.internal;
