/**
 * AssertJ assertions for journey maps, findings, analysis reports and SVG snapshots; the one
 * entry point is {@link dev.journeykit.assertj.JourneyAssertions}.
 */
package dev.journeykit.assertj;
