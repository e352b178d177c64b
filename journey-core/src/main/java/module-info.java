/**
 * JourneyKit core: the immutable journey model, its fluent builders, the JGraphT graph view, JSON.
 */
@SuppressWarnings("module") // the qualified export names modules built after this one
module dev.journeykit.core {
    requires com.google.common;
    requires transitive org.jgrapht.core;
    requires com.fasterxml.jackson.databind;

    exports dev.journeykit.core.model;
    exports dev.journeykit.core.build;
    exports dev.journeykit.core.graph;
    exports dev.journeykit.core.analysis;
    exports dev.journeykit.core.analysis.report;
    exports dev.journeykit.core.analysis.coverage;
    exports dev.journeykit.core.analysis.saturation;
    exports dev.journeykit.core.analysis.path;
    exports dev.journeykit.core.analysis.friction;
    exports dev.journeykit.core.analysis.observed;
    exports dev.journeykit.core.json;
    exports dev.journeykit.core.diff;
    exports dev.journeykit.core.observe;

    // not API: the helpers JourneyKit's own modules share (writing files whole or not at all, reading them, the
    // JSON layout, the nearest-word suggestion, DSL string quoting, the primitive hash index)
    exports dev.journeykit.core.internal to dev.journeykit.dsl, dev.journeykit.render.svg, dev.journeykit.assertj,
            dev.journeykit.cli, dev.journeykit.report, dev.journeykit.events;
}
