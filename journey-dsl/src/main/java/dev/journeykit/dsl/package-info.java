/**
 * The {@code .journey} text language: parse, format and reformat through
 * {@link dev.journeykit.dsl.JourneyDsl}; every problem a {@link dev.journeykit.dsl.Diagnostic}.
 */
package dev.journeykit.dsl;
