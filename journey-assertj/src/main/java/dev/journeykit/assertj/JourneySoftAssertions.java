package dev.journeykit.assertj;

import org.assertj.core.api.SoftAssertions;

/**
 * AssertJ's {@link SoftAssertions} with JourneyKit's assertions added: every failure is collected
 * and {@link #assertAll()} reports them together.
 *
 * <pre>{@code
 * JourneySoftAssertions softly = new JourneySoftAssertions();
 * softly.assertThat(map).stage("decision").hasTouchpointVia("live-chat").hasAtMostSteps(6);
 * softly.assertThat(map).persona("amber").path("Typical first purchase").isLinear();
 * softly.assertAll();
 *
 * // or, failing at the end of the lambda:
 * SoftAssertionsProvider.assertSoftly(JourneySoftAssertions.class, softly -> softly.assertThat(map)...);
 * }</pre>
 *
 * It works with AssertJ's JUnit 5 {@code SoftAssertionsExtension} and {@code @InjectSoftAssertions}.
 * A navigation that fails ({@code stage("no-such-stage")}) is reported once; the checks chained
 * after it are skipped.
 */
public class JourneySoftAssertions extends SoftAssertions implements JourneySoftAssertionsProvider {
}
