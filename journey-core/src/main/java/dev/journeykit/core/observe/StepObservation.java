package dev.journeykit.core.observe;

/** One step: the events bound to it and the distinct customers who had one. */
public record StepObservation(String id, long events, long customers) {
}
