/**
 * JourneyKit HTML report: one self-contained page for many maps. Only
 * {@code dev.journeykit.report} is API.
 */
module dev.journeykit.report {
    requires transitive dev.journeykit.core;
    requires transitive dev.journeykit.render.svg;

    exports dev.journeykit.report;
}
