package dev.journeykit.render.svg;

import dev.journeykit.core.observe.ObservedJourney;
import dev.journeykit.core.testing.Walks;

/** The sample observations of the golden pictures, walked with core's test {@link Walks}. */
public final class SampleObservations {

    private SampleObservations() {
    }

    /**
     * Customers of the sample pillowcase map: the designed paths, shortcuts the map does not have
     * (a jump from the product page to the chat, a repeat chat, a jump back from the FAQ to the
     * podcast), a crowd of anonymous visitors who only saw the product page (so counts reach
     * thousands), and nobody on the morning-frizz moment.
     */
    public static ObservedJourney pillowcase() {
        return new Walks(SampleMaps.pillowcase())
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
