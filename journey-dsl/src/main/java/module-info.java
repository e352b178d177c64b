/**
 * JourneyKit DSL: the {@code .journey} text language. Parse text into a {@code JourneyMap} with
 * precise diagnostics, and print a map back as canonical text.
 */
module dev.journeykit.dsl {
    requires transitive dev.journeykit.core;

    exports dev.journeykit.dsl;
}
