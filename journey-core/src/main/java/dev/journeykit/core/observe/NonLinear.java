package dev.journeykit.core.observe;

/**
 * Customers who went back: {@code customers} had an event in a stage earlier than the furthest
 * stage they had reached before that event ({@code share} of all customers, 0 when there are
 * none); {@code revisitCustomers} have a path that holds one step twice or more.
 */
public record NonLinear(long customers, double share, long revisitCustomers) {
}
