package dev.journeykit.render.svg;

import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.observe.CustomerTrace;
import dev.journeykit.core.observe.ObservedJourney;
import dev.journeykit.core.observe.Replay;
import dev.journeykit.core.observe.ReplaySummary;
import java.util.List;

/** Observations of customers walking a map, written as paths of step ids, replayed by core's {@link Replay}. */
public final class SampleObservations {

    private final JourneyMap map;
    private final Replay replay;
    private final ReplaySummary summary;

    public SampleObservations(JourneyMap map) {
        this.map = map;
        this.replay = Replay.of(map);
        this.summary = replay.newSummary();
    }

    /** {@code customers} customers of {@code persona} (null for none) who walked {@code steps} in order. */
    public SampleObservations add(int customers, String persona, String... steps) {
        for (int c = 0; c < customers; c++) {
            CustomerTrace trace = new CustomerTrace();
            for (int i = 0; i < steps.length; i++) {
                int step = replay.step(steps[i]);
                if (step < 0) {
                    throw new IllegalArgumentException("no step '" + steps[i] + "' in " + map.title());
                }
                summary.countRow();
                trace.add(1_700_000_000_000L + 60_000L * i, step, persona);
            }
            replay.fold(summary, trace);
        }
        return this;
    }

    public ObservedJourney result() {
        return replay.result(summary, List.of("sample.csv"));
    }

    /**
     * Customers of the sample pillowcase map: the designed paths, shortcuts the map does not have
     * (a jump from the product page to the chat, a repeat chat, a jump back from the FAQ to the
     * podcast), a crowd of anonymous visitors who only saw the product page (so counts reach
     * thousands), and nobody on the morning-frizz moment.
     */
    public static ObservedJourney pillowcase() {
        return new SampleObservations(SampleMaps.pillowcase())
                .add(120, "amber", "podcast-review", "product-page", "faq", "chat", "product-page", "checkout",
                        "confirmation")
                .add(40, "amber", "podcast-review", "product-page")
                .add(35, "bo", "product-page", "faq", "checkout")
                .add(25, "bo", "product-page", "checkout", "confirmation")
                .add(18, "amber", "product-page", "chat", "chat", "checkout")
                .add(12, "bo", "product-page", "faq", "faq", "podcast-review")
                .add(11_200, null, "product-page")
                .result();
    }
}
