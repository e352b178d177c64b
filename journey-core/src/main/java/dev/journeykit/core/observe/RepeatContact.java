package dev.journeykit.core.observe;

/**
 * Repeat contacts in a stage: {@code customers} had two or more customer-initiated events on
 * assisted or voice channels within the stage; {@code share} is of the customers who reached it
 * (0 when none did). Listed for every stage that has such a touchpoint.
 */
public record RepeatContact(String stage, long customers, double share) {
}
