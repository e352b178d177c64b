/**
 * JourneyKit AssertJ: assertions for journey maps, their analysis findings and SVG snapshots.
 * Use it with test scope; start from {@code dev.journeykit.assertj.JourneyAssertions}.
 */
module dev.journeykit.assertj {
    requires transitive dev.journeykit.core;
    requires transitive org.assertj.core;

    exports dev.journeykit.assertj;
}
