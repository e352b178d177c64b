/**
 * JourneyKit's examples: a map kept as Java code ({@code ReturnsJourney}), analyzed and rendered.
 * The {@code .journey} example maps live in {@code examples/maps/}.
 */
module dev.journeykit.examples {
    requires dev.journeykit.core;
    requires dev.journeykit.render.svg;

    exports dev.journeykit.examples;
}
