/**
 * The JourneyKit Maven plugin: goals {@code check}, {@code render}, {@code fmt-check},
 * {@code fmt}, {@code report} and {@code observe} over the maps of a project, with their settings
 * in the POM and builds skipped when nothing changed.
 */
package dev.journeykit.maven;
