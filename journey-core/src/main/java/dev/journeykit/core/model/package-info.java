/**
 * The immutable journey model: {@link dev.journeykit.core.model.JourneyMap} and its personas,
 * channels, stages, steps and transitions, validated whole when created.
 */
package dev.journeykit.core.model;
