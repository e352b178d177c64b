/**
 * JourneyKit benchmarks: realistic synthetic maps of any size ({@code JourneyGenerator}), written
 * as {@code .journey} text and as Graphviz DOT, and the JMH benchmarks over them.
 */
module dev.journeykit.bench {
    requires dev.journeykit.core;
    requires jmh.core;

    exports dev.journeykit.bench;
}
