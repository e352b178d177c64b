package dev.journeykit.core.observe;

import java.util.OptionalDouble;

/**
 * One stage as customers lived it. A customer's furthest stage is the last stage, in the map's
 * order, among the stages of their events. {@code reached}: customers whose furthest stage is this
 * one or later; {@code furthest}: customers whose furthest stage is this one; {@code dropOff}:
 * furthest / reached, empty for the last stage and where reached is 0.
 */
public record StageObservation(String id, String name, long reached, long furthest, OptionalDouble dropOff) {
}
