/**
 * JourneyKit command line: {@code journey check | render | fmt | export | import | report | diff | observe}. The only API is
 * {@link dev.journeykit.cli.JourneyCli}; the commands live in an internal package.
 */
module dev.journeykit.cli {
    requires dev.journeykit.core;
    requires dev.journeykit.dsl;
    requires dev.journeykit.render.svg;
    requires dev.journeykit.report;
    requires dev.journeykit.events;
    requires info.picocli;
    requires io.github.javadiffutils;
    requires com.fasterxml.jackson.databind;

    exports dev.journeykit.cli;

    opens dev.journeykit.cli to info.picocli;
    opens dev.journeykit.cli.internal to info.picocli;
}
