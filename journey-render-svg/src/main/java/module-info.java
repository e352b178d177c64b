/**
 * JourneyKit SVG rendering: a journey map as a journey-map picture, a flow graph or a coverage
 * matrix. Only {@code dev.journeykit.render.svg} is API.
 */
module dev.journeykit.render.svg {
    requires transitive dev.journeykit.core;

    exports dev.journeykit.render.svg;

    uses dev.journeykit.render.svg.Rasterizer;
}
