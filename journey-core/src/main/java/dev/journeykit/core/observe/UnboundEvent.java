package dev.journeykit.core.observe;

/** An event name of the log that binds to no step, and how many rows carry it. */
public record UnboundEvent(String name, long count) {
}
