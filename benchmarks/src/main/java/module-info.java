/**
 * JourneyKit benchmarks: realistic synthetic maps of any size ({@code JourneyGenerator}), written
 * as {@code .journey} text and as Graphviz DOT, and the JMH benchmarks over them.
 */
module dev.journeykit.bench {
    requires dev.journeykit.core;
    requires dev.journeykit.dsl;
    requires dev.journeykit.render.svg;
    requires dev.journeykit.events;
    requires com.fasterxml.jackson.dataformat.csv;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires jmh.core;
    requires jdk.management;
    requires java.sql;

    exports dev.journeykit.bench;
}
