/**
 * Real journey maps kept as Java code with the fluent builders, beside the {@code .journey}
 * files of {@code examples/maps}.
 */
package dev.journeykit.examples;
